/**
 * MIME adapter: an RFC 5322 message (an .eml file, or MIME from getAsFileAsync) → MessageSnapshot.
 * Parsing is the fast synchronous reader's (fast-reader.ts) for the mails it is sure of, and
 * postal-mime's for the rest (both run unchanged in Node and the browser, and read a mail the
 * same way); this module only decides what kind of file it is and maps the parsed mail onto our
 * shape.
 */
import PostalMime from "postal-mime";
import type { Address as PostalAddress, Email as PostalEmail } from "postal-mime";
import type {
  AttachmentInfo,
  HeaderField,
  MailAddress,
  MessageKind,
  MessageSnapshot,
} from "../model/snapshot";
import { bounceSign } from "./bounce-sign";
import { isSavedDraft } from "./draft-sign";
import { readMimeFast, type FastMail } from "./fast-reader";
import { fieldNameEnd, HEADER_CUT_NOTE, repairNotes, repairTopHeader } from "./header-repair";

export class NotAMailError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "NotAMailError";
  }
}

/** Header names that real mail carries near the top; at least one must be present. */
const MAIL_HEADERS = new Set([
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "received",
  "return-path",
  "mime-version",
  "delivered-to",
  "content-type",
  "x-failed-recipients",
  "sender",
  "reply-to",
  "cc",
]);

/**
 * Where the header block of `head` ends: just past its first empty line (LF LF or LF CR LF, or
 * an empty first line), else its length. Only the lines up to that one are ever looked at, so
 * decoding and splitting the rest of the window (most of a bounce) was wasted work.
 */
function headerBlockEnd(head: Uint8Array): number {
  if (head[0] === 0x0a) return 1;
  if (head[0] === 0x0d && head[1] === 0x0a) return 2;
  for (let i = head.indexOf(0x0a); i >= 0 && i + 1 < head.length; i = head.indexOf(0x0a, i + 1)) {
    if (head[i + 1] === 0x0a) return i + 2;
    if (head[i + 1] === 0x0d && head[i + 2] === 0x0a) return i + 3;
  }
  return head.length;
}

const LONGEST_MAIL_HEADER = Math.max(...[...MAIL_HEADERS].map((h) => h.length));

/**
 * The name of the `Name:` line at [start, end) (printable ASCII but the colon, then optional
 * SP/HTAB, then the colon), lower-cased ("" when longer than any name looked for), or undefined
 * when the line is no header line.
 */
function headerName(b: Uint8Array, start: number, end: number): string | undefined {
  const i = fieldNameEnd(b, start, end);
  if (i < 0) return undefined;
  if (i - start > LONGEST_MAIL_HEADER) return "";
  let name = "";
  for (let k = start; k < i; k++) {
    const c = b[k] as number;
    name += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  }
  return name;
}

/**
 * A line that is no header line, after at least this many header lines (one of them a usual mail
 * header), ends a damaged header instead of making the whole file "not a mail": every parser reads
 * the rest as the body, and the user is told where the header was cut.
 */
const HEADER_LINES_BEFORE_A_CUT = 3;

export type SniffResult = { ok: true; cutAtLine?: number } | { ok: false; reason: string };

/**
 * Tells a mail from some other file by its header block: lines of `Name: value` (or folded
 * continuations) up to the first empty line, with at least one of the usual mail headers.
 * Looks at the first 64 KiB only, so a huge binary file is rejected quickly. The lines are
 * split on LF (a CR before it dropped) and read as bytes, in place. `cutAtLine` says where a
 * damaged header was taken to end (HEADER_LINES_BEFORE_A_CUT).
 */
export function sniffMail(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  const head = new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64 * 1024));
  const end = headerBlockEnd(head);
  const b = head.subarray(0, end);
  const hasNul = b.indexOf(0) >= 0;
  let known = 0;
  let headerLines = 0;
  for (let i = 0, pos = 0; pos <= end; i++) {
    const lf = b.indexOf(0x0a, pos);
    const last = lf < 0;
    const next = last ? end + 1 : lf + 1;
    let lineEnd = last ? end : lf;
    if (!last && lineEnd > pos && b[lineEnd - 1] === 0x0d) lineEnd--;
    const from = pos;
    pos = next;
    // mbox files start with an envelope line "From sender date"; skip it.
    if (
      i === 0 &&
      lineEnd - from >= 5 &&
      b[0] === 0x46 &&
      b[1] === 0x72 &&
      b[2] === 0x6f &&
      b[3] === 0x6d &&
      b[4] === 0x20
    )
      continue;
    if (lineEnd === from) break;
    // NUL in the header block means a binary file; NUL in the body is damage a mail may carry.
    for (let k = from; hasNul && k < lineEnd; k++)
      if (b[k] === 0)
        return { ok: false, reason: "the file is binary, not a mail (.eml or .msg) file" };
    if (b[from] === 0x20 || b[from] === 0x09) {
      if (headerLines === 0)
        return { ok: false, reason: "the file does not start with mail headers" };
      continue;
    }
    const name = headerName(b, from, lineEnd);
    if (name === undefined) {
      // The 64 KiB window may cut a header in two; only the very last line may be partial.
      if (last && headerLines > 0) break;
      if (headerLines >= HEADER_LINES_BEFORE_A_CUT && known > 0)
        return { ok: true, cutAtLine: i + 1 };
      return {
        ok: false,
        reason: `line ${i + 1} is not a mail header, so this is not a mail (.eml or .msg) file`,
      };
    }
    headerLines++;
    if (MAIL_HEADERS.has(name)) known++;
  }
  if (known === 0)
    return { ok: false, reason: "no mail headers (From, To, Subject, Date…) were found" };
  return { ok: true };
}

