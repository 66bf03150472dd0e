/** The four simulated Outlook items the end-to-end tests open: built from the pane's samples. */
import { EXCHANGE_NDR_EML } from "../../../src/samples/bounce-exchange";
import { riskyDraft } from "../../../src/samples/draft";
import { JUNK_RECEIVED_EML } from "../../../src/samples/junk-received";
import { sentMail } from "../../../src/samples/sent";
import type { SimAddress, SimHost, SimItem } from "./office-host";
import { textToBase64 } from "./office-host";

export const USER: SimAddress = { displayName: "鈴木 一郎", emailAddress: "suzuki@contoso.co.jp" };

function headerBlock(eml: string): string {
  const end = eml.indexOf("\r\n\r\n");
  return eml.slice(0, end + 2);
}

function subjectOf(eml: string): string {
  return /^Subject: (.*)$/m.exec(eml)?.[1]?.trim() ?? "";
}

export function draftItem(): SimItem {
  const d = riskyDraft();
  const zip = d.attachments[0]!;
  return {
    mode: "compose",
    subject: d.subject,
    bodyText: d.bodyText ?? "",
    bodyHtml: `<div>${(d.bodyText ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</div>`,
    from: USER,
    to: d.to.map((a) => ({ displayName: a.name ?? "", emailAddress: a.address })),
    cc: d.cc.map((a) => ({ displayName: a.name ?? "", emailAddress: a.address })),
    attachments: [
      {
        id: "AAMkAGI1-att-1",
        name: zip.name,
        contentType: "application/zip",
        base64: Buffer.from(zip.content!).toString("base64"),
      },
    ],
  };
}

export function sentItem(): SimItem {
  const s = sentMail();
  return {
    mode: "read",
    itemClass: "IPM.Note",
    subject: s.subject,
    bodyText: s.bodyText ?? "",
    from: USER,
    to: s.to.map((a) => ({ displayName: a.name ?? "", emailAddress: a.address })),
    internetMessageId: s.messageId,
    dateTimeCreated: s.date,
    headers: "", // a Sent Items copy has no transport headers
  };
}

export function bounceItem(): SimItem {
  return {
    mode: "read",
    itemClass: "REPORT.IPM.Note.NDR",
    subject: "配信不能: 打ち合わせの日程",
    bodyText: "Your message to keiri@fabrikarn.co.jp couldn't be delivered.",
    from: {
      displayName: "Microsoft Outlook",
      emailAddress: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.co.jp",
    },
    to: [USER],
    internetMessageId: "<7d9c1e2a-0b5f-4c3e-9a11-ndr01@TY3PR01MB9876.jpnprd01.prod.outlook.com>",
    dateTimeCreated: "2026-11-20T06:42:15Z",
    headers: headerBlock(EXCHANGE_NDR_EML),
    mimeBase64: textToBase64(EXCHANGE_NDR_EML),
  };
}

export function junkItem(): SimItem {
  return {
    mode: "read",
    itemClass: "IPM.Note",
    subject: "【ご案内】年末年始の営業日について",
    bodyText: "お取引先各位\n\n年末年始の営業日についてご案内いたします。",
    from: { displayName: "ファブリカム 営業部", emailAddress: "info@fabrikam.co.jp" },
    to: [USER],
    internetMessageId: "<20261119010548.4N6q8k0w5Fz1@mail.bulk-sender.example>",
    dateTimeCreated: "2026-11-19T01:31:07Z",
    headers: headerBlock(JUNK_RECEIVED_EML),
    mimeBase64: textToBase64(JUNK_RECEIVED_EML),
  };
}

export const DARK_THEME = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#3B3B3B",
  controlForegroundColor: "#FFFFFF",
};

export function host(
  item: SimItem,
  lang: "ja" | "en",
  dark = false,
  attachmentDelayMs = 0
): SimHost {
  return {
    item,
    user: USER,
    displayLanguage: lang === "ja" ? "ja-JP" : "en-US",
    theme: dark ? DARK_THEME : undefined,
    attachmentDelayMs,
  };
}

export { subjectOf };
