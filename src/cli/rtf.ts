/**
 * Reads an Outlook item's body kept only as compressed RTF (PR_RTF_COMPRESSED), for the CLI.
 * Outlook stores HTML mail as RTF with the HTML encapsulated in it ([MS-OXRTFEX]); getting the
 * HTML back keeps the links' real targets for the body checks. rtf-stream-parser does the
 * de-encapsulation but is built on Node streams, so it lives in this Node shell and reaches the
 * core through parseMsg's `rtfBody` option.
 */
import { deEncapsulateSync } from "rtf-stream-parser";
import type { RtfBody } from "../core/mime/msg";

/** Compressed RTF larger than this is not read. */
const MAX_COMPRESSED_BYTES = 32 * 1024 * 1024;
/**
 * Decompressed RTF larger than this is not read: a body's text and HTML are far smaller, what
 * makes an RTF body big is embedded pictures, and the de-encapsulation costs ~30x its input in
 * memory and ~0.2 s per MB.
 */
export const MAX_RTF_BYTES = 8 * 1024 * 1024;
const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

/** The dictionary every LZFu stream starts from ([MS-OXRTFCP] 2.1.2.1), 207 bytes. */
const PRESET =
  "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";

/**
 * LZFu ([MS-OXRTFCP] 2.2.3) into a buffer of the declared size, never more. Written here rather
 * than with @kenjiuno/decompressrtf: that one collects its output in a plain JS array with no
 * limit, so a small crafted stream that expands to 30 MB ends Node with a fatal out-of-memory.
 */
function lzfu(src: Uint8Array, rawSize: number): Uint8Array {
  const out = new Uint8Array(rawSize);
  const dict = new Uint8Array(4096);
  for (let i = 0; i < PRESET.length; i++) dict[i] = PRESET.charCodeAt(i);
  let write = PRESET.length;
  let o = 0;
  let p = 16;
  while (p < src.length && o < rawSize) {
    const control = src[p++] as number;
    for (let bit = 0; bit < 8 && p < src.length && o < rawSize; bit++) {
      if (!(control & (1 << bit))) {
        const c = src[p++] as number;
        out[o++] = c;
        dict[write] = c;
        write = (write + 1) & 4095;
        continue;
      }
      if (p + 1 >= src.length) return out.subarray(0, o);
      const word = ((src[p] as number) << 8) | (src[p + 1] as number);
      p += 2;
      let from = word >> 4;
      if (from === write) return out.subarray(0, o); // the end marker
      const length = (word & 15) + 2;
      for (let i = 0; i < length && o < rawSize; i++) {
        const c = dict[from] as number;
        out[o++] = c;
        dict[write] = c;
        write = (write + 1) & 4095;
        from = (from + 1) & 4095;
      }
    }
  }
  return out.subarray(0, o);
}

/** Code pages RTF names (\ansicpgN, \fcharset) → labels TextDecoder knows. */
const CODEPAGES: Record<string, string> = {
  cp932: "shift_jis",
  cp936: "gbk",
  cp949: "euc-kr",
  cp950: "big5",
  cp1250: "windows-1250",
  cp1251: "windows-1251",
  cp1252: "windows-1252",
  cp1253: "windows-1253",
  cp1254: "windows-1254",
  cp1255: "windows-1255",
  cp1256: "windows-1256",
  cp1257: "windows-1257",
  cp1258: "windows-1258",
  cp874: "windows-874",
  cp65001: "utf-8",
  cp20127: "us-ascii",
  cp28591: "iso-8859-1",
};

function decode(bytes: Uint8Array, encoding: string): string {
  const label = CODEPAGES[encoding.toLowerCase()] ?? "windows-1252";
  return new TextDecoder(label).decode(bytes);
}

/**
 * The RTF of a PR_RTF_COMPRESSED value, held to the size its header declares and to
 * MAX_RTF_BYTES; undefined when the header is wrong or the body too large.
 */
export function decompressChecked(compressed: Uint8Array): Uint8Array | undefined {
  if (compressed.length < 16 || compressed.length > MAX_COMPRESSED_BYTES) return undefined;
  const view = new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength);
  const compSize = view.getUint32(0, true);
  const rawSize = view.getUint32(4, true);
  const type = view.getUint32(8, true);
  if (type !== LZFU && type !== MELA) return undefined;
  if (compSize + 4 > compressed.length || rawSize > MAX_RTF_BYTES) return undefined;
  if (type === MELA) return compressed.subarray(16, Math.min(compressed.length, 16 + rawSize));
  return lzfu(compressed.subarray(0, compSize + 4), rawSize);
}

/**
 * Groups nested deeper than this are not de-encapsulated. Outlook's and Word's RTF nest a few
 * dozen levels at most; rtf-stream-parser's work grows with the square of the depth (20,000
 * empty groups in a 46 KB item took 19 s), so a crafted body is refused before it is parsed.
 */
export const MAX_RTF_GROUP_DEPTH = 200;

/** True when no group of the RTF nests deeper than `max` ("\{" and "\}" are text, not groups). */
export function groupDepthWithin(rtf: Uint8Array, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < rtf.length; i++) {
    const c = rtf[i];
    if (c === 0x5c)
      i++; // a backslash: the next byte is escaped or starts a control word
    else if (c === 0x7b) {
      if (++depth > max) return false;
    } else if (c === 0x7d && depth > 0) depth--;
  }
  return true;
}

/** The body an RTF-only item holds: HTML when it encapsulates HTML, else its text. */
export const rtfBody: RtfBody = (compressed) => {
  const rtf = decompressChecked(compressed);
  if (!rtf || !groupDepthWithin(rtf, MAX_RTF_GROUP_DEPTH)) return undefined;
  // Its tokenizer reports a bad hex escape with console.warn, past the warn option: silenced for
  // this synchronous call, so a damaged body does not write to the CLI's stderr.
  const consoleWarn = console.warn;
  console.warn = () => undefined;
  let result: ReturnType<typeof deEncapsulateSync>;
  try {
    result = deEncapsulateSync(Buffer.from(rtf), {
      decode: (buf: Buffer, enc: string) => decode(buf, enc),
      mode: "either",
      warn: () => undefined,
    });
  } finally {
    console.warn = consoleWarn;
  }
  const text = String(result.text);
  return result.mode === "html" ? { html: text } : { text };
};
