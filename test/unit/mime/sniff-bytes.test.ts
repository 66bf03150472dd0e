/**
 * sniffMail reads the header block as bytes in place (issue #17); it accepts and refuses exactly
 * what the earlier version did, which decoded the block as latin1 and split it on /\r?\n/. That
 * version is kept here as the reference, with the one rule added since (a header cut by a stray
 * line after three header lines).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { sniffMail } from "../../../src/core/mime/eml";

const MAIL_HEADERS = new Set([
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "received",
  "return-path",
  "mime-version",
  "delivered-to",
  "content-type",
  "x-failed-recipients",
  "sender",
  "reply-to",
  "cc",
]);
const HEADER_LINE = /^([!-9;-~]+)[ \t]*:/;

function referenceHeaderBlockEnd(head: Uint8Array): number {
  for (let i = 0; i < head.length; i++) {
    if (i > 0 && head[i - 1] !== 0x0a) continue;
    if (head[i] === 0x0a) return i + 1;
    if (head[i] === 0x0d && i + 1 < head.length && head[i + 1] === 0x0a) return i + 2;
  }
  return head.length;
}

function referenceSniff(
  bytes: Uint8Array
): { ok: true; cutAtLine?: number } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  const head = bytes.subarray(0, referenceHeaderBlockEnd(bytes.subarray(0, 64 * 1024)));
  const text = new TextDecoder("latin1").decode(head);
  const lines = text.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.startsWith("From ")) start = 1;
  let known = 0;
  let headerLines = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") break;
    if (line.includes("\0"))
      return { ok: false, reason: "the file is binary, not a mail (.eml or .msg) file" };
    if (/^[ \t]/.test(line)) {
      if (headerLines === 0)
        return { ok: false, reason: "the file does not start with mail headers" };
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) {
      if (i === lines.length - 1 && headerLines > 0) break;
      // A damaged header after three header lines, one a mail header, is cut there (eml.ts).
      if (headerLines >= 3 && known > 0) return { ok: true, cutAtLine: i + 1 };
      return {
        ok: false,
        reason: `line ${i + 1} is not a mail header, so this is not a mail (.eml or .msg) file`,
      };
    }
    headerLines++;
    if (MAIL_HEADERS.has((m[1] ?? "").toLowerCase())) known++;
  }
  if (known === 0)
    return { ok: false, reason: "no mail headers (From, To, Subject, Date…) were found" };
  return { ok: true };
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path));
    else out.push(path);
  }
  return out;
}

const PIECES = [
  "From ",
  "From: a@b",
  "To:",
  "Subject : x",
  "X-A: b",
  "x",
  ":",
  " ",
  "\t",
  "\r",
  "\n",
  "\r\n",
  "\0",
  "\xe9",
  "\x80",
  "Content-Type: text/plain",
  "FROM:",
  "Received:",
  "-",
  "@:",
  "[x]:",
];

const generated = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((parts) => Uint8Array.from(parts.join(""), (c) => c.charCodeAt(0) & 0xff));

describe("sniffMail reads bytes as the latin1 version read text", () => {
  it("on every fixture file", () => {
    for (const file of files(join(__dirname, "..", "..", "fixtures"))) {
      const bytes = new Uint8Array(readFileSync(file));
      expect([file, sniffMail(bytes)]).toEqual([file, referenceSniff(bytes)]);
    }
  });

  it("on generated header blocks", () => {
    fc.assert(
      fc.property(generated, (bytes) => {
        expect(sniffMail(bytes)).toEqual(referenceSniff(bytes));
      }),
      { numRuns: 5000 }
    );
  });

  it("at the 64 KiB window's edge", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 64 * 1024 - 40, max: 64 * 1024 + 10 }),
        generated,
        fc.constantFrom("\n", "\r\n", "\r"),
        (fill, tail, nl) => {
          const head = "Subject: x" + nl + "X-Long: " + "a".repeat(Math.max(0, fill - 20)) + nl;
          const bytes = new Uint8Array(head.length + tail.length);
          bytes.set(Uint8Array.from(head, (c) => c.charCodeAt(0)));
          bytes.set(tail, head.length);
          expect(sniffMail(bytes)).toEqual(referenceSniff(bytes));
        }
      ),
      { numRuns: 120 }
    );
  });

  it("a Buffer view into a larger pool reads the same as a copy", () => {
    const pool = Buffer.alloc(200, 0x41);
    pool.write("From: a@b\r\n\r\nbody", 50, "latin1");
    const view = pool.subarray(50, 70);
    expect(sniffMail(view)).toEqual(referenceSniff(new Uint8Array(view)));
    expect(sniffMail(view)).toEqual({ ok: true });
  });
});
