/**
 * Content parsers and checks (items 7, 8, 9, 18, 20) on ordinary and hostile input, at 1×, 4×
 * and 16× size: the time should grow about 4× per step (linear). Printed, never asserted.
 * The whole outgoing pipeline with attachments is measured in outgoing.bench.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inspectArchive } from "../src/core/archive/inspect";
import { DEFAULT_MAX_HEADER_BYTES, list7z } from "../src/core/archive/sevenzip";
import { bodyCheck } from "../src/core/checks/body";
import { messageHeadersCheck } from "../src/core/checks/message-headers";
import { recipientsCheck } from "../src/core/checks/recipients";
import { subjectCheck } from "../src/core/checks/subject";
import { emptySnapshot, type MessageSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../src/core/policy/schema";
import { addressProblems } from "../src/core/text/address";
import { suggestDomain } from "../src/core/text/domain-typo";
import { readHtml } from "../src/core/text/html";
import { analyzeQuotes } from "../src/core/text/quotes";
import { readSubjectPrefixes } from "../src/core/text/subject";
import { findUrlsInText } from "../src/core/text/urls";
import { sevenZipEncoded } from "../test/fixtures/attachments/7z/build";
import { median, report, time } from "./util";

const KB = 1024;
const SCALES = [1, 4, 16];

async function scaled(
  label: string,
  make: (scale: number) => unknown,
  run: (input: never) => unknown,
  runs = 7
): Promise<void> {
  const times: number[] = [];
  for (const scale of SCALES) {
    const input = make(scale) as never;
    times.push(median(await time(() => run(input), runs, 1)));
  }
  const shown = SCALES.map((scale, i) => `${scale}×: ${(times[i] as number).toFixed(1)} ms`).join(
    "  "
  );
  // 16×/1× near 16 means linear growth; far above it would mean super-linear work.
  const ratio = (times[times.length - 1] as number) / Math.max(times[0] as number, 0.001);
  report(label, `${shown}  (16×/1× ${ratio.toFixed(1)})`);
}

function cpuTimes(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

/** 1× = the worst case: about 2 MB of HTML with 2,000 links and 1 MB of quoted history. */
function htmlBody(scale: number): string {
  const para =
    "<p>お世話になっております。資料のリンクをお送りします。よろしくお願いいたします。</p>\n";
  const links = Array.from(
    { length: 2000 * scale },
    (_, i) => `<a href="https://docs${i % 40}.example.com/p/${i}">資料 ${i}</a><br>`
  ).join("\n");
  const own = para.repeat(Math.max(0, Math.ceil((KB * KB * scale - links.length) / para.length)));
  const quotedPara = "<p>以前のやり取りの本文です。よろしくお願いいたします。</p>\n";
  const quoted = quotedPara.repeat(Math.ceil((KB * KB * scale) / quotedPara.length));
  return `<html><body>${own}${links}<blockquote>${quoted}</blockquote></body></html>`;
}

function draft(html: string): MessageSnapshot {
  const s = emptySnapshot("sample", "draft");
  s.subject = "RE: 資料のご案内";
  s.bodyHtml = html;
  s.bodyText = readHtml(html).text;
  s.from = { address: "yamada@example.co.jp" };
  s.to = [{ address: "suzuki@client.example.co.jp" }];
  return s;
}

