/**
 * An item opened in read mode → MessageSnapshot, told apart as bounce, sent, draft or received.
 * Headers come from getAllInternetHeadersAsync (Mailbox 1.8) and the raw MIME from getAsFileAsync
 * (1.14) where the client has them; each path taken or skipped is recorded in snapshot.notes.
 */
import { parseHeaderBlock } from "../core/headers/block";
import { decodeBase64 } from "../core/mime/base64";
import type { MessageKind, MessageSnapshot } from "../core/model/snapshot";
import { attempt, describeError, officeCall } from "./async";
import { listAttachments } from "./attachments";
import { classifyReadItem, type ReadItemFacts } from "./classify";
import { getBody, toAddress, toAddresses } from "./compose";
import { mailbox, supportsMailbox } from "./context";
import { sharedMailboxOf } from "./shared";

const HEADERS_TIMEOUT_MS = 10000;
const MIME_TIMEOUT_MS = 20000;
/**
 * The raw MIME costs time and memory in proportion to the attachments, and the pane waits for
 * it. It pays off for a bounce (the returned original is inside) and a sent copy (the headers
 * as sent); received mail already has its transport headers from getAllInternetHeadersAsync.
 */
const RAW_MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;

/** Why the raw MIME is not fetched for this item, or null to fetch it. */
function skipRawBecause(
  kind: MessageKind,
  haveHeaders: boolean,
  attachmentBytes: number,
  options: ReadOptions
): string | null {
  if (options.withoutRaw) return "not requested";
  if (options.withRaw) return null;
  if (kind === "received" && haveHeaders)
    return "received mail: its transport headers were read instead";
  if (kind !== "bounce" && attachmentBytes > RAW_MAX_ATTACHMENT_BYTES)
    return `the attachments add up to ${attachmentBytes} bytes, too much to load the whole message`;
  return null;
}

export interface ReadOptions {
  /** Skip getAsFileAsync (e.g. when the caller does not need the raw MIME). */
  withoutRaw?: boolean | undefined;
  /** Fetch the raw MIME even where it is skipped by default (received mail, large attachments). */
  withRaw?: boolean | undefined;
  /** A folder hint from elsewhere (Graph), which settles draft versus sent. */
  folder?: ReadItemFacts["folder"];
}

function isoDate(value: unknown): string | undefined {
  const date =
    value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

async function readHeaders(item: Office.MessageRead, notes: string[]): Promise<string | undefined> {
  if (!supportsMailbox("1.8") || typeof item.getAllInternetHeadersAsync !== "function") {
    notes.push(
      "Internet headers not read: this Outlook lacks getAllInternetHeadersAsync (Mailbox 1.8)."
    );
    return undefined;
  }
  try {
    const text = await officeCall<string>(
      "getAllInternetHeadersAsync",
      (cb) => item.getAllInternetHeadersAsync(cb as never),
      HEADERS_TIMEOUT_MS
    );
    notes.push("Internet headers read with getAllInternetHeadersAsync.");
    return typeof text === "string" ? text : "";
  } catch (e) {
    notes.push(`Internet headers could not be read: ${describeError(e)}`);
    return undefined;
  }
}

async function readRaw(item: Office.MessageRead, notes: string[]): Promise<Uint8Array | undefined> {
  const getAsFile = (
    item as { getAsFileAsync?: (_cb: (_r: Office.AsyncResult<string>) => void) => void }
  ).getAsFileAsync;
  if (!supportsMailbox("1.14") || typeof getAsFile !== "function") {
    notes.push(
      "Raw MIME not read: this Outlook lacks getAsFileAsync (Mailbox 1.14); the body and headers were used instead."
    );
    return undefined;
  }
  try {
    const base64 = await officeCall<string>(
      "getAsFileAsync",
      (cb) => getAsFile.call(item, cb as never),
      MIME_TIMEOUT_MS
    );
    const bytes = decodeBase64(typeof base64 === "string" ? base64 : "");
    if (bytes.length === 0) {
      notes.push("Raw MIME: getAsFileAsync returned nothing.");
      return undefined;
    }
    notes.push(`Raw MIME read with getAsFileAsync (${bytes.length} bytes).`);
    return bytes;
  } catch (e) {
    notes.push(`Raw MIME could not be read: ${describeError(e)}`);
    return undefined;
  }
}

export async function readReadItem(
  item: Office.MessageRead,
  options: ReadOptions = {}
): Promise<MessageSnapshot> {
  const notes: string[] = ["Read from an item opened in read mode."];
  const profile = mailbox()?.userProfile;
  const [bodyHtml, bodyText, headerText, attachments, shared] = await Promise.all([
    attempt(getBody(item, "html"), notes, "The HTML body"),
    attempt(getBody(item, "text"), notes, "The text body"),
    readHeaders(item, notes),
    attempt(listAttachments(item, false), notes, "The attachment list"),
    sharedMailboxOf(item, profile?.emailAddress, notes),
  ]);
  const headers = headerText ? parseHeaderBlock(headerText) : undefined;

  const from = toAddress(item.from);
  const sender = toAddress(item.sender);
  const subject = typeof item.subject === "string" ? item.subject : "";
  const internetMessageId =
    typeof item.internetMessageId === "string" ? item.internetMessageId : undefined;
  const { kind, reason } = classifyReadItem({
    itemClass: typeof item.itemClass === "string" ? item.itemClass : undefined,
    fromAddress: from?.address,
    fromName: from?.name,
    senderAddress: sender?.address,
    userAddress: profile?.emailAddress,
    mailboxOwnerAddress: shared?.owner,
    subject,
    headers,
    internetMessageId,
    folder: options.folder,
  });
  notes.push(`Read as ${kind}: ${reason}.`);
  if (headerText === "" || (headers && headers.length === 0)) {
    // Sent Items copies never passed through transport, so Outlook has no headers for them.
    notes.push(
      kind === "sent" || kind === "draft"
        ? "No transport headers: expected for a copy in Sent Items or Drafts; the recipient's copy, the bounce or a message trace has them."
        : "No transport headers were returned for this item."
    );
  }

  const attachmentBytes = (attachments ?? []).reduce((sum, a) => sum + a.info.size, 0);
  const skip = skipRawBecause(kind, (headers?.length ?? 0) > 0, attachmentBytes, options);
  if (skip) notes.push(`Raw MIME not read: ${skip}.`);
  const raw = skip ? undefined : await readRaw(item, notes);

  const snapshot: MessageSnapshot = {
    source: "office-read",
    kind,
    subject,
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    bcc: [],
    attachments: (attachments ?? []).map((a) => a.info),
    notes,
  };
  if (from) snapshot.from = from;
  if (sender && sender.address !== from?.address) snapshot.sender = sender;
  if (bodyHtml !== undefined) snapshot.bodyHtml = bodyHtml;
  if (bodyText !== undefined) snapshot.bodyText = bodyText;
  if (headers && headers.length > 0) snapshot.headers = headers;
  if (internetMessageId) snapshot.messageId = internetMessageId;
  const date = isoDate(item.dateTimeCreated);
  if (date) snapshot.date = date;
  if (raw) {
    snapshot.raw = raw;
    snapshot.sizeBytes = raw.length;
  }
  return snapshot;
}
