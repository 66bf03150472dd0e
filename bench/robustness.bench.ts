/**
 * The whole pipeline (parseEml → analyze → contract JSON + text) on pathological mails of 1, 4
 * and 16 MB. Prints ms per MB for each size: roughly equal numbers mean linear time, a number
 * that grows with the size is a super-linear path to look at. Printed, never asserted.
 */
import { performance } from "node:perf_hooks";
import { analyze } from "../src/core/engine";
import { parseEml } from "../src/core/mime/eml";
import { DEFAULT_POLICY } from "../src/core/policy/schema";
import { renderText, toContractJson } from "../src/core/report";
import { report } from "./util";

const MIB = 1024 * 1024;
const HEAD =
  "From: Taro <taro@example.co.jp>\r\nTo: hanako@example.com\r\nSubject: hello\r\nDate: Mon, 2 Nov 2026 10:00:00 +0900\r\nMessage-ID: <r@example.co.jp>\r\nMIME-Version: 1.0\r\n";

/** Repeats `unit` until the text is about `bytes` long. */
const fill = (unit: string, bytes: number): string =>
  unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

const CASES: { name: string; make: (bytes: number) => string }[] = [
  {
    name: "one line of plain text",
    make: (n) => `${HEAD}Content-Type: text/plain\r\n\r\n${fill("x", n)}\r\n`,
  },
  {
    name: "one line of HTML links",
    make: (n) =>
      `${HEAD}Content-Type: text/html\r\n\r\n${fill("<a href=http://a.example/p>x</a>", n)}\r\n`,
  },
  {
    name: "deeply quoted plain text lines",
    make: (n) =>
      `${HEAD}Content-Type: text/plain\r\n\r\n${fill("> > > > > > > > quoted line\r\n", n)}`,
  },
  {
    name: "NUL bytes in the body",
    make: (n) => `${HEAD}Content-Type: text/plain\r\n\r\n${fill("\0", n)}`,
  },
  {
    name: "base64 garbage attachment",
    make: (n) =>
      `${HEAD}Content-Type: multipart/mixed; boundary=g\r\n\r\n--g\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--g\r\nContent-Type: application/zip; name=a.zip\r\nContent-Disposition: attachment; filename=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n${fill("!A=B/+\r\n", n)}\r\n--g--\r\n`,
  },
  {
    name: "valid base64 attachment (for comparison)",
    make: (n) =>
      `${HEAD}Content-Type: multipart/mixed; boundary=g\r\n\r\n--g\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--g\r\nContent-Type: application/octet-stream; name=a.bin\r\nContent-Disposition: attachment; filename=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n${fill("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n", n)}--g--\r\n`,
  },
  {
    name: "millions of one-character lines",
    make: (n) => `${HEAD}Content-Type: text/plain\r\n\r\n${fill("a\n", n)}`,
  },
  {
    name: "base64 padding every few characters (one unit per '=')",
    make: (n) =>
      `${HEAD}Content-Type: multipart/mixed; boundary=g\r\n\r\n--g\r\nContent-Type: application/octet-stream; name=a.bin\r\nContent-Disposition: attachment; filename=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n${fill("QQ==Qg==\r\n", n)}--g--\r\n`,
  },
  {
    name: "recipients in one To header",
    make: (n) => `To: ${fill("user@example.org, ", n)}\r\n${HEAD}\r\nbody\r\n`,
  },
  {
    name: "Received headers (over the parser's header limit)",
    make: (n) =>
      `${fill("Received: from h.example.net ([192.0.2.1]) by mx.example.com; Mon, 2 Nov 2026 10:00:00 +0900\r\n", n)}${HEAD}\r\nbody\r\n`,
  },
];

async function pipelineMs(bytes: Uint8Array): Promise<number> {
  const t0 = performance.now();
  const snapshot = await parseEml(bytes);
  const { report: r } = await analyze({ snapshot, policy: DEFAULT_POLICY });
  toContractJson(r, "ja");
  renderText(r, "en");
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const encoder = new TextEncoder();
  for (const c of CASES) {
    const perMb: string[] = [];
    for (const mb of [1, 4, 16]) {
      const bytes = encoder.encode(c.make(mb * MIB));
      await pipelineMs(bytes.subarray(0, Math.min(bytes.length, 64 * 1024))).catch(() => 0); // warm the code paths
      const ms = await pipelineMs(bytes);
      perMb.push(`${mb}MB ${(ms / (bytes.length / MIB)).toFixed(0)}`);
    }
    report(`${c.name} (ms per MB)`, perMb.join(" / "));
  }
}

void main();
