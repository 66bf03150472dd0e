/**
 * Decoding entry names. ZIP names are UTF-8 when the format says so (flag bit 11), but Japanese
 * Windows (Explorer's "compressed folder", older Lhaplus…) writes CP932 without the flag. We try
 * strict UTF-8 first, because a CP932 name is almost never valid UTF-8, and fall back to
 * Shift_JIS (the WHATWG "shift_jis" decoder is CP932).
 */

const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
const utf8Loose = new TextDecoder("utf-8");
const shiftJis = makeDecoder("shift_jis");
const latin1 = new TextDecoder("latin1");

function makeDecoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    // a runtime without full ICU; names then fall back to Latin-1
    return undefined;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

/** Names longer than this go to TextDecoder; shorter ones are decoded by hand (see below). */
const SHORT_NAME = 512;

/**
 * Strict UTF-8 decoding of a short name, or undefined when the bytes are not valid UTF-8.
 * Hand-written because it runs once per entry: TextDecoder's per-call cost dominated the
 * listing of a 10,000-entry archive, and a fatal TextDecoder throws (slow) on every CP932 name.
 */
function utf8Short(b: Uint8Array): string | undefined {
  const units: number[] = [];
  for (let i = 0; i < b.length;) {
    const c = b[i] as number;
    if (c < 0x80) {
      units.push(c);
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, cp, min] = [1, c & 0x1f, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, cp, min] = [2, c & 0x0f, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, cp, min] = [3, c & 0x07, 0x10000];
    else return undefined;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    i += need + 1;
  }
  return String.fromCharCode(...units);
}

function asciiName(b: Uint8Array): string {
  return b.length <= SHORT_NAME ? String.fromCharCode(...b) : latin1.decode(b);
}

function utf8Strict(b: Uint8Array): string | undefined {
  if (b.length <= SHORT_NAME) return utf8Short(b);
  try {
    return utf8Fatal.decode(b);
  } catch {
    return undefined;
  }
}

/** Decodes a name whose encoding the archive does not declare. */
export function decodeLegacyName(bytes: Uint8Array): string {
  if (isAscii(bytes)) return asciiName(bytes);
  return utf8Strict(bytes) ?? (shiftJis ?? latin1).decode(bytes);
}

/** Decodes a name the archive declares as UTF-8 (invalid bytes become U+FFFD). */
export function decodeUtf8Name(bytes: Uint8Array): string {
  if (isAscii(bytes)) return asciiName(bytes);
  return utf8Strict(bytes) ?? utf8Loose.decode(bytes);
}

/** The last path segment of an entry name ("a/b/setup.exe" → "setup.exe"). */
export function baseName(name: string): string {
  const trimmed = name.replace(/[\\/]+$/, "");
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}
