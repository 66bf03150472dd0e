/**
 * Linear time by construction: every regular expression literal in the content parsers and
 * checks is checked with recheck (a ReDoS analyser that finds exponential AND polynomial
 * backtracking). A regex that could backtrack super-linearly on crafted input fails this test,
 * whatever its speed on the inputs we happen to try. Timing itself lives in bench/.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { backtrackingVerdict, regexCases, ROOT } from "../regex-literals";

const FILES = [
  ...readdirSync(join(ROOT, "src/core/text"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/core/text/${f}`),
  "src/core/checks/body.ts",
  "src/core/checks/subject.ts",
  "src/core/checks/recipients.ts",
  "src/core/checks/message-headers.ts",
];

const cases = regexCases(FILES);

describe("regular expressions of the content checks", () => {
  it("finds the literals to check", () => {
    expect(cases.length).toBeGreaterThan(30);
  });
  it.each(cases)(
    "%s cannot backtrack super-linearly",
    (_label, r) => {
      expect(backtrackingVerdict(r)).toEqual({ status: "safe", complexity: "" });
    },
    // Room for recheck's second, longer try (regex-literals.ts) on a busy machine.
    60000
  );
});
