/**
 * The Office shell's public API: what the task pane and the send check call. Everything else in
 * src/office is internal. The core never imports this module.
 *
 * - isInOutlook(): office.js is loaded inside Outlook with a mailbox.
 * - readCurrentItem(options?): the open item as a MessageSnapshot. Rejects only when there is
 *   no item; anything that could not be read is listed in snapshot.notes instead. Options (read
 *   mode): `folder` hint ("drafts" | "sentitems" | …), `withRaw` / `withoutRaw` for the raw MIME.
 * - loadAttachmentContents(snapshot, maxBytes): a copy of the snapshot whose attachments have
 *   `content` (bytes) or `contentError` (why not).
 * - displayLanguage(), officeTheme(), onItemChanged(cb) for the pane's chrome.
 */
import type { MessageSnapshot } from "../core/model/snapshot";
import { listAttachments, matchAttachments, readAttachmentContent } from "./attachments";
import { describeError } from "./async";
import { readComposeItem } from "./compose";
import { mailbox } from "./context";
import { readReadItem, type ReadOptions } from "./read";

export type { Lang } from "../core/model/i18n";
export { displayLanguage, isInOutlook, officeTheme, onItemChanged } from "./context";
export type { ReadOptions } from "./read";

type AnyItem = Office.MessageCompose | Office.MessageRead;

function currentItem(): AnyItem | undefined {
  return (mailbox()?.item ?? undefined) as AnyItem | undefined;
}

/** Compose items expose their fields as objects with getAsync; read items as plain values. */
export function isComposeItem(item: AnyItem): item is Office.MessageCompose {
  const subject = (item as { subject?: unknown }).subject;
  return (
    typeof subject === "object" &&
    subject !== null &&
    typeof (subject as { getAsync?: unknown }).getAsync === "function"
  );
}

export async function readCurrentItem(options: ReadOptions = {}): Promise<MessageSnapshot> {
  const item = currentItem();
  if (!item) throw new Error("No mail item is open in Outlook.");
  return isComposeItem(item) ? readComposeItem(item) : readReadItem(item, options);
}

export async function loadAttachmentContents(
  snapshot: MessageSnapshot,
  maxBytes: number
): Promise<MessageSnapshot> {
  const attachments = snapshot.attachments.map((a) => ({ ...a }));
  const out: MessageSnapshot = { ...snapshot, attachments };
  if (attachments.length === 0) return out;
  const item = currentItem();
  if (!item) {
    for (const a of attachments) a.contentError = "no mail item is open";
    return out;
  }
  let current;
  try {
    current = await listAttachments(item, isComposeItem(item));
  } catch (e) {
    for (const a of attachments)
      a.contentError = `the attachment list could not be read: ${describeError(e)}`;
    return out;
  }
  const partners = matchAttachments(attachments, current);
  // One at a time: attachments can be large, and Office serialises these calls anyway.
  for (let i = 0; i < attachments.length; i++) {
    const partner = partners[i];
    if (!partner) {
      (attachments[i] as (typeof attachments)[number]).contentError =
        "not found on the open item (it may have changed)";
      continue;
    }
    attachments[i] = await readAttachmentContent(item, partner, maxBytes);
  }
  return out;
}
