/** A realistic sent-item report for the triage tests: a blocked attachment and a long history. */
import { bounceFindings } from "../../../src/core/bounce/findings";
import { buildReport } from "../../../src/core/report/build";
import { finding } from "../../../src/core/model/finding";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";
import type { BounceReport } from "../../../src/core/model/bounce";
import type { TraceResult } from "../../../src/core/model/facts";
import type { Report } from "../../../src/core/model/report";

export const SENT: MessageSnapshot = {
  source: "office-read",
  kind: "sent",
  subject: "RE: 4月分のお見積書の件",
  from: { name: "山田 太郎", address: "taro.yamada@example-shoji.co.jp" },
  to: [{ name: "鈴木 花子", address: "hanako.suzuki@contoso.co.jp" }],
  cc: [{ address: "sales@example-shoji.co.jp" }],
  bcc: [],
  attachments: [
    { name: "見積書_2026-04.pdf", size: 482_113, contentType: "application/pdf" },
    { name: "tool.zip", size: 1_204_220, contentType: "application/zip" },
    { name: "logo.png", size: 5_120, contentType: "image/png", isInline: true },
  ],
  bodyText: [
    "鈴木様",
    "",
    "お世話になっております。山田です。",
    "見積書をお送りします。ご確認ください。",
    "",
    "-----Original Message-----",
    "From: 鈴木 花子 <hanako.suzuki@contoso.co.jp>",
    "Sent: Monday, April 13, 2026 5:12 PM",
    "Subject: 4月分のお見積書の件",
    "",
    "山田様",
    "お見積りをお願いできますでしょうか。",
  ].join("\n"),
  messageId: "<TYCPR01MB8382A1B2C3D4E5F6@TYCPR01MB8382.jpnprd01.prod.outlook.com>",
  date: "2026-04-14T01:01:38.000Z",
  sizeBytes: 2_310_000,
};

/**
 * The report of a bounce (or of a mail first taken for another kind) with only the bounce's own
 * findings: what the verdict and the pane make of a reading, without the checks.
 */
export function bounceOnlyReport(
  bounce: BounceReport,
  kind: MessageSnapshot["kind"] = "bounce"
): Report {
  return buildReport({
    snapshot: { ...SENT, kind },
    findings: bounceFindings(bounce),
    facts: {},
    bounce,
    sources: [],
  });
}

export function sentReport(options: { bounce?: BounceReport; trace?: TraceResult } = {}): Report {
  const findings = [
    finding(
      11,
      "attachment.blocked-in-archive",
      "problem",
      {
        ja: "ZIPの中に実行ファイル(setup.exe)があります。",
        en: "The ZIP contains a program (setup.exe).",
      },
      { evidence: "tool.zip → setup.exe" }
    ),
    finding(
      9,
      "body.quoted-history",
      "warning",
      { ja: "本文の大半が引用された履歴です。", en: "Most of the body is quoted history." },
      { evidence: "quoted 58%" }
    ),
    finding(22, "licence.ok", "ok", {
      ja: "Exchange Online のライセンスがあります。",
      en: "An Exchange Online licence is assigned.",
    }),
    finding(6, "dns.sender.settings-ok", "ok", {
      ja: "設定は正常です。",
      en: "Settings are well-formed.",
    }),
  ];
  const facts = options.trace ? { trace: { state: "ok" as const, value: options.trace } } : {};
  return buildReport({
    snapshot: SENT,
    findings,
    facts,
    bounce: options.bounce ?? null,
    sources: [],
  });
}

export const TRACE: TraceResult = {
  messageId: SENT.messageId!,
  via: "graph",
  recipients: [
    {
      address: "hanako.suzuki@contoso.co.jp",
      status: "filteredasspam",
      events: [
        {
          dateTime: "2026-04-14T01:01:40Z",
          event: "Receive",
          description: "Message received by TYCPR01MB8382",
        },
        {
          dateTime: "2026-04-14T01:01:45Z",
          event: "Send external",
          description: "Message sent to mx.contoso.co.jp",
        },
      ],
    },
  ],
};

export const BOUNCE: BounceReport = {
  reporter: "Exchange Online",
  kind: "failure",
  recipients: [
    {
      address: "hanako.suzuki@contoso.co.jp",
      status: "5.2.2",
      replyCode: "552",
      action: "failed",
      diagnostic: "552 5.2.2 Mailbox full; quota exceeded",
      cause: 14,
    },
  ],
};
