/**
 * The Office token provider with Office.js and MSAL replaced by stand-ins: NAA silent first, then
 * a popup; a blocked popup or a host without NAA falls back to the Office dialog.
 */
import { createOfficeTokenProvider } from "../../../src/graph/auth/office-provider";
import { createDialogProvider } from "../../../src/graph/auth/dialog-client";
import { createGraphSession } from "../../../src/graph";

const msal = {
  accounts: [] as Array<{ username: string }>,
  silent: jest.fn(),
  ssoSilent: jest.fn(),
  popup: jest.fn(),
  created: jest.fn(),
};

jest.mock("@azure/msal-browser", () => ({
  LogLevel: { Error: 0 },
  createNestablePublicClientApplication: async (config: unknown) => {
    msal.created(config);
    return {
      getAllAccounts: () => msal.accounts,
      acquireTokenSilent: msal.silent,
      ssoSilent: msal.ssoSilent,
      acquireTokenPopup: msal.popup,
    };
  },
}));

interface DialogScript {
  opened: string[];
  message?: string;
  closedByUser?: boolean;
}

function installOffice(
  sets: Record<string, boolean>,
  dialog: DialogScript,
  accountType = "office365"
): void {
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
    },
    auth: {
      getAuthContext: async () => ({
        loginHint: "taro.yamada@contoso.co.jp",
        userPrincipalName: "taro.yamada@contoso.co.jp",
      }),
    },
    context: {
      requirements: { isSetSupported: (name: string) => sets[name] === true },
      mailbox: { userProfile: { accountType } },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
          dialog.opened.push(url);
          const handlers: Record<string, (arg: unknown) => void> = {};
          cb({
            status: "succeeded",
            value: {
              close: () => undefined,
              addEventHandler: (type: string, h: (arg: unknown) => void) => {
                handlers[type] = h;
                if (type === "dialogEventReceived" && dialog.closedByUser)
                  setTimeout(() => h({ error: 12006 }), 0);
                if (type === "dialogMessageReceived" && dialog.message !== undefined)
                  setTimeout(() => h({ message: dialog.message }), 0);
              },
            },
          });
        },
      },
    },
  };
  (globalThis as unknown as { Office: unknown }).Office = office;
}

const OPTIONS = {
  clientId: "11111111-2222-3333-4444-555555555555",
  authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
  dialogUrl: "https://addin.contoso.co.jp/authdialog.html",
};
const interactionRequired = Object.assign(new Error("AADSTS65001: consent required"), {
  name: "InteractionRequiredAuthError",
  errorCode: "consent_required",
});

beforeEach(() => {
  msal.accounts = [{ username: "taro.yamada@contoso.co.jp" }];
  for (const f of [msal.silent, msal.ssoSilent, msal.popup, msal.created]) f.mockReset();
});

test("NAA: silent first, with the account Office hints at; no popup when silent works", async () => {
  installOffice({ NestedAppAuth: true, DialogApi: true }, { opened: [] });
  msal.silent.mockResolvedValue({ accessToken: "silent-token" });
  const provider = await createOfficeTokenProvider(OPTIONS);
  await expect(provider.getToken(["User.Read", "Mail.Read"])).resolves.toBe("silent-token");
  expect(msal.silent).toHaveBeenCalledWith(
    expect.objectContaining({
      scopes: ["User.Read", "Mail.Read"],
      account: { username: "taro.yamada@contoso.co.jp" },
    })
  );
  expect(msal.popup).not.toHaveBeenCalled();
  expect(msal.created).toHaveBeenCalledWith(
    expect.objectContaining({ auth: { clientId: OPTIONS.clientId, authority: OPTIONS.authority } })
  );
});

test("NAA: interaction required → popup, passing the claims of a CAE challenge", async () => {
  installOffice({ NestedAppAuth: true, DialogApi: true }, { opened: [] });
  msal.silent.mockRejectedValue(interactionRequired);
  msal.popup.mockResolvedValue({ accessToken: "popup-token" });
  const provider = await createOfficeTokenProvider(OPTIONS);
  await expect(provider.getToken(["Mail.Read"], { claims: '{"x":1}' })).resolves.toBe(
    "popup-token"
  );
  expect(msal.popup).toHaveBeenCalledWith(
    expect.objectContaining({ claims: '{"x":1}', loginHint: "taro.yamada@contoso.co.jp" })
  );
});

test("NAA: no popup when UI is not allowed (Smart Alerts); the session explains the missing consent", async () => {
  installOffice({ NestedAppAuth: true, DialogApi: true }, { opened: [] });
  msal.silent.mockRejectedValue(interactionRequired);
  const session = createGraphSession({
    graphBaseUrl: "https://graph.microsoft.com",
    clientId: OPTIONS.clientId,
    allowInteractiveSignIn: false,
    dialogUrl: OPTIONS.dialogUrl,
  });
  const facts = await session.gatherComposeFacts({
    source: "office-compose",
    kind: "draft",
    subject: "",
    to: [{ address: "a@x.jp" }],
    cc: [],
    bcc: [],
    attachments: [],
  });
  expect(msal.popup).not.toHaveBeenCalled();
  expect(facts.licence?.state === "unavailable" && facts.licence.why.code).toBe(
    "graph.consent-required"
  );
});