async function main(): Promise<void> {
  const body = htmlBody(1);
  report("worst-case HTML body (1×)", `${(body.length / KB / KB).toFixed(2)} M chars`);
  const worst = draft(body);
  const all = () => {
    // One input per run, as runChecks does: the body is read once and shared by the checks.
    const input = { snapshot: worst, facts: {}, policy: DEFAULT_POLICY };
    for (const check of [bodyCheck, subjectCheck, recipientsCheck, messageHeadersCheck])
      check.run(input);
  };
  report(
    "content/subject/recipient/header checks on it, median",
    `${median(await time(all, 10, 2)).toFixed(1)} ms`
  );
  // CPU time as well: on a shared, busy machine the wall time above mostly measures waiting.
  report("the same, median CPU time of this process", `${median(cpuTimes(all, 10)).toFixed(1)} ms`);
  // The growth steps start from a quarter of it (0.5 MB), so that 16× stays within memory.
  await scaled(
    "readHtml, 0.5 MB × 1/4/16",
    (scale) => htmlBody(scale / 4),
    (h: string) => readHtml(h),
    3
  );
  await scaled(
    "body + subject checks, 0.5 MB × 1/4/16",
    (scale) => draft(htmlBody(scale / 4)),
    (s: MessageSnapshot) => {
      const input = { snapshot: s, facts: {}, policy: DEFAULT_POLICY };
      bodyCheck.run(input);
      subjectCheck.run(input);
    },
    3
  );
  await scaled(
    "hostile '<a ' × 64k per 1×",
    (scale) => "<a ".repeat(64 * KB * scale),
    (h: string) => readHtml(h)
  );
  await scaled(
    "findUrlsInText, 'http://' × 32k per 1×",
    (scale) => "http://".repeat(32 * KB * scale),
    (t: string) => findUrlsInText(t)
  );
  await scaled(
    "analyzeQuotes, '> ' × 128k on one line per 1×",
    (scale) => "> ".repeat(128 * KB * scale),
    (t: string) => analyzeQuotes(t)
  );
  await scaled(
    "analyzeQuotes, 'From:/To:/Subject:' blocks per 1×",
    (scale) => "From: a\nTo: b\nSubject: c\n".repeat(8 * KB * scale),
    (t: string) => analyzeQuotes(t)
  );
  await scaled(
    "addressProblems, '@' × 256k per 1×",
    (scale) => "@".repeat(256 * KB * scale),
    (a: string) => addressProblems(a)
  );
  await scaled(
    "suggestDomain, 'a.' × 128k per 1×",
    (scale) => "a.".repeat(128 * KB * scale) + "jp",
    (d: string) => suggestDomain(d)
  );
  await scaled(
    "readSubjectPrefixes, 'Re: ' × 64k per 1×",
    (scale) => "Re: ".repeat(64 * KB * scale),
    (s: string) => readSubjectPrefixes(s)
  );
  await scaled(
    "recipients check, 500 recipients per 1×",
    (scale) => {
      const s = emptySnapshot("sample", "draft");
      s.to = Array.from({ length: 500 * scale }, (_, i) => ({
        address: `user${i}@company${i % 80}.co.jp`,
      }));
      return s;
    },
    (s: MessageSnapshot) => recipientsCheck.run({ snapshot: s, facts: {}, policy: DEFAULT_POLICY }),
    5
  );
  await sevenZip();
}

/** Listing 7z archives whose header is packed with LZMA (7-Zip's default): first run and warm. */
async function sevenZip(): Promise<void> {
  const dir = join(__dirname, "../test/fixtures/attachments/7z");
  const cases: Array<[string, Uint8Array]> = [
    ["7z list, 7-Zip defaults (7 entries)", new Uint8Array(readFileSync(join(dir, "default.7z")))],
    [
      "7z list, 10,100 entries (600 KB packed header)",
      new Uint8Array(readFileSync(join(dir, "many.7z"))),
    ],
  ];
  // A hostile header: 8 MiB of zeros (the cap) packed into about 1.3 KB, the most output per
  // input byte LZMA allows; it unpacks fully, then is found not to be a header.
  const bomb = sevenZipEncoded(new Uint8Array(DEFAULT_MAX_HEADER_BYTES), 1);
  cases.push([`7z list, hostile: ${bomb.length} bytes unpacking to 8 MiB`, bomb]);
  for (const [label, bytes] of cases) {
    const t0 = performance.now();
    const first = list7z(bytes);
    const cold = performance.now() - t0;
    const warm = median(await time(() => list7z(bytes), 5, 1));
    const what = first.damage ?? `${first.entries.length} names`;
    report(label, `first ${cold.toFixed(1)} ms, then ${warm.toFixed(1)} ms (${what})`);
  }
  // The whole look inside: names, then the zip inside unpacked from the solid LZMA2 folder.
  const nested = new Uint8Array(readFileSync(join(dir, "default.7z")));
  const inspected = inspectArchive(nested, { maxDepth: 3 });
  const inside = median(await time(() => inspectArchive(nested, { maxDepth: 3 }), 9, 2));
  report(
    "7z inspect, 7-Zip defaults with a zip inside",
    `${inside.toFixed(2)} ms (${inspected?.files.length ?? 0} files at 2 levels)`
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
