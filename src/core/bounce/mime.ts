/**
 * A small MIME walker made for reading bounce reports.
 *
 * Why not postal-mime (which parseEml uses)? Measured on the 292 development bounces, a full
 * postal-mime parse runs at about 1,700 mails/second in Node — below the 3,000/second budget
 * for reading bounces — and it is asynchronous, while readBounce must be synchronous (the
 * send check and the engine call it on hot paths). A report needs far less than a full parse:
 * the part tree, each part's headers, and the decoded text of a few small parts. This walker
 * does exactly that, over byte offsets, so it never copies the returned original and stays
 * linear on hostile input (it bounds depth, part count, header size and decoded text size).
 */
import type { HeaderField } from "../model/snapshot";
import { htmlToText } from "../text/html";

export interface MimePart {
  headers: HeaderField[];
  /** Lowercased media type, e.g. "text/plain"; "text/plain" when missing. */
  type: string;
  params: Record<string, string>;
  /** Body offsets in the raw bytes (half-open). */
  start: number;
  end: number;
  children: MimePart[];
}

export interface MimeTree {
  bytes: Uint8Array;
  /** The bytes as a one-char-per-byte string, used to find structure (never shown). */
  binary: string;
  root: MimePart;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 300;
const MAX_HEADER_BLOCK = 256 * 1024;
const MAX_HEADER_VALUE = 16 * 1024;
/** Text decoded from one part is cut here: reports are short; the rest is quoted original. */
export const MAX_PART_TEXT = 256 * 1024;

const SINGLE_BYTE = new TextDecoder("latin1");

/**
 * Bytes → a string with one char per byte, for finding structure (boundaries, header lines),
 * which is ASCII. WHATWG's "latin1" is windows-1252, which still maps every byte to exactly one
 * char, so offsets in the string are offsets in the bytes.
 */
export function binaryString(bytes: Uint8Array): string {
  return SINGLE_BYTE.decode(bytes);
}

/** Finds the end of the header block starting at `start`: returns [headerEnd, bodyStart]. */
function headerBlockEnd(s: string, start: number, end: number): [number, number] {
  let pos = start;
  // A part that starts with an empty line has no headers.
  if (s.startsWith("\r\n", pos)) return [pos, pos + 2];
  if (s.charCodeAt(pos) === 10) return [pos, pos + 1];
  for (;;) {
    const nl = s.indexOf("\n", pos);
    if (nl < 0 || nl >= end) return [end, end];
    const next = nl + 1;
    if (next >= end) return [end, end];
    if (s.charCodeAt(next) === 10) return [nl, next + 1];
    if (s.charCodeAt(next) === 13 && s.charCodeAt(next + 1) === 10)
      return [nl, Math.min(next + 2, end)];
    pos = next;
    if (pos - start > MAX_HEADER_BLOCK) {
      // No end in sight: treat the rest as body so that a hostile file stays cheap.
      return [pos, pos];
    }
  }
}

/** Parses `Name: value` lines with folded continuations. */
export function parseHeaderLines(
  block: string,
  options: { unindentedContinuation?: boolean } = {}
): HeaderField[] {
  const out: HeaderField[] = [];
  // Walked line by line with indexOf rather than split(/\r?\n/): no regex, no array of lines.
  for (let pos = 0; pos <= block.length;) {
    let nl = block.indexOf("\n", pos);
    if (nl < 0) nl = block.length;
    // A "\r" before a "\n" belongs to the line break; one at the very end stays in the line.
    const lineEnd = nl < block.length && nl > pos && block.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const line = block.slice(pos, lineEnd);
    pos = nl + 1;
    if (line.length === 0) continue;
    const c = line.charCodeAt(0);
    if ((c === 32 || c === 9) && out.length > 0) {
      const last = out[out.length - 1] as HeaderField;
      if (last.value.length < MAX_HEADER_VALUE) last.value += " " + line.trim();
      continue;
    }
    const colon = line.indexOf(":");
    const name = colon > 0 && colon <= 76 ? line.slice(0, colon).trim() : "";
    if (!name || !/^[!-9;-~]+$/.test(name)) {
      // Some reporters wrap a long Diagnostic-Code without indenting the rest (a GoDaddy report
      // cut "…judged to b" / "e spam by …"): in a DSN block such a line can only continue the
      // field before it.
      const last = out[out.length - 1];
      if (options.unindentedContinuation && last && last.value.length < MAX_HEADER_VALUE)
        last.value +=
          (/[A-Za-z]$/.test(last.value) && /^[a-z]/.test(line) ? "" : " ") + line.trim();
      continue;
    }
    out.push({ name, value: line.slice(colon + 1, colon + 1 + MAX_HEADER_VALUE).trim() });
  }
  return out;
}

export function getHeader(headers: HeaderField[], name: string): string | undefined {
  const lower = name.toLowerCase();
  // The length test lets most names go without a lowercased copy (names asked for are ASCII).
  for (const h of headers)
    if (h.name.length === lower.length && h.name.toLowerCase() === lower) return h.value;
  return undefined;
}

/** Splits a Content-Type value into the lowercased type and its parameters. */
export function parseContentType(value: string | undefined): {
  type: string;
  params: Record<string, string>;
} {
  const params: Record<string, string> = {};
  if (!value) return { type: "text/plain", params };
  const v = value.slice(0, 4096);
  const semi = v.indexOf(";");
  const type = (semi < 0 ? v : v.slice(0, semi)).trim().toLowerCase() || "text/plain";
  if (semi >= 0) {
    const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
    let m: RegExpExecArray | null;
    re.lastIndex = semi;
    while ((m = re.exec(v)) !== null) {
      const key = (m[1] ?? "").toLowerCase();
      if (!(key in params))
        params[key] = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : (m[3] ?? "");
    }
  }
  return { type: type.includes("/") ? type : "text/plain", params };
}

interface Budget {
  parts: number;
}

function parseEntity(
  s: string,
  start: number,
  end: number,
  depth: number,
  budget: Budget
): MimePart {
  budget.parts++;
  const [headerEnd, bodyStart] = headerBlockEnd(s, start, end);
  const headers = parseHeaderLines(s.slice(start, headerEnd));
  const { type, params } = parseContentType(getHeader(headers, "content-type"));
  const part: MimePart = { headers, type, params, start: bodyStart, end, children: [] };
  const boundary = params["boundary"];
  if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
    if (boundary) part.children = splitMultipart(s, bodyStart, end, boundary, depth, budget);
    // A boundary that never appears (edited or broken mail): try the first delimiter-like line.
    if (part.children.length === 0) {
      const guess = /^--([^\s-][^\r\n]{0,200}?)(?:--)?\r?$/m.exec(
        s.slice(bodyStart, Math.min(end, bodyStart + 64 * 1024))
      );
      if (guess && guess[1] !== boundary)
        part.children = splitMultipart(s, bodyStart, end, guess[1] as string, depth, budget);
    }
    // Still no parts: read the body as text rather than lose it.
    if (part.children.length === 0) part.type = "text/plain";
  }
  return part;
}

