/**
 * The send-check bundle must stay small and loadable by classic Outlook's JavaScript-only
 * runtime: one file (no dynamic import(), which would need extra chunks the runtime cannot
 * load), and none of the pane's heavy or browser-only packages. Checked on the source import
 * graph, which is what webpack bundles, without running a build.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const ROOT = join(__dirname, "../../..");
const ENTRY = join(ROOT, "src/sendcheck/launchevent.ts");

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        continue; // a directory
      }
    }
  }
  return undefined;
}

/** Static and dynamic imports of a module (type-only imports are erased and do not count). */
function importsOf(source: string): { specs: string[]; dynamic: string[] } {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const specs: string[] = [];
  for (const m of code.matchAll(
    /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm
  )) {
    if (!m[1]) specs.push(m[2] as string);
  }
  const dynamic = [...code.matchAll(/\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1] as string
  );
  return { specs, dynamic };
}

function graph(entry: string): { files: Set<string>; packages: Set<string>; dynamic: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const dynamic: string[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const found = importsOf(readFileSync(file, "utf8"));
    dynamic.push(...found.dynamic.map((d) => `${file.slice(ROOT.length + 1)} → ${d}`));
    for (const spec of found.specs) {
      if (spec.startsWith(".")) {
        const next = resolveLocal(file, spec);
        if (next && /\.tsx?$/.test(next)) queue.push(next);
      } else {
        packages.add(
          spec.startsWith("@")
            ? spec.split("/").slice(0, 2).join("/")
            : (spec.split("/")[0] as string)
        );
      }
    }
  }
  return { files, packages, dynamic };
}

describe("the send-check bundle (launchevent.js)", () => {
  const { files, packages, dynamic } = graph(ENTRY);

  test("reads the draft through src/office and decides with the core", () => {
    const rel = [...files].map((f) => f.slice(ROOT.length + 1));
    expect(rel).toEqual(
      expect.arrayContaining([
        "src/office/index.ts",
        "src/core/engine.ts",
        "src/core/sendcheck/decide.ts",
      ])
    );
    expect(files.size).toBeGreaterThan(20);
  });

  test("installs the text codecs before any other module is evaluated", () => {
    expect(importsOf(readFileSync(ENTRY, "utf8")).specs[0]).toBe("./runtime-setup");
  });

  test("has no dynamic import(): classic Outlook runs it as one file", () => {
    expect(dynamic).toEqual([]);
  });

  test("pulls in no React, Fluent UI, MSAL, Graph SDK or dev-server code", () => {
    const forbidden = [
      "react",
      "react-dom",
      "@fluentui/react-components",
      "@fluentui/react-icons",
      "@azure/msal-browser",
      "@microsoft/microsoft-graph-client",
      "webpack-dev-server",
      "webpack",
    ];
    expect([...packages].filter((p) => forbidden.includes(p))).toEqual([]);
    expect(
      [...files].filter((f) => /src[\\/](taskpane|graph|dns|cli|service)[\\/]/.test(f))
    ).toEqual([]);
  });

  test("the graph walker sees dynamic imports and packages (it can fail)", () => {
    const probe = importsOf(
      'import { a } from "./x";\nimport type { T } from "react";\nconst m = await import(/* webpackChunkName: "y" */ "../y");\nexport { b } from "@azure/msal-browser";'
    );
    expect(probe.specs).toEqual(["./x", "@azure/msal-browser"]);
    expect(probe.dynamic).toEqual(["../y"]);
  });
});
