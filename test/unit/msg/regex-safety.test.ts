/**
 * Every regular expression literal of the .msg reader runs on text from the file (transport
 * headers, names, report words): each is checked with recheck, which finds exponential and
 * polynomial backtracking, as the content checks' own regex test does.
 */
import { backtrackingVerdict, regexCases } from "../regex-literals";

const FILES = ["src/core/mime/msg.ts", "src/core/mime/msg-mime.ts", "src/core/mime/cfb-guard.ts"];

const cases = regexCases(FILES);

describe("regular expressions of the .msg reader", () => {
  it("finds the literals to check", () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  it.each(cases)("%s cannot backtrack super-linearly", (_label, r) => {
    expect(backtrackingVerdict(r)).toEqual({ status: "safe", complexity: "" });
  });
});
