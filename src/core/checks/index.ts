/**
 * Runs the checks. An unexpected exception in one check becomes an `unavailable` finding on its
 * items instead of losing the others' results.
 */
import { finding, type Finding } from "../model/finding";
import { fixText, text } from "../messages";
import { ALL_CHECKS } from "./all";
import { softenForInternalMail } from "./internal-only";
import { softenForReceivedMail } from "./received-content";
import type { CheckInput, NamedCheck } from "./types";

export type { CheckInput, Check, NamedCheck } from "./types";
export { ALL_CHECKS } from "./all";

export function runChecks(
  input: CheckInput,
  checks: readonly NamedCheck[] = ALL_CHECKS
): Finding[] {
  const out: Finding[] = [];
  for (const check of checks) {
    try {
      out.push(...check.run(input));
    } catch {
      for (const item of check.items) {
        // The rule id names the check for the JSON report and IT; the reader sees no internal name.
        out.push(
          finding(
            item,
            `internal.${check.name}`,
            "unavailable",
            text("internal.check-failed", {}),
            {
              fix: fixText("internal.check-failed", {}),
            }
          )
        );
      }
    }
  }
  return softenForReceivedMail(
    softenForInternalMail(out, input.snapshot, input.policy),
    input.snapshot
  );
}
