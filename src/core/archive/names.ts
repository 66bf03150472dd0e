/**
 * Decoding entry names. ZIP names are UTF-8 when the format says so (flag bit 11), but Japanese
 * Windows (Explorer's "compressed folder", older Lhaplus…) writes CP932 without the flag. We try
 * strict UTF-8 first, because a CP932 name is almost never valid UTF-8, and fall back to
 * Shift_JIS (the WHATWG "shift_jis" decoder is CP932).
 */

const utf8Strict = new TextDecoder("utf-8", { fatal: true });
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

/** Decodes a name whose encoding the archive does not declare. */
export function decodeLegacyName(bytes: Uint8Array): string {
  if (isAscii(bytes)) return latin1.decode(bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return (shiftJis ?? latin1).decode(bytes);
  }
}

/** Decodes a name the archive declares as UTF-8 (invalid bytes become U+FFFD). */
export function decodeUtf8Name(bytes: Uint8Array): string {
  return utf8Loose.decode(bytes);
}

/** The last path segment of an entry name ("a/b/setup.exe" → "setup.exe"). */
export function baseName(name: string): string {
  const trimmed = name.replace(/[\\/]+$/, "");
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}
