/**
 * TextEncoder, TextDecoder (and atob) for runtimes that lack them. Classic Outlook on Windows runs the
 * send check in a JavaScript-only runtime (a JS engine with a few extras, not a browser), and
 * the core creates encoders and decoders when its modules load; without them the bundle would
 * fail before the handler is registered. Written here because the send check must stay one small
 * file with no dependencies; only what the core asks for is covered: UTF-8 (with `fatal`, by the
 * WHATWG algorithm) and Latin-1. Other labels throw RangeError, as a real decoder does for an
 * unknown label, and the core's callers already fall back to UTF-8 or Latin-1.
 */

import { decodeBase64 } from "../core/mime/base64";
import { encodeUtf8 } from "../office/attachments";

const REPLACEMENT = 0xfffd;
const UTF8_LABELS = new Set(["utf-8", "utf8", "unicode-1-1-utf-8"]);
const LATIN1_LABELS = new Set([
  "latin1",
  "iso-8859-1",
  "iso8859-1",
  "l1",
  "ascii",
  "us-ascii",
  "windows-1252",
  "cp1252",
]);

function toBytes(input: unknown): Uint8Array {
  if (input === undefined || input === null) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input))
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError("The input must be an ArrayBuffer or an ArrayBufferView");
}

/** One character per byte, in chunks (spreading a whole large array would overflow the stack). */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096)
    out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

function fromCodePoints(points: number[]): string {
  let out = "";
  for (let i = 0; i < points.length; i += 4096)
    out += String.fromCodePoint(...points.slice(i, i + 4096));
  return out;
}

/** UTF-8 decoding exactly as the Encoding Standard describes it (replacement of maximal subparts). */
export function decodeUtf8(bytes: Uint8Array, fatal: boolean, ignoreBom: boolean): string {
  const points: number[] = [];
  let codePoint = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const error = (): void => {
    if (fatal) throw new TypeError("The encoded data was not valid UTF-8");
    points.push(REPLACEMENT);
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (needed === 0) {
      if (byte <= 0x7f) points.push(byte);
      else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        codePoint = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        codePoint = byte & 0x0f;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        codePoint = byte & 0x07;
      } else error();
      continue;
    }
    if (byte < lower || byte > upper) {
      codePoint = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // the byte starts over
      error();
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    codePoint = (codePoint << 6) | (byte & 0x3f);
    seen++;
    if (seen === needed) {
      points.push(codePoint);
      codePoint = needed = seen = 0;
    }
  }
  if (needed !== 0) error();
  if (!ignoreBom && points[0] === 0xfeff) points.shift();
  return fromCodePoints(points);
}

class PortableTextDecoder {
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;

  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    const key = String(label).trim().toLowerCase();
    if (UTF8_LABELS.has(key)) this.encoding = "utf-8";
    else if (LATIN1_LABELS.has(key)) this.encoding = "windows-1252";
    else throw new RangeError(`The encoding label "${label}" is not supported here`);
    this.fatal = options.fatal === true;
    this.ignoreBOM = options.ignoreBOM === true;
  }

  decode(input?: unknown): string {
    const bytes = toBytes(input);
    if (this.encoding === "utf-8") return decodeUtf8(bytes, this.fatal, this.ignoreBOM);
    return latin1(bytes);
  }
}

class PortableTextEncoder {
  readonly encoding = "utf-8";

  encode(input = ""): Uint8Array {
    return encodeUtf8(String(input));
  }

  /** As TextEncoder.encodeInto: whole characters only, as many as fit in `dest`. */
  encodeInto(input: string, dest: Uint8Array): { read: number; written: number } {
    const text = String(input);
    let read = 0;
    let written = 0;
    while (read < text.length) {
      let c = text.charCodeAt(read);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(read + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        } else c = REPLACEMENT; // a lone surrogate, as TextEncoder writes it
      }
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + size > dest.length) break;
      if (size === 1) dest[written] = c;
      else if (size === 2) {
        dest[written] = 0xc0 | (c >> 6);
        dest[written + 1] = 0x80 | (c & 63);
      } else if (size === 3) {
        dest[written] = 0xe0 | (c >> 12);
        dest[written + 1] = 0x80 | ((c >> 6) & 63);
        dest[written + 2] = 0x80 | (c & 63);
      } else {
        dest[written] = 0xf0 | (c >> 18);
        dest[written + 1] = 0x80 | ((c >> 12) & 63);
        dest[written + 2] = 0x80 | ((c >> 6) & 63);
        dest[written + 3] = 0x80 | (c & 63);
      }
      written += size;
      read += units;
    }
    return { read, written };
  }
}

/** atob for the same runtime: htmlparser2's entity tables are base64 decoded as they load. */
function portableAtob(data: string): string {
  return latin1(decodeBase64(String(data)));
}

/** Adds what is missing of TextDecoder, TextEncoder and atob to `target`; returns the names added. */
export function installTextCodecs(
  target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
): string[] {
  const added: string[] = [];
  if (typeof target.TextDecoder !== "function") {
    target.TextDecoder = PortableTextDecoder;
    added.push("TextDecoder");
  }
  if (typeof target.TextEncoder !== "function") {
    target.TextEncoder = PortableTextEncoder;
    added.push("TextEncoder");
  }
  if (typeof target.atob !== "function") {
    target.atob = portableAtob;
    added.push("atob");
  }
  return added;
}
