/**
 * Graph shell and Graph-fact checks: the compose $batch end to end on loopback (500 recipients),
 * the tenant-wide usage CSV of a large tenant, out-of-office HTML, and the pure checks.
 */
import { mailTipFindings } from "../src/core/checks/graph-facts";
import type { MailTip, TraceRecipient } from "../src/core/model/facts";
import { emptySnapshot, type MessageSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../src/core/policy/schema";
import { traceFindings } from "../src/core/trace";
import { createGraphSession } from "../src/graph";
import { decodeUsageCsv, findUsageRow } from "../src/graph/decode";
import { htmlToText } from "../src/core/text/html";
import { startFakeGraph } from "../test/fakes/fake-graph";
import { median, report, time } from "./util";

const recipients = Array.from({ length: 500 }, (_, i) => ({ address: `user${i}@fabrikam.co.jp` }));
const draft: MessageSnapshot = {
  ...emptySnapshot("office-compose", "draft"),
  subject: "ご案内",
  bodyText: "本文".repeat(2000),
  from: { address: "taro.yamada@contoso.co.jp" },
  to: recipients,
  attachments: [{ name: "a.pdf", size: 3_000_000 }],
};

async function main(): Promise<void> {
  const graph = await startFakeGraph({
    mailTips: { "user7@fabrikam.co.jp": { mailboxFull: true } },
  });
  try {
    const session = createGraphSession({
      graphBaseUrl: graph.url,
      tokenProvider: { getToken: async () => "t" },
    });
    const compose = await time(() => session.gatherComposeFacts(draft), 20, 3);
    report("gatherComposeFacts, 500 recipients, loopback fake", `${median(compose).toFixed(1)} ms`);
  } finally {
    await graph.close();
  }

  const header =
    "Report Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Created Date,Last Activity Date,Item Count,Storage Used (Byte),Issue Warning Quota (Byte),Prohibit Send Quota (Byte),Prohibit Send/Receive Quota (Byte),Deleted Item Count,Deleted Item Size (Byte),Deleted Item Quota (Byte),Has Archive,Report Period";
  const rows = Array.from(
    { length: 50_000 },
    (_, i) =>
      `2026-03-01,user${i}@contoso.co.jp,"User, ${i}",False,,2020-01-01,2026-03-01,1000,${i * 1000},52613349376,53150220288,53687091200,0,0,32212254720,False,7`
  );
  const csv = `\ufeff${header}\n${rows.join("\n")}\n`;
  const usage = await time(() => decodeUsageCsv(csv), 5, 1);
  report(
    `usage report CSV, 50,000 mailboxes (${(csv.length / 1e6).toFixed(1)} MB)`,
    `${median(usage).toFixed(1)} ms`
  );

  const one = await time(() => findUsageRow(csv, "user49999@contoso.co.jp"), 10, 2);
  report("usage report: find one user's row (what the pane does)", `${median(one).toFixed(1)} ms`);

  const oof = `<html><head><style>p{margin:0}</style></head><body>${"<p>休暇中です。&nbsp;1月6日に戻ります。</p>".repeat(2500)}</body></html>`;
  const html = await time(() => htmlToText(oof), 20, 3);
  report(
    `out-of-office HTML to text (${(oof.length / 1000).toFixed(0)} k chars)`,
    `${median(html).toFixed(2)} ms`
  );

  const tips: MailTip[] = recipients.map((r, i) => ({
    address: r.address,
    mailboxFull: i % 50 === 0,
    maxMessageSize: 10_000_000,
  }));
  const checks = await time(() => mailTipFindings(tips, draft, DEFAULT_POLICY), 50, 5);
  report("MailTips findings, 500 recipients", `${median(checks).toFixed(2)} ms`);

  const traced: TraceRecipient[] = recipients.map((r, i) => ({
    address: r.address,
    status: i % 3 === 0 ? "failed" : "delivered",
    events: [
      {
        dateTime: "2026-03-02T10:00:00Z",
        event: "Fail",
        description: "Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found}]",
      },
    ],
  }));
  const trace = await time(
    () => traceFindings({ messageId: "<m@x>", recipients: traced, via: "graph" }),
    50,
    5
  );
  report("trace findings, 500 recipients (classifier included)", `${median(trace).toFixed(2)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
