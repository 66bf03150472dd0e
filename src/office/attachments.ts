/**
 * Attachments of the open item: their metadata (compose: getAttachmentsAsync, Mailbox 1.8;
 * read: item.attachments) and, on request, their content (getAttachmentContentAsync, 1.8).
 * Content arrives as base64 for files, as .eml text for attached mails, as iCalendar text for
 * attached events and as a URL for cloud (link) attachments, which have no bytes to read.
 */
import { decodeBase64 } from "../core/mime/base64";
import type { AttachmentInfo } from "../core/model/snapshot";
import { describeError, officeCall } from "./async";
import { officeGlobal } from "./context";

const CONTENT_TIMEOUT_MS = 20000;

/** One attachment as Office lists it; the id is Office's, valid for the current item only. */
export interface OfficeAttachment {
  id: string;
  info: AttachmentInfo;
}

type Details = Partial<Office.AttachmentDetails & Office.AttachmentDetailsCompose> & {
  id?: string;
};

function kindOf(type: unknown): AttachmentInfo["kind"] {
  const t = String(type ?? "").toLowerCase();
  if (t === "item") return "item";
  if (t === "cloud") return "cloud";
  return "file";
}

export function toAttachment(d: Details): OfficeAttachment {
  const info: AttachmentInfo = {
    name: typeof d.name === "string" ? d.name : "",
    size: typeof d.size === "number" && Number.isFinite(d.size) && d.size >= 0 ? d.size : 0,
    kind: kindOf(d.attachmentType),
  };
  if (typeof d.contentType === "string" && d.contentType) info.contentType = d.contentType;
  if (typeof d.isInline === "boolean") info.isInline = d.isInline;
  return { id: typeof d.id === "string" ? d.id : "", info };
}

/** Lists the open item's attachments; compose mode needs Mailbox 1.8. */
export async function listAttachments(
  item: Office.MessageCompose | Office.MessageRead,
  compose: boolean
): Promise<OfficeAttachment[]> {
  if (compose) {
    const composeItem = item as Office.MessageCompose;
    if (typeof composeItem.getAttachmentsAsync !== "function")
      throw new Error("getAttachmentsAsync is not available (Mailbox 1.8)");
    const list = await officeCall<Details[]>("getAttachmentsAsync", (cb) =>
      composeItem.getAttachmentsAsync(cb as never)
    );
    return (list ?? []).map(toAttachment);
  }
  const list = (item as Office.MessageRead).attachments as Details[] | undefined;
  return (Array.isArray(list) ? list : []).map(toAttachment);
}

/** UTF-8 bytes of a string; TextEncoder where it exists (classic Outlook's event runtime may lack it). */
export function utf8Bytes(text: string): Uint8Array {
  if (typeof TextEncoder === "function") return new TextEncoder().encode(text);
  return encodeUtf8(text);
}

/** UTF-8 without TextEncoder; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

function formatName(format: unknown): string {
  return String(format ?? "").toLowerCase();
}

/** Reads one attachment's bytes, or says why not (cloud link, too large, Office error). */
export async function readAttachmentContent(
  item: Office.MessageCompose | Office.MessageRead,
  attachment: OfficeAttachment,
  maxBytes: number
): Promise<AttachmentInfo> {
  const info = { ...attachment.info };
  delete info.content;
  delete info.contentError;
  if (info.kind === "cloud") {
    info.contentError =
      "cloud attachment: a link to a file, not a file, so there are no bytes to read";
    return info;
  }
  if (info.size > maxBytes) {
    info.contentError = `larger than ${maxBytes} bytes: not read`;
    return info;
  }
  if (typeof item.getAttachmentContentAsync !== "function") {
    info.contentError = "getAttachmentContentAsync is not available (Mailbox 1.8)";
    return info;
  }
  try {
    const content = await officeCall<Office.AttachmentContent>(
      "getAttachmentContentAsync",
      (cb) => item.getAttachmentContentAsync(attachment.id, cb as never),
      CONTENT_TIMEOUT_MS
    );
    const enums = officeGlobal()?.MailboxEnums?.AttachmentContentFormat;
    const format = formatName(content?.format);
    const text = typeof content?.content === "string" ? content.content : "";
    if (format === formatName(enums?.Base64 ?? "base64")) {
      info.content = decodeBase64(text);
    } else if (
      format === formatName(enums?.Eml ?? "eml") ||
      format === formatName(enums?.ICalendar ?? "icalendar")
    ) {
      info.content = utf8Bytes(text); // attached mails and events come as text
    } else if (format === formatName(enums?.Url ?? "url")) {
      info.kind = "cloud";
      info.contentError =
        "cloud attachment: a link to a file, not a file, so there are no bytes to read";
    } else {
      info.contentError = `unknown content format "${String(content?.format)}"`;
    }
    if (info.content && info.content.length > maxBytes) {
      delete info.content;
      info.contentError = `larger than ${maxBytes} bytes: not read`;
    }
  } catch (e) {
    info.contentError = describeError(e);
  }
  return info;
}

/**
 * Pairs the snapshot's attachments with the item's current list. The snapshot carries no Office
 * ids (the core model is Office-free), so they are matched by name, size and kind, in order;
 * a snapshot attachment without a partner (the item changed) gets a contentError.
 */
export function matchAttachments(
  wanted: AttachmentInfo[],
  current: OfficeAttachment[]
): (OfficeAttachment | undefined)[] {
  const used = new Set<number>();
  return wanted.map((w) => {
    const index = current.findIndex(
      (c, i) =>
        !used.has(i) &&
        c.info.name === w.name &&
        c.info.size === w.size &&
        (c.info.kind ?? "file") === (w.kind ?? "file")
    );
    if (index < 0) return undefined;
    used.add(index);
    return current[index];
  });
}
