/** The message a bounce returned: its headers (and its bytes, when the whole message came back). */
import type { ReturnedOriginal } from "../model/bounce";
import { binaryString, decodeWords, getHeader, parseHeaderLines } from "./mime";
import { addressesIn } from "./text";

const FIRST_LOOK = 16 * 1024;
const MAX_HEAD = 256 * 1024;

/**
 * The header block of a message as text, and where its body starts. Most header blocks fit in
 * the first 16 KB; only when no blank line is found there is more (up to 256 KB) decoded, so a
 * large returned original costs no large string.
 */
export interface HeaderBlock {
  head: string;
  headerText: string;
  bodyStart: number;
}

export function headerBlock(bytes: Uint8Array): HeaderBlock {
  let head = binaryString(bytes.subarray(0, FIRST_LOOK));
  let m = /\r?\n\r?\n/.exec(head);
  if (!m && bytes.length > FIRST_LOOK) {
    head = binaryString(bytes.subarray(0, MAX_HEAD));
    m = /\r?\n\r?\n/.exec(head);
  }
  return {
    head,
    headerText: m ? head.slice(0, m.index) : head,
    bodyStart: m ? m.index + m[0].length : bytes.length,
  };
}

/**
 * Reads a returned original from its raw bytes. `wholeMessage` is false for text/rfc822-headers.
 * `block` is headerBlock(bytes) when the caller already has it.
 */
export function readOriginal(
  bytes: Uint8Array,
  wholeMessage: boolean,
  block: HeaderBlock = headerBlock(bytes)
): ReturnedOriginal | null {
  const { head, headerText, bodyStart } = block;
  const headers = parseHeaderLines(headerText);
  if (headers.length === 0) return null;
  const hasBody =
    wholeMessage &&
    bodyStart < bytes.length &&
    /\S/.test(
      bodyStart < head.length
        ? head.slice(bodyStart, bodyStart + 4096)
        : binaryString(bytes.subarray(bodyStart, bodyStart + 4096))
    );
  const to = [...addressesIn(getHeader(headers, "to")), ...addressesIn(getHeader(headers, "cc"))];
  const out: ReturnedOriginal = { to, complete: hasBody };
  const subject = getHeader(headers, "subject");
  if (subject !== undefined) out.subject = decodeWords(subject);
  const from = getHeader(headers, "from");
  if (from !== undefined) out.from = addressesIn(from)[0] ?? decodeWords(from);
  const date = getHeader(headers, "date");
  if (date !== undefined) out.date = date;
  const id = getHeader(headers, "message-id");
  if (id !== undefined) out.messageId = id.replace(/^<|>$/g, "").trim();
  if (hasBody) out.raw = bytes;
  if (!out.subject && !out.from && to.length === 0 && !out.messageId) return null;
  return out;
}