/** Finds the parts between `--boundary` lines; tolerates a missing closing delimiter. */
function splitMultipart(
  s: string,
  start: number,
  end: number,
  boundary: string,
  depth: number,
  budget: Budget
): MimePart[] {
  const delim = "--" + boundary;
  const bounds: Array<[number, number]> = []; // [delimiter line start, content start]
  let pos = start;
  let closed = false;
  while (pos < end && !closed) {
    const at = s.indexOf(delim, pos);
    if (at < 0 || at >= end) break;
    pos = at + delim.length;
    if (at !== start && s.charCodeAt(at - 1) !== 10) continue; // not at a line start
    const after = s.charCodeAt(pos);
    // "--abc" must not match the longer boundary "--abc_2" of a nested part.
    if (pos < end && after !== 45 && after !== 13 && after !== 10 && after !== 32 && after !== 9)
      continue;
    closed = s.startsWith("--", pos);
    const nl = s.indexOf("\n", pos);
    const contentStart = nl < 0 || nl >= end ? end : nl + 1;
    bounds.push([at, contentStart]);
    pos = contentStart;
  }
  const parts: MimePart[] = [];
  for (let i = 0; i < bounds.length; i++) {
    const [, contentStart] = bounds[i] as [number, number];
    const next = bounds[i + 1];
    if (!next && closed) break; // the closing delimiter opens no part
    let contentEnd = next ? next[0] : end;
    // The line break before a delimiter belongs to the delimiter.
    if (next && contentEnd > contentStart && s.charCodeAt(contentEnd - 1) === 10) contentEnd--;
    if (next && contentEnd > contentStart && s.charCodeAt(contentEnd - 1) === 13) contentEnd--;
    if (budget.parts >= MAX_PARTS) break;
    parts.push(parseEntity(s, contentStart, Math.max(contentStart, contentEnd), depth + 1, budget));
  }
  return parts;
}

