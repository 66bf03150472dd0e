/**
 * Regular expressions outside the content checks that read text from the mail (archive entry
 * names, header fields and dates, DSN fields, pasted originals, subjects, evidence, the bounce
 * classifier's stage and vendor reading, draft and quarantine-notice marks): each is checked
 * with recheck, like the content checks' and the .msg reader's. These files had quadratic
 * patterns (e.g. an unanchored /[\\/]+$/) until a sweep over src/core found them.
 */
import { backtrackingVerdict, regexCases } from "../regex-literals";

const FILES = [
  "src/core/archive/names.ts",
  "src/core/mime/eml.ts",
  "src/core/sendcheck/decide.ts",
  "src/core/bounce/view.ts",
  "src/core/bounce/dsn.ts",
  "src/core/triage/resend.ts",
  "src/core/headers/dates.ts",
  "src/core/bounce/classify.ts",
  "src/core/bounce/rules/senderpolicy.ts",
  "src/core/checks/quarantine-notice.ts",
  "src/core/mime/draft-sign.ts",
  "src/core/headers/analyze.ts",
  "src/core/checks/received-headers.ts",
  "src/core/checks/message-headers.ts",
  "src/core/mime/fast-decode.ts",
];

const cases = regexCases(FILES);

describe("regular expressions of the header, archive-name and DSN readers", () => {
  it("finds the literals to check", () => {
    expect(cases.length).toBeGreaterThan(20);
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