function mailboxes(list: PostalAddress[] | PostalAddress | undefined): MailAddress[] {
  if (!list) return [];
  const arr = Array.isArray(list) ? list : [list];
  const out: MailAddress[] = [];
  for (const a of arr) {
    if (a.group) {
      for (const m of a.group) out.push(toAddress(m));
    } else if (a.address !== undefined) {
      out.push(toAddress(a));
    }
  }
  return out;
}

function toAddress(m: { name: string; address?: string | undefined }): MailAddress {
  // postal-mime cannot read an address typed with "＠" and keeps the whole text as the display
  // name with an empty address; that text is the address the user typed, so it stays the address
  // (the report's To: line shows it, the recipient check points at the full-width characters).
  const typed = !m.address?.trim() && /[@＠]/.test(m.name) ? m.name.trim() : undefined;
  const out: MailAddress = { address: typed ?? m.address ?? "" };
  if (m.name && typed === undefined) out.name = m.name;
  return out;
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === "string") return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * A first guess of what the mail is, from its headers, sender and subject (the same signs an
 * item opened in Outlook is read by). The bounce reader has the last word. A file a mail program
 * saved as a draft is checked as a draft, as the same mail open in compose would be.
 */
/**
 * Fields only a receiving server writes: Received, and the delivery agent's Delivered-To and
 * X-Original-To (Postfix, qmail, Gmail), which a mail fetched or exported without its Received
 * fields (an iPhone's, some webmail exports) still carries.
 */
const DELIVERED = new Set(["received", "delivered-to", "x-original-to"]);

export function guessKind(
  headers: HeaderField[],
  from: MailAddress | undefined,
  subject?: string
): MessageKind {
  if (bounceSign({ headers, fromAddress: from?.address, fromName: from?.name, subject }))
    return "bounce";
  if (headers.some((h) => DELIVERED.has(h.name.toLowerCase()))) return "received";
  return isSavedDraft(headers) ? "draft" : "sent";
}

export interface ParseEmlOptions {
  /** Keep attachment bytes (for archive inspection). Default true. */
  keepAttachmentContent?: boolean;
  /**
   * Read a header that breaks off at a line that is no header line, the rest as the body (true,
   * the default: a user's file is better read in part than refused). A bounce's returned original
   * is read strictly: a mangled copy is left out rather than checked as a mail without a sender.
   */
  acceptCutHeader?: boolean;
}

const POSTAL_OPTIONS = { attachmentEncoding: "arraybuffer", maxRfc822NestingDepth: 3 } as const;

/**
 * postal-mime's own safety limits (nesting depth, header bytes, part count, addresses in
 * forwarded messages): the input is a mail, just an extreme one. Told by the error's code, or by
 * its message for a version without codes.
 */
const PARSER_LIMIT_CODES = new Set([
  "EMAXNESTINGDEPTH",
  "EMAXHEADERSIZE",
  "EMAXPARTCOUNT",
  "EMAXFORWARDEDADDRESSES",
]);
const PARSER_LIMIT = /^Maximum (MIME nesting depth|header size|MIME part count|forwarded address)/;

function isParserLimit(e: unknown, why: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (typeof code === "string" && PARSER_LIMIT_CODES.has(code)) || PARSER_LIMIT.test(why);
}

/** Marks a snapshot read from its top-level headers only; the body and attachments were not read. */
/** Trailing CR/LF removed by hand: /[\r\n]+$/ searched unanchored is quadratic on long runs. */
function trimLineEnds(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "\r" || text[end - 1] === "\n")) end--;
  return text.slice(0, end);
}

export const HEADERS_ONLY_NOTE = "mime.headers-only:";

/**
 * Mails the fast reader declines (thousands of parts, deep nesting) go to postal-mime, whose
 * memory grows to ~16x the file; larger ones than this are read from their headers only.
 */
const MAX_GENERAL_PARSE_BYTES = 48 * 1024 * 1024;

/** The top header block kept, under postal-mime's 2 MiB header budget. */
const TOP_HEADER_BUDGET = 1024 * 1024;
/** One header field longer than this is cut (a 5 MB To: line still yields its first addresses). */
const FIELD_BUDGET = 64 * 1024;

/**
 * The top-level header block, made small enough to parse: each field cut to FIELD_BUDGET and
 * fields dropped once TOP_HEADER_BUDGET is spent, so the first headers (From, To, Subject in
 * most mails) survive whatever comes after them.
 */
