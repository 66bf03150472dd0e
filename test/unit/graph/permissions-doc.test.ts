/**
 * The permissions table in code (src/graph/permissions.ts), the Graph paths the code calls, and
 * the two guides must agree. `TODOKU_WRITE_DOCS=1 npx jest test/unit/graph/permissions-doc`
 * rewrites the generated section of docs/deploy.md after a change to the table.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  GRAPH_CALLS,
  PERMISSIONS,
  TRACE_SERVICE_SCOPE,
  matchesSpec,
  permissionsMarkdown,
  traceServiceScope,
} from "../../../src/graph/permissions";
import { SCOPES, graphConfigFromBuild } from "../../../src/graph";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { loadConfig } from "../../../src/service/config";
import { traceEndpoint } from "../../../src/graph/trace-service-client";

const ROOT = join(__dirname, "../../..");
const DEPLOY = join(ROOT, "docs/deploy.md");
const BEGIN = "<!-- permissions:begin -->";
const END = "<!-- permissions:end -->";

/** Table text as data: indentation, column padding and dash runs (prettier's) do not count. */
function normalise(text: string): string {
  return text
    .split("\n")
    .map((l) => l.trim().replace(/\s+/g, " ").replace(/-{3,}/g, "---"))
    .filter(Boolean)
    .join("\n");
}

function generatedSection(doc: string): { start: number; end: number; text: string } {
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error("docs/deploy.md has no permissions markers");
  return { start: start + BEGIN.length, end, text: doc.slice(start + BEGIN.length, end) };
}

test("docs/deploy.md's permission section is the one generated from the table", () => {
  let doc = readFileSync(DEPLOY, "utf8");
  const section = generatedSection(doc);
  if (process.env.TODOKU_WRITE_DOCS === "1") {
    const block = permissionsMarkdown()
      .split("\n")
      .map((l) => (l ? `   ${l}` : ""))
      .join("\n");
    doc = `${doc.slice(0, section.start)}\n\n${block}\n\n   ${doc.slice(section.end)}`;
    writeFileSync(DEPLOY, doc);
  }
  expect(normalise(generatedSection(doc).text)).toBe(normalise(permissionsMarkdown()));
});

/** Every Graph path literal in the code that makes calls, found by its shape. */
function pathLiterals(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const out: string[] = [];
  const re = /["'`](\/(?:me|users|admin|reports)\b[^"'`$?\s]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] as string);
  return out;
}

test("every Graph path the add-in and the service call is in the table, with its caller", () => {
  const files: Array<[string, "add-in" | "trace service"]> = [
    ...readdirSync(join(ROOT, "src/graph"))
      .filter((f) => f.endsWith(".ts") && f !== "permissions.ts")
      .map((f) => [`src/graph/${f}`, "add-in"] as [string, "add-in"]),
    ["src/service/app-graph.ts", "trace service"],
  ];
  const missing: string[] = [];
  let seen = 0;
  for (const [file, caller] of files)
    for (const path of pathLiterals(file)) {
      seen++;
      const known = GRAPH_CALLS.some((c) => c.caller === caller && matchesSpec(c, path));
      // "/admin/…" paths are built from MESSAGE_TRACES_PATH; a bare prefix is fine
      if (!known && !GRAPH_CALLS.some((c) => c.caller === caller && c.path.startsWith(path)))
        missing.push(`${file}: ${path}`);
    }
  expect(seen).toBeGreaterThan(3); // the scan itself finds the calls
  expect(missing).toEqual([]);
});

test("the scopes the add-in asks for are the table's delegated permissions", () => {
  const delegated = new Set(
    PERMISSIONS.filter((p) => p.kind === "delegated").map((p) => p.permission)
  );
  for (const scope of [...SCOPES.compose, ...SCOPES.trace, ...SCOPES.usageReport])
    expect(delegated).toContain(scope);
  for (const call of GRAPH_CALLS)
    expect(PERMISSIONS.some((p) => p.permission === call.permission && p.kind === call.kind)).toBe(
      true
    );
});

describe("one trace-service story in both guides and in the code", () => {
  const deploy = readFileSync(DEPLOY, "utf8");
  const service = readFileSync(join(ROOT, "docs/trace-service.md"), "utf8");
  const clientId = "0f0e0d0c-0b0a-4909-8807-060504030201";

  test("the add-in asks for the scope the service requires, on the add-in's own app id", () => {
    const policy = {
      ...DEFAULT_POLICY,
      graph: { ...DEFAULT_POLICY.graph, traceServiceUrl: "https://t.example/api" },
    };
    const config = graphConfigFromBuild(policy, { clientId });
    expect(config.traceService?.scopes).toEqual([traceServiceScope(clientId)]);
    const svc = loadConfig(
      {
        TODOKU_ALLOWED_TENANTS: "11111111-2222-3333-4444-555555555555",
        TODOKU_SERVICE_CLIENT_ID: clientId,
        TODOKU_SERVICE_CLIENT_SECRET: "x",
      },
      () => ""
    );
    expect(svc.requiredScope).toBe(TRACE_SERVICE_SCOPE);
    expect(svc.audiences).toEqual(expect.arrayContaining([clientId, `api://${clientId}`]));
  });

  test("both guides name the same scope and application permissions, and no other scope", () => {
    for (const doc of [deploy, service]) {
      expect(doc).toContain(TRACE_SERVICE_SCOPE);
      expect(doc).toContain("User.Read.All");
      expect(doc).not.toMatch(/(?<![A-Za-z])Trace\.Read\b/);
      expect(doc).not.toMatch(/\/\.default/);
    }
  });

  test("each traceServiceUrl example in the guides reaches the endpoint the service serves", () => {
    const examples = [...`${deploy}\n${service}`.matchAll(/"traceServiceUrl":\s*"([^"]+)"/g)].map(
      (m) => m[1] as string
    );
    expect(examples.length).toBeGreaterThan(1);
    for (const url of examples) {
      const path = new URL(traceEndpoint(url)).pathname;
      expect(["/trace", "/api/trace"]).toContain(path);
    }
    // the Azure Functions registration in both guides answers OPTIONS as well as GET
    for (const doc of [deploy, service])
      for (const m of doc.matchAll(/app\.http\("trace", \{ methods: (\[[^\]]*\])/g))
        expect(JSON.parse(m[1] as string)).toEqual(["GET", "OPTIONS"]);
  });
});
