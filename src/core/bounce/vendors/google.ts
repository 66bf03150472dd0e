/**
 * Gmail, Google Workspace and Google Groups. Gmail sends 5.7.1 and 5.2.1 for several causes and
 * tells them apart in the sentence (Google's "SMTP errors and codes" reference); a Groups notice
 * comes only when the group does not exist or the sender may not post to it.
 */
import type { Reason } from "../reasons";
import type { EnhancedCode, Signals, Vendor } from "./types";

function dialect({ subject, detail }: EnhancedCode, text: string): Reason | null {
  if (/\bgcdp\b/.test(text)) return "policyviolation"; // a Workspace admin's own rule
  // Gmail throttles an IP that sends "an unusual rate of (unsolicited) mail": a reputation block.
  if (/unusual rate of (unsolicited )?mail/.test(text)) return "blocked";
  if (subject === 2 && detail === 1) return /rate|too quickly/.test(text) ? "speeding" : "suspend";
  if (subject === 7 && detail === 1) {
    if (/rfc 5322|not rfc|header|message-id|encoded-word/.test(text)) return "notcompliantrfc";
    if (/limit exceeded|quota/.test(text)) return "speeding";
    if (/not authorized|credentials|relay/.test(text)) return "norelaying";
    if (/policy that prohibited|prohibited/.test(text)) return "policyviolation";
    if (/unsolicited|spam/.test(text)) return "spamdetected";
    return "rejected";
  }
  if (subject === 7 && (detail === 26 || detail === 30 || detail === 32 || detail === 40))
    return "authfailure";
  if (subject === 4 && detail === 5 && /quota|limit/.test(text)) return "speeding";
  return null;
}

const early = (s: Signals): Reason | null =>
  !s.hasCode && /google groups/.test(s.reporter) ? "rejected" : null;

export const google: Vendor = {
  id: "google",
  answered: /\bgsmtp\b|google\.com|googlemail\.com|\bgmail\b/,
  wrote: /^gmail\b|googlemail\.com|\.google\.com\b/,
  early,
  dialect,
  // Workspace's SMTP relay service limit (Google's "SMTP errors and codes": 4.2.1/5.4.5).
  phrases: [["speeding", /peak smtp relay limit|daily smtp relay limit/]],
};