function topHeaderBlock(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a)) {
      end = i + 1;
      break;
    }
  }
  // latin1 keeps one character per byte, so the cut fields turn back into the same bytes.
  const text = new TextDecoder("latin1").decode(bytes.subarray(0, end));
  const fields = text.split(/\r?\n(?![ \t])/);
  const kept: string[] = [];
  let spent = 0;
  for (const field of fields) {
    if (!field) continue;
    const cut = field.length > FIELD_BUDGET ? trimLineEnds(field.slice(0, FIELD_BUDGET)) : field;
    if (spent + cut.length > TOP_HEADER_BUDGET) break;
    kept.push(cut);
    spent += cut.length + 2;
  }
  return Uint8Array.from(kept.join("\r\n") + "\r\n", (c) => c.charCodeAt(0));
}

async function parseTopHeaders(bytes: Uint8Array, why: string): Promise<PostalEmail> {
  const head = topHeaderBlock(bytes);
  const message = new Uint8Array(head.length + 2);
  message.set(head);
  message.set([0x0d, 0x0a], head.length);
  try {
    return await PostalMime.parse(message, POSTAL_OPTIONS);
  } catch (e) {
    throw new NotAMailError(
      `the MIME structure could not be read (${why}; ${e instanceof Error ? e.message : String(e)})`
    );
  }
}

/** Parses an RFC 5322 message. Throws NotAMailError when the bytes are not a mail. */
export async function parseEml(
  file: Uint8Array,
  options: ParseEmlOptions = {}
): Promise<MessageSnapshot> {
  const repair = repairTopHeader(file);
  const bytes = repair.bytes;
  const sniff = sniffMail(bytes);
  if (!sniff.ok) throw new NotAMailError(sniff.reason);
  if (sniff.cutAtLine !== undefined && options.acceptCutHeader === false)
    throw new NotAMailError(`line ${sniff.cutAtLine} is not a mail header`);
  let email: PostalEmail | FastMail | undefined = readMimeFast(bytes);
  const notes: string[] = repairNotes(repair);
  if (sniff.cutAtLine !== undefined)
    notes.push(`${HEADER_CUT_NOTE} ${sniff.cutAtLine + repair.leadingBlankLines}`);
  if (!email && bytes.length > MAX_GENERAL_PARSE_BYTES) {
    // The general parser holds about 16 times such a mail (100 MB took 1.6 GB): past this size
    // only the headers are read, and the report says the body and attachments were not.
    const why = `${Math.round(bytes.length / 1024 / 1024)} MB with a structure only the general parser reads`;
    email = await parseTopHeaders(bytes, why);
    notes.push(`${HEADERS_ONLY_NOTE} ${why}`);
  }
  if (!email) {
    try {
      email = await PostalMime.parse(bytes, POSTAL_OPTIONS);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      if (!isParserLimit(e, why))
        throw new NotAMailError(`the MIME structure could not be read (${why})`);
      // Too deep or too many header bytes: still a mail, so its headers are checked rather than lost.
      email = await parseTopHeaders(bytes, why);
      notes.push(`${HEADERS_ONLY_NOTE} ${why}`);
    }
  }
  const keep = options.keepAttachmentContent ?? true;
  const headers: HeaderField[] = email.headers.map((h) => ({
    name: h.originalKey || h.key,
    value: h.value,
  }));
  const from = mailboxes(email.from)[0];
  const attachments: AttachmentInfo[] = email.attachments.map((a) => {
    const content = toBytes(a.content);
    const info: AttachmentInfo = {
      name: a.filename ?? "",
      size: content.length,
      contentType: a.mimeType,
      isInline: a.disposition === "inline" || a.related === true,
      kind: a.mimeType === "message/rfc822" ? "item" : "file",
    };
    if (keep) info.content = content;
    return info;
  });
  const snapshot: MessageSnapshot = {
    source: "mime",
    kind: guessKind(headers, from, email.subject),
    // A tab left by folding (a continuation line indented with one) reads as one space.
    subject: (email.subject ?? "").replace(/ ?\t+ ?/g, " "),
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    attachments,
    headers,
    sizeBytes: file.length,
    raw: bytes,
  };
  if (email.text !== undefined) snapshot.bodyText = email.text;
  if (email.html !== undefined) snapshot.bodyHtml = email.html;
  if (from) snapshot.from = from;
  const sender = mailboxes(email.sender)[0];
  if (sender) snapshot.sender = sender;
  if (email.replyTo) snapshot.replyTo = mailboxes(email.replyTo);
  if (email.messageId) snapshot.messageId = email.messageId;
  if (email.date) snapshot.date = email.date;
  if (notes.length > 0) snapshot.notes = notes;
  return snapshot;
}

/**
 * The original a bounce returned (its raw bytes), parsed as the mail that was sent; undefined
 * when there is none or it cannot be read: the bounce still stands without it.
 */
export async function parseReturnedOriginal(
  raw: Uint8Array | undefined
): Promise<MessageSnapshot | undefined> {
  if (!raw || raw.length === 0) return undefined;
  try {
    const original = await parseEml(raw, { acceptCutHeader: false });
    original.kind = "sent";
    original.returnedCopy = true;
    return original;
  } catch {
    return undefined;
  }
}
