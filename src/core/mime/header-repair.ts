/**
 * Two damages to a mail file's top header that every MIME parser reads as "no header" or "the
 * header ends here", seen in real files:
 *  - blank lines before the first header line (a mail pasted into a text file, or saved by a
 *    tool that writes a newline first);
 *  - a MIME parameter folded onto a new line without the leading space or tab that RFC 5322
 *    §2.2.3 requires ("Content-Type: multipart/report;" then "boundary=…" at the start of a line):
 *    the parsers end the header there, lose the boundary and read the parts as one text.
 * Both are mended here before parsing, and the mail says what was mended (repairNotes). Only
 * the top header block is looked at; a mail without either damage comes back as the same bytes.
 */

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const HTAB = 0x09;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;

/** Only this much of the file is looked at for blank lines before the header. */
const MAX_LEADING_BLANK_BYTES = 4 * 1024;
/** Header lines looked at for unfolded parameters: far more than any real mail's top header. */
const MAX_HEADER_LINES = 2000;
/** More stray lines than this is not a damaged header but something else: left to the parser. */
const MAX_STRAY_LINES = 3;

export interface HeaderRepair {
  bytes: Uint8Array;
  /** Blank or space-only lines dropped before the header. */
  leadingBlankLines: number;
  /** 1-based line numbers (in the file as given) of parameters joined to the header above. */
  unfoldedParameters: number[];
  /**
   * 1-based line numbers of stray lines inside the header (neither a field nor a continuation,
   * with header fields after them), left out so that the rest of the header is read.
   */
  strayLines?: number[] | undefined;
}

/**
 * Fields a mail header is made of, to tell a header that goes on after a stray line from a body
 * that merely has a "Word:" line: a stray line is mended only when one of these follows it.
 */
const USUAL_FIELDS = new Set([
  "received",
  "return-path",
  "delivered-to",
  "date",
  "from",
  "to",
  "cc",
  "subject",
  "message-id",
  "reply-to",
  "sender",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
  "received-spf",
  "authentication-results",
  "dkim-signature",
]);

/** The lowercased field name of a header line at [start, end), or undefined. */
function fieldName(b: Uint8Array, start: number, end: number): string | undefined {
  const nameEnd = fieldNameEnd(b, start, end);
  if (nameEnd < 0) return undefined;
  let name = "";
  for (let i = start; i < nameEnd; i++) name += String.fromCharCode(b[i] as number);
  return name.toLowerCase();
}

/** A stray line may only be mended when a usual field (or an X- field) comes right after it. */
function usualFieldAt(b: Uint8Array, pos: number): boolean {
  if (pos >= b.length) return false;
  const { contentEnd } = lineBounds(b, pos);
  const name = fieldName(b, pos, contentEnd);
  return name !== undefined && (USUAL_FIELDS.has(name) || name.startsWith("x-"));
}

/**
 * Where the field name of a `Name: value` line at [start, end) ends (the index of its last
 * name character + 1), or -1 when the line is not a header line: printable ASCII but the
 * colon, then optional SP/HTAB, then the colon.
 */
export function fieldNameEnd(b: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = b[i] as number;
    if (c < 0x21 || c > 0x7e || c === COLON) break;
    i++;
  }
  if (i === start) return -1;
  let j = i;
  while (j < end && (b[j] === SP || b[j] === HTAB)) j++;
  return j < end && b[j] === COLON ? i : -1;
}

/** RFC 2045 token characters, which a parameter name is made of. */
function isTokenByte(c: number): boolean {
  if (c <= SP || c >= 0x7f) return false;
  return !'()<>@,;:\\"/[]?='.includes(String.fromCharCode(c));
}

/** A line that reads `name=…` (RFC 2045 parameter; RFC 2231's `name*0*=` too). */
function isParameterLine(b: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end && (isTokenByte(b[i] as number) || b[i] === 0x2a)) i++;
  return i > start && i < end && b[i] === EQUALS;
}

/** The end of the line content at [start, …): the index of its LF (or the end), CR dropped. */
function lineBounds(b: Uint8Array, start: number): { contentEnd: number; next: number } {
  const lf = b.indexOf(LF, start);
  const stop = lf < 0 ? b.length : lf;
  const contentEnd = stop > start && b[stop - 1] === CR ? stop - 1 : stop;
  return { contentEnd, next: lf < 0 ? b.length : lf + 1 };
}

function isBlank(b: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (b[i] !== SP && b[i] !== HTAB) return false;
  return true;
}

/** The last byte of [start, end) that is not a space or tab, or -1. */
function lastVisible(b: Uint8Array, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (b[i] !== SP && b[i] !== HTAB) return b[i] as number;
  return -1;
}

