/**
 * A simulated Outlook host for end-to-end tests: `installOfficeHost` is injected before the pane
 * (playwright addInitScript) and provides the `Office` global for one mail item — compose or
 * read mode, with subject, body, recipients, attachments with bytes, headers and the MIME
 * source (getAsFileAsync) — so the built pane runs unchanged. Only what the Office shell calls is
 * implemented; calls are answered asynchronously, as Outlook does.
 *
 * The function is serialised into the page, so it must not use anything from this module's scope.
 */

export interface SimAddress {
  displayName: string;
  emailAddress: string;
}

export interface SimAttachment {
  id: string;
  name: string;
  contentType: string;
  /** The file's bytes, base64. */
  base64: string;
  isInline?: boolean;
}

export interface SimItem {
  mode: "compose" | "read";
  subject: string;
  bodyText: string;
  bodyHtml?: string | undefined;
  from: SimAddress;
  to: SimAddress[];
  cc?: SimAddress[] | undefined;
  bcc?: SimAddress[] | undefined;
  attachments?: SimAttachment[] | undefined;
  /** Read mode: the item class, e.g. "IPM.Note" or "REPORT.IPM.Note.NDR". */
  itemClass?: string | undefined;
  internetMessageId?: string | undefined;
  dateTimeCreated?: string | undefined;
  /** Read mode: what getAllInternetHeadersAsync returns ("" for a Sent Items copy). */
  headers?: string | undefined;
  /** Read mode: the MIME source as base64, for getAsFileAsync. */
  mimeBase64?: string | undefined;
}

/**
 * Sign-in for the simulated Outlook: a stand-in for Outlook's nested app authentication (NAA)
 * broker. Outlook puts `window.nestedAppAuthBridge` into the add-in's page and answers
 * MSAL's JSON requests on it (GetInitContext, GetToken, GetTokenPopup); this one answers them
 * with test tokens. The pane runs its real sign-in code unchanged: the Office token provider sees
 * NestedAppAuth 1.1, MSAL's createNestablePublicClientApplication finds the bridge, and every
 * token the Graph client sends went through MSAL's NAA controller. We chose this over an
 * injectable TokenProvider because it needs no hook in the production build and also covers
 * MSAL's request/response mapping and the add-in's NAA code. (The Office dialog fallback would
 * need a login page of Entra's; it stays covered by unit tests.)
 */
export interface SimSignIn {
  /** The access token given for every scope (the fake Graph only checks that one is sent). */
  accessToken: string;
  /** An id token (a JWT MSAL can decode) and the account it is for. */
  idToken: string;
  account: {
    homeAccountId: string;
    environment: string;
    tenantId: string;
    username: string;
    localAccountId: string;
    name: string;
  };
  /** Answer every token request with this bridge error instead (e.g. consent required). */
  error?: { status: string; code?: string; subError?: string; description?: string } | undefined;
  /** Milliseconds before each bridge answer. */
  delayMs?: number | undefined;
}

export interface SimHost {
  item: SimItem;
  user: SimAddress;
  displayLanguage: string;
  theme?:
    | {
        bodyBackgroundColor: string;
        bodyForegroundColor: string;
        controlBackgroundColor: string;
        controlForegroundColor: string;
      }
    | undefined;
  /** Milliseconds before each getAttachmentContentAsync answers (to see progress). */
  attachmentDelayMs?: number | undefined;
  /** Sign-in through a simulated NAA bridge; absent = no NAA (Graph cannot sign in). */
  signIn?: SimSignIn | undefined;
}

