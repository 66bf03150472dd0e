import {
  createSendHandler,
  SEND_BUDGET_MS,
  TASKPANE_COMMAND_ID,
  type CompletedOptions,
  type SendOutcome,
} from "../../../src/sendcheck/handler";
import { displayLanguage, loadAttachmentContents, readCurrentItem } from "../../../src/office";
import { supportsMailbox } from "../../../src/office/context";
import { defaultPolicy, type PolicyResult } from "../../../src/core/policy/load";
import { resetPolicyCache } from "../../../src/sendcheck/policy";
import {
  composeDraft,
  contentBy,
  installOffice,
  ok,
  toBase64,
  uninstallOffice,
} from "../office/seeds";

const CLEAN_TO = [
  {
    displayName: "Hanako Sato",
    emailAddress: "hanako@fabrikam.co.jp",
    recipientType: "externalUser",
  },
];

/** A draft with nothing wrong: a known domain, a short polite body, a PDF. */
function cleanDraft(extra: Record<string, unknown> = {}) {
  return composeDraft({
    to: { getAsync: ok(CLEAN_TO) },
    cc: { getAsync: ok([]) },
    getAttachmentsAsync: ok([
      { id: "A1", name: "見積書.pdf", size: 8, attachmentType: "file", isInline: false },
    ]),
    getAttachmentContentAsync: contentBy({
      A1: { format: "base64", content: toBase64("%PDF-1.7") },
    }),
    ...extra,
  });
}

/** Records what the draft was asked to change: the handler must never touch it. */
function writeSpies(writes: string[]) {
  return {
    subject: { getAsync: ok("見積書の送付"), setAsync: () => writes.push("subject") },
    body: {
      getAsync: (coercion: string, ...rest: unknown[]) =>
        (rest[rest.length - 1] as (r: unknown) => void)({
          status: "succeeded",
          value:
            coercion === "html"
              ? "<p>お世話になっております。見積書をお送りします。</p>"
              : "お世話になっております。見積書をお送りします。",
        }),
      setAsync: () => writes.push("body"),
      prependAsync: () => writes.push("body"),
    },
  };
}

function handler(
  loadPolicy: () => Promise<PolicyResult> = () =>
    Promise.resolve({ policy: defaultPolicy(), errors: [] }),
  budgetMs?: number
) {
  const outcomes: SendOutcome[] = [];
  const run = createSendHandler({
    loadPolicy,
    readDraft: () => readCurrentItem(),
    loadAttachments: (s, max) => loadAttachmentContents(s, max),
    lang: () => displayLanguage(),
    supportsPromptOptions: () => supportsMailbox("1.14"),
    promptUserMode: () => "promptUser",
    budgetMs,
    onDecision: (o) => outcomes.push(o),
  });
  return { run, outcomes };
}

function event() {
  const calls: (CompletedOptions | undefined)[] = [];
  return { calls, completed: (o?: CompletedOptions) => calls.push(o) };
}

beforeEach(() => resetPolicyCache());
afterEach(() => uninstallOffice());

