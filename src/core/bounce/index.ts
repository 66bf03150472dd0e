/**
 * Bounce reader entry points. (Filled in by the bounce-reader work: parsing of DSNs and the
 * many non-standard NDR formats, and classification into the 24 causes.)
 */
import type { BounceReport } from "../model/bounce";
import type { Finding } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";

/** Reads a non-delivery report; null when the message is not a bounce/DSN/auto-reply/ARF report. */
export function readBounce(_snapshot: MessageSnapshot): BounceReport | null {
  return null;
}

/** The findings a bounce contributes to the checklist. */
export function bounceFindings(_bounce: BounceReport): Finding[] {
  return [];
}
