/**
 * Linear time by construction: every regular expression literal in the content parsers and
 * checks is checked with recheck (a ReDoS analyser that finds exponential AND polynomial
 * backtracking). A regex that could backtrack super-linearly on crafted input fails this test,
 * whatever its speed on the inputs we happen to try. Timing itself lives in bench/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";

const ROOT = join(__dirname, "../../..");
const FILES = [
  ...readdirSync(join(ROOT, "src/core/text"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `src/core/text/${f}`),
  "src/core/checks/body.ts",
  "src/core/checks/subject.ts",
  "src/core/checks/recipients.ts",
  "src/core/checks/message-headers.ts",
];

function regexLiterals(file: string): { pattern: string; flags: string; line: number }[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: { pattern: string; flags: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf("/");
      out.push({
        pattern: literal.slice(1, end),
        flags: literal.slice(end + 1),
        line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const cases = FILES.flatMap((file) =>
  regexLiterals(file).map((r) => [`${file}:${r.line} /${r.pattern}/${r.flags}`, r] as const)
);

describe("regular expressions of the content checks", () => {
  it("finds the literals to check", () => {
    expect(cases.length).toBeGreaterThan(30);
  });
  it.each(cases)("%s cannot backtrack super-linearly", (_label, r) => {
    // Sticky and global flags do not change the automaton; recheck analyses the pattern as a search.
    const flags = r.flags.replace(/[gy]/g, "");
    const result = checkSync(r.pattern, flags, { timeout: 10000 });
    expect({
      status: result.status,
      complexity: result.status === "vulnerable" ? result.complexity.summary : "",
    }).toEqual({
      status: "safe",
      complexity: "",
    });
  });
});
