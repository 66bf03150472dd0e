/** The message a bounce returned: its headers (and its bytes, when the whole message came back). */
import type { ReturnedOriginal } from "../model/bounce";
import { binaryString, decodeWords, getHeader, parseHeaderLines } from "./mime";
import { addressesIn } from "./text";

/** Reads a returned original from its raw bytes. `wholeMessage` is false for text/rfc822-headers. */
export function readOriginal(bytes: Uint8Array, wholeMessage: boolean): ReturnedOriginal | null {
  const head = binaryString(bytes.subarray(0, 256 * 1024));
  const m = /\r?\n\r?\n/.exec(head);
  const headerText = m ? head.slice(0, m.index) : head;
  const headers = parseHeaderLines(headerText);
  if (headers.length === 0) return null;
  const bodyStart = m ? m.index + m[0].length : bytes.length;
  const hasBody =
    wholeMessage && bodyStart < bytes.length && /\S/.test(head.slice(bodyStart, bodyStart + 4096));
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
