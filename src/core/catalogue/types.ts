import type { ItemId, Who } from "../model/finding";
import type { Localized } from "../model/i18n";
import type { MessageKind } from "../model/snapshot";
import { textOf } from "../messages";

/** Which side of the delivery a cause usually sits on. */
export type Side = "sender" | "recipient" | "network" | "either";

/** How Todoku can learn about a cause. */
export type Detection = "local" | "graph" | "dns" | "bounce" | "trace" | "headers";

export interface CatalogueItem {
  id: ItemId;
  /** Short name of the cause. */
  title: Localized;
  /** What the cause is and why it stops mail, in a few sentences. */
  explanation: Localized;
  /** How a person checks it by hand when Todoku cannot (shown for `manual` items). */
  howToCheck: Localized;
  /** Who usually has to act. */
  who: Who[];
  side: Side;
  /** The sources that can reveal it; empty when only a person can check. */
  detectedBy: Detection[];
}

export interface TriageStep {
  id: string;
  question: Localized;
  /** Why this question helps: what a yes and a no tell apart. */
  why: Localized;
  /** How to try it by hand (the test to run before answering). */
  how?: Localized | undefined;
}

/** Who acts, as a label (texts in src/core/messages/common.ts). */
export const WHO_LABELS: Record<Who, Localized> = {
  you: textOf("who.you"),
  yourIt: textOf("who.yourIt"),
  recipient: textOf("who.recipient"),
  recipientIt: textOf("who.recipientIt"),
  provider: textOf("who.provider"),
};

/**
 * Who acts, named from the reader's side. The catalogue speaks to the sender; on a mail the
 * reader received, the reader is the recipient: "the recipient" is "you", and "you" is the
 * sender.
 */
export function whoLabelFor(who: Who, kind: MessageKind): Localized {
  if (kind !== "received") return WHO_LABELS[who];
  switch (who) {
    case "recipient":
      return WHO_LABELS.you;
    case "recipientIt":
      return WHO_LABELS.yourIt;
    case "you":
      return textOf("who.sender");
    case "yourIt":
      return textOf("who.senderIt");
    default:
      return WHO_LABELS[who];
  }
}
