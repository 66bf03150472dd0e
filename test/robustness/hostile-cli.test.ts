/**
 * Hostile and huge mail through the whole CLI, each in a child process that is timed and whose
 * peak memory is read back: whatever the shape, `todoku check` ends with exit 0, 1 or 2 within
 * 10 s and 1.5 GB. The mails are generated here, never committed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  base64JunkMail,
  craftZip,
  honestZip,
  HEAD,
  lyingZip,
  mailWithAttachments,
  manyLinesMail,
  msgWithRtf,
  rtfBomb,
  rtfStored,
  zeroBomb,
} from "./hostile-mail";

const ROOT = path.join(__dirname, "..", "..");
const CHILD = path.join(__dirname, "cli-child.ts");
const MIB = 1024 * 1024;
const LIMIT_MS = 10_000;
const LIMIT_RSS = 1.5 * 1024 * MIB;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  rss: number;
}

function todoku(args: string[]): Run {
  const start = Date.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe", "pipe"],
    timeout: 60_000,
    maxBuffer: 64 * MIB,
  });
  const ms = Date.now() - start;
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    ms,
    rss: Number((r.output[3] as string | null) ?? NaN),
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "todoku-hostile-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function expectBounded(r: Run, statuses: number[] = [0, 1]): void {
  expect({ status: r.status, stderr: r.stderr.slice(0, 300) }).toEqual({
    status: r.status,
    stderr: r.status === 2 ? expect.any(String) : "",
  });
  expect(statuses).toContain(r.status);
  expect(r.ms).toBeLessThanOrEqual(LIMIT_MS);
  expect(r.rss).toBeGreaterThan(0);
  expect(r.rss).toBeLessThanOrEqual(LIMIT_RSS);
}

const SHAPES: [string, () => string | Uint8Array][] = [
  [
    "a ZIP whose 300 entries all point at one 1 GiB zero stream declaring 0 bytes",
    () => mailWithAttachments([{ name: "bomb.zip", data: lyingZip(300) }]),
  ],
  [
    "a ZIP of six distinct 1 GiB zero streams each declaring 8 MiB",
    () => {
      const bomb = zeroBomb(1024);
      const members = Array.from({ length: 6 }, (_, i) => ({
        name: `m${i}.zip`,
        stored: bomb,
        method: 8 as const,
        declaredSize: 8 * MIB,
      }));
      const zip = craftZip(
        members,
        members.map((m, i) => ({ name: m.name, member: i }))
      );
      return mailWithAttachments([{ name: "six.zip", data: zip }]);
    },
  ],
  [
    "300 honest ZIPs each holding a deflated inner ZIP",
    () => {
      const inner = honestZip([
        { name: "report.xlsx", data: new Uint8Array(2 * MIB).fill(0x41), deflate: true },
      ]);
      const outer = honestZip([{ name: "inner.zip", data: inner, deflate: true }]);
      return mailWithAttachments(
        Array.from({ length: 300 }, (_, i) => ({ name: `f${i}.zip`, data: outer }))
      );
    },
  ],
  ["8 MB of 4 million short lines", () => manyLinesMail(8 * MIB)],
  // One global CR LF replace over such a body took 3 s and 650 MB of heap per 50 MB.
  ["48 MB of 7 million short CRLF lines", () => manyLinesMail(48 * MIB, "word\r\n")],
  [
    "48 MB of 7 million format=flowed CRLF lines, all joined into one",
    () => manyLinesMail(48 * MIB, "word \r\n", "text/plain; format=flowed"),
  ],
  ["8 MB of one-character CRLF lines in a base64 part", () => base64JunkMail(8 * MIB)],
  [
    "a .msg whose compressed RTF body expands to 30 MB (declared)",
    () => msgWithRtf("rtf bomb", rtfBomb(30 * MIB)),
  ],
  [
    "a .msg whose compressed RTF body declares 7 MB and expands to 60 MB",
    () => msgWithRtf("rtf bomb", rtfBomb(60 * MIB, 7 * MIB)),
  ],
  [
    // rtf-stream-parser's work grows with the square of the nesting: 20,000 levels took 19 s.
    "a .msg whose RTF body nests 30,000 empty groups",
    () =>
      msgWithRtf(
        "rtf deep groups",
        rtfStored(`{\\rtf1\\ansi\\fromhtml1 ${"{".repeat(30_000)}x${"}".repeat(30_000)}}`)
      ),
  ],
  [
    // postal-mime held ~16x such a mail (100 MB took 1.6 GB): past 48 MB only the headers are read.
    "100 MB of text behind 5,001 empty parts (the fast reader declines)",
    () =>
      `${HEAD}Content-Type: multipart/mixed; boundary=B\r\n\r\n${"--B\r\n\r\n\r\n".repeat(5001)}` +
      `--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${"line of text \u3042\r\n".repeat(6_000_000)}\r\n--B--\r\n`,
  ],
  [
    "60,000 attachments (past the parser's part limit: read from its headers)",
    () => {
      let body = `${HEAD}Content-Type: multipart/mixed; boundary=b\r\n\r\n`;
      for (let i = 0; i < 60_000; i++)
        body += `--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="f${i}.exe"\r\n\r\nMZ\r\n`;
      return `${body}--b--\r\n`;
    },
  ],
  [
    "a bounce of 500 recipients whose cut replies are looked up in a 5,000-line transcript",
    () => {
      const transcript = Array.from(
        { length: 5000 },
        (_, i) => `<<< 550-line ${i} of a long reply that goes on and on`
      ).join("\r\n");
      const blocks = Array.from(
        { length: 500 },
        (_, i) =>
          `Final-Recipient: rfc822; user${i}@example.net\r\nAction: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: smtp; 550-reply ${i} that is continued elsewhere\r\n`
      ).join("\r\n");
      return (
        `From: MAILER-DAEMON@example.com\r\nTo: a@example.org\r\nSubject: Returned mail\r\n` +
        `MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n` +
        `--b\r\nContent-Type: text/plain\r\n\r\n${transcript}\r\n` +
        `--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; example.com\r\n\r\n${blocks}\r\n--b--\r\n`
      );
    },
  ],
  [
    "thousands of nested multipart boundaries",
    () => {
      const depth = 5000;
      let body = "x\r\n";
      for (let i = depth; i > 0; i--)
        body = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${body}--b${i}--\r\n`;
      return `${HEAD}${body}`;
    },
  ],
];

describe("hostile mail through `todoku check`", () => {
  it.each(SHAPES)("%s: exit 0/1, within 10 s and 1.5 GB", (name, make) => {
    const p = file(`${name.slice(0, 20).replace(/\W+/g, "-")}.eml`, make());
    const r = todoku(["check", p, "--offline", "--json"]);
    expectBounded(r);
    const report = JSON.parse(r.stdout) as { items: unknown[] };
    expect(report.items).toHaveLength(24);
  });

  it("output cut short by the reader (| head) ends quietly", () => {
    const p = file("pipe.eml", manyLinesMail(1000, "hello\r\n"));
    const r = spawnSync(
      "/bin/sh",
      [
        "-c",
        `"${process.execPath}" --import tsx "${CHILD}" check "${p}" "${p}" "${p}" --offline | head -c 10`,
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 }
    );
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});

describe("what the mail says cannot drive the terminal", () => {
  it("escapes ESC, BEL and CR LF from header fields and encoded words in the text report", () => {
    const forged = Buffer.from("hi\r\n== Verdict ==\r\nAll fine\x07").toString("base64");
    const mail =
      "From: \x1b]0;owned\x07Eve <eve@example.com>\r\n" +
      "To: bob@example.com\r\n" +
      `Subject: =?UTF-8?B?${forged}?= \x1b[2J\r\n` +
      "Date: Mon, 2 Nov 2026 10:00:00 +0900\r\n" +
      "Message-ID: <\x1b[31mred@example.com>\r\n" +
      "\r\nbody\r\n";
    const r = todoku(["check", file("inject.eml", mail), "--offline"]);
    expectBounded(r);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("== Verdict =="))).toHaveLength(1);
    expect(r.stdout).not.toMatch(/^All fine/m);
    expect(r.stdout).toContain("\\x1b");
  });

  it("a file name with a newline and ESC keeps the one-line stderr contract", () => {
    const p = file("bad\nname\x1b[31m.eml", "");
    const r = todoku(["check", p, "--offline"]);
    expectBounded(r, [2]);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("bad\\nname\\x1b[31m.eml");
  });

  it("--policy /dev/zero stops at the size limit: exit 2, one line", () => {
    const mail = file("plain.eml", manyLinesMail(100, "hello\r\n"));
    const r = todoku(["check", mail, "--offline", "--policy", "/dev/zero"]);
    expectBounded(r, [2]);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/dev\/zero.*larger than/),
    ]);
  });
});
