/**
 * Runs the production launchevent.js the way classic Outlook on Windows runs a send check: in a
 * JavaScript-only engine (Node's vm: the language's own objects and timers, no Intl, TextEncoder,
 * TextDecoder, atob, URL, fetch, DOM or localStorage), with an Office object that answers like a
 * compose item, and fires OnMessageSend once.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import vm from "vm";

export interface BareAttachment {
  name: string;
  /** The file's bytes; its size is what Outlook reports (the decoded size). */
  bytes: Uint8Array;
}

export interface BareDraft {
  subject: string;
  bodyText: string;
  bodyHtml?: string;
  to: Array<{ displayName: string; emailAddress: string }>;
  cc?: Array<{ displayName: string; emailAddress: string }>;
  attachments?: BareAttachment[];
  lang?: string;
}

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  [key: string]: unknown;
}

export interface BareRun {
  options: CompletedOptions;
  /** From the event firing to event.completed. */
  ms: number;
}

/** Loads the bundle once into a fresh bare context; the returned function fires one event. */
export function loadBareSendCheck(file: string, draft: BareDraft): () => Promise<BareRun> {
  const answer =
    (value: unknown) =>
    (...args: unknown[]) =>
      (args[args.length - 1] as (r: unknown) => void)({ status: "succeeded", value });
  const attachments = draft.attachments ?? [];
  const item = {
    itemType: "message",
    subject: { getAsync: answer(draft.subject) },
    body: {
      getAsync: (type: string, ...rest: unknown[]) =>
        (rest[rest.length - 1] as (r: unknown) => void)({
          status: "succeeded",
          value: type === "html" ? (draft.bodyHtml ?? `<p>${draft.bodyText}</p>`) : draft.bodyText,
        }),
    },
    from: {
      getAsync: answer({ displayName: "山田 太郎", emailAddress: "taro.yamada@contoso.co.jp" }),
    },
    to: { getAsync: answer(draft.to) },
    cc: { getAsync: answer(draft.cc ?? []) },
    bcc: { getAsync: answer([]) },
    getAttachmentsAsync: answer(
      attachments.map((a, i) => ({
        id: `A${i}`,
        name: a.name,
        size: a.bytes.length,
        attachmentType: "file",
        isInline: false,
      }))
    ),
    getAttachmentContentAsync: (id: string, ...rest: unknown[]) => {
      const a = attachments[Number(id.slice(1))];
      (rest[rest.length - 1] as (r: unknown) => void)(
        a
          ? {
              status: "succeeded",
              value: { format: "base64", content: Buffer.from(a.bytes).toString("base64") },
            }
          : { status: "failed", error: { message: "no such attachment" } }
      );
    },
  };
  let handler: ((event: unknown) => void) | undefined;
  const Office = {
    actions: {
      associate: (name: string, fn: (event: unknown) => void) => {
        if (name === "onMessageSendHandler") handler = fn;
      },
    },
    context: {
      displayLanguage: draft.lang ?? "ja-JP",
      requirements: { isSetSupported: () => true },
      mailbox: { item, userProfile: { emailAddress: "taro.yamada@contoso.co.jp" } },
    },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  };
  const context = vm.createContext({ Office, setTimeout, clearTimeout });
  // Classic Outlook's runtime has been seen without Intl (office-js issue 4631), although it is
  // part of the language; take it away so the bundle cannot come to depend on it.
  vm.runInContext("delete globalThis.Intl;", context);
  vm.runInContext(readFileSync(file, "utf8"), context, { filename: basename(file) });
  if (typeof handler !== "function")
    throw new Error("onMessageSendHandler was not registered with Office.actions.associate");
  const registered = handler;
  return () =>
    new Promise<BareRun>((resolve, reject) => {
      const started = Date.now();
      const timer = setTimeout(() => reject(new Error("event.completed was not called")), 30000);
      registered({
        completed(options: CompletedOptions) {
          clearTimeout(timer);
          resolve({ options, ms: Date.now() - started });
        },
      });
    });
}
