/** The draft being written → MessageSnapshot (kind "draft"). Partial failures become notes. */
import type { MailAddress, MessageSnapshot } from "../core/model/snapshot";
import { attempt, officeCall } from "./async";
import { listAttachments } from "./attachments";
import { sharedMailboxOf } from "./shared";
import { mailbox, officeGlobal, supportsMailbox } from "./context";

const CALL_TIMEOUT_MS = 10000;

type Details =
  { emailAddress?: string | undefined; displayName?: string | undefined } | null | undefined;

export function toAddress(d: Details): MailAddress | undefined {
  const address = typeof d?.emailAddress === "string" ? d.emailAddress : "";
  const name = typeof d?.displayName === "string" ? d.displayName.trim() : "";
  if (!address && !name) return undefined;
  // Unresolved entries can carry only a display name; keep it as the address so checks see what was typed.
  const out: MailAddress = { address: address || name };
  if (name && name !== address) out.name = name;
  return out;
}

export function toAddresses(list: Details[] | null | undefined): MailAddress[] {
  return (Array.isArray(list) ? list : [])
    .map(toAddress)
    .filter((a): a is MailAddress => a !== undefined);
}

export function coercion(kind: "html" | "text"): Office.CoercionType {
  const enums = officeGlobal()?.CoercionType;
  return ((kind === "html" ? enums?.Html : enums?.Text) ?? kind) as Office.CoercionType;
}

interface GetAsyncField<T> {
  getAsync(_callback: (_result: Office.AsyncResult<T>) => void): void;
}

function getField<T>(operation: string, field: GetAsyncField<T> | undefined): Promise<T> {
  if (!field || typeof field.getAsync !== "function")
    return Promise.reject(new Error(`${operation} is not available`));
  return officeCall<T>(operation, (cb) => field.getAsync(cb as never), CALL_TIMEOUT_MS);
}

export function getBody(
  item: Office.MessageCompose | Office.MessageRead,
  kind: "html" | "text"
): Promise<string> {
  const body = item.body;
  if (!body || typeof body.getAsync !== "function")
    return Promise.reject(new Error("body.getAsync is not available"));
  return officeCall<string>(
    `body.getAsync(${kind})`,
    (cb) => body.getAsync(coercion(kind), cb as never),
    CALL_TIMEOUT_MS
  );
}

export async function readComposeItem(item: Office.MessageCompose): Promise<MessageSnapshot> {
  const notes: string[] = ["Read from the draft being written (compose mode)."];
  const [subject, bodyHtml, bodyText, from, to, cc, bcc, attachments] = await Promise.all([
    attempt(getField<string>("subject.getAsync", item.subject), notes, "The subject"),
    attempt(getBody(item, "html"), notes, "The HTML body"),
    attempt(getBody(item, "text"), notes, "The text body"),
    supportsMailbox("1.7") || typeof item.from?.getAsync === "function"
      ? attempt(
          getField<Office.EmailAddressDetails>("from.getAsync", item.from),
          notes,
          "The From address"
        )
      : Promise.resolve(undefined),
    attempt(
      getField<Office.EmailAddressDetails[]>("to.getAsync", item.to),
      notes,
      "The To recipients"
    ),
    attempt(
      getField<Office.EmailAddressDetails[]>("cc.getAsync", item.cc),
      notes,
      "The Cc recipients"
    ),
    attempt(
      getField<Office.EmailAddressDetails[]>("bcc.getAsync", item.bcc),
      notes,
      "The Bcc recipients"
    ),
    attempt(listAttachments(item, true), notes, "The attachment list"),
  ]);
  const snapshot: MessageSnapshot = {
    source: "office-compose",
    kind: "draft",
    subject: subject ?? "",
    to: toAddresses(to),
    cc: toAddresses(cc),
    bcc: toAddresses(bcc),
    attachments: (attachments ?? []).map((a) => a.info),
    notes,
  };
  if (bodyHtml !== undefined) snapshot.bodyHtml = bodyHtml;
  if (bodyText !== undefined) snapshot.bodyText = bodyText;
  const profile = mailbox()?.userProfile;
  // In a shared or delegated mailbox the draft is sent from that mailbox, not from the user.
  const shared = toAddress(from)
    ? undefined
    : await sharedMailboxOf(item, profile?.emailAddress, notes);
  const sender =
    toAddress(from) ??
    (shared ? toAddress({ emailAddress: shared.owner, displayName: "" }) : undefined) ??
    toAddress({ emailAddress: profile?.emailAddress, displayName: profile?.displayName });
  if (sender) snapshot.from = sender;
  if (!from && sender)
    notes.push(
      shared
        ? "From is the shared mailbox the draft belongs to."
        : "From is the signed-in user (userProfile)."
    );
  return snapshot;
}
