/**
 * Test helper (not a test): the regular expression literals of source files, found with the
 * TypeScript parser, and recheck's verdict on each. Used by the regex-safety tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";

export const ROOT = join(__dirname, "../..");

export interface RegexLiteral {
  file: string;
  line: number;
  pattern: string;
  flags: string;
}

export function regexLiterals(file: string): RegexLiteral[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: RegexLiteral[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf("/");
      out.push({
        file,
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

/** jest.each rows: a readable label and the literal. */
export function regexCases(files: readonly string[]): (readonly [string, RegexLiteral])[] {
  return files.flatMap((file) =>
    regexLiterals(file).map((r) => [`${file}:${r.line} /${r.pattern}/${r.flags}`, r] as const)
  );
}

/** recheck's verdict, shaped for one `toEqual`: safe, or vulnerable with its complexity. */
export function backtrackingVerdict(r: RegexLiteral): { status: string; complexity: string } {
  // Sticky and global flags do not change the automaton; recheck analyses the pattern as a search.
  const flags = r.flags.replace(/[gy]/g, "");
  let result = checkSync(r.pattern, flags, { timeout: 10000 });
  // "unknown" is recheck running out of time, which a busy machine causes: asked once more with
  // room, so that only a pattern it cannot prove safe fails.
  if (result.status === "unknown") result = checkSync(r.pattern, flags, { timeout: 40000 });
  return {
    status: result.status,
    complexity: result.status === "vulnerable" ? result.complexity.summary : "",
  };
}
