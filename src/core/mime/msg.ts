/**
 * Outlook item adapter: a .msg file ([MS-OXMSG], a Compound File of MAPI properties) →
 * MessageSnapshot, filling what parseEml fills for an .eml. Reading the file is
 * @kenjiuno/msgreader's job (pure JavaScript, Node and browser); this module first checks the
 * Compound File structure (cfb-guard.ts: msgreader itself can loop forever on a crafted file),
 * then maps the MAPI properties onto our shape.
 *
 * Imported by the CLI only, so msgreader stays out of the task pane's bundle.
 */
import MsgReader from "@kenjiuno/msgreader";
import type { FieldsData } from "@kenjiuno/msgreader";
import { decodeCharset, decodeWords, parseHeaderLines } from "../bounce/mime";
import type {
  AttachmentInfo,
  HeaderField,
  MailAddress,
  MessageKind,
  MessageSnapshot,
} from "../model/snapshot";
import { checkCfb, hasCfbSignature } from "./cfb-guard";
import { guessKind, NotAMailError, parseEml } from "./eml";
import { writeDeliveryStatus, writeMime, type ReportRecipient } from "./msg-mime";

/** Larger than any mail Exchange Online accepts (150 MB), as for .eml files in the CLI. */
export const MAX_MSG_FILE_BYTES = 256 * 1024 * 1024;
/** Attached mails inside attached mails are written out this deep, like postal-mime's limit. */
const MAX_ITEM_DEPTH = 3;
const MAX_ATTACHMENTS = 1000;
/** Files written into one attached mail, in bytes: a returned original needs its headers most. */
const MAX_ITEM_FILE_BYTES = 64 * 1024 * 1024;

// The notes a .msg leaves on its snapshot live in msg-notes.ts, so checks can read them
// without loading the .msg reader.
import {
  EXCHANGE_ONLY_NOTE,
  FILE_BYTES_NOTE,
  REPORT_TABLE_NOTE,
  RTF_NOTE,
  RTF_ONLY_NOTE,
  SMIME_NOTE,
} from "./msg-notes";

/** PR_MESSAGE_FLAGS: MSGFLAG_UNSENT marks a draft. */
const MSGFLAG_UNSENT = 0x08;
/** PR_ATTACH_METHOD: ATTACH_BY_WEB_REFERENCE is a cloud link, not a file. */
const ATTACH_BY_WEB_REFERENCE = 7;

/** Message classes that are not mails; anything else (IPM.Note, REPORT.*, IPM.Schedule.*) is read. */
const NOT_MAIL_CLASS =
  /^IPM\.(Contact|DistList|Appointment|Task|StickyNote|Activity|Document|Sharing)\b/i;

/**
 * Reads a body kept only as compressed RTF (PR_RTF_COMPRESSED): the HTML it encapsulates, or its
 * text. Given by a shell: the RTF reader the CLI uses needs Node streams, which the core avoids.
 */
export type RtfBody = (
  compressedRtf: Uint8Array
) => { html?: string | undefined; text?: string | undefined } | undefined;

export interface ParseMsgOptions {
  /** Keep attachment bytes (for archive inspection). Default true. */
  keepAttachmentContent?: boolean;
  /** Reads an RTF-only body; without it such a body is left unread (and noted). */
  rtfBody?: RtfBody | undefined;
}

type RawValue = string | number | boolean | Uint8Array | undefined;

/** A property msgreader has no name for, by its 4-hex-digit id (any type). */
function rawProp(fields: FieldsData, id: string): RawValue {
  for (const p of fields.rawProps ?? []) if (p.propertyTag?.startsWith(id)) return p.value;
  return undefined;
}

