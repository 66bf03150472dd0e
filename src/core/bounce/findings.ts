/** What a bounce contributes to the checklist: one finding per failed or delayed recipient. */
import type { BounceReport, BounceRecipient } from "../model/bounce";
import { finding, type Finding } from "../model/finding";
import { say } from "../messages";
import { delayNote } from "./reasons";

function evidence(r: BounceRecipient): string {
  const code = [r.replyCode, r.status].filter(Boolean).join(" ");
  // Evidence is the report's own data only: a report that names nobody gives no address.
  // The code is said once: not again when the server's words already carry it.
  const said = r.diagnostic.includes(r.status ?? code) && code !== "";
  return [r.address, said ? "" : code, r.diagnostic].filter(Boolean).join(" — ").slice(0, 1000);
}

export function bounceFindings(bounce: BounceReport): Finding[] {
  const out: Finding[] = [];
  for (const r of bounce.recipients) {
    const d = r.diagnosis;
    if (r.action === "failed" && d) {
      out.push(
        finding(d.cause, `bounce.${d.reason}`, "problem", d.summary, {
          evidence: evidence(r),
          fix: d.nextStep,
          who: d.who,
          ...(d.link ? { link: d.link } : {}),
        })
      );
    } else if (r.action === "delayed") {
      // A delay is not a failure yet: it goes on item 4 with what the server said so far, in
      // words for a delivery still being retried. A delay whose words name no other cause is
      // read as "expired": it adds nothing to the notice, so it is left out.
      const d = r.diagnosis;
      const note = d ? delayNote(d.reason) : undefined;
      out.push(
        say(
          4,
          "bounce.delayed",
          "warning",
          {},
          {
            evidence: evidence(r),
            more: note ? [note] : [],
            ...(note && d?.link ? { link: d.link } : {}),
          }
        )
      );
    }
  }
  return out;
}
