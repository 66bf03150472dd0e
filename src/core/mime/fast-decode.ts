/**
 * Byte-level decoding for the fast MIME reader (fast-reader.ts): transfer encodings, charsets,
 * format=flowed. Written for issue #17 (bulk `todoku check`): each function is one linear pass
 * over a Uint8Array range, with one output buffer and no per-line objects. The reading they give
 * is postal-mime's (the parser parseEml falls back to); where this module cannot be sure of that
 * reading it throws Decline and the whole mail goes to postal-mime instead.
 */

/**
 * Thrown inside the fast reader: "not in my scope", never an error of the mail. Not an Error:
 * a declined mail costs no stack trace.
 */
export class Decline {
  constructor(readonly message: string) {}
}

export const LF = 0x0a;
export const CR = 0x0d;

export function isWspByte(c: number | undefined): boolean {
  return c === 0x20 || c === 0x09;
}

/** SP and HTAB trimmed from both ends (the only padding of a field body). */
export function trimWsp(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s.charCodeAt(start) === 0x20 || s.charCodeAt(start) === 0x09)) start++;
  while (end > start && (s.charCodeAt(end - 1) === 0x20 || s.charCodeAt(end - 1) === 0x09)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Every run of CR/LF as one space; a header value never holds a line break. */
export function foldBreaks(s: string): string {
  return s.indexOf("\r") < 0 && s.indexOf("\n") < 0 ? s : s.replace(/[\r\n]+/g, " ");
}

export function isAscii(b: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((b[i] as number) >= 0x80) return false;
  return true;
}

/** Well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF). */
export function isUtf8(b: Uint8Array, start = 0, end = b.length): boolean {
  let i = start;
  while (i < end) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return false;
    if (i + n >= end) return false;
    const second = b[i + 1] as number;
    if (second < lo || second > hi) return false;
    for (let k = 2; k <= n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return false;
    i += n + 1;
  }
  return true;
}

/*
 * Charsets. A label resolves as postal-mime resolves it: lower-cased and trimmed, as written if
 * the WHATWG Encoding Standard lists it, else with an x-/cs- prefix and separators dropped and
 * through a few aliases (Windows code pages, shift-jis, euc-jp…). A label that still names no
 * encoding is no charset at all (UTF-8 if the bytes are, else windows-1252). The UTF-16 family
 * (byte order mark rules) and the replacement labels are declined.
 */
const LABEL_GROUPS: readonly string[] = [
  "utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8",
  "866 cp866 csibm866 ibm866",
  "iso-8859-2 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 iso-ir-101 csisolatin2 l2 latin2",
  "iso-8859-3 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 iso-ir-109 csisolatin3 l3 latin3",
  "iso-8859-4 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 iso-ir-110 csisolatin4 l4 latin4",
  "iso-8859-5 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988 iso-ir-144 csisolatincyrillic cyrillic",
  "iso-8859-6 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987 iso-ir-127 arabic asmo-708 ecma-114 csisolatinarabic",
  "iso-8859-6-e iso-8859-6-i csiso88596e csiso88596i",
  "iso-8859-7 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 iso-ir-126 csisolatingreek ecma-118 elot_928 greek greek8 sun_eu_greek",
  "iso-8859-8 iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 iso-ir-138 csisolatinhebrew hebrew visual",
  "iso-8859-8-e csiso88598e iso-8859-8-i csiso88598i logical",
  "iso-8859-10 iso8859-10 iso885910 iso-ir-157 csisolatin6 l6 latin6",
  "iso-8859-13 iso8859-13 iso885913",
  "iso-8859-14 iso8859-14 iso885914",
  "iso-8859-15 iso8859-15 iso885915 iso_8859-15 csisolatin9 l9",
  "iso-8859-16",
  "koi8-r koi8_r koi koi8 cskoi8r",
  "koi8-u koi8-ru",
  "macintosh mac csmacintosh x-mac-roman",
  "x-mac-cyrillic x-mac-ukrainian",
  "windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620",
  "windows-1250 cp1250 x-cp1250",
  "windows-1251 cp1251 x-cp1251",
  "windows-1252 cp1252 x-cp1252 ascii us-ascii ansi_x3.4-1968 cp819 ibm819 csisolatin1 iso-8859-1 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 iso-ir-100 l1 latin1",
  "windows-1253 cp1253 x-cp1253",
  "windows-1254 cp1254 x-cp1254 iso-8859-9 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 iso-ir-148 csisolatin5 l5 latin5",
  "windows-1255 cp1255 x-cp1255",
  "windows-1256 cp1256 x-cp1256",
  "windows-1257 cp1257 x-cp1257",
  "windows-1258 cp1258 x-cp1258",
  "gbk chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 iso-ir-58 x-gbk",
  "gb18030",
  "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
  "euc-jp cseucpkdfmtjapanese x-euc-jp",
  "iso-2022-jp csiso2022jp",
  "shift_jis csshiftjis ms932 ms_kanji shift-jis sjis windows-31j x-sjis",
  "euc-kr cseuckr csksc56011987 iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949",
  "x-user-defined",
  // the replacement encoding: named, but read as U+FFFD; left to postal-mime
  "replacement csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr",
];

const LABELS = new Set<string>();
for (const group of LABEL_GROUPS) for (const n of group.split(" ")) LABELS.add(n);
const REPLACEMENT = new Set(
  "replacement csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr".split(" ")
);

/** The standard's labels (but the UTF-16 family) as this module knows them (for tests). */
export const CHARSET_LABELS: ReadonlySet<string> = LABELS;

/** Labels that stand for a standard one once prefixes and separators are dropped. */
const ALIASES = new Map([
  ["iso88598i", "iso-8859-8"],
  ["iso88598e", "iso-8859-8"],
  ["shiftjis", "shift_jis"],
  ["windows31j", "shift_jis"],
  ["mskanji", "shift_jis"],
  ["eucjp", "euc-jp"],
  ["iso2022jp", "iso-2022-jp"],
  ["iso2022jp1", "iso-2022-jp"],
  ["iso2022jp2", "iso-2022-jp"],
  ["junet", "iso-2022-jp"],
  ["euckr", "euc-kr"],
  ["uhc", "euc-kr"],
  ["tis620", "windows-874"],
]);
/** Windows / IBM code page numbers (cp932, windows-932, ms932, ibm932…). */
const CODE_PAGES = new Map([
  ["932", "shift_jis"],
  ["936", "gbk"],
  ["949", "euc-kr"],
  ["950", "big5"],
  ["874", "windows-874"],
  ["51932", "euc-jp"],
  ["50220", "iso-2022-jp"],
  ["50221", "iso-2022-jp"],
  ["50222", "iso-2022-jp"],
]);
const UTF16 = new Set(["utf-16", "utf16", "utf_16", "utf-16le", "utf-16be"]);

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  let d = decoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label);
    } catch {
      d = null;
    }
    decoders.set(label, d);
  }
  return d;
}

