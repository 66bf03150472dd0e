/**
 * The one base64 decoder of the product: attachment content from Office, MIME parts, samples and
 * header values all pass through it. Written by hand rather than with atob or Buffer: classic
 * Outlook's JavaScript-only event runtime is not documented to have atob, the browser has no
 * Buffer, and the core must run in both. On Node 20 it keeps pace with atob plus the clean-up
 * atob needs (10 MB of wrapped base64: 50 to 110 ms against 65 to 120 ms, over several runs).
 *
 * Forgiving on purpose, as mail needs: line breaks, spaces and any other character outside the
 * alphabet are skipped, the URL-safe letters "-" and "_" are read as "+" and "/", missing padding
 * is fine and the first "=" ends the data. It never throws.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
VALUE["-".charCodeAt(0)] = 62;
VALUE["_".charCodeAt(0)] = 63;

const PAD = 61; // "="

/** Bytes of base64 text, given as a string or as its ASCII bytes (a MIME part's body). */
export function decodeBase64(input: string | Uint8Array): Uint8Array {
  const text = typeof input === "string";
  const out = new Uint8Array(Math.ceil((input.length * 3) / 4));
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const code = text ? input.charCodeAt(i) : (input[i] as number);
    if (code === PAD) break;
    const value = code < 256 ? (VALUE[code] as number) : -1;
    if (value < 0) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}

/** Base64 that holds UTF-8 text (a JSON claims blob, a token part); bad bytes become U+FFFD. */
export function decodeBase64Text(input: string): string {
  return new TextDecoder("utf-8").decode(decodeBase64(input));
}
