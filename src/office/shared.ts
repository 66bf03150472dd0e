/**
 * Shared folders (delegate access, Mailbox 1.8) and shared mailboxes (1.13): the item belongs to
 * another mailbox than the signed-in user's, e.g. info@ or the help desk's own mailbox. Outlook
 * tells which one through getSharedPropertiesAsync; the adapters then take that mailbox as the
 * sender of a draft and as "you" when telling a sent copy from a received mail, and Graph
 * checks that mailbox's MailTips instead of the user's.
 */
import { describeError, officeCall } from "./async";
import { supportsMailbox } from "./context";

const SHARED_TIMEOUT_MS = 5000;

export interface SharedMailbox {
  /** The mailbox the item belongs to (its owner's SMTP address). */
  owner: string;
  /** Delegate permission bits as Outlook reports them, when it does. */
  permissions?: number | undefined;
}

type WithShared = {
  getSharedPropertiesAsync?: (
    _cb: (_r: Office.AsyncResult<Office.SharedProperties>) => void
  ) => void;
};

/**
 * The shared mailbox of the item, or undefined for the user's own items and clients without the
 * API. Never throws; what happened is noted.
 */
export async function sharedMailboxOf(
  item: object,
  userAddress: string | undefined,
  notes: string[]
): Promise<SharedMailbox | undefined> {
  const get = (item as WithShared).getSharedPropertiesAsync;
  if (typeof get !== "function" || !supportsMailbox("1.8")) return undefined;
  let props: Office.SharedProperties | undefined;
  try {
    props = await officeCall<Office.SharedProperties>(
      "getSharedPropertiesAsync",
      (cb) => get.call(item, cb as never),
      SHARED_TIMEOUT_MS
    );
  } catch (e) {
    // Outlook offers the method on items of the user's own mailbox too, where it may fail.
    notes.push(`Shared-mailbox properties not read: ${describeError(e)}`);
    return undefined;
  }
  const owner = typeof props?.owner === "string" ? props.owner.trim() : "";
  if (!owner || !owner.includes("@")) return undefined;
  if (userAddress && owner.toLowerCase() === userAddress.trim().toLowerCase()) return undefined;
  notes.push(`Item of the shared or delegated mailbox ${owner}.`);
  const permissions =
    typeof props?.delegatePermissions === "number" ? props.delegatePermissions : undefined;
  return { owner, permissions };
}
