/**
 * What an item opened in read mode is: a bounce, a mail the user sent, an unsent draft or a
 * received mail. Office.js has no folder API, so the decision uses what it does give: the
 * item class (REPORT.IPM.Note.NDR on Exchange), then the signs any delivery report shows (core
 * mime/bounce-sign: sender, subject, report content type, the same as for .eml files), then
 * whether the sender is the user. Pure: no Office here, so it is unit-tested.
 */
import type { HeaderField, MessageKind } from "../core/model/snapshot";
import { bounceSign, sameAddress } from "../core/mime/bounce-sign";

export interface ReadItemFacts {
  itemClass?: string | undefined;
  fromAddress?: string | undefined;
  fromName?: string | undefined;
  senderAddress?: string | undefined;
  /** The signed-in user's address (userProfile.emailAddress). */
  userAddress?: string | undefined;
  /** The shared or delegated mailbox the item belongs to, when it is not the user's own. */
  mailboxOwnerAddress?: string | undefined;
  subject?: string | undefined;
  headers?: HeaderField[] | undefined;
  internetMessageId?: string | undefined;
  /** A folder hint from elsewhere (e.g. Graph's parentFolder), when the caller has one. */
  folder?: "drafts" | "sentitems" | "inbox" | "junkemail" | "other" | undefined;
}

export interface Classification {
  kind: MessageKind;
  /** Why, in a few words, for snapshot.notes. */
  reason: string;
}

/** True when the item class names a non-delivery or delay report (not a read or delivery receipt). */
function isFailureReportClass(itemClass: string | undefined): boolean {
  return (
    !!itemClass &&
    /^REPORT\./i.test(itemClass) &&
    /\.(NDR|Delayed|DelayedDeliveryReport)$/i.test(itemClass)
  );
}

export function classifyReadItem(facts: ReadItemFacts): Classification {
  if (isFailureReportClass(facts.itemClass))
    return { kind: "bounce", reason: `item class ${facts.itemClass}` };
  const bounce = bounceSign(facts);
  if (bounce) return { kind: "bounce", reason: bounce };

  if (facts.folder === "drafts") return { kind: "draft", reason: "in Drafts" };
  if (facts.folder === "sentitems") return { kind: "sent", reason: "in Sent Items" };
  const fromUser =
    sameAddress(facts.fromAddress, facts.userAddress) ||
    sameAddress(facts.senderAddress, facts.userAddress);
  // In info@'s mailbox, a mail from info@ is that mailbox's sent copy, whoever opened it.
  const fromOwner =
    sameAddress(facts.fromAddress, facts.mailboxOwnerAddress) ||
    sameAddress(facts.senderAddress, facts.mailboxOwnerAddress);
  if (fromOwner) return { kind: "sent", reason: "from the shared mailbox it is in" };
  // Without a folder hint a draft shown in the reading pane looks like a sent copy; both are
  // checked as outgoing mail, so the difference only changes the wording of the pane.
  if (fromUser) return { kind: "sent", reason: "from you" };
  return { kind: "received", reason: "from someone else" };
}
