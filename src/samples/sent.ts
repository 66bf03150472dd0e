/** Built-in sample: a mail in Sent Items that the recipient says never arrived. */
import type { MessageSnapshot } from "../core/model/snapshot";

export function sentMail(): MessageSnapshot {
  return {
    source: "sample",
    kind: "sent",
    subject: "11月分 請求書のご送付",
    bodyText: [
      "株式会社ファブリカム 経理部 御中",
      "",
      "11月分の請求書をお送りします。ご査収のほどよろしくお願いいたします。",
      "",
      "コントソ株式会社 鈴木",
    ].join("\n"),
    from: { name: "鈴木 一郎", address: "suzuki@contoso.co.jp" },
    to: [{ name: "経理部", address: "keiri@fabrikam.co.jp" }],
    cc: [],
    bcc: [],
    attachments: [
      { name: "請求書_2026-11.pdf", size: 412_331, contentType: "application/pdf", kind: "file" },
    ],
    messageId: "<TY3PR01MB9876A1B2C3D4E5F6@TY3PR01MB9876.jpnprd01.prod.outlook.com>",
    date: "2026-11-20T06:42:10.000Z",
    sizeBytes: 571_904,
    notes: ["Built-in sample"],
  };
}
