/**
 * Decoding entry names. ZIP names are UTF-8 when the format says so (flag bit 11), but Japanese
 * Windows (Explorer's "compressed folder", older Lhaplus…) writes CP932 without the flag. We try
 * strict UTF-8 first, because a CP932 name is almost never valid UTF-8, and fall back to
 * Shift_JIS (the WHATWG "shift_jis" decoder is CP932).
 */

// Created defensively: Outlook's JavaScript-only runtime for event-based add-ins (the send
// check) may lack TextDecoder or some labels; names then use the hand-written paths below.
const utf8Fatal = makeDecoder("utf-8", true);
const utf8Loose = makeDecoder("utf-8");
const shiftJis = makeDecoder("shift_jis");

function makeDecoder(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined;
  }
}

/** Bytes as Latin-1 code points, in slices (String.fromCharCode takes a bounded argument list). */
function latin1(b: Uint8Array | number[]): string {
  const chunk = 8192;
  if (b.length <= chunk) return String.fromCharCode.apply(null, b as number[]);
  let out = "";
  for (let i = 0; i < b.length; i += chunk) {
    out += String.fromCharCode.apply(null, b.slice(i, i + chunk) as number[]);
  }
  return out;
}

function isAscii(b: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((b[i] as number) >= 0x80) return false;
  return true;
}

/** Names longer than this go to TextDecoder; shorter ones are decoded by hand (see below). */
const SHORT_NAME = 512;

/** UTF-16 units of the name being decoded: one array reused for every short name. */
const units: number[] = [];

/** A short ASCII name, read straight from the bytes. */
function asciiShort(b: Uint8Array, start: number, end: number): string {
  units.length = 0;
  for (let i = start; i < end; i++) units.push(b[i] as number);
  return String.fromCharCode.apply(null, units);
}

/**
 * Strict UTF-8 decoding of a short name, or undefined when the bytes are not valid UTF-8.
 * Hand-written because it runs once per entry: TextDecoder's per-call cost dominated the
 * listing of a 10,000-entry archive, and a fatal TextDecoder throws (slow) on every CP932 name.
 */
function utf8Short(b: Uint8Array, start: number, end: number): string | undefined {
  units.length = 0;
  for (let i = start; i < end;) {
    const c = b[i] as number;
    if (c < 0x80) {
      units.push(c);
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, its payload bits, the smallest valid value.
    let need: number;
    let cp: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      min = 0x10000;
    } else return undefined;
    if (i + need >= end) return undefined;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k] as number;
      if ((cc & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    i += need + 1;
  }
  return latin1(units);
}

function utf8Strict(b: Uint8Array, start: number, end: number): string | undefined {
  if (end - start <= SHORT_NAME || !utf8Fatal) return utf8Short(b, start, end);
  try {
    return utf8Fatal.decode(b.subarray(start, end));
  } catch {
    return undefined;
  }
}

// Names are decoded from `bytes[start, end)` (the whole array by default), so a reader can
// decode a name where it lies without making a view of it per entry.

function asciiName(bytes: Uint8Array, start: number, end: number): string {
  return end - start <= SHORT_NAME
    ? asciiShort(bytes, start, end)
    : latin1(bytes.subarray(start, end));
}

/**
 * ASCII and valid UTF-8 read the same whatever the archive declares; only other bytes depend on
 * it, and go to `fallback` (or Latin-1 where that decoder is missing).
 */
function decodeName(
  bytes: Uint8Array,
  from: number,
  to: number,
  fallback: TextDecoder | undefined
): string {
  const start = Math.max(0, from);
  const end = Math.max(start, Math.min(to, bytes.length));
  if (isAscii(bytes, start, end)) return asciiName(bytes, start, end);
  const decoded = utf8Strict(bytes, start, end);
  if (decoded !== undefined) return decoded;
  const view = bytes.subarray(start, end);
  return fallback ? fallback.decode(view) : latin1(view);
}

/** Decodes a name whose encoding the archive does not declare (Shift_JIS after UTF-8). */
export function decodeLegacyName(bytes: Uint8Array, from = 0, to = bytes.length): string {
  return decodeName(bytes, from, to, shiftJis);
}

/** Decodes a name the archive declares as UTF-8 (invalid bytes become U+FFFD). */
export function decodeUtf8Name(bytes: Uint8Array, from = 0, to = bytes.length): string {
  return decodeName(bytes, from, to, utf8Loose);
}

/** The last path segment of an entry name ("a/b/setup.exe" → "setup.exe"). */
export function baseName(name: string): string {
  // Trailing separators trimmed by hand: an unanchored /[\\/]+$/ is quadratic on "////…x".
  let end = name.length;
  while (end > 0 && (name[end - 1] === "/" || name[end - 1] === "\\")) end--;
  const trimmed = name.slice(0, end);
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}
