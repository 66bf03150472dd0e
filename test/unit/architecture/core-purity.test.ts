/**
 * The core must run unchanged in Node and the browser: no Office, React, DOM or network in it.
 * This scans every file under src/core for imports and globals that would break that.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const CORE = path.join(__dirname, "..", "..", "..", "src", "core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const FORBIDDEN_PACKAGES =
  /from\s+["'](react|react-dom|@fluentui\/[^"']+|@azure\/msal-browser|@microsoft\/office-js|node:[^"']+|fs|path|http|https|child_process)["']/;

/** Relative imports must stay inside src/core (the shells depend on the core, never the reverse). */
function importsLeavingCore(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = path.resolve(path.dirname(file), m[1] as string);
    if (!target.startsWith(CORE + path.sep)) out.push(m[1] as string);
  }
  return out;
}

const FORBIDDEN_GLOBALS =
  /\b(document|window|localStorage|sessionStorage|navigator|Office|fetch|XMLHttpRequest)\s*[.(]/;

describe("src/core is pure", () => {
  const coreFiles = files(CORE);

  it("has files to check", () => {
    expect(coreFiles.length).toBeGreaterThan(20);
  });

  it.each(coreFiles.map((f) => [path.relative(CORE, f), f]))(
    "%s imports nothing platform-specific",
    (_rel, file) => {
      const source = readFileSync(file, "utf8");
      expect(source).not.toMatch(FORBIDDEN_PACKAGES);
      expect(importsLeavingCore(file, source)).toEqual([]);
      // Comments may mention these names; code may not use them.
      const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
      expect(code).not.toMatch(FORBIDDEN_GLOBALS);
    }
  );
});
