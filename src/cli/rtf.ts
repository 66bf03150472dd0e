/**
 * Reads an Outlook item's body kept only as compressed RTF (PR_RTF_COMPRESSED), for the CLI.
 * Outlook stores HTML mail as RTF with the HTML encapsulated in it ([MS-OXRTFEX]); getting the
 * HTML back keeps the links' real targets for the body checks. rtf-stream-parser does the
 * de-encapsulation but is built on Node streams, so it lives in this Node shell and reaches the
 * core through parseMsg's `rtfBody` option.
 */
import { decompressRTF } from "@kenjiuno/decompressrtf";
import { deEncapsulateSync } from "rtf-stream-parser";
import type { RtfBody } from "../core/mime/msg";

/** Compressed RTF larger than this (either side) is not read: no mail body needs it. */
const MAX_RTF_BYTES = 32 * 1024 * 1024;
const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

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
 * decompressRTF trusts the sizes in its 16-byte header and would loop to a claimed 2 GB; the
 * header is checked against the data first.
 */
function decompressChecked(compressed: Uint8Array): Uint8Array | undefined {
  if (compressed.length < 16 || compressed.length > MAX_RTF_BYTES) return undefined;
  const view = new DataView(compressed.buffer, compressed.byteOffset, compressed.byteLength);
  const compSize = view.getUint32(0, true);
  const rawSize = view.getUint32(4, true);
  const type = view.getUint32(8, true);
  if (type !== LZFU && type !== MELA) return undefined;
  if (compSize + 4 > compressed.length || rawSize > MAX_RTF_BYTES) return undefined;
  return Uint8Array.from(decompressRTF(Array.from(compressed)));
}

/** The body an RTF-only item holds: HTML when it encapsulates HTML, else its text. */
export const rtfBody: RtfBody = (compressed) => {
  const rtf = decompressChecked(compressed);
  if (!rtf) return undefined;
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
