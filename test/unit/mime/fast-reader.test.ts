/**
 * The fast MIME reader (src/core/mime/fast-reader.ts) either declines a mail or reads it exactly
 * as postal-mime does, on every field parseEml reads: over every .eml fixture (and the mails
 * they carry as message/rfc822 parts, which is how a bounce's returned original reaches
 * parseEml), and over generated mails (multipart trees, transfer encodings, charsets, folded
 * and odd headers, CRLF/LF/mixed line endings, missing terminators).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import PostalMime from "postal-mime";
import type { Email } from "postal-mime";
import { Decline, decodeTextPart } from "../../../src/core/mime/fast-decode";
import { readMimeFast, readMimeStrict, type FastMail } from "../../../src/core/mime/fast-reader";

const POSTAL_OPTIONS = { attachmentEncoding: "arraybuffer", maxRfc822NestingDepth: 3 } as const;

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** The fields parseEml reads, in a form toEqual compares exactly. */
function consumed(m: Email | FastMail): unknown {
  return {
    headers: m.headers.map((h) => [h.key, h.originalKey, h.value]),
    from: m.from,
    sender: m.sender,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    replyTo: m.replyTo,
    subject: m.subject,
    messageId: m.messageId,
    date: m.date,
    text: m.text,
    html: m.html,
    attachments: m.attachments.map((a) => ({
      filename: a.filename,
      mimeType: a.mimeType,
      disposition: a.disposition,
      related: "related" in a ? a.related : "absent",
      content: Buffer.from(bytesOf(a.content)).toString("base64"),
    })),
  };
}

type Outcome = { declined: string } | { postal: Email | undefined };

/** Decline-or-equal for one input; returns what happened (throws on a difference). */
async function compare(bytes: Uint8Array): Promise<Outcome> {
  let fast: FastMail | undefined;
  try {
    fast = readMimeStrict(bytes);
  } catch (e) {
    if (!(e instanceof Decline)) throw e;
    expect(readMimeFast(bytes)).toBeUndefined();
    return { declined: e.message };
  }
  let postal: Email | undefined;
  let postalError: unknown;
  try {
    postal = await PostalMime.parse(bytes, POSTAL_OPTIONS);
  } catch (e) {
    postalError = e;
  }
  if (postalError !== undefined)
    throw new Error(
      `postal-mime threw (${String(postalError)}) where the fast reader read the mail`
    );
  expect(consumed(fast)).toEqual(consumed(postal as Email));
  return { postal };
}

function emlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...emlFiles(path));
    else if (entry.name.endsWith(".eml")) out.push(path);
  }
  return out.sort();
}

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const BOUNCE_DIRS = ["ndr/mails", "ndr-heldout/mails", "ndr-flufl/mails"];

/**
 * The share of bounce fixtures the fast reader leaves to postal-mime (34 of 528 when written):
 * all are inline message/rfc822 parts, which postal-mime renders into the text with its own
 * header formatter.
 */
const BOUNCE_DECLINE_CEILING = 0.07;

