/**
 * The reason classes a failed delivery falls into, each with the checklist item it points to
 * and who has to act. What the reason means and what to do next are read from the message
 * catalogue (src/core/messages/bounce.ts, key `bounce.<reason>`).
 */
import type { ItemId, Who } from "../model/finding";
import type { Localized } from "../model/i18n";
import { fixText, hasMessage, text, textOf } from "../messages";

export type Reason =
  | "userunknown"
  | "hostunknown"
  | "hasmoved"
  | "suspend"
  | "mailboxfull"
  | "mesgtoobig"
  | "blocked"
  | "badreputation"
  | "requireptr"
  | "rejected"
  | "filtered"
  | "spamdetected"
  | "virusdetected"
  | "policyviolation"
  | "senderpolicy"
  | "securityerror"
  | "authfailure"
  | "failedstarttls"
  | "norelaying"
  | "toomanyconn"
  | "speeding"
  | "expired"
  | "networkerror"
  | "systemerror"
  | "systemfull"
  | "notaccept"
  | "contenterror"
  | "attachmentblocked"
  | "notcompliantrfc"
  | "syntaxerror"
  | "mailererror"
  | "listexpansion"
  | "licence"
  | "notverified"
  | "suppressed"
  | "undefined";

export interface ReasonInfo {
  cause: ItemId;
  who: Who[];
  summary: Localized;
  nextStep: Localized;
}

/** The checklist item each reason points to and who has to act. */
const ITEMS: Record<Reason, { cause: ItemId; who: Who[] }> = {
  userunknown: { cause: 8, who: ["you"] },
  hostunknown: { cause: 16, who: ["you"] },
  hasmoved: { cause: 17, who: ["you", "recipient"] },
  suspend: { cause: 17, who: ["recipient", "recipientIt"] },
  mailboxfull: { cause: 14, who: ["recipient"] },
  mesgtoobig: { cause: 10, who: ["you"] },
  blocked: { cause: 1, who: ["yourIt"] },
  badreputation: { cause: 1, who: ["yourIt", "provider"] },
  requireptr: { cause: 6, who: ["yourIt"] },
  rejected: { cause: 15, who: ["recipientIt", "yourIt"] },
  filtered: { cause: 7, who: ["recipient"] },
  spamdetected: { cause: 9, who: ["you"] },
  virusdetected: { cause: 11, who: ["you"] },
  attachmentblocked: { cause: 11, who: ["you"] },
  policyviolation: { cause: 15, who: ["recipientIt"] },
  // The sender's own organisation's rule: the user may have set up what it refuses (a forward).
  senderpolicy: { cause: 15, who: ["you", "yourIt"] },
  securityerror: { cause: 15, who: ["yourIt"] },
  authfailure: { cause: 24, who: ["yourIt"] },
  failedstarttls: { cause: 23, who: ["yourIt", "recipientIt"] },
  norelaying: { cause: 13, who: ["yourIt", "recipientIt"] },
  toomanyconn: { cause: 18, who: ["you", "yourIt"] },
  speeding: { cause: 18, who: ["you", "yourIt"] },
  expired: { cause: 4, who: ["recipientIt"] },
  networkerror: { cause: 12, who: ["recipientIt", "yourIt"] },
  systemerror: { cause: 2, who: ["recipientIt"] },
  systemfull: { cause: 2, who: ["recipientIt"] },
  notaccept: { cause: 16, who: ["you", "recipientIt"] },
  contenterror: { cause: 20, who: ["you", "yourIt"] },
  notcompliantrfc: { cause: 20, who: ["yourIt"] },
  syntaxerror: { cause: 3, who: ["yourIt"] },
  mailererror: { cause: 3, who: ["recipientIt"] },
  listexpansion: { cause: 19, who: ["yourIt", "recipientIt"] },
  notverified: { cause: 6, who: ["yourIt"] },
  // The address bounced before: first whether it is right (you), then the list (your IT).
  suppressed: { cause: 8, who: ["you", "yourIt"] },
  licence: { cause: 22, who: ["yourIt"] },
  undefined: { cause: 3, who: ["yourIt"] },
};

function info(reason: Reason): ReasonInfo {
  const key = `bounce.${reason}` as const;
  const nextStep = fixText(key, {}) ?? text("bounce.undefined", {});
  return { ...ITEMS[reason], summary: text(key, {}), nextStep };
}

export const REASONS = Object.fromEntries(
  (Object.keys(ITEMS) as Reason[]).map((r) => [r, info(r)])
) as Record<Reason, ReasonInfo>;

/**
 * What a delay notice says is holding the mail up, worded for a delivery still being retried
 * (the reason's own summary tells of a failure). Undefined when the reason names nothing beyond
 * the delay itself ("expired", "undefined", or a reason the catalogue has no phrase for).
 */
export function delayNote(reason: string): Localized | undefined {
  const key = `delay-reason.${reason}`;
  return hasMessage(key) ? text("delay.server-reports", { reason: textOf(key) }) : undefined;
}
