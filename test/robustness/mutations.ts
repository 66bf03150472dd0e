/**
 * Mutations of real mails for the property tests: each takes the seed bytes and fast-check's
 * random choices and returns damaged bytes. Written here because no library mutates MIME.
 */
import fc from "fast-check";
import { concat, enc } from "./support";

const latin1 = (b: Uint8Array): string => new TextDecoder("latin1").decode(b);
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Index of the blank line that ends the header block, or -1. */
export function headerEnd(text: string): { at: number; length: number } {
  const crlf = text.indexOf("\r\n\r\n");
  const lf = text.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return { at: -1, length: 0 };
}

export type Mutation = (seed: Uint8Array) => Uint8Array;

const truncate = fc
  .double({ min: 0, max: 1, noNaN: true })
  .map<Mutation>((r) => (b) => b.subarray(0, Math.floor(b.length * r)));

const flipBytes = fc
  .array(
    fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      fc.integer({ min: 0, max: 255 })
    ),
    { minLength: 1, maxLength: 20 }
  )
  .map<Mutation>((flips) => (b) => {
    const out = b.slice();
    for (const [r, v] of flips) if (out.length) out[Math.floor(r * out.length)] = v;
    return out;
  });

const duplicateHeaders = fc.integer({ min: 2, max: 50 }).map<Mutation>((times) => (b) => {
  const text = latin1(b);
  const end = headerEnd(text);
  if (end.at < 0) return b;
  const head = text.slice(0, end.at);
  return fromLatin1(Array(times).fill(head).join("\r\n") + text.slice(end.at));
});

const dropBlankLine: fc.Arbitrary<Mutation> = fc.constant((b: Uint8Array) => {
  const text = latin1(b);
  const end = headerEnd(text);
  if (end.at < 0) return b;
  return fromLatin1(text.slice(0, end.at) + text.slice(end.at + end.length / 2));
});

const hugeHeader = fc
  .tuple(
    fc.constantFrom(
      "Subject",
      "To",
      "From",
      "Received",
      "Content-Type",
      "Message-ID",
      "X-Junk",
      "Authentication-Results"
    ),
    fc.integer({ min: 1_000, max: 300_000 }),
    fc.constantFrom("a", "a@b.c, ", "=?utf-8?B?44GC?= ", "; x=", "(", "<", " ")
  )
  .map<Mutation>(
    ([name, n, unit]) =>
      (b) =>
        concat(`${name}: ${unit.repeat(Math.ceil(n / unit.length))}\r\n`, b)
  );

const deepNesting = fc.integer({ min: 50, max: 500 }).map<Mutation>((depth) => (b) => {
  const parts: string[] = [];
  for (let i = 0; i < depth; i++)
    parts.push(`Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`);
  const closing: string[] = [];
  for (let i = depth - 1; i >= 0; i--) closing.push(`\r\n--b${i}--\r\n`);
  const text = latin1(b);
  const end = headerEnd(text);
  const head = end.at < 0 ? text : text.slice(0, end.at);
  const cleaned = head.replace(/^content-type:.*(\r?\n[ \t].*)*\r?\n?/gim, "");
  return concat(
    fromLatin1(cleaned),
    "\r\nMIME-Version: 1.0\r\n",
    parts.join(""),
    "Content-Type: text/plain\r\n\r\nhello",
    closing.join("")
  );
});

const boundaryConfusion = fc
  .constantFrom(
    'Content-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n\r\nx\r\n----\r\n',
    'Content-Type: multipart/mixed; boundary="a"\r\n\r\n--a\r\nContent-Type: multipart/mixed; boundary="a"\r\n\r\n--a\r\n--a--\r\n--a--\r\n',
    'Content-Type: multipart/mixed; boundary="x"\r\n\r\nno parts at all\r\n',
    'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\n--x\r\n--x\r\n',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822;\r\nStatus: 9.9.9\r\n--r\r\nContent-Type: message/rfc822\r\n\r\n--r--\r\n',
    'Content-Type: multipart/alternative; boundary="' +
      "z".repeat(2000) +
      '"\r\n\r\n--' +
      "z".repeat(2000) +
      "\r\n\r\nhi\r\n",
    "Content-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n"
  )
  .map<Mutation>((tail) => (b) => {
    const text = latin1(b);
    const end = headerEnd(text);
    const head = (end.at < 0 ? text : text.slice(0, end.at)).replace(
      /^content-type:.*(\r?\n[ \t].*)*\r?\n?/gim,
      ""
    );
    return concat(fromLatin1(head), "\r\n", tail);
  });

