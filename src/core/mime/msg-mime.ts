/**
 * Small writers for what a .msg holds in MAPI properties but the rest of Todoku reads as MIME:
 * an attached mail (an embedded item) becomes an RFC 5322 message, so the bounce reader can read
 * a returned original and the engine can run the outgoing checks on it; the per-recipient report
 * properties of an NDR become RFC 3464 delivery-status fields.
 * Only for parseMsg; nothing here reads input.
 */

const B64 = new TextEncoder().encode(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
);
const PAD = 61; // "="
const LINE = 76;

/**
 * Base64 as ASCII bytes in 76-character lines, each ending CRLF. Written into one buffer: an
 * attached mail may carry tens of megabytes, and building strings piece by piece took seconds
 * (the core has no Buffer or btoa in every runtime).
 */
export function encodeBase64Lines(bytes: Uint8Array): Uint8Array {
  const chars = Math.ceil(bytes.length / 3) * 4;
  const out = new Uint8Array(chars + Math.ceil(chars / LINE) * 2);
  let o = 0;
  let col = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n =
      ((bytes[i] as number) << 16) |
      (rest > 1 ? (bytes[i + 1] as number) << 8 : 0) |
      (rest > 2 ? (bytes[i + 2] as number) : 0);
    out[o++] = B64[(n >> 18) & 63] as number;
    out[o++] = B64[(n >> 12) & 63] as number;
    out[o++] = rest > 1 ? (B64[(n >> 6) & 63] as number) : PAD;
    out[o++] = rest > 2 ? (B64[n & 63] as number) : PAD;
    col += 4;
    if (col === LINE || i + 3 >= bytes.length) {
      out[o++] = 13;
      out[o++] = 10;
      col = 0;
    }
  }
  return out.subarray(0, o);
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function ascii(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}

/** A header value safe for a 7-bit header block: non-ASCII as one RFC 2047 encoded word. */
export function headerText(value: string): string {
  const flat = value.replace(/[\r\n]+/g, " ");
  if (/^[\x20-\x7e]*$/.test(flat)) return flat;
  return `=?UTF-8?B?${ascii(encodeBase64Lines(utf8(flat))).replace(/\r\n/g, "")}?=`;
}

export interface MimeAddress {
  name?: string | undefined;
  address: string;
}

/** A display name as a phrase: an encoded word when not ASCII, else a quoted string (commas!). */
function displayName(name: string): string {
  const plain = name.replace(/["\\\r\n]/g, "");
  const encoded = headerText(plain);
  return encoded === plain ? `"${plain}"` : encoded;
}

function addressList(list: readonly MimeAddress[]): string {
  return list.map((a) => (a.name ? `${displayName(a.name)} <${a.address}>` : a.address)).join(", ");
}

export interface MimeAttachment {
  name: string;
  contentType: string;
  content: Uint8Array;
}

export interface MimeMessage {
  /** Header fields to write first (an embedded item's own transport headers, when it has them). */
  headers?: readonly { name: string; value: string }[] | undefined;
  from?: MimeAddress | undefined;
  to: readonly MimeAddress[];
  cc: readonly MimeAddress[];
  subject: string;
  date?: string | undefined;
  messageId?: string | undefined;
  text?: string | undefined;
  html?: string | undefined;
  attachments: readonly MimeAttachment[];
}

function has(headers: readonly { name: string }[], name: string): boolean {
  return headers.some((h) => h.name.toLowerCase() === name);
}

/** Fields that describe the MIME body of the original: replaced by the ones written here. */
const BODY_FIELDS = new Set(["content-type", "content-transfer-encoding", "mime-version"]);

/** An RFC 5322 message from an item's properties. */
export function writeMime(m: MimeMessage): Uint8Array {
  const given = (m.headers ?? []).filter((h) => !BODY_FIELDS.has(h.name.toLowerCase()));
  const lines = given.map((h) => `${h.name}: ${headerText(h.value)}`);
  const add = (name: string, value: string | undefined) => {
    if (value && !has(given, name.toLowerCase())) lines.push(`${name}: ${value}`);
  };
  if (m.from) add("From", addressList([m.from]));
  if (m.to.length > 0) add("To", addressList(m.to));
  if (m.cc.length > 0) add("Cc", addressList(m.cc));
  add("Subject", headerText(m.subject));
  if (m.date) add("Date", new Date(m.date).toUTCString().replace("GMT", "+0000"));
  add("Message-ID", m.messageId);
  lines.push("MIME-Version: 1.0");

  const parts: { head: string; body: Uint8Array }[] = [];
  if (m.text !== undefined || m.html === undefined)
    parts.push(textPart("text/plain", m.text ?? ""));
  else parts.push(textPart("text/html", m.html));
  for (const a of m.attachments) {
    const name = headerText(a.name);
    parts.push({
      head:
        `Content-Type: ${a.contentType}; name="${name}"\r\n` +
        `Content-Disposition: attachment; filename="${name}"\r\n` +
        "Content-Transfer-Encoding: base64",
      body: encodeBase64Lines(a.content),
    });
  }
  const chunks: Uint8Array[] = [];
  if (parts.length === 1) {
    const only = parts[0] as { head: string; body: Uint8Array };
    chunks.push(utf8(`${lines.join("\r\n")}\r\n${only.head}\r\n\r\n`), only.body);
  } else {
    const boundary = `----=_todoku_msg_${parts.length}_${m.subject.length}`;
    chunks.push(
      utf8(`${lines.join("\r\n")}\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n`)
    );
    for (const p of parts) chunks.push(utf8(`--${boundary}\r\n${p.head}\r\n\r\n`), p.body);
    chunks.push(utf8(`--${boundary}--\r\n`));
  }
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function textPart(type: string, text: string): { head: string; body: Uint8Array } {
  return {
    head: `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: base64`,
    body: encodeBase64Lines(utf8(text)),
  };
}

export interface ReportRecipient {
  address: string;
  action: "failed" | "delayed" | "delivered";
  /** Exchange's one-line summary, e.g. "<mx.example.jp #5.1.1 smtp;550 5.1.1 User unknown>". */
  supplementaryInfo?: string | undefined;
  /** PR_REPORT_TEXT of the recipient row, when there is one. */
  reportText?: string | undefined;
}

/**
 * The enhanced status of an Exchange recipient row, from its summary text ("#5.1.10"). The
 * numeric PR_NDR_STATUS_CODE is not used: whether it holds a reply code or a status is not clear.
 */
function statusOf(r: ReportRecipient): string {
  const text = `${r.supplementaryInfo ?? ""} ${r.reportText ?? ""}`;
  const enhanced = /(?:^|[\s#;(])([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
  if (enhanced) return enhanced;
  return r.action === "delivered" ? "2.0.0" : r.action === "delayed" ? "4.0.0" : "5.0.0";
}

/** RFC 3464 fields for the recipients an Exchange report lists in its recipient table. */
export function writeDeliveryStatus(recipients: readonly ReportRecipient[]): string {
  const blocks = ["Reporting-MTA: x-msg; recipient table of the Outlook item"];
  for (const r of recipients) {
    const words = [r.supplementaryInfo, r.reportText]
      .filter((w): w is string => !!w && w.trim() !== "")
      .map((w) => w.replace(/\s+/g, " ").trim())
      .join(" ");
    const lines = [
      `Final-Recipient: rfc822; ${r.address}`,
      `Action: ${r.action}`,
      `Status: ${statusOf(r)}`,
    ];
    if (words) lines.push(`Diagnostic-Code: smtp; ${words}`);
    blocks.push(lines.join("\r\n"));
  }
  return blocks.join("\r\n\r\n") + "\r\n";
}