describe("OnMessageSend handler against office-addin-mock", () => {
  test("allow: a clean draft is sent without a prompt, and the draft is not touched", async () => {
    const writes: string[] = [];
    installOffice(cleanDraft(writeSpies(writes)));
    const { run, outcomes } = handler();
    const e = event();
    await run(e);
    expect(e.calls).toEqual([{ allowEvent: true }]);
    expect(outcomes[0]).toMatchObject({
      kind: "decided",
      decision: { action: "allow", reason: "clean" },
    });
    expect(writes).toEqual([]);
  });

  test("prompt: a blocked attachment and a full-width address, in Japanese, with PromptUser on 1.14", async () => {
    const writes: string[] = [];
    installOffice(
      cleanDraft({
        ...writeSpies(writes),
        to: {
          getAsync: ok([
            ...CLEAN_TO,
            {
              displayName: "",
              emailAddress: "ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｃｏ．ｊｐ",
              recipientType: "other",
            },
          ]),
        },
        getAttachmentsAsync: ok([
          { id: "A1", name: "請求書.pdf.exe", size: 6, attachmentType: "file", isInline: false },
        ]),
        getAttachmentContentAsync: contentBy({
          A1: { format: "base64", content: toBase64(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0])) },
        }),
      }),
      { displayLanguage: "ja-JP", mailboxVersion: "1.14" }
    );
    const { run } = handler();
    const e = event();
    await run(e);
    expect(e.calls).toHaveLength(1);
    const options = e.calls[0] as CompletedOptions;
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("請求書.pdf.exe");
    expect(options.errorMessage).toContain("ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｃｏ．ｊｐ");
    expect(Array.from(options.errorMessage ?? "").length).toBeLessThan(500);
    expect(options.sendModeOverride).toBe("promptUser");
    expect(options.commandId).toBe(TASKPANE_COMMAND_ID);
    expect(options.cancelLabel).toBe("詳細を見る");
    expect(writes).toEqual([]);
  });

  test("prompt on 1.12: only the message (the manifest's PromptUser applies); soft block never overrides", async () => {
    installOffice(
      cleanDraft({
        getAttachmentsAsync: ok([{ id: "A1", name: "run.exe", size: 6, attachmentType: "file" }]),
      }),
      {
        displayLanguage: "en-US",
        mailboxVersion: "1.12",
      }
    );
    const e = event();
    await handler().run(e);
    expect(e.calls[0]).toEqual({
      allowEvent: false,
      errorMessage: expect.stringContaining("run.exe"),
    });

    installOffice(
      cleanDraft({
        getAttachmentsAsync: ok([{ id: "A1", name: "run.exe", size: 6, attachmentType: "file" }]),
      }),
      { mailboxVersion: "1.14" }
    );
    const soft = defaultPolicy();
    soft.sendCheck.mode = "softBlock";
    const e2 = event();
    await handler(() => Promise.resolve({ policy: soft, errors: [] })).run(e2);
    expect(e2.calls[0]?.allowEvent).toBe(false);
    expect(e2.calls[0]?.sendModeOverride).toBeUndefined();
  });

  test("policy off: allowed without reading the draft", async () => {
    let reads = 0;
    installOffice(
      cleanDraft({
        getAttachmentsAsync: (...a: unknown[]) => {
          reads++;
          ok([])(...a);
        },
      })
    );
    const off = defaultPolicy();
    off.sendCheck.enabled = false;
    const e = event();
    await handler(() => Promise.resolve({ policy: off, errors: [] })).run(e);
    expect(e.calls).toEqual([{ allowEvent: true }]);
    expect(reads).toBe(0);
  });

  test("error → allow: no item, or a policy loader that throws", async () => {
    installOffice(cleanDraft());
    (
      globalThis as { Office?: { context: { mailbox: { item: unknown } } } }
    ).Office!.context.mailbox.item = undefined;
    const { run, outcomes } = handler();
    const e = event();
    await run(e);
    expect(e.calls).toEqual([{ allowEvent: true }]);
    expect(outcomes[0]?.kind).toBe("error");

    installOffice(cleanDraft());
    const e2 = event();
    await handler(() => Promise.reject(new Error("boom"))).run(e2);
    expect(e2.calls).toEqual([{ allowEvent: true }]);
  });

  test("timeout → allow: an Office call that never answers is cut at the budget, and completed is called once", async () => {
    installOffice(cleanDraft({ getAttachmentsAsync: () => undefined }));
    const { run, outcomes } = handler(undefined, 60);
    const e = event();
    const t0 = Date.now();
    await run(e);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(e.calls).toEqual([{ allowEvent: true }]);
    expect(outcomes).toEqual([{ kind: "timeout", ms: expect.any(Number) }]);
    await new Promise((r) => setTimeout(r, 50));
    expect(e.calls).toHaveLength(1);
    expect(SEND_BUDGET_MS).toBeLessThan(5000);
  });
});

describe("attachment bytes that are slow to come", () => {
  test("the names are still checked: a blocked type prompts although the contents never arrived", async () => {
    installOffice(
      cleanDraft({
        getAttachmentsAsync: ok([
          { id: "A1", name: "setup.exe", size: 6, attachmentType: "file", isInline: false },
        ]),
        getAttachmentContentAsync: () => undefined, // never answers
      }),
      { displayLanguage: "en-US" }
    );
    const outcomes: SendOutcome[] = [];
    const run = createSendHandler({
      loadPolicy: () => Promise.resolve({ policy: defaultPolicy(), errors: [] }),
      readDraft: () => readCurrentItem(),
      loadAttachments: (s, max) => loadAttachmentContents(s, max),
      lang: () => displayLanguage(),
      supportsPromptOptions: () => false,
      promptUserMode: () => "promptUser",
      attachmentBudgetMs: 50,
      onDecision: (o) => outcomes.push(o),
    });
    const e = event();
    await run(e);
    expect(e.calls[0]?.allowEvent).toBe(false);
    expect(e.calls[0]?.errorMessage).toContain("setup.exe");
    expect(outcomes[0]?.kind).toBe("decided");
  });
});

describe("launchevent entry", () => {
  test("registers onMessageSendHandler with Office.actions.associate and completes the event", async () => {
    const associated = new Map<string, (e: unknown) => void>();
    installOffice(cleanDraft(), {});
    const office = (globalThis as { Office?: Record<string, unknown> }).Office as Record<
      string,
      unknown
    >;
    office.actions = {
      associate: (name: string, fn: (e: unknown) => void) => associated.set(name, fn),
    };
    office.onReady = () => Promise.resolve({ host: "Outlook" });
    jest.isolateModules(() => {
      require("../../../src/sendcheck/launchevent");
    });
    const registered = associated.get("onMessageSendHandler");
    expect(registered).toBeDefined();
    const done = new Promise<CompletedOptions | undefined>((resolve) =>
      registered?.({ completed: resolve })
    );
    await expect(done).resolves.toEqual({ allowEvent: true });
  });
});
