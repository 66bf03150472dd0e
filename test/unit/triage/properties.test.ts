/** Property tests: any answers give a consistent result; any message text gives a plain inquiry. */
import fc from "fast-check";
import {
  buildInquiry,
  buildResendDraft,
  narrowTriage,
  TRIAGE_STEP_IDS,
  type TriageAnswers,
} from "../../../src/core/triage";
import { sentReport, SENT } from "./report-fixture";

const answer = fc.constantFrom("yes", "no", "unknown", undefined);
const answers = fc.record(
  Object.fromEntries(TRIAGE_STEP_IDS.map((id) => [id, answer]))
) as fc.Arbitrary<TriageAnswers>;

describe("triage properties", () => {
  it("every set of answers gives sorted candidates, a valid side, and no cause both kept and ruled out", () => {
    fc.assert(
      fc.property(answers, fc.boolean(), (a, withReport) => {
        const r = narrowTriage(a, withReport ? sentReport() : undefined);
        expect(["sender", "recipient", "network", "unknown"]).toContain(r.side);
        for (let i = 1; i < r.candidates.length; i++) {
          const prev = r.candidates[i - 1]!;
          const cur = r.candidates[i]!;
          expect(prev.score > cur.score || (prev.score === cur.score && prev.id < cur.id)).toBe(
            true
          );
        }
        const kept = new Set(r.candidates.map((c) => c.id));
        expect(r.ruledOut.some((id) => kept.has(id))).toBe(false);
        expect(kept.size + r.ruledOut.length).toBe(24);
        expect(r.advice.length).toBeGreaterThan(0);
        if (r.next) expect(a[r.next.id as keyof TriageAnswers]).toBeUndefined();
      }),
      { numRuns: 500 }
    );
  });

  it("any subject, addresses and body give a one-line subject and plain text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 100 }),
        fc.constantFrom("ja", "en") as fc.Arbitrary<"ja" | "en">,
        (subject, from, lang) => {
          const report = sentReport();
          report.message.subject = subject;
          report.message.from = from;
          const inquiry = buildInquiry(report, { lang, audience: "helpdesk" });
          expect(inquiry.subject).not.toMatch(/[\r\n]/);
          const fromLine = inquiry.body
            .split("\n")
            .find((l) => l.startsWith(lang === "ja" ? "差出人：" : "From: "));
          expect(fromLine).toBeDefined();
        }
      ),
      { numRuns: 300 }
    );
  });

  it("the resend draft's HTML never carries a tag from the mail", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const d = buildResendDraft(
          { ...SENT, bodyText: `${text}<img src=x onerror=alert(1)>` },
          { lang: "en", removeHistory: true, attachmentsAsLinks: true }
        );
        expect(d.htmlBody.replace(/^<div>|<\/div>$/g, "").replace(/<br>/g, "")).not.toMatch(/[<>]/);
      }),
      { numRuns: 300 }
    );
  });
});