/** Runs in the page. Records new message forms in window.__todokuForms for the tests. */
export function installOfficeHost(host: SimHost): void {
  const ok = (value?: unknown) => ({ status: "succeeded", value });
  const later = (cb: ((r: unknown) => void) | undefined, value?: unknown, ms = 0) => {
    setTimeout(() => cb?.(ok(value)), ms);
  };
  // Office passes (options, callback) or (callback); accept both.
  const callbackOf = (args: unknown[]) =>
    args.find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
  const item = host.item;
  const forms: unknown[] = [];
  (window as unknown as { __todokuForms: unknown[] }).__todokuForms = forms;
  const attachmentDetails = (item.attachments ?? []).map((a) => ({
    id: a.id,
    name: a.name,
    contentType: a.contentType,
    size: Math.floor((a.base64.replace(/=+$/, "").length * 3) / 4),
    attachmentType: "file",
    isInline: a.isInline === true,
  }));
  const field = <T>(value: T) => ({
    getAsync: (...args: unknown[]) => later(callbackOf(args), value),
  });
  const body = {
    getAsync: (coercion: string, ...rest: unknown[]) =>
      later(callbackOf(rest), coercion === "html" ? (item.bodyHtml ?? "") : item.bodyText),
  };
  const common = {
    body,
    getAttachmentContentAsync: (id: string, ...rest: unknown[]) => {
      const found = (item.attachments ?? []).find((a) => a.id === id);
      const cb = callbackOf(rest);
      if (!found) {
        setTimeout(
          () =>
            cb?.({
              status: "failed",
              error: { name: "InvalidAttachmentId", message: "not found" },
            }),
          0
        );
        return;
      }
      later(cb, { format: "base64", content: found.base64 }, host.attachmentDelayMs ?? 0);
    },
  };
  const composeItem = {
    ...common,
    itemType: "message",
    subject: field(item.subject),
    from: field(item.from),
    to: field(item.to),
    cc: field(item.cc ?? []),
    bcc: field(item.bcc ?? []),
    getAttachmentsAsync: (...args: unknown[]) => later(callbackOf(args), attachmentDetails),
  };
  const readItem = {
    ...common,
    itemType: "message",
    itemClass: item.itemClass ?? "IPM.Note",
    subject: item.subject,
    from: item.from,
    sender: item.from,
    to: item.to,
    cc: item.cc ?? [],
    attachments: attachmentDetails,
    internetMessageId: item.internetMessageId,
    dateTimeCreated: item.dateTimeCreated ? new Date(item.dateTimeCreated) : new Date(),
    getAllInternetHeadersAsync: (...args: unknown[]) => later(callbackOf(args), item.headers ?? ""),
    getAsFileAsync: (...args: unknown[]) => {
      const cb = callbackOf(args);
      if (item.mimeBase64) later(cb, item.mimeBase64);
      else
        setTimeout(
          () =>
            cb?.({ status: "failed", error: { name: "GenericResponseError", message: "no MIME" } }),
          0
        );
    },
  };
  const mailbox = {
    item: item.mode === "compose" ? composeItem : readItem,
    userProfile: {
      emailAddress: host.user.emailAddress,
      displayName: host.user.displayName,
      timeZone: "Tokyo Standard Time",
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "simulated" },
    addHandlerAsync: (...args: unknown[]) => later(callbackOf(args.slice(2))),
    removeHandlerAsync: (...args: unknown[]) => later(callbackOf(args)),
    displayNewMessageForm: (form: unknown) => forms.push(form),
    displayNewMessageFormAsync: (form: unknown, ...rest: unknown[]) => {
      forms.push(form);
      later(callbackOf(rest));
    },
  };
  const theme = host.theme ?? {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  };
  const office = {
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
      AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    },
    context: {
      displayLanguage: host.displayLanguage,
      officeTheme: theme,
      mailbox,
      requirements: {
        // Mailbox 1.14 (Outlook on the web today): compare "1.8" and "1.14" as numbers per part.
        isSetSupported: (name: string, version?: string) => {
          const [major, minor] = (version ?? "1.1").split(".").map((n) => parseInt(n, 10));
          if (name === "NestedAppAuth") return !!host.signIn && major === 1 && (minor ?? 0) <= 1;
          return name === "Mailbox" && major === 1 && (minor ?? 0) <= 14;
        },
      },
    },
    auth: {
      getAuthContext: () =>
        host.signIn
          ? Promise.resolve({
              userPrincipalName: host.signIn.account.username,
              loginHint: host.signIn.account.username,
              userObjectId: host.signIn.account.localAccountId,
              tenantId: host.signIn.account.tenantId,
              authorityType: "AAD",
            })
          : Promise.reject(new Error("not supported")),
    },
    onReady: (cb?: (info: unknown) => void) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      return new Promise((resolve) =>
        setTimeout(() => {
          cb?.(info);
          resolve(info);
        }, 10)
      );
    },
  };
  (window as unknown as { Office: unknown }).Office = office;

  // The NAA bridge (see SimSignIn): MSAL posts JSON request envelopes and listens for JSON
  // response envelopes with the same requestId. Token requests are kept for the tests.
  const signIn = host.signIn;
  if (signIn) {
    type Listener = (response: string) => void;
    const listeners: Listener[] = [];
    const tokenRequests: { method: string; scope: string; clientId: string; claims?: string }[] =
      [];
    (window as unknown as { __todokuTokenRequests: unknown[] }).__todokuTokenRequests =
      tokenRequests;
    const answer = (envelope: Record<string, unknown>) =>
      setTimeout(() => {
        const text = JSON.stringify({ messageType: "NestedAppAuthResponse", ...envelope });
        for (const l of [...listeners]) l(text);
      }, signIn.delayMs ?? 0);
    (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
      addEventListener: (name: string, listener: Listener) => {
        if (name === "message") listeners.push(listener);
      },
      removeEventListener: (name: string, listener: Listener) => {
        const i = listeners.indexOf(listener);
        if (name === "message" && i >= 0) listeners.splice(i, 1);
      },
      postMessage: (message: string) => {
        const request = JSON.parse(message) as {
          method: string;
          requestId: string;
          tokenParams?: { scope?: string; clientId?: string; claims?: string };
        };
        const { requestId } = request;
        if (request.method === "GetInitContext") {
          answer({
            requestId,
            success: true,
            initContext: {
              sdkName: "todoku-simulated-outlook",
              sdkVersion: "1.0.0",
              capabilities: { queryAccount: false },
              accountContext: {
                homeAccountId: signIn.account.homeAccountId,
                environment: signIn.account.environment,
                tenantId: signIn.account.tenantId,
              },
            },
          });
          return;
        }
        const params = request.tokenParams ?? {};
        tokenRequests.push({
          method: request.method,
          scope: params.scope ?? "",
          clientId: params.clientId ?? "",
          ...(params.claims ? { claims: params.claims } : {}),
        });
        if (signIn.error) {
          answer({ requestId, success: false, error: signIn.error });
          return;
        }
        answer({
          requestId,
          success: true,
          token: {
            access_token: signIn.accessToken,
            expires_in: 3600,
            id_token: signIn.idToken,
            properties: null,
            scope: params.scope ?? "",
          },
          account: signIn.account,
        });
      },
    };
  }
}

/** The bytes of a text as base64 (UTF-8). */
export function textToBase64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

/**
 * The init script for playwright's addInitScript({ content }). Some TypeScript runners wrap
 * functions with a `__name` helper; a no-op stands in for it inside the page.
 */
export function officeHostScript(host: SimHost): string {
  return `var __name = (f) => f; (${installOfficeHost.toString()})(${JSON.stringify(host)});`;
}