function rawText(fields: FieldsData, id: string): string | undefined {
  const v = rawProp(fields, id);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

function rawNumber(fields: FieldsData, id: string): number | undefined {
  const v = rawProp(fields, id);
  return typeof v === "number" ? v : undefined;
}

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function looksLikeSmtp(s: string | undefined): s is string {
  return !!s && /^[^\s@/]+@[^\s@]+$/.test(s.trim());
}

/** One mailbox written "Name <a@b>" or "a@b" (string work, no backtracking regex). */
function mailbox(text: string): MailAddress | undefined {
  const open = text.indexOf("<");
  const close = open >= 0 ? text.indexOf(">", open) : -1;
  if (close > open + 1) {
    const addr = text.slice(open + 1, close).trim();
    const name = text.slice(0, open).trim().replace(/^"|"$/g, "").trim();
    if (looksLikeSmtp(addr)) return name ? { name, address: addr } : { address: addr };
  }
  const bare = text.split(/[\s<>,;"]+/).find((t) => looksLikeSmtp(t));
  return bare ? { address: bare } : undefined;
}

/** The mailboxes of an address header, split at commas outside quotes. */
function mailboxes(value: string): MailAddress[] {
  const out: MailAddress[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '"') quoted = !quoted;
    else if (i === value.length || (c === "," && !quoted)) {
      const m = mailbox(value.slice(start, i));
      if (m) out.push(m);
      start = i + 1;
    }
  }
  return out;
}

/** The first address in a header value. */
function headerAddress(value: string | undefined): MailAddress | undefined {
  return value ? mailboxes(value)[0] : undefined;
}

function address(name: string | undefined, addr: string): MailAddress {
  return name && name !== addr ? { name, address: addr } : { address: addr };
}

/** The mailbox the mail is from: sent-representing first (on behalf of), SMTP over Exchange DNs. */
function fromOf(fields: FieldsData, headers: HeaderField[]): MailAddress | undefined {
  const fromHeader = headerAddress(headers.find((h) => h.name.toLowerCase() === "from")?.value);
  const name = rawText(fields, "0042") ?? fields.senderName ?? fromHeader?.name;
  const smtp = [
    fields.sentRepresentingSmtpAddress,
    rawText(fields, "0065"),
    fields.senderSmtpAddress,
    fields.senderEmail,
    fields.creatorSMTPAddress,
    fields.lastModifierSMTPAddress,
  ].find(looksLikeSmtp);
  const addr = smtp ?? fromHeader?.address ?? fields.senderEmail;
  if (!addr && !name) return undefined;
  return address(name, (addr ?? "").trim());
}

function senderOf(fields: FieldsData, from: MailAddress | undefined): MailAddress | undefined {
  const smtp = [fields.senderSmtpAddress, fields.senderEmail].find(looksLikeSmtp);
  if (!smtp || !from || smtp.toLowerCase() === from.address.toLowerCase()) return undefined;
  return address(fields.senderName, smtp.trim());
}

/** Display name → SMTP address, from the To, Cc and Bcc transport headers. */
function headerDirectory(headers: HeaderField[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of headers) {
    if (!/^(to|cc|bcc)$/i.test(h.name)) continue;
    for (const m of mailboxes(decodeWords(h.value)))
      if (m.name) out.set(m.name.toLowerCase(), m.address);
  }
  return out;
}

/**
 * A recipient's SMTP address: its own, else the one its display name has in the transport
 * headers. Null for a recipient known only by an Exchange address ("/O=…/CN=…"): no check can
 * judge one, and passing it on would read as a malformed address.
 */
function recipientAddress(r: FieldsData, directory: Map<string, string>): MailAddress | null {
  const smtp =
    [r.smtpAddress, r.email].find(looksLikeSmtp) ??
    (r.name ? directory.get(r.name.trim().toLowerCase()) : undefined);
  return smtp ? address(r.name, smtp.trim()) : null;
}

/** The report's words about one recipient, when its row carries them (Exchange's do). */
function reportWords(r: FieldsData): { supplementaryInfo?: string; reportText?: string } {
  const out: { supplementaryInfo?: string; reportText?: string } = {};
  const supplementaryInfo = rawText(r, "0c1b");
  const reportText = rawText(r, "1001");
  if (supplementaryInfo) out.supplementaryInfo = supplementaryInfo;
  if (reportText) out.reportText = reportText;
  return out;
}

/** What a REPORT.* class says happened, or null for reports that are not about delivery. */
function reportAction(messageClass: string): ReportRecipient["action"] | null {
  if (/^REPORT\..*\.NDR$/i.test(messageClass)) return "failed";
  if (/^REPORT\..*\.DR$/i.test(messageClass)) return "delivered";
  if (/^REPORT\..*\.Delayed$/i.test(messageClass)) return "delayed";
  return null;
}

const CODEPAGE_LABELS: Record<number, string> = {
  65001: "utf-8",
  20127: "us-ascii",
  1252: "windows-1252",
  28591: "iso-8859-1",
  932: "shift_jis",
  50220: "iso-2022-jp",
  50221: "iso-2022-jp",
  50222: "iso-2022-jp",
  51932: "euc-jp",
  936: "gbk",
  950: "big5",
  949: "euc-kr",
  1251: "windows-1251",
};

/** PR_HTML is bytes in the item's internet code page. */
function htmlOf(fields: FieldsData): string | undefined {
  if (typeof fields.bodyHtml === "string" && fields.bodyHtml !== "") return fields.bodyHtml;
  if (fields.html instanceof Uint8Array && fields.html.length > 0) {
    const label = CODEPAGE_LABELS[fields.internetCodepage ?? 65001] ?? "utf-8";
    return decodeCharset(fields.html, label);
  }
  return undefined;
}

interface ItemParts {
  headers: HeaderField[];
  from: MailAddress | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  reportRows: ReportRecipient[];
  /** Recipients known only by an Exchange address, left out of to/cc/bcc. */
  exchangeOnly: string[];
}

function itemParts(fields: FieldsData): ItemParts {
  const headers = fields.headers ? parseHeaderLines(fields.headers) : [];
  const action = reportAction(fields.messageClass ?? "");
  const parts: ItemParts = {
    headers,
    from: fromOf(fields, headers),
    to: [],
    cc: [],
    bcc: [],
    reportRows: [],
    exchangeOnly: [],
  };
  const directory = headerDirectory(headers);
  if (action) {
    // A report's recipient table lists the recipients it reports on; its addressee is the
    // mailbox that received it (or the To header).
    const receivedBy = [rawText(fields, "5d07"), rawText(fields, "0076")].find(looksLikeSmtp);
    const addressee = receivedBy
      ? address(rawText(fields, "0040"), receivedBy)
      : headerAddress(headers.find((h) => h.name.toLowerCase() === "to")?.value);
    if (addressee) parts.to.push(addressee);
    const self = addressee?.address.toLowerCase();
    for (const r of fields.recipients ?? []) {
      const a = recipientAddress(r, directory);
      if (a && a.address.toLowerCase() !== self)
        parts.reportRows.push({ address: a.address, action, ...reportWords(r) });
    }
    return parts;
  }
  for (const r of fields.recipients ?? []) {
    const a = recipientAddress(r, directory);
    if (!a) parts.exchangeOnly.push(r.name ?? r.email ?? "");
    else (r.recipType === "cc" ? parts.cc : r.recipType === "bcc" ? parts.bcc : parts.to).push(a);
  }
  return parts;
}

function dateOf(fields: FieldsData, headers: HeaderField[]): string | undefined {
  return (
    isoDate(headers.find((h) => h.name.toLowerCase() === "date")?.value) ??
    isoDate(fields.clientSubmitTime) ??
    isoDate(fields.messageDeliveryTime) ??
    isoDate(fields.lastModificationTime)
  );
}

function kindOf(fields: FieldsData, parts: ItemParts): MessageKind {
  const cls = fields.messageClass ?? "";
  if (reportAction(cls)) return "bounce";
  if (((fields.messageFlags ?? 0) & MSGFLAG_UNSENT) !== 0) return "draft";
  const guess = guessKind(parts.headers, parts.from, fields.subject);
  if (guess !== "sent") return guess;
  // A mail received inside one Exchange organisation may carry no transport headers at all.
  return rawText(fields, "5d07") || rawText(fields, "0040") ? "received" : "sent";
}

class ItemReader {
  constructor(private readonly reader: MsgReader) {}

  attachments(fields: FieldsData, depth: number): AttachmentInfo[] {
    const out: AttachmentInfo[] = [];
    const html = htmlOf(fields) ?? "";
    for (const a of (fields.attachments ?? []).slice(0, MAX_ATTACHMENTS)) {
      out.push(a.innerMsgContent ? this.item(a, depth) : this.file(a, html));
    }
    return out;
  }

  private item(a: FieldsData, depth: number): AttachmentInfo {
    const inner = a.innerMsgContentFields;
    const name = a.name ?? inner?.subject ?? "";
    const info: AttachmentInfo = {
      name: /\.msg$/i.test(name) ? name : `${name}.msg`,
      size: 0,
      contentType: "message/rfc822",
      isInline: false,
      kind: "item",
    };
    if (!inner) {
      info.contentError = "the attached mail holds no data";
      return info;
    }
    if (depth >= MAX_ITEM_DEPTH) {
      info.contentError = "the attached mail is nested too deeply to read";
      return info;
    }
    const content = this.mime(inner, depth + 1);
    info.size = content.length;
    info.content = content;
    return info;
  }

  private file(a: FieldsData, html: string): AttachmentInfo {
    const name = a.fileName ?? a.fileNameShort ?? a.name ?? "";
    const info: AttachmentInfo = {
      name,
      size: a.contentLength ?? 0,
      contentType: a.attachMimeTag ?? "application/octet-stream",
      isInline:
        a.attachmentHidden === true || (!!a.pidContentId && html.includes(`cid:${a.pidContentId}`)),
      kind: rawNumber(a, "3705") === ATTACH_BY_WEB_REFERENCE ? "cloud" : "file",
    };
    if (info.kind === "cloud") return info;
    if (a.dataId === undefined) {
      info.contentError = "the attachment holds no data";
      return info;
    }
    try {
      const content = this.reader.getAttachment(a).content;
      info.size = content.length;
      info.content = content;
    } catch (e) {
      info.contentError = `the attachment could not be read (${e instanceof Error ? e.message : String(e)})`;
    }
    return info;
  }

  /** An attached mail as RFC 5322, with its own attachments (bytes always kept: it is one blob). */
  private mime(inner: FieldsData, depth: number): Uint8Array {
    const parts = itemParts(inner);
    let budget = MAX_ITEM_FILE_BYTES;
    const nested = this.attachments(inner, depth).filter((n) => {
      budget -= n.content?.length ?? 0;
      return budget >= 0;
    });
    return writeMime({
      headers: parts.headers,
      from: parts.from,
      to: parts.to,
      cc: parts.cc,
      subject: inner.subject ?? "",
      date: dateOf(inner, parts.headers),
      messageId: inner.messageId,
      text: inner.body,
      html: inner.body === undefined ? htmlOf(inner) : undefined,
      attachments: nested
        .filter((n) => n.content)
        .map((n) => ({
          name: n.name,
          contentType: n.contentType ?? "application/octet-stream",
          content: n.content as Uint8Array,
        })),
    });
  }
}

/** ANSI (PT_STRING8) text is in the item's code page; msgreader needs to be told which. */
function ansiEncodingOf(fields: FieldsData): string | undefined {
  const hasAnsi = (fields.rawProps ?? []).some((p) => p.propertyTag?.endsWith("001e"));
  const cp = fields.messageCodepage ?? fields.internetCodepage;
  if (!hasAnsi || cp === undefined || cp === 1252 || cp === 20127 || cp === 65001) return undefined;
  return CODEPAGE_LABELS[cp] ? String(cp) : undefined;
}

function readFields(
  bytes: Uint8Array,
  ansiEncoding?: string
): { reader: MsgReader; fields: FieldsData } {
  const reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  reader.parserConfig = ansiEncoding
    ? { includeRawProps: true, ansiEncoding }
    : { includeRawProps: true };
  return { reader, fields: withDocumentedTypes(reader.getFileData()) };
}

/**
 * msgreader hands each property over as the file declares it, so a crafted item can carry its
 * subject as binary or its body as an integer. Each field read here is kept only with the type
 * msgreader documents for it, through recipients, attachments and attached items.
 */
const TEXT_FIELDS = [
  "subject",
  "body",
  "bodyHtml",
  "headers",
  "messageClass",
  "messageId",
  "senderEmail",
  "senderName",
  "senderSmtpAddress",
  "sentRepresentingSmtpAddress",
  "lastModifierSMTPAddress",
  "creatorSMTPAddress",
  "clientSubmitTime",
  "messageDeliveryTime",
  "lastModificationTime",
  "name",
  "email",
  "smtpAddress",
  "recipType",
  "fileName",
  "fileNameShort",
  "extension",
  "pidContentId",
  "attachMimeTag",
  "error",
] as const;
const NUMBER_FIELDS = [
  "internetCodepage",
  "messageCodepage",
  "messageFlags",
  "contentLength",
  "dataId",
] as const;
const BYTES_FIELDS = ["compressedRtf", "html"] as const;
const MAX_FIELD_DEPTH = 8;

function withDocumentedTypes(fields: FieldsData, depth = 0): FieldsData {
  const out: Record<string, unknown> = { ...fields };
  for (const k of TEXT_FIELDS) if (k in out && typeof out[k] !== "string") delete out[k];
  for (const k of NUMBER_FIELDS) if (k in out && typeof out[k] !== "number") delete out[k];
  for (const k of BYTES_FIELDS) if (k in out && !(out[k] instanceof Uint8Array)) delete out[k];
  const records = (list: unknown): FieldsData[] | undefined =>
    Array.isArray(list)
      ? list
          .filter((x): x is FieldsData => typeof x === "object" && x !== null)
          .map((x) => withDocumentedTypes(x, depth + 1))
      : undefined;
  if ("recipients" in out) out.recipients = records(out.recipients) ?? [];
  if ("attachments" in out) out.attachments = records(out.attachments) ?? [];
  const inner = out.innerMsgContentFields;
  if (inner !== undefined)
    out.innerMsgContentFields =
      typeof inner === "object" && inner !== null && depth < MAX_FIELD_DEPTH
        ? withDocumentedTypes(inner as FieldsData, depth + 1)
        : undefined;
  return out as unknown as FieldsData;
}

function damaged(reason: string): NotAMailError {
  return new NotAMailError(`the Outlook item (.msg) file is damaged (${reason})`);
}

/** Parses an Outlook item (.msg). Throws NotAMailError when the bytes are not a readable mail item. */
export async function parseMsg(
  bytes: Uint8Array,
  options: ParseMsgOptions = {}
): Promise<MessageSnapshot> {
  if (!hasCfbSignature(bytes))
    throw new NotAMailError(
      "the file is not an Outlook item (.msg): the Compound File signature is missing"
    );
  if (bytes.length > MAX_MSG_FILE_BYTES)
    throw new NotAMailError(
      `the file is too large to be a mail (${Math.round(bytes.length / 1024 / 1024)} MB)`
    );
  const check = checkCfb(bytes);
  if (!check.ok) throw damaged(check.reason);

  let reader: MsgReader;
  let fields: FieldsData;
  try {
    ({ reader, fields } = readFields(bytes));
    const ansi = ansiEncodingOf(fields);
    if (ansi) ({ reader, fields } = readFields(bytes, ansi));
  } catch (e) {
    throw damaged(e instanceof Error ? e.message : String(e));
  }
  if (fields.error) throw damaged(fields.error);
  const cls = fields.messageClass ?? "";
  if (NOT_MAIL_CLASS.test(cls))
    throw new NotAMailError(`this Outlook item is not a mail (its class is ${cls})`);
  if (!cls && fields.subject === undefined && fields.body === undefined && !fields.senderEmail)
    throw new NotAMailError(
      "the file is a Compound File but not an Outlook item (perhaps an old Office document)"
    );

  let snapshot: MessageSnapshot;
  try {
    snapshot = snapshotOf(bytes, reader, fields);
  } catch (e) {
    throw damaged(e instanceof Error ? e.message : String(e));
  }
  if (snapshot.bodyHtml === undefined && fields.compressedRtf && options.rtfBody)
    readRtfBody(snapshot, fields.compressedRtf, options.rtfBody);
  await openSignedBody(snapshot, cls);
  if (!(options.keepAttachmentContent ?? true))
    for (const a of snapshot.attachments)
      if (a.kind === "file" && a.contentType !== "message/delivery-status") delete a.content;
  return snapshot;
}

/** The HTML an RTF body encapsulates (or its text, when there is no other); failures are noted. */
function readRtfBody(snapshot: MessageSnapshot, rtf: Uint8Array, read: RtfBody): void {
  let body: ReturnType<RtfBody>;
  try {
    body = read(rtf);
  } catch (e) {
    snapshot.notes?.push(
      `${RTF_NOTE} the RTF body could not be read (${e instanceof Error ? e.message : String(e)})`
    );
    return;
  }
  if (!body) {
    snapshot.notes?.push(`${RTF_NOTE} the RTF body is damaged or too large and was not read`);
    return;
  }
  let used: string | undefined;
  if (body.html !== undefined) {
    snapshot.bodyHtml = body.html;
    used = "HTML";
  } else if (body.text !== undefined && snapshot.bodyText === undefined) {
    snapshot.bodyText = body.text;
    used = "text";
  }
  if (!used) return;
  snapshot.notes = (snapshot.notes ?? []).filter((n) => !n.startsWith(RTF_ONLY_NOTE));
  snapshot.notes.push(`${RTF_NOTE} ${used} read from the RTF body`);
}

/**
 * A clear-signed S/MIME mail (IPM.Note.SMIME.MultipartSigned) keeps its whole MIME body, files
 * included, in one attachment ("smime.p7m", multipart/signed): read the body and files from it,
 * so the attachment checks see the real files. An encrypted one (IPM.Note.SMIME) cannot be read.
 */
async function openSignedBody(snapshot: MessageSnapshot, cls: string): Promise<void> {
  if (/^IPM\.Note\.SMIME$/i.test(cls)) {
    snapshot.notes?.push(`${SMIME_NOTE} encrypted; its body and files could not be read`);
    return;
  }
  if (!/\.SMIME\.MultipartSigned$/i.test(cls)) return;
  const wrapper = snapshot.attachments.find(
    (a) => a.content && /multipart\/signed/i.test(a.contentType ?? "")
  );
  if (!wrapper?.content) return;
  try {
    const signed = await parseEml(wrapper.content);
    snapshot.attachments = [
      ...snapshot.attachments.filter((a) => a !== wrapper),
      ...signed.attachments,
    ];
    if (snapshot.bodyText === undefined && signed.bodyText !== undefined)
      snapshot.bodyText = signed.bodyText;
    if (snapshot.bodyHtml === undefined && signed.bodyHtml !== undefined)
      snapshot.bodyHtml = signed.bodyHtml;
    snapshot.notes?.push(`${SMIME_NOTE} signed; body and files read from its MIME body`);
  } catch {
    snapshot.notes?.push(`${SMIME_NOTE} signed, but its MIME body could not be read`);
  }
}

/** The snapshot with every attachment's bytes (parseMsg drops them afterwards when asked to). */
function snapshotOf(bytes: Uint8Array, reader: MsgReader, fields: FieldsData): MessageSnapshot {
  const parts = itemParts(fields);
  const attachments = new ItemReader(reader).attachments(fields, 0);
  const notes: string[] = [];
  if (parts.reportRows.length > 0) {
    // The report's per-recipient words live in MAPI properties, not in a MIME part: write them as
    // the delivery-status part the bounce reader reads from Outlook items.
    const content = new TextEncoder().encode(writeDeliveryStatus(parts.reportRows));
    attachments.push({
      name: "delivery-status.dsn",
      size: content.length,
      contentType: "message/delivery-status",
      isInline: true,
      kind: "file",
      content,
    });
    notes.push(
      `${REPORT_TABLE_NOTE} delivery status of ${parts.reportRows.length} recipient(s) read from the report's recipient table`
    );
  }
  const snapshot: MessageSnapshot = {
    source: "mime",
    kind: kindOf(fields, parts),
    subject: fields.subject ?? "",
    to: parts.to,
    cc: parts.cc,
    bcc: parts.bcc,
    attachments,
  };
  // No sizeBytes: a .msg keeps attachments unencoded and adds its own padding and UTF-16 copies,
  // so its length is not the size on the wire (a 30 MB file attached makes a ~32 MB .msg but a
  // ~41 MB mail). Left out, the size check estimates the MIME size from the parts instead.
  notes.push(`${FILE_BYTES_NOTE} ${bytes.length}`);
  if (parts.exchangeOnly.length > 0)
    notes.push(
      `${EXCHANGE_ONLY_NOTE} ${parts.exchangeOnly.length} recipient(s) with only an Exchange address, not checked: ${parts.exchangeOnly.slice(0, 20).join(", ")}`
    );
  if (parts.headers.length > 0) snapshot.headers = parts.headers;
  if (fields.body !== undefined) snapshot.bodyText = fields.body;
  const html = htmlOf(fields);
  if (html !== undefined) snapshot.bodyHtml = html;
  if (fields.body === undefined && html === undefined && fields.compressedRtf)
    notes.push(`${RTF_ONLY_NOTE} the body is stored only as RTF and was not read`);
  if (parts.from) snapshot.from = parts.from;
  const sender = senderOf(fields, parts.from);
  if (sender) snapshot.sender = sender;
  const messageId =
    fields.messageId ?? parts.headers.find((h) => h.name.toLowerCase() === "message-id")?.value;
  if (messageId) snapshot.messageId = messageId.trim();
  const date = dateOf(fields, parts.headers);
  if (date) snapshot.date = date;
  notes.push(`msg.class: ${fields.messageClass ?? "(none)"}`);
  snapshot.notes = notes;
  return snapshot;
}
