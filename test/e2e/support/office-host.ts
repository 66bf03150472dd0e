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
          return name === "Mailbox" && major === 1 && (minor ?? 0) <= 14;
        },
      },
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