describe("fast MIME reader: decline or read exactly as postal-mime", () => {
  it("every .eml fixture, and the message/rfc822 parts they carry", async () => {
    const files = emlFiles(FIXTURES);
    expect(files.length).toBeGreaterThan(500);
    let bounces = 0;
    let bounceDeclines = 0;
    let nested = 0;
    const reasons = new Map<string, number>();
    for (const file of files) {
      const rel = relative(FIXTURES, file);
      const bytes = new Uint8Array(readFileSync(file));
      let outcome: Outcome;
      try {
        outcome = await compare(bytes);
      } catch (e) {
        throw new Error(`${rel}: ${e instanceof Error ? e.message : String(e)}`);
      }
      const isBounce = BOUNCE_DIRS.some((d) => rel.startsWith(`${d}/`));
      if (isBounce) bounces++;
      if ("declined" in outcome) {
        reasons.set(outcome.declined, (reasons.get(outcome.declined) ?? 0) + 1);
        if (isBounce) bounceDeclines++;
      }
      // the attached mails (a bounce's returned original) are parsed on their own too
      const postal =
        "postal" in outcome
          ? outcome.postal
          : await PostalMime.parse(bytes, POSTAL_OPTIONS).catch(() => undefined);
      for (const a of postal?.attachments ?? []) {
        if (a.mimeType !== "message/rfc822" && a.mimeType !== "text/rfc822-headers") continue;
        const inner = bytesOf(a.content);
        if (inner.length === 0) continue;
        nested++;
        try {
          await compare(inner);
        } catch (e) {
          throw new Error(`${rel} (attached mail): ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    const rate = bounceDeclines / bounces;
    console.log(
      `fast reader: ${files.length} fixtures (+${nested} attached mails); bounces declined ` +
        `${bounceDeclines}/${bounces} = ${(rate * 100).toFixed(1)}%; reasons: ` +
        [...reasons].map(([r, n]) => `${r} ×${n}`).join(", ")
    );
    expect(bounces).toBeGreaterThan(500);
    expect(rate).toBeLessThanOrEqual(BOUNCE_DECLINE_CEILING);
  }, 120_000);
});

/* ------------------------------------------------------------------------------------------ */
/* Generated mails. Everything is built as a "byte string" (one char per byte), then encoded.  */

const utf8 = (s: string): string => String.fromCharCode(...new TextEncoder().encode(s));
const b64 = (s: string): string => Buffer.from(s, "latin1").toString("base64");

const HEADER_TEXT = fc.constantFrom(
  "Hello world",
  "=?UTF-8?B?5pel5pys6Kqe44Gu5Lu25ZCN?=",
  "=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?= and more",
  "=?utf-8?Q?caf=C3=A9_au_lait?=",
  utf8("未達 のお知らせ"),
  "caf\xe9 latin1",
  "",
  "  padded\t ",
  "a\tb  c",
  "Undeliverable: =?UTF-8?B?5pel?= =?UTF-8?B?5pys?=",
  "x\ry"
);
const ADDRESSES = fc.constantFrom(
  "a@example.com",
  '"Name, X" <x@example.com>',
  "=?UTF-8?B?5bGx55Sw?= <y@example.jp>",
  "group: a@b.example, d@e.example;",
  "undisclosed-recipients:;",
  utf8("bad\uff20example.jp"),
  "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
  utf8("山田 <yamada@example.jp>"),
  ""
);
const DATES = fc.constantFrom(
  "Mon, 2 Nov 2026 10:00:00 +0900",
  "2 Nov 2026 10:00 GMT",
  "not a date",
  "",
  "Tue, 31 Feb 2026 25:61:00 +0000"
);

/** Folds a header value at some of its spaces (the whitespace stays, a line break comes before). */
function fold(value: string, folds: boolean[]): string {
  let i = 0;
  return value.replace(/ /g, () => (folds[i++ % Math.max(1, folds.length)] ? "\n " : " "));
}

const topHeaders = fc
  .record({
    mbox: fc.boolean(),
    leadingFold: fc.constantFrom(false, false, false, true),
    from: ADDRESSES,
    to: fc.array(ADDRESSES, { maxLength: 3 }),
    cc: fc.option(ADDRESSES),
    sender: fc.option(ADDRESSES),
    replyTo: fc.option(ADDRESSES),
    subject: HEADER_TEXT,
    subjectName: fc.constantFrom("Subject", "subject", "SUBJECT", "Subject "),
    date: fc.option(DATES),
    messageId: fc.option(fc.constantFrom("<a.b@example.com>", "<=?UTF-8?B?5pel?=@x>", "")),
    folds: fc.array(fc.boolean(), { maxLength: 6 }),
    extra: fc.array(
      fc.constantFrom(
        "X-Empty:",
        ":",
        "X-Spaced : value",
        "Received: from mx.example.net by mx2.example.net;\n\tMon, 2 Nov 2026 10:00:00 +0900",
        "X-Raw: \xe6\x97\xa5\xe6\x9c\xac",
        "X-Bom: \xef\xbb\xbfvalue",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Description: =?UTF-8?B?5pel?=",
        "X-Long: " + "word ".repeat(40),
        "Return-Path: <>"
      ),
      { maxLength: 4 }
    ),
  })
  .map((h) => {
    const lines: string[] = [];
    if (h.mbox) lines.push("From MAILER-DAEMON Mon Nov  2 10:00:00 2026");
    if (h.leadingFold) lines.push(" folded: first line");
    lines.push(fold(`From: ${h.from}`, h.folds));
    if (h.sender !== null) lines.push(`Sender: ${h.sender}`);
    for (const to of h.to) lines.push(fold(`To: ${to}`, h.folds));
    if (h.cc !== null) lines.push(`Cc: ${h.cc}`);
    if (h.replyTo !== null) lines.push(`Reply-To: ${h.replyTo}`);
    lines.push(fold(`${h.subjectName}: ${h.subject}`, h.folds));
    if (h.date !== null) lines.push(`Date: ${h.date}`);
    if (h.messageId !== null) lines.push(`Message-ID: ${h.messageId}`);
    lines.push(...h.extra);
    lines.push("MIME-Version: 1.0");
    return lines;
  });

const BODY_LINES = fc.array(
  fc.constantFrom(
    "hello",
    "",
    "  ",
    "trailing  ",
    "a=3Db =41",
    "soft line=",
    "soft with space= ",
    "=E6=97=A5=E6=9C=AC",
    "=e6=97=a5 lower",
    "bad =ZZ = end=4",
    utf8("日本語の本文"),
    "\xff\xfe raw bytes \x80",
    "caf\xe9",
    "--",
    "--b1",
    "--b1--",
    "--b2 ",
    "> quoted flowed ",
    ">> deeper",
    " stuffed",
    "-- ",
    "a\rb",
    "<html><body><p>x</p></body></html>",
    '<meta charset="utf-8">',
    "Content-Type: text/html",
    "From: inner@example.com"
  ),
  { maxLength: 8 }
);

interface Leaf {
  kind: "leaf";
  type: string;
  params: string[];
  cte: string | null;
  disposition: string | null;
  cid: boolean;
  base64Body: boolean;
  lines: string[];
  headerOrder: boolean;
}
interface Multi {
  kind: "multi";
  subtype: string;
  boundary: string;
  quoteBoundary: boolean;
  children: Node[];
  preamble: string[];
  epilogue: string[];
  terminate: boolean;
  delimiterSpace: boolean;
}
type Node = Leaf | Multi;

const leaf: fc.Arbitrary<Leaf> = fc.record({
  kind: fc.constant("leaf" as const),
  type: fc.constantFrom(
    "text/plain",
    "text/plain",
    "text/html",
    "TEXT/PLAIN",
    "application/octet-stream",
    "image/png",
    "message/rfc822",
    "message/delivery-status",
    "message/global-delivery-status",
    "text/rfc822-headers",
    "text/calendar",
    "",
    "text/plain garbage"
  ),
  params: fc.array(
    fc.constantFrom(
      "charset=utf-8",
      'charset="UTF-8"',
      "charset=us-ascii",
      "charset=iso-8859-1",
      "charset=iso-2022-jp",
      "charset=Shift_JIS",
      "charset=windows-1252",
      "charset=utf-16",
      "charset=x-unknown",
      "charset=cp932",
      "charset=",
      "format=flowed",
      "format=Flowed; delsp=yes",
      "name=report.pdf",
      'name="my report (1).pdf"',
      "name*=utf-8''%E6%97%A5%E6%9C%AC.pdf",
      "name*0=part; name*1=two.txt",
      "name*0*=utf-8''%E6%97; name*1*=%A5.txt",
      'name="=?UTF-8?B?5pel5pys?=.txt"',
      'name="a\\"b.txt"',
      "flag",
      "x=1 (comment)",
      'y="q" junk'
    ),
    { maxLength: 3 }
  ),
  cte: fc.constantFrom(
    null,
    "7bit",
    "8bit",
    "base64",
    "BASE64",
    "quoted-printable",
    "binary",
    "x-uue",
    " base64 "
  ),
  disposition: fc.constantFrom(
    null,
    "inline",
    "attachment",
    'attachment; filename="a.bin"',
    "attachment; filename*=UTF-8''%E6%97%A5.txt",
    "inline; filename=pic.png",
    "attachment garbage",
    "ATTACHMENT"
  ),
  cid: fc.boolean(),
  base64Body: fc.boolean(),
  lines: BODY_LINES,
  headerOrder: fc.boolean(),
});

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node; multi: Multi }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("multi")),
  multi: fc.record({
    kind: fc.constant("multi" as const),
    subtype: fc.constantFrom("mixed", "alternative", "related", "report", "digest", "MIXED"),
    boundary: fc.constantFrom("b1", "b2", "b1x", "=_x y", "b2 ", ""),
    quoteBoundary: fc.boolean(),
    children: fc.array(tie("node"), { maxLength: 4 }),
    preamble: BODY_LINES,
    epilogue: BODY_LINES,
    terminate: fc.constantFrom(true, true, true, false),
    delimiterSpace: fc.boolean(),
  }),
})).node;

function render(n: Node, out: string[]): void {
  if (n.kind === "leaf") {
    const ct = [n.type, ...n.params].join("; ");
    const headers: string[] = [];
    if (n.type !== "" || n.params.length > 0) headers.push(`Content-Type: ${ct}`);
    if (n.cte !== null) headers.push(`Content-Transfer-Encoding: ${n.cte}`);
    if (n.disposition !== null) headers.push(`Content-Disposition: ${n.disposition}`);
    if (n.cid) headers.push("Content-ID: <part@example.com>");
    if (n.headerOrder) headers.reverse();
    out.push(...headers, "");
    if (n.base64Body && n.cte !== null && /base64/i.test(n.cte)) {
      const encoded = b64(n.lines.join("\r\n"));
      for (let i = 0; i < encoded.length; i += 20) out.push(encoded.slice(i, i + 20));
    } else out.push(...n.lines);
    return;
  }
  const b = n.quoteBoundary ? `"${n.boundary}"` : n.boundary;
  out.push(`Content-Type: multipart/${n.subtype}; boundary=${b}`, "", ...n.preamble);
  const bare = n.boundary.trimEnd();
  for (const child of n.children) {
    out.push(`--${bare}${n.delimiterSpace ? " " : ""}`);
    render(child, out);
  }
  if (n.terminate) out.push(`--${bare}--`, ...n.epilogue);
}

const ENDINGS = fc.array(fc.constantFrom("\r\n", "\n", "\r\r\n"), { minLength: 1, maxLength: 4 });

const mail = fc
  .record({
    headers: topHeaders,
    body: node,
    endings: ENDINGS,
    finalBreak: fc.constantFrom(true, true, false),
  })
  .map(({ headers, body, endings, finalBreak }) => {
    const lines = [...headers];
    render(body, lines);
    let text = "";
    lines.forEach((line, i) => {
      text += line;
      if (i < lines.length - 1 || finalBreak) text += endings[i % endings.length];
    });
    return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  });

describe("fast MIME reader on generated mails", () => {
  it("declines or equals postal-mime, and reads a fair share of them", async () => {
    let read = 0;
    let runs = 0;
    let attachments = 0;
    let texts = 0;
    const reasons = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mail, async (bytes) => {
        runs++;
        const outcome = await compare(bytes);
        if ("declined" in outcome) {
          reasons.set(outcome.declined, (reasons.get(outcome.declined) ?? 0) + 1);
          return;
        }
        read++;
        attachments += outcome.postal?.attachments.length ?? 0;
        if (outcome.postal?.text || outcome.postal?.html) texts++;
      }),
      { numRuns: 1500 }
    );
    console.log(
      `fast reader: read ${read} of ${runs} generated mails (${texts} with text, ` +
        `${attachments} attachments); declined: ${[...reasons].map(([r, n]) => `${r} ×${n}`).join(", ")}`
    );
    expect(read / runs).toBeGreaterThan(0.3);
  }, 120_000);

  it("simple generated mails (no comments, known charsets) are read, not declined", async () => {
    await fc.assert(
      fc.asyncProperty(
        topHeaders,
        BODY_LINES,
        fc.constantFrom("\r\n", "\n"),
        fc.constantFrom("7bit", "quoted-printable", "base64"),
        async (headers, body, nl, cte) => {
          const lines = [...headers, "Content-Type: text/plain; charset=utf-8"];
          lines.push(`Content-Transfer-Encoding: ${cte}`, "");
          if (cte === "base64") lines.push(b64(body.join("\r\n")));
          else lines.push(...body);
          const bytes = Uint8Array.from(lines.join(nl), (c) => c.charCodeAt(0) & 0xff);
          const outcome = await compare(bytes);
          expect(outcome).not.toHaveProperty("declined");
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("decodeTextPart's CR LF → LF", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "\r", "\n", "é", "日", " ") });

  it("equals a string replace for charsets that keep CR and LF as single bytes", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("utf-8", "iso-8859-1", undefined), (s, charset) => {
        const bytes =
          charset === "iso-8859-1"
            ? Uint8Array.from(s.replace(/日/g, "x"), (c) => c.charCodeAt(0))
            : new TextEncoder().encode(s);
        const expected = (charset === "iso-8859-1" ? s.replace(/日/g, "x") : s).replace(
          /\r\n/g,
          "\n"
        );
        expect(decodeTextPart(bytes, charset, false)).toBe(expected);
      })
    );
  });

  it("never strips bytes of UTF-16, whose CR and LF are two bytes (declined or read whole)", () => {
    fc.assert(
      fc.property(text, (s) => {
        const bytes = new Uint8Array(Buffer.from(s, "utf16le"));
        let out: string | undefined;
        try {
          out = decodeTextPart(bytes, "utf-16le", false);
        } catch (e) {
          expect(e).toBeInstanceOf(Decline); // left to postal-mime
          return;
        }
        expect(out).toBe(s.replace(/\r\n/g, "\n"));
      })
    );
  });
});
