/**
 * Header analysis (received mail) and the triage text builders. Real-shaped fixtures, then
 * hostile input at 1×, 4× and 16× size: time should grow about 4× per step (linear).
 * Printed, never asserted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  analyzeHeaders,
  parseAuthenticationResults,
  parseHeaderBlock,
  parseReceived,
} from "../src/core/headers";
import { findingsFromHeaders } from "../src/core/checks/received-headers";
import { buildInquiry, narrowTriage } from "../src/core/triage";
import { buildReport } from "../src/core/report/build";
import { emptySnapshot } from "../src/core/model/snapshot";
import { median, report, time } from "./util";

const FIXTURES = [
  "exchange-online-junk.txt",
  "exchange-online-spoof.txt",
  "gmail-received.txt",
  "japanese-provider.txt",
];
const SCALES = [1, 4, 16];

async function scaled(
  label: string,
  make: (scale: number) => string,
  run: (input: string) => unknown
): Promise<void> {
  const parts: string[] = [];
  for (const scale of SCALES) {
    const input = make(scale);
    parts.push(`${scale}×: ${median(await time(() => run(input), 7, 1)).toFixed(2)} ms`);
  }
  report(label, parts.join("  "));
}

async function main(): Promise<void> {
  const texts = FIXTURES.map((f) =>
    readFileSync(join(__dirname, "../test/fixtures/headers", f), "utf8")
  );
  const fields = texts.map(parseHeaderBlock);
  const perMessage =
    median(
      await time(() => fields.forEach((h) => findingsFromHeaders(analyzeHeaders(h))), 200, 20)
    ) / fields.length;
  report(
    "analyzeHeaders + findings, per real-shaped message",
    `${(perMessage * 1000).toFixed(0)} µs`
  );
  const parse =
    median(await time(() => texts.forEach((t) => parseHeaderBlock(t)), 200, 20)) / texts.length;
  report("parseHeaderBlock, per message", `${(parse * 1000).toFixed(0)} µs`);

  const snapshot = {
    ...emptySnapshot("mime", "sent"),
    subject: "x",
    to: [{ address: "a@example.com" }],
  };
  const r = buildReport({ snapshot, findings: [], facts: {}, bounce: null, sources: [] });
  const triage = median(
    await time(
      () => narrowTriage({ web: "yes", otherDomain: "yes", noAttachments: "no" }, r),
      500,
      50
    )
  );
  report("narrowTriage with a report", `${(triage * 1000).toFixed(0)} µs`);
  const inquiry = median(
    await time(
      () => buildInquiry(r, { lang: "ja", audience: "helpdesk", answers: { web: "yes" } }),
      500,
      50
    )
  );
  report("buildInquiry (ja)", `${(inquiry * 1000).toFixed(0)} µs`);

  const KB = 1024;
  await scaled(
    "auth-results: nested comments, 16 KB × scale",
    (s) => "(".repeat(16 * KB * s),
    parseAuthenticationResults
  );
  await scaled(
    "auth-results: 'a=' repeated, 16 KB × scale",
    (s) => "a=".repeat(8 * KB * s),
    parseAuthenticationResults
  );
  await scaled(
    "Received: keywords repeated, 16 KB × scale (value cap 16 KB)",
    (s) => "from by ".repeat(2 * KB * s),
    parseReceived
  );
  await scaled(
    "header block: 1,000 Received lines × scale",
    (s) =>
      Array.from(
        { length: 1000 * s },
        (_, i) =>
          `Received: from h${i}.example by h${i + 1}.example; Tue, 14 Apr 2026 01:00:0${i % 10} +0000`
      ).join("\r\n"),
    (text) => analyzeHeaders(parseHeaderBlock(text))
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
