/**
 * office-addin-mock seeds for Outlook items (host "outlook"): a draft in compose mode, a sent
 * item, a bounce and a received mail in read mode. Each Office method is a function that calls
 * back with an AsyncResult-shaped object, as Outlook does. The enums the adapters read are
 * included, because OfficeMockObject does not add them.
 */
import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose other
// dependencies ship as ES modules that jest (CommonJS) cannot load; hoisted above the import.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

export const USER = { displayName: "Taro Yamada", emailAddress: "taro.yamada@contoso.example" };

export const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  CoercionType: { Html: "html", Text: "text" },
  EventType: { ItemChanged: "olkItemSelectedChanged" },
  MailboxEnums: {
    AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
    AttachmentType: { File: "file", Item: "item", Cloud: "cloud" },
    ItemType: { Message: "message", Appointment: "appointment" },
    SendModeOverride: { PromptUser: "promptUser" },
  },
};

type Cb = (result: unknown) => void;

export function ok<T>(value: T): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    const cb = args[args.length - 1] as Cb;
    cb({ status: "succeeded", value });
  };
}

export function fail(name: string, message: string, code = 9999): (...args: unknown[]) => void {
  return (...args: unknown[]) => {
    const cb = args[args.length - 1] as Cb;
    cb({ status: "failed", error: { name, message, code } });
  };
}

export function toBase64(text: string | Uint8Array): string {
  return Buffer.from(typeof text === "string" ? Buffer.from(text, "utf8") : text).toString(
    "base64"
  );
}

/** Content by attachment id for getAttachmentContentAsync. */
export function contentBy(map: Record<string, { format: string; content: string } | "fail">) {
  return (id: string, ...rest: unknown[]) => {
    const cb = rest[rest.length - 1] as Cb;
    const entry = map[id];
    if (!entry || entry === "fail")
      cb({
        status: "failed",
        error: {
          name: "InvalidAttachmentId",
          message: "The attachment id is invalid.",
          code: 9001,
        },
      });
    else cb({ status: "succeeded", value: entry });
  };
}

export interface SeedOptions {
  mailboxVersion?: string;
  displayLanguage?: string;
  officeTheme?: Record<string, unknown>;
  extraMailbox?: Record<string, unknown>;
}

export function installOffice(
  item: Record<string, unknown>,
  options: SeedOptions = {}
): OfficeMockObject {
  const max = options.mailboxVersion ?? "1.14";
  const seed = {
    host: "outlook",
    ...ENUMS,
    context: {
      displayLanguage: options.displayLanguage ?? "ja-JP",
      officeTheme: options.officeTheme ?? {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "Mailbox" && compare(version, max) <= 0,
      },
      mailbox: {
        userProfile: { ...USER },
        item,
        ...(options.extraMailbox ?? {}),
      },
    },
  };
  const mock = new OfficeMockObject(seed);
  (globalThis as { Office?: unknown }).Office = mock;
  return mock;
}

export function uninstallOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

function compare(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am - bm : an - bn;
}

const ZIP_HEAD = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

/** A draft with two recipients per field, an .exe, a zip, an attached mail and a cloud link. */
export function composeDraft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    itemType: "message",
    subject: { getAsync: ok("見積書の送付 / Quotation") },
    body: {
      getAsync: (coercion: string, ...rest: unknown[]) => {
        const cb = rest[rest.length - 1] as Cb;
        cb({
          status: "succeeded",
          value:
            coercion === "html"
              ? '<p>お世話になっております。<a href="https://example.com/q">見積書</a></p>'
              : "お世話になっております。見積書",
        });
      },
    },
    from: { getAsync: ok({ ...USER }) },
    to: {
      getAsync: ok([
        {
          displayName: "Hanako Sato",
          emailAddress: "hanako@fabrikam.example",
          recipientType: "externalUser",
        },
        {
          displayName: "ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｅｘａｍｐｌｅ",
          emailAddress: "ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｅｘａｍｐｌｅ",
          recipientType: "other",
        },
      ]),
    },
    cc: {
      getAsync: ok([
        {
          displayName: "Sales",
          emailAddress: "sales@contoso.example",
          recipientType: "distributionList",
        },
      ]),
    },
    bcc: { getAsync: ok([]) },
    getAttachmentsAsync: ok([
      { id: "AAMk-1", name: "invoice.pdf.exe", size: 6, attachmentType: "file", isInline: false },
      { id: "AAMk-2", name: "docs.zip", size: 6, attachmentType: "file", isInline: false },
      { id: "AAMk-3", name: "Fwd: minutes", size: 120, attachmentType: "item", isInline: false },
      { id: "AAMk-4", name: "plan.xlsx", size: 0, attachmentType: "cloud", isInline: false },
    ]),
    getAttachmentContentAsync: contentBy({
      "AAMk-1": {
        format: "base64",
        content: toBase64(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])),
      },
      "AAMk-2": { format: "base64", content: toBase64(ZIP_HEAD) },
      "AAMk-3": { format: "eml", content: "Subject: minutes\r\n\r\nhello" },
      "AAMk-4": { format: "url", content: "https://contoso-my.sharepoint.example/plan.xlsx" },
    }),
    ...overrides,
  };
}

