/** A Received line as evidence: whole when it fits, else cut before its date with an ellipsis. */
import fc from "fast-check";
import { hopsSince, receivedEvidence } from "../../../src/core/headers/received";
import { analyzeHeaders } from "../../../src/core/headers/analyze";
import { findingsFromHeaders } from "../../../src/core/checks/received-headers";

// A real long line (Sun Internet Mail Server), one of the flufl bounces' hops.
const LONG =
  "from mta01.seamail.go.com (mta01.seamail.go.com [10.212.0.193])\r\n by msg00.seamail.go.com" +
  " (Sun Internet Mail Server sims.4.0.2000.05.17.04.13.p6) with ESMTP id" +
  " <0G1V00L69JG1BD@msg00.seamail.go.com> for JimmyMcEgypt@sims-ms-daemon" +
  " (ORCPT rfc822;JimmyMcEgypt@go.com); Tue, 03 Oct 2000 14:56:57 -0700 (PDT)";

function hopOf(raw: string) {
  const hop = hopsSince([raw], undefined)[0];
  if (!hop) throw new Error("no hop");
  return hop;
}

describe("receivedEvidence", () => {
  it("keeps a short line whole, on one line", () => {
    const raw = "from a.example by b.example;\r\n Tue, 03 Oct 2000 14:56:57 -0700 (PDT)";
    expect(receivedEvidence(hopOf(raw))).toBe(
      "from a.example by b.example; Tue, 03 Oct 2000 14:56:57 -0700 (PDT)"
    );
  });

  it("cuts a long line before its date with an ellipsis and keeps the date whole", () => {
    const out = receivedEvidence(hopOf(LONG), 200);
    expect(out.length).toBeLessThanOrEqual(200);
    expect(out).toMatch(/^from mta01\.seamail\.go\.com /);
    expect(out).toMatch(/…; Tue, 03 Oct 2000 14:56:57 -0700 \(PDT\)$/);
    // At the default length too (the line is 306 characters).
    const whole = receivedEvidence(hopOf(LONG));
    expect(whole.length).toBeLessThanOrEqual(300);
    expect(whole).toMatch(/sims-ms-daemon \(ORCPT…; Tue, 03 Oct 2000 14:56:57 -0700 \(PDT\)$/);
  });

  it("cuts a line without a readable date at its end, with an ellipsis", () => {
    const raw = `from a.example by b.example with ESMTP id ${"x".repeat(400)}`;
    const out = receivedEvidence(hopOf(raw), 300);
    expect(out.length).toBe(300);
    expect(out.endsWith("…")).toBe(true);
  });

  it("never exceeds the length and never leaves a lone surrogate", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.string({ unit: "grapheme", maxLength: 120 }),
        fc.integer({ min: 20, max: 300 }),
        (head, date, max) => {
          const out = receivedEvidence(hopOf(`${head}; ${date}`), max);
          expect(out.length).toBeLessThanOrEqual(max);
          expect(out).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
          );
        }
      )
    );
  });
});

describe("the hop-delay finding", () => {
  it("shows a long Received line with its whole date, closing parenthesis included", () => {
    const first = LONG.replace("with ESMTP", `with ESMTP (${"a".repeat(180)})`);
    const late =
      "from msg00.seamail.go.com by mx.example.net; Tue, 03 Oct 2000 23:56:57 -0700 (PDT)";
    // Newest first, as servers prepend them; the second hop waited 9 hours.
    const a = analyzeHeaders([
      { name: "Received", value: late },
      { name: "Received", value: first },
      { name: "Date", value: "Tue, 03 Oct 2000 14:50:00 -0700" },
    ]);
    const delay = findingsFromHeaders(a).find((f) => f.rule === "received-headers.hop-delay");
    expect(delay?.evidence).toBe(late);
    const all = findingsFromHeaders(
      analyzeHeaders([
        { name: "Received", value: first },
        { name: "Date", value: "Tue, 03 Oct 2000 04:50:00 -0700" },
      ])
    ).find((f) => f.rule === "received-headers.hop-delay");
    expect(all?.evidence?.length).toBeLessThanOrEqual(300);
    expect(all?.evidence).toMatch(/…; Tue, 03 Oct 2000 14:56:57 -0700 \(PDT\)$/);
  });
});
