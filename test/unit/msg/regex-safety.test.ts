/**
 * Every regular expression literal of the .msg reader runs on text from the file (transport
 * headers, names, report words): each is checked with recheck, which finds exponential and
 * polynomial backtracking, as the content checks' own regex test does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";

const ROOT = join(__dirname, "../../..");
const FILES = ["src/core/mime/msg.ts", "src/core/mime/msg-mime.ts", "src/core/mime/cfb-guard.ts"];

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

describe("regular expressions of the .msg reader", () => {
  it("finds the literals to check", () => {
    expect(cases.length).toBeGreaterThan(10);
  });
  it.each(cases)("%s cannot backtrack super-linearly", (_label, r) => {
    const result = checkSync(r.pattern, r.flags.replace(/[gy]/g, ""), { timeout: 10000 });
    expect({
      status: result.status,
      complexity: result.status === "vulnerable" ? result.complexity.summary : "",
    }).toEqual({ status: "safe", complexity: "" });
  });
});