function readBody(html: string, text: string) {
  return {
    getAsync: (coercion: string, ...rest: unknown[]) => {
      const cb = rest[rest.length - 1] as Cb;
      cb({ status: "succeeded", value: coercion === "html" ? html : text });
    },
  };
}

/** The user's copy in Sent Items: headers come back empty, as Outlook does for sent copies. */
export function sentItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    itemType: "message",
    itemClass: "IPM.Note",
    subject: "Quarterly figures",
    from: { ...USER },
    sender: { ...USER },
    to: [{ displayName: "Hanako Sato", emailAddress: "hanako@fabrikam.example" }],
    cc: [],
    internetMessageId: "<orig-0001@contoso.example>",
    dateTimeCreated: new Date("2026-11-16T01:01:58Z"),
    attachments: [
      {
        id: "AAMk-9",
        name: "figures.xlsx",
        size: 2048,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        attachmentType: "file",
        isInline: false,
      },
    ],
    body: readBody("<p>Please find the figures attached.</p>", "Please find the figures attached."),
    getAllInternetHeadersAsync: ok(""),
    getAsFileAsync: ok(
      toBase64(
        "From: Taro Yamada <taro.yamada@contoso.example>\r\nTo: hanako@fabrikam.example\r\nSubject: Quarterly figures\r\nMessage-ID: <orig-0001@contoso.example>\r\n\r\nPlease find the figures attached.\r\n"
      )
    ),
    ...overrides,
  };
}

export function bounceItem(
  ndrEml: string,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> {
  const headerText = ndrEml.split("\r\n\r\n")[0] + "\r\n";
  return {
    itemType: "message",
    itemClass: "REPORT.IPM.Note.NDR",
    subject: "Undeliverable: Quarterly figures",
    from: {
      displayName: "Microsoft Outlook",
      emailAddress: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example",
    },
    sender: {
      displayName: "Microsoft Outlook",
      emailAddress: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example",
    },
    to: [{ ...USER }],
    cc: [],
    internetMessageId: "<ndr-0001@TY0PR01MB0002.jpnprd01.prod.outlook.com>",
    dateTimeCreated: new Date("2026-11-16T01:02:04Z"),
    attachments: [],
    body: readBody(
      "<p>Your message to hanako@fabrikam.example couldn't be delivered.</p>",
      "Your message to hanako@fabrikam.example couldn't be delivered."
    ),
    getAllInternetHeadersAsync: ok(headerText),
    getAsFileAsync: ok(toBase64(ndrEml)),
    ...overrides,
  };
}

export function receivedItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    itemType: "message",
    itemClass: "IPM.Note",
    subject: "Re: Quarterly figures",
    from: { displayName: "Hanako Sato", emailAddress: "hanako@fabrikam.example" },
    sender: { displayName: "Hanako Sato", emailAddress: "hanako@fabrikam.example" },
    to: [{ ...USER }],
    cc: [{ displayName: "Jiro", emailAddress: "jiro@fabrikam.example" }],
    internetMessageId: "<reply-0002@fabrikam.example>",
    dateTimeCreated: new Date("2026-11-16T03:00:00Z"),
    attachments: [],
    body: readBody("<p>Thank you.</p>", "Thank you."),
    getAllInternetHeadersAsync: ok(
      "Received: from mx.fabrikam.example (192.0.2.10) by mail.contoso.example; Mon, 16 Nov 2026 03:00:00 +0000\r\n" +
        "Authentication-Results: spf=pass smtp.mailfrom=fabrikam.example; dkim=pass header.d=fabrikam.example; dmarc=pass\r\n" +
        "From: Hanako Sato <hanako@fabrikam.example>\r\nSubject: Re: Quarterly figures\r\n" +
        "Message-ID: <reply-0002@fabrikam.example>\r\n"
    ),
    ...overrides,
  };
}