function standardDecoder(label: string): TextDecoder {
  const d = REPLACEMENT.has(label) ? null : decoderFor(label);
  if (!d) throw new Decline(`charset ${label}`);
  return d;
}

/**
 * The decoder a charset label names, or null when it names none (the bytes are then read as
 * UTF-8 or windows-1252); Decline for the labels left to postal-mime.
 */
function charsetDecoder(charset: string): TextDecoder | null {
  const label = charset.trim().toLowerCase();
  if (LABELS.has(label)) return standardDecoder(label);
  if (UTF16.has(label)) throw new Decline(`charset ${charset}`);
  const bare = label.replace(/^(?:x-ms-|x-|cs)/, "").replace(/[\s._-]+/g, "");
  const codePage = /^(?:cp|windows|ms|ibm)(\d+)$/.exec(bare)?.[1];
  const alias = (codePage !== undefined && CODE_PAGES.get(codePage)) || ALIASES.get(bare) || bare;
  return LABELS.has(alias) ? standardDecoder(alias) : null;
}

/** Bytes in a declared charset (see charsetDecoder). */
export function decodeCharset(b: Uint8Array, charset: string): string {
  const d = charsetDecoder(charset);
  return d ? d.decode(b) : decodeUnknown(b);
}

let utf8Plain: TextDecoder | undefined;
let utf8KeepBom: TextDecoder | undefined;
let cp1252: TextDecoder | undefined;

/** Bytes of no declared charset: UTF-8 when well formed, windows-1252 otherwise. */
export function decodeUnknown(b: Uint8Array, keepBom = false): string {
  if (!isUtf8(b)) {
    cp1252 ??= decoderFor("windows-1252") ?? undefined;
    if (!cp1252) throw new Decline("no windows-1252 decoder");
    return cp1252.decode(b);
  }
  if (keepBom) return (utf8KeepBom ??= new TextDecoder("utf-8", { ignoreBOM: true })).decode(b);
  return (utf8Plain ??= new TextDecoder()).decode(b);
}

