/**
 * A body too long to be a real mail's is checked up to MAX_CHECKED_BODY_CHARS, and the report
 * says so; the content checks never see millions of lines.
 */
import { analyzeSync, MAX_CHECKED_BODY_CHARS } from "../../src/core/engine";
import type { MessageSnapshot } from "../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../src/core/policy/schema";

function draft(bodyText: string, bodyHtml?: string): MessageSnapshot {
  const s: MessageSnapshot = {
    source: "office-compose",
    kind: "draft",
    subject: "long",
    to: [{ address: "a@example.com" }],
    cc: [],
    bcc: [],
    attachments: [],
    bodyText,
  };
  if (bodyHtml !== undefined) s.bodyHtml = bodyHtml;
  return s;
}

const cuts = (s: MessageSnapshot) =>
  analyzeSync({ snapshot: s, policy: DEFAULT_POLICY })
    .items.flatMap((i) => i.findings)
    .filter((f) => f.rule === "limits.body-cut");

describe("the checked body is capped", () => {
  it("a body of millions of short lines is checked up to the cap, and the report says so", () => {
    const found = cuts(draft("a\n".repeat(MAX_CHECKED_BODY_CHARS)));
    expect(found).toHaveLength(1);
    expect(found[0]?.item).toBe(9);
    expect(found[0]?.message.en).toBe(
      "The body is very long (about 8 MB), so only about its first 4 MB were checked; the rest was not."
    );
    expect(found[0]?.message.ja).toContain("先頭の約 4 MB");
  });

  it("text and HTML are capped each on its own", () => {
    const long = "x".repeat(MAX_CHECKED_BODY_CHARS + 1);
    expect(cuts(draft(long, `<p>${long}</p>`))).toHaveLength(2);
  });

  it("a body at the cap is checked whole, with no note", () => {
    expect(cuts(draft("y".repeat(MAX_CHECKED_BODY_CHARS)))).toEqual([]);
  });
});
