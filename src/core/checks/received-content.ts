/**
 * A received mail's subject and body are checked for the signs spam filters weigh (item 9), which
 * explain a junk verdict. When the receiving side did not junk the mail, those signs changed
 * nothing, and the one reading them (its recipient) cannot change them: they are said as
 * information, with one line saying why, instead of as warnings whose advice ("write what the
 * mail is about") would be addressed to the wrong person.
 */
import type { Finding } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";
import { say } from "../messages";
import { CONTENT_ITEM, contentSignsAsInfo, isWarningOrProblem } from "./content-softening";

const JUNK_ITEM = 7;

/** The receiving side's own verdicts come from the received-headers check. */
const fromHeaders = (f: Finding) => f.rule.startsWith("received-headers.");

export function softenForReceivedMail(findings: Finding[], snapshot: MessageSnapshot): Finding[] {
  if (snapshot.kind !== "received") return findings;
  const contentSign = (f: Finding) =>
    f.item === CONTENT_ITEM && isWarningOrProblem(f) && !fromHeaders(f);
  if (!findings.some(contentSign)) return findings;
  const junked = findings.some(
    (f) =>
      fromHeaders(f) && isWarningOrProblem(f) && (f.item === JUNK_ITEM || f.item === CONTENT_ITEM)
  );
  if (junked) return findings;
  return contentSignsAsInfo(
    findings,
    contentSign,
    say(CONTENT_ITEM, "content.received-not-junked", "info", {})
  );
}