/** One byte per character: only ever used on bytes below 0x80. */
let asciiDecoder: TextDecoder | undefined;
export function decodeAscii(b: Uint8Array, start: number, end: number): string {
  if (end - start < 24) {
    let s = "";
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i] as number);
    return s;
  }
  return (asciiDecoder ??= new TextDecoder("windows-1252")).decode(b.subarray(start, end));
}

/** The text of a text part's decoded bytes, CRLF turned to LF (format=flowed is the caller's). */
export function decodeTextPart(
  bytes: Uint8Array,
  charset: string | undefined,
  html: boolean
): string {
  const wide = charset !== undefined && WIDE_CHARSET.test(charset.trim());
  if (!wide) bytes = crlfToLf(bytes);
  let text: string;
  if (charset) text = decodeCharset(bytes, charset);
  else {
    // An html part may name its charset in a <meta> tag; such parts are left to postal-mime.
    if (html) {
      const head = (utf8Plain ??= new TextDecoder()).decode(bytes.subarray(0, 1024));
      if (head.toLowerCase().includes("<meta")) throw new Decline("html names its charset");
    }
    text = decodeUnknown(bytes);
  }
  return !wide || text.indexOf("\r\n") < 0 ? text : text.replace(/\r\n/g, "\n");
}

/** Charsets in which CR and LF are not the single bytes 0D and 0A. */
const WIDE_CHARSET = /^(utf-?(16|32)|ucs-?[24]|unicode|iso-10646|csunicode)/i;

/**
 * CR LF → LF. Done on the bytes before decoding where the charset keeps CR and LF as single bytes
 * (every charset a mail uses but UTF-16/32): one global string replace over a body of millions
 * of short lines took 3 s and 650 MB of heap for a 51 MB mail; this loop is linear and small.
 */
export function crlfToLf(bytes: Uint8Array): Uint8Array {
  let cr = bytes.indexOf(0x0d);
  while (cr >= 0 && bytes[cr + 1] !== 0x0a) cr = bytes.indexOf(0x0d, cr + 1);
  if (cr < 0) return bytes;
  const out = new Uint8Array(bytes.length);
  out.set(bytes.subarray(0, cr));
  let o = cr;
  for (let i = cr; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === 0x0d && bytes[i + 1] === 0x0a) continue;
    out[o++] = c;
  }
  return out.subarray(0, o);
}

/*
 * Transfer encodings. `start`/`end` bound the lines of a part's body (without the line break
 * after the last line); `tail` is the break after the last line, written only when no boundary
 * ended the part (the CRLF before a delimiter belongs to the delimiter, RFC 2046 5.1.1):
 * `tailEnd` is -1 for none, else the break is [end, tailEnd), or LF when the input ended without
 * one (tailEnd === end).
 */

/** Sextet of each base64 alphabet byte; 64 for '=', 255 for bytes that are skipped. */
const B64 = new Uint8Array(256).fill(255);
{
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) B64[alphabet.charCodeAt(i)] = i;
  B64[0x3d] = 64;
}

/**
 * base64: every byte outside the alphabet is skipped, and '=' ends a unit, so that mailers that
 * pad every line still decode; a unit's last partial group gives the bytes it holds.
 */