/** The mail's bytes with blank lines before the header dropped and unfolded parameters folded. */
export function repairTopHeader(bytes: Uint8Array): HeaderRepair {
  let start = 0;
  let leadingBlankLines = 0;
  // Blank lines before the header: only when a header line follows them.
  while (start < bytes.length && start < MAX_LEADING_BLANK_BYTES) {
    const { contentEnd, next } = lineBounds(bytes, start);
    if (!isBlank(bytes, start, contentEnd) || next >= bytes.length) break;
    start = next;
    leadingBlankLines++;
  }
  if (leadingBlankLines > 0) {
    const { contentEnd } = lineBounds(bytes, start);
    if (fieldNameEnd(bytes, start, contentEnd) < 0) {
      start = 0;
      leadingBlankLines = 0;
    }
  }

  // Parameters that lost their folding whitespace, in the top header block only.
  const insertAt: number[] = [];
  const unfoldedParameters: number[] = [];
  const strayLines: number[] = [];
  const dropLines: [from: number, to: number][] = [];
  let fieldsSeen = 0;
  let previousEndsWithSemicolon = false;
  let lineNo = leadingBlankLines;
  for (let pos = start; pos < bytes.length && lineNo < MAX_HEADER_LINES + leadingBlankLines;) {
    const { contentEnd, next } = lineBounds(bytes, pos);
    lineNo++;
    if (contentEnd === pos) break; // the empty line that ends the header
    const first = bytes[pos] as number;
    if (first === SP || first === HTAB) {
      previousEndsWithSemicolon = lastVisible(bytes, pos, contentEnd) === SEMICOLON;
    } else if (fieldNameEnd(bytes, pos, contentEnd) >= 0) {
      fieldsSeen++;
      previousEndsWithSemicolon = lastVisible(bytes, pos, contentEnd) === SEMICOLON;
    } else if (previousEndsWithSemicolon && isParameterLine(bytes, pos, contentEnd)) {
      insertAt.push(pos);
      unfoldedParameters.push(lineNo);
      previousEndsWithSemicolon = lastVisible(bytes, pos, contentEnd) === SEMICOLON;
    } else if (fieldsSeen > 0 && strayLines.length < MAX_STRAY_LINES && usualFieldAt(bytes, next)) {
      // A line of junk in the middle of the header (a pasted word, a broken relay's output):
      // the fields after it are still the mail's, so it is dropped and they are read.
      dropLines.push([pos, next]);
      strayLines.push(lineNo);
      previousEndsWithSemicolon = false;
    } else {
      break; // some other damage: the parser's to judge
    }
    pos = next;
  }

  if (start === 0 && insertAt.length === 0 && dropLines.length === 0)
    return { bytes, leadingBlankLines: 0, unfoldedParameters: [] };
  // The edits in file order: a space put before an unfolded parameter, a stray line left out.
  const edits = [
    ...insertAt.map((at) => ({ at, end: at, space: true })),
    ...dropLines.map(([at, end]) => ({ at, end, space: false })),
  ].sort((x, y) => x.at - y.at);
  const dropped = dropLines.reduce((n, [at, end]) => n + (end - at), 0);
  const out = new Uint8Array(bytes.length - start + insertAt.length - dropped);
  let written = 0;
  let from = start;
  for (const edit of edits) {
    out.set(bytes.subarray(from, edit.at), written);
    written += edit.at - from;
    if (edit.space) out[written++] = SP;
    from = edit.end;
  }
  out.set(bytes.subarray(from), written);
  return {
    bytes: out,
    leadingBlankLines,
    unfoldedParameters,
    ...(strayLines.length > 0 ? { strayLines } : {}),
  };
}

/** Marks a snapshot whose top header was mended before it was read (see repairTopHeader). */
export const BLANK_LINES_NOTE = "mime.header-blank-lines:";
export const UNFOLDED_NOTE = "mime.header-unfolded:";
export const STRAY_LINE_NOTE = "mime.header-stray-line:";
/** Marks a snapshot whose header was read as ending at a line that is no header line. */
export const HEADER_CUT_NOTE = "mime.header-cut:";

/** The snapshot notes that say what was mended; none for a mail read as it was. */
export function repairNotes(repair: HeaderRepair): string[] {
  const notes: string[] = [];
  if (repair.leadingBlankLines > 0) notes.push(`${BLANK_LINES_NOTE} ${repair.leadingBlankLines}`);
  const first = repair.unfoldedParameters[0];
  if (first !== undefined) notes.push(`${UNFOLDED_NOTE} ${first}`);
  const stray = repair.strayLines?.[0];
  if (stray !== undefined) notes.push(`${STRAY_LINE_NOTE} ${stray}`);
  return notes;
}
