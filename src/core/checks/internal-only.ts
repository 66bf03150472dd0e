/**
 * A mail whose every recipient is inside the organisation never meets a spam filter: Exchange
 * Online and the gateways in front of other servers filter mail from outside, not mail between
 * colleagues. The spam signs of item 9 (subject and body) are then said as information, with one
 * line saying why, rather than as risks to delivery; the other items are unchanged (malware and
 * attachment rules do apply inside).
 */
import type { Finding } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";
import type { Policy } from "../policy/schema";
import { say } from "../messages";
import { domainOf } from "../text/address";
import { isSameOrSubdomain } from "../text/domain";
import { KNOWN_MAIL_DOMAINS } from "../text/domain-typo";
import { CONTENT_ITEM, contentSignsAsInfo, isWarningOrProblem } from "./content-softening";
import { isInternal } from "./recipients";

/**
 * The organisation's domains: the policy's, and the sender's own unless it is a public mail
 * service or a carrier (unlike recipients.ts's ownDomains, which only tells "one of us" apart) (two Gmail users are not colleagues, and Gmail filters mail between them).
 */
function organisationDomains(snapshot: MessageSnapshot, policy: Policy): string[] {
  const own = [...policy.internalDomains];
  const sender = domainOf(snapshot.from?.address ?? "").toLowerCase();
  if (sender && !KNOWN_MAIL_DOMAINS.some((d) => isSameOrSubdomain(sender, d))) own.push(sender);
  return own;
}

function allRecipientsInternal(snapshot: MessageSnapshot, policy: Policy): boolean {
  const recipients = [...snapshot.to, ...snapshot.cc, ...snapshot.bcc];
  if (recipients.length === 0) return false;
  const own = organisationDomains(snapshot, policy);
  return recipients.every((r) => isInternal(r.address, own));
}

export function softenForInternalMail(
  findings: Finding[],
  snapshot: MessageSnapshot,
  policy: Policy
): Finding[] {
  if (snapshot.kind !== "draft" && snapshot.kind !== "sent") return findings;
  const risky = (f: Finding) => f.item === CONTENT_ITEM && isWarningOrProblem(f);
  if (!findings.some(risky) || !allRecipientsInternal(snapshot, policy)) return findings;
  return contentSignsAsInfo(
    findings,
    risky,
    say(CONTENT_ITEM, "content.internal-only", "info", {})
  );
}