export function decodeBase64Range(b: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array(Math.floor(((end - start) * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let n = 0;
  for (let i = start; i < end; i++) {
    const v = B64[b[i] as number] as number;
    if (v < 64) {
      acc = (acc << 6) | v;
      if (++n === 4) {
        out[o++] = acc >> 16;
        out[o++] = (acc >> 8) & 0xff;
        out[o++] = acc & 0xff;
        acc = 0;
        n = 0;
      }
    } else if (v === 64) {
      if (n === 2) out[o++] = (acc >> 4) & 0xff;
      else if (n === 3) {
        out[o++] = (acc >> 10) & 0xff;
        out[o++] = (acc >> 2) & 0xff;
      }
      acc = 0;
      n = 0;
    }
  }
  if (n === 2) out[o++] = (acc >> 4) & 0xff;
  else if (n === 3) {
    out[o++] = (acc >> 10) & 0xff;
    out[o++] = (acc >> 2) & 0xff;
  }
  return out.subarray(0, o);
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

/**
 * quoted-printable, line by line: trailing SP/HTAB dropped, a final '=' joins the next line,
 * `=XX` (either case) is a byte and anything else stays literal; hard breaks keep the bytes
 * they were sent with.
 */
export function decodeQpRange(
  b: Uint8Array,
  start: number,
  end: number,
  tailEnd: number
): Uint8Array {
  const out = new Uint8Array(end - start + Math.max(1, tailEnd - end));
  let o = 0;
  let p = start;
  // the break after the previous line, written once the next line is there: [from, to)
  let from = -1;
  let to = -1;
  for (;;) {
    const lf = b.indexOf(LF, p);
    const last = lf < 0 || lf >= end;
    let lineEnd = last ? end : lf;
    if (!last) while (lineEnd > p && b[lineEnd - 1] === CR) lineEnd--;
    for (let i = from; i < to; i++) out[o++] = b[i] as number;
    let len = lineEnd;
    while (len > p && isWspByte(b[len - 1])) len--;
    const soft = len > p && b[len - 1] === 0x3d;
    if (soft) len--;
    for (let i = p; i < len; i++) {
      const c = b[i] as number;
      if (c === 0x3d && i + 2 < len) {
        const hi = hexValue(b[i + 1]);
        const lo = hi < 0 ? -1 : hexValue(b[i + 2]);
        if (lo >= 0) {
          out[o++] = (hi << 4) | lo;
          i += 2;
          continue;
        }
      }
      out[o++] = c;
    }
    if (last) {
      // its break is the tail, written unless the line was soft-broken
      if (!soft && tailEnd >= 0) o = writeTail(b, end, tailEnd, out, o);
      break;
    }
    from = soft ? -1 : lineEnd;
    to = soft ? -1 : lf + 1;
    p = lf + 1;
  }
  return out.subarray(0, o);
}

/** Writes the break after a part's last line: its bytes, or LF when the input ended without one. */
function writeTail(
  b: Uint8Array,
  end: number,
  tailEnd: number,
  out: Uint8Array,
  o: number
): number {
  if (tailEnd === end) {
    out[o] = LF;
    return o + 1;
  }
  out.set(b.subarray(end, tailEnd), o);
  return o + tailEnd - end;
}

/** 7bit, 8bit, binary and anything unknown: the bytes as they are. */
export function passThroughRange(
  b: Uint8Array,
  start: number,
  end: number,
  tailEnd: number
): Uint8Array {
  if (tailEnd < 0) return b.subarray(start, end);
  if (tailEnd > end) return b.subarray(start, tailEnd);
  const out = new Uint8Array(end - start + 1);
  out.set(b.subarray(start, end));
  out[end - start] = LF;
  return out;
}

/**
 * format=flowed (RFC 3676): a line whose content ends in a space continues on the next line of
 * the same quote depth; the signature separator "-- " never flows. The first line of a paragraph
 * keeps its quote marks; an unquoted one loses its space-stuffing.
 */
export function unflow(text: string, delSp: boolean): string {
  // Pieces are joined into a chunk every so often: a body of millions of lines would otherwise
  // keep millions of small strings alive until the end (as crlfToLf).
  const chunks: string[] = [];
  let parts: string[] = [];
  let flowed = false;
  let depth = 0;
  let at = 0;
  for (;;) {
    let nl = text.indexOf("\n", at);
    const last = nl < 0;
    if (last) nl = text.length;
    const line = text.slice(at, nl);
    let q = 0;
    while (line.charCodeAt(q) === 0x3e) q++;
    const content = line.slice(line.charCodeAt(q) === 0x20 ? q + 1 : q);
    const signature = content === "-- ";
    if (flowed && q === depth && !signature) {
      if (delSp) parts[parts.length - 1] = (parts[parts.length - 1] as string).slice(0, -1);
      parts.push(content);
    } else {
      if (at > 0) parts.push("\n");
      parts.push(q > 0 ? line : content);
    }
    flowed = !signature && content.endsWith(" ");
    depth = q;
    if (last) break;
    at = nl + 1;
    if (parts.length >= UNFLOW_CHUNK_PIECES) {
      // The last piece stays: a flowed continuation may still trim its space (DelSp).
      const keep = parts.pop() as string;
      chunks.push(parts.join(""));
      parts = [keep];
    }
  }
  chunks.push(parts.join(""));
  return chunks.join("");
}

const UNFLOW_CHUNK_PIECES = 4096;