const badCharset = fc
  .constantFrom(
    { charset: "x-unknown", body: enc("caf\u00e9 \u3042") },
    {
      charset: "iso-2022-jp",
      body: Uint8Array.from([
        0x1b, 0x24, 0x42, 0x30, 0x1b, 0x28, 0x1b, 0x24, 0x42, 0x24, 0x22, 0x24, 0x1b, 0x28, 0x42,
      ]),
    },
    {
      charset: "utf-8",
      body: Uint8Array.from([
        0x80, 0x81, 0xbf, 0x41, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80,
      ]),
    },
    { charset: "shift_jis", body: Uint8Array.from([0x82, 0xa0, 0x82, 0xff, 0x81]) },
    { charset: '"', body: enc("quoted nothing") },
    { charset: "utf-16", body: Uint8Array.from([0xd8, 0x00, 0x41]) }
  )
  .map<Mutation>(({ charset, body }) => (b) => {
    const text = latin1(b);
    const end = headerEnd(text);
    const head = (end.at < 0 ? text : text.slice(0, end.at)).replace(
      /^content-type:.*(\r?\n[ \t].*)*\r?\n?/gim,
      ""
    );
    const word = `=?${charset}?B?${Buffer.from(body).toString("base64")}?=`;
    return concat(
      fromLatin1(head.replace(/^subject:.*$/im, `Subject: ${word}`)),
      `\r\nContent-Type: text/plain; charset=${charset}\r\n\r\n`,
      body,
      "\r\n"
    );
  });

const base64Garbage = fc
  .tuple(
    fc.constantFrom(
      "application/zip",
      "application/pdf",
      "text/plain",
      "message/rfc822",
      "application/x-7z-compressed"
    ),
    fc.string({
      unit: fc.constantFrom("A", "=", "!", "\u00ff", "\r\n", "/", "+", " ", "-"),
      maxLength: 3000,
    })
  )
  .map<Mutation>(([type, garbage]) => (b) => {
    const text = latin1(b);
    const end = headerEnd(text);
    const head = (end.at < 0 ? text : text.slice(0, end.at)).replace(
      /^content-type:.*(\r?\n[ \t].*)*\r?\n?/gim,
      ""
    );
    return concat(
      fromLatin1(head),
      '\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="g"\r\n\r\n--g\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--g\r\n',
      `Content-Type: ${type}; name="a.zip"\r\nContent-Disposition: attachment; filename="a.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
      fromLatin1(garbage),
      "\r\n--g--\r\n"
    );
  });

const nulBytes = fc.integer({ min: 1, max: 5000 }).map<Mutation>((n) => (b) => {
  const text = latin1(b);
  const end = headerEnd(text);
  if (end.at < 0) return b;
  const cut = end.at + end.length;
  return concat(b.subarray(0, cut), new Uint8Array(n), b.subarray(cut));
});

/** One mutation drawn from every family. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  truncate,
  flipBytes,
  duplicateHeaders,
  dropBlankLine,
  hugeHeader,
  deepNesting,
  boundaryConfusion,
  badCharset,
  base64Garbage,
  nulBytes
);

/** Mutations applied in sequence (1 to 3). */
export const mutations: fc.Arbitrary<Mutation> = fc
  .array(mutation, { minLength: 1, maxLength: 3 })
  .map((ms) => (b) => ms.reduce((acc, m) => m(acc), b));