export function parseMime(bytes: Uint8Array): MimeTree {
  const binary = binaryString(bytes);
  let start = 0;
  // An mbox "From " envelope line is not a header.
  if (binary.startsWith("From ")) {
    const nl = binary.indexOf("\n");
    start = nl < 0 ? binary.length : nl + 1;
  }
  const root = parseEntity(binary, start, binary.length, 0, { parts: 0 });
  return { bytes, binary, root };
}

/** Every part, depth first, root included. */
export function allParts(root: MimePart): MimePart[] {
  const out: MimePart[] = [];
  const stack: MimePart[] = [root];
  while (stack.length > 0) {
    const p = stack.pop() as MimePart;
    out.push(p);
    for (let i = p.children.length - 1; i >= 0; i--) stack.push(p.children[i] as MimePart);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding

const CHARSET_ALIASES: Record<string, string> = {
  "x-sjis": "shift_jis",
  sjis: "shift_jis",
  "shift-jis": "shift_jis",
  cp932: "shift_jis",
  "windows-31j": "shift_jis",
  "x-euc-jp": "euc-jp",
  "iso-2022-jp-1": "iso-2022-jp",
  "iso-2022-jp-2": "iso-2022-jp",
  "iso-2022-jp-3": "iso-2022-jp",
  utf8: "utf-8",
  "us-ascii": "utf-8",
  ascii: "utf-8",
};

/** Written this way so it type-checks with and without the DOM library (the CLI build has none). */
type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder>();

function decoderFor(charset: string): Decoder {
  const key = charset.trim().toLowerCase();
  const cached = decoders.get(key);
  if (cached) return cached;
  let d: Decoder;
  try {
    d = new TextDecoder(CHARSET_ALIASES[key] ?? (key || "utf-8"));
  } catch {
    d = new TextDecoder("utf-8"); // an unknown or invalid label: UTF-8 with replacement chars
  }
  if (decoders.size < 64) decoders.set(key, d);
  return d;
}

/** Decodes bytes in a charset; never throws. ISO-2022-JP escapes win over a wrong label. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  let label = charset ?? "";
  if (hasIso2022JpEscape(bytes)) label = "iso-2022-jp";
  else if (!label || /^(us-)?ascii$/i.test(label)) label = "utf-8";
  try {
    return decoderFor(label).decode(bytes);
  } catch {
    return binaryString(bytes);
  }
}

function hasIso2022JpEscape(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  // indexOf runs natively; ESC is rare outside ISO-2022-JP text.
  for (let i = head.indexOf(0x1b); i >= 0 && i + 2 < head.length; i = head.indexOf(0x1b, i + 1)) {
    if (head[i + 1] === 0x24 && (head[i + 2] === 0x42 || head[i + 2] === 0x40)) return true;
  }
  return false;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

export function decodeQuotedPrintable(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c !== 61) {
      out[o++] = c;
      continue;
    }
    const a = bytes[i + 1];
    const b = bytes[i + 2];
    if (a === 13 && b === 10) {
      i += 2; // soft line break
    } else if (a === 10) {
      i += 1;
    } else if (a === 32 || a === 9) {
      // "=" then transport padding (RFC 2045 §6.7 (3)): still a soft line break.
      let j = i + 1;
      while (j < bytes.length && (bytes[j] === 32 || bytes[j] === 9)) j++;
      if (bytes[j] === 10) i = j;
      else if (bytes[j] === 13 && bytes[j + 1] === 10) i = j + 1;
      else out[o++] = c;
    } else if (a !== undefined && b !== undefined && hexValue(a) >= 0 && hexValue(b) >= 0) {
      out[o++] = hexValue(a) * 16 + hexValue(b);
      i += 2;
    } else {
      out[o++] = c;
    }
  }
  return out.subarray(0, o);
}

const B64 = new Int16Array(256).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((ch, i) => {
  B64[ch.charCodeAt(0)] = i;
});
B64["-".charCodeAt(0)] = 62; // URL-safe alphabet, seen in broken mailers
B64["_".charCodeAt(0)] = 63;

/** Forgiving base64: skips anything outside the alphabet, stops at padding. */
export function decodeBase64(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((bytes.length * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === 61) break;
    const v = B64[c] as number;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** The body of a part with its transfer encoding undone. */
export function partBytes(
  tree: MimeTree,
  part: MimePart,
  limit = Number.POSITIVE_INFINITY
): Uint8Array {
  const raw = tree.bytes.subarray(part.start, Math.min(part.end, part.start + limit));
  const cte = (getHeader(part.headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  if (cte === "base64") return decodeBase64(raw);
  if (cte === "quoted-printable") return decodeQuotedPrintable(raw);
  return raw;
}

/** The body of a part as text (HTML turned into plain text), cut at MAX_PART_TEXT. */
export function partText(tree: MimeTree, part: MimePart): string {
  const bytes = partBytes(tree, part, MAX_PART_TEXT * 2).subarray(0, MAX_PART_TEXT);
  const text = decodeCharset(bytes, part.params["charset"]);
  // Some MTAs label a plain-text report text/html; without a single tag its line breaks are
  // the only structure it has, which HTML reading would fold away.
  return part.type === "text/html" && /<[a-z!/]/i.test(text.slice(0, 64 * 1024))
    ? htmlToText(text)
    : text;
}

/** Decodes RFC 2047 encoded words in a header value; leaves the rest as it is. */
export function decodeWords(value: string): string {
  const v = value.length > MAX_HEADER_VALUE ? value.slice(0, MAX_HEADER_VALUE) : value;
  const decoded = v.replace(
    /=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=(\s+(?==\?))?/g,
    (_m, cs: string, enc: string, data: string) => {
      const ascii = new Uint8Array(data.length);
      for (let i = 0; i < data.length; i++) ascii[i] = data.charCodeAt(i) & 0xff;
      let bytes: Uint8Array;
      if (enc === "b" || enc === "B") bytes = decodeBase64(ascii);
      else {
        for (let i = 0; i < ascii.length; i++) if (ascii[i] === 95) ascii[i] = 32; // "_" is a space
        bytes = decodeQuotedPrintable(ascii);
      }
      return decodeCharset(bytes, cs.split("*")[0]);
    }
  );
  return /[\x80-\xff]/.test(decoded) && !/[^\x00-\xff]/.test(decoded)
    ? utf8OrSame(decoded)
    : decoded;
}

/** Raw 8-bit header text is usually UTF-8; keep it as it is when it is not valid UTF-8. */
function utf8OrSame(latin: string): string {
  const bytes = new Uint8Array(latin.length);
  for (let i = 0; i < latin.length; i++) {
    const c = latin.charCodeAt(i);
    if (c > 0xff) return latin; // already decoded text, or windows-1252 punctuation
    bytes[i] = c;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return latin;
  }
}