test("a blocked popup falls back to the Office dialog, which returns the token", async () => {
  const dialog: DialogScript = {
    opened: [],
    message: JSON.stringify({
      type: "token",
      accessToken: "dialog-token",
      expiresOn: Date.now() + 3600_000,
    }),
  };
  installOffice({ NestedAppAuth: true, DialogApi: true }, dialog);
  msal.silent.mockRejectedValue(interactionRequired);
  msal.popup.mockRejectedValue(
    Object.assign(new Error("popup blocked"), { errorCode: "popup_window_error" })
  );
  const provider = await createOfficeTokenProvider(OPTIONS);
  await expect(provider.getToken(["User.Read"])).resolves.toBe("dialog-token");
  const url = new URL(dialog.opened[0] ?? "");
  expect(url.origin + url.pathname).toBe(OPTIONS.dialogUrl);
  expect(url.searchParams.get("scopes")).toBe("User.Read");
  expect(url.searchParams.get("authority")).toBe(OPTIONS.authority);
});

test("without NAA the dialog is used directly; its token is reused until it expires", async () => {
  const dialog: DialogScript = {
    opened: [],
    message: JSON.stringify({
      type: "token",
      accessToken: "dialog-token",
      expiresOn: Date.now() + 3600_000,
    }),
  };
  installOffice({ NestedAppAuth: false, DialogApi: true }, dialog);
  const provider = await createOfficeTokenProvider(OPTIONS);
  await provider.getToken(["User.Read", "Mail.Read"]);
  await provider.getToken(["Mail.Read", "User.Read"]);
  expect(dialog.opened).toHaveLength(1);
  expect(msal.created).not.toHaveBeenCalled();
});

test("the user closing the dialog is a cancelled sign-in", async () => {
  installOffice({ NestedAppAuth: false, DialogApi: true }, { opened: [], closedByUser: true });
  const provider = await createOfficeTokenProvider(OPTIONS);
  await expect(provider.getToken(["User.Read"])).rejects.toMatchObject({
    errorCode: "user_cancelled",
  });
});

test("Outlook.com mailboxes and hosts without any sign-in API are explained", async () => {
  installOffice({ NestedAppAuth: true, DialogApi: true }, { opened: [] }, "outlookCom");
  await expect(createOfficeTokenProvider(OPTIONS)).rejects.toMatchObject({
    kind: "personal-account",
  });
  installOffice({}, { opened: [] });
  await expect(createOfficeTokenProvider(OPTIONS)).rejects.toMatchObject({
    kind: "unsupported-host",
  });
});

describe("dialog tokens survive a new pane session (localStorage, as for NAA)", () => {
  function memoryStore() {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
  }
  const token = (expiresOn: number): DialogScript => ({
    opened: [],
    message: JSON.stringify({ type: "token", accessToken: "dialog-token", expiresOn }),
  });

  test("a second provider on the same store signs in silently; an expired token is not used", async () => {
    const store = memoryStore();
    let now = Date.parse("2026-03-02T10:00:00Z");
    const dialog = token(now + 3600_000);
    installOffice({ NestedAppAuth: false, DialogApi: true }, dialog);
    const first = createDialogProvider({ ...OPTIONS, store, now: () => now });
    await expect(first.getToken(["User.Read"], { interactive: true })).resolves.toBe(
      "dialog-token"
    );
    const second = createDialogProvider({ ...OPTIONS, store, now: () => now });
    await expect(second.getToken(["User.Read"], { interactive: false })).resolves.toBe(
      "dialog-token"
    );
    expect(dialog.opened).toHaveLength(1);
    now += 3600_000; // expired: silent must not hand it out
    await expect(second.getToken(["User.Read"], { interactive: false })).rejects.toMatchObject({
      errorCode: "interaction_required",
    });
    expect([...store.map.keys()]).toEqual([]);
  });

  test("a garbled entry is dropped, not trusted", async () => {
    const store = memoryStore();
    installOffice({ NestedAppAuth: false, DialogApi: true }, { opened: [] });
    const provider = createDialogProvider({ ...OPTIONS, store });
    const key = `todoku.dialog-token.v1:${OPTIONS.authority}|User.Read`;
    for (const junk of ["{", '{"token":1}', "null", '"x"']) {
      store.map.set(key, junk);
      await expect(provider.getToken(["User.Read"], { interactive: false })).rejects.toMatchObject({
        errorCode: "interaction_required",
      });
      expect(store.map.has(key)).toBe(false);
    }
  });
});
