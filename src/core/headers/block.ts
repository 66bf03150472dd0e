/**
 * A raw header block (what getAllInternetHeadersAsync returns, or the top of an .eml) into
 * fields in their original order, unfolded. Stops at the first empty line. Never throws.
 */
import type { HeaderField } from "../model/snapshot";

const MAX_BLOCK = 1024 * 1024;

export function parseHeaderBlock(text: string): HeaderField[] {
  if (typeof text !== "string") return [];
  const fields: HeaderField[] = [];
  let current: HeaderField | undefined;
  const lines = text.slice(0, MAX_BLOCK).split(/\r\n|\n|\r/);
  for (const line of lines) {
    if (line === "") {
      if (fields.length > 0 || current) break; // end of the header
      continue; // tolerate leading blank lines in pasted text
    }
    if ((line[0] === " " || line[0] === "\t") && current) {
      current.value += line; // unfolding removes only the line break, keeping the white space
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0 || /[\s]/.test(line.slice(0, colon).trimEnd())) {
      current = undefined; // not a header line (e.g. an mbox "From " line): skip it
      continue;
    }
    current = { name: line.slice(0, colon).trim(), value: line.slice(colon + 1) };
    fields.push(current);
  }
  for (const f of fields) f.value = f.value.trim();
  return fields;
}
