/**
 * The readiness check's rows over real HTTP on loopback: a static host with policy.json, the
 * manifest and the .well-known file, the fake Graph, the fake DoH resolver and a trace service.
 * Each failed part must show up in its own row with its fix, and only there.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { TokenProvider } from "../../../src/graph";
import { readinessText, runReadiness, type ReadinessDeps } from "../../../src/readiness/checks";
import { startFakeDoh, type FakeDoh } from "../../fakes/fake-doh";
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from "../../fakes/fake-graph";

const TENANT = "72f988bf-0000-4e2e-8e2e-00000000e2e0";
const CLIENT_ID = "0e2e0e2e-7d0c-4b1a-9f3e-70d0c0e2e000";
const MANIFEST = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");

function jwt(claims: Record<string, unknown>): string {
  const b = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b({ alg: "none" })}.${b(claims)}.`;
}

interface Host {
  url: string;
  policy: string | null;
  manifest: string;
  wellKnown: string | null;
  trace: { status: number; body: unknown } | null;
  traceAuth: string[];
  close(): Promise<void>;
}

async function startHost(): Promise<Host> {
  const host: Host = {
    url: "",
    policy: null,
    manifest: "",
    wellKnown: null,
    trace: null,
    traceAuth: [],
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    const send = (status: number, body: string | null, type = "application/json") =>
      body === null
        ? res.writeHead(404).end()
        : res.writeHead(status, { "content-type": type }).end(body);
    if (path === "/todoku/policy.json") return send(200, host.policy);
    if (path === "/todoku/manifest.xml") return send(200, host.manifest, "application/xml");
    if (path === "/.well-known/microsoft-officeaddins-allowed.json")
      return send(200, host.wellKnown);
    if (path === "/trace-api/trace" && host.trace) {
      host.traceAuth.push(String(req.headers.authorization ?? ""));
      return send(host.trace.status, JSON.stringify(host.trace.body));
    }
    return send(404, null);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host.manifest = MANIFEST.replace(/https:\/\/localhost:3000\//g, `${host.url}/todoku/`);
  host.wellKnown = JSON.stringify({ allowed: [`${host.url}/todoku/launchevent.js`] });
  host.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return host;
}

let host: Host;
let graph: FakeGraph | undefined;
let doh: FakeDoh;

beforeAll(async () => {
  host = await startHost();
  doh = await startFakeDoh({
    "microsoft.com": { MX: ["10 microsoft-com.mail.protection.outlook.com."] },
  });
});
afterAll(async () => {
  await host.close();
  await doh.close();
});
afterEach(async () => {
  await graph?.close();
  graph = undefined;
  host.trace = null;
  host.traceAuth = [];
});

function tokens(): { provider: TokenProvider; interactive: number } {
  const state = { interactive: 0, provider: undefined as unknown as TokenProvider };
  state.provider = {
    async getToken(scopes, opts) {
      if (opts?.interactive) state.interactive++;
      return jwt({
        tid: TENANT,
        aud: scopes[0]?.startsWith("api://") ? CLIENT_ID : "graph",
        scp: "x",
      });
    },
  };
  return state;
}

async function run(
  graphOptions: FakeGraphOptions,
  policy: Record<string, unknown> = {},
  extra: Partial<ReadinessDeps> = {}
) {
  await graph?.close(); // a test may run the check more than once
  graph = await startFakeGraph(graphOptions);
  host.policy = JSON.stringify({
    graph: { baseUrl: graph.url, ...((policy.graph as object | undefined) ?? {}) },
    dns: { resolverUrl: doh.url },
    ...Object.fromEntries(Object.entries(policy).filter(([k]) => k !== "graph")),
  });
  const t = tokens();
  const rows = await runReadiness({
    fetch,
    pageUrl: `${host.url}/todoku/readiness.html`,
    clientId: CLIENT_ID,
    tenant: TENANT,
    office: { inOutlook: true, naa: true, dialog: true, sendCheck: true },
    tokenProvider: t.provider,
    timeoutMs: 3000,
    ...extra,
  });
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));
  return { rows, by, interactive: t.interactive };
}

test("a healthy deployment: every row ok or skipped, one interactive sign-in", async () => {
  const { rows, by, interactive } = await run({});
  expect(rows.map((r) => r.id)).toEqual([
    "policy",
    "sign-in",
    "perm-user-read",
    "perm-mail-read",
    "perm-trace",
    "perm-reports",
    "trace-service",
    "dns",
    "send-check",
  ]);
  expect(rows.filter((r) => r.status === "failed")).toEqual([]);
  expect(by["sign-in"]?.detail.en).toContain(TENANT);
  expect(by["sign-in"]?.detail.en).toContain("NAA");
  expect(by["trace-service"]?.status).toBe("skipped");
  expect(by["send-check"]?.detail.en).toMatch(
    /manifest\.xml version \d+\.\d+\.\d+\.\d+, send check declared/
  );
  expect(interactive).toBe(1);
});

test("one permission missing: only that row fails, with its fix, also in the copied text", async () => {
  const { rows, by } = await run({ faults: [{ route: "getMailTips", kind: "403" }] });
  expect(rows.filter((r) => r.status === "failed").map((r) => r.id)).toEqual(["perm-mail-read"]);
  expect(by["perm-mail-read"]?.fix?.en).toMatch(/Add Mail\.Read \(delegated\).*admin consent/);
  const text = readinessText(rows, "en", "Todoku readiness");
  expect(text).toMatch(/^\[FAILED\] Permission Mail\.Read: not granted/m);
  expect(text).toMatch(/^ {4}→ Add Mail\.Read/m);
  expect(text).toMatch(/^\[OK\] Permission User\.Read/m);
  const ja = readinessText(rows, "ja", "Todoku");
  expect(ja).toMatch(/Mail\.Read（委任）を追加/);
  // the markers and the separator are the reader's language too: full-width in Japanese
  expect(ja).toMatch(/^［失敗］権限 Mail\.Read：/m);
  expect(ja).toMatch(/^［OK］権限 User\.Read：/m);
  expect(ja).not.toMatch(/\[(OK|FAILED|WARNING|SKIPPED)\]/);
});

test("admin features: a missing grant only fails when the policy turns the feature on", async () => {
  const off = await run({ traceTokens: ["someone-else"] });
  expect(off.by["perm-trace"]?.status).toBe("skipped");
  const on = await run({ traceTokens: ["someone-else"] }, { graph: { directTrace: true } });
  expect(on.by["perm-trace"]?.status).toBe("failed");
  expect(on.by["perm-trace"]?.fix?.en).toMatch(/admin role|consent/);
});

test("the trace service: answering for the caller, 401, and unreachable each say what to do", async () => {
  host.trace = { status: 200, body: { found: false, recipients: [], via: "service" } };
  const ok = await run({}, { graph: { traceServiceUrl: `${host.url}/trace-api` } });
  expect(ok.by["trace-service"]).toMatchObject({ status: "ok" });
  expect(host.traceAuth[0]).toMatch(/^Bearer /);
  host.trace = {
    status: 401,
    body: {
      error: { code: "unauthorized", correlationId: "0b7c3f0e-1111-4222-8333-444455556666" },
    },
  };
  const denied = await run({}, { graph: { traceServiceUrl: `${host.url}/trace-api` } });
  expect(denied.by["trace-service"]?.status).toBe("failed");
  expect(denied.by["trace-service"]?.detail.en).toContain("0b7c3f0e-1111-4222-8333-444455556666");
  expect(denied.by["trace-service"]?.fix?.en).toMatch(/access_as_user/);
  const gone = await run({}, { graph: { traceServiceUrl: "http://127.0.0.1:9" } });
  expect(gone.by["trace-service"]?.status).toBe("failed");
  expect(gone.by["trace-service"]?.fix?.en).toContain(`TODOKU_ALLOWED_ORIGINS to ${host.url}`);
});

test("a policy with errors, a resolver that refuses and a manifest built for another host", async () => {
  const saved = host.manifest;
  host.manifest = MANIFEST; // still on https://localhost:3000/
  try {
    const { by } = await run(
      {},
      { limits: { maxRecipients: 0 }, dns: { resolverUrl: "http://127.0.0.1:9/dns-query" } }
    );
    expect(by.policy?.status).toBe("failed");
    expect(by.policy?.detail.en).toContain("limits.maxRecipients");
    expect(by.dns?.status).toBe("failed");
    expect(by["send-check"]?.status).toBe("failed");
    expect(by["send-check"]?.fix?.en).toContain(`ADDIN_BASE_URL=${host.url}/todoku/`);
  } finally {
    host.manifest = saved;
  }
});

test("outside Outlook: sign-in says where to open the page; the permission rows wait for it", async () => {
  const { by } = await run(
    {},
    {},
    {
      office: { inOutlook: false, naa: false, dialog: false, sendCheck: false },
      tokenProvider: null,
    }
  );
  expect(by["sign-in"]?.status).toBe("failed");
  expect(by["sign-in"]?.fix?.en).toMatch(/Readiness check/);
  expect(by["perm-user-read"]?.status).toBe("skipped");
  expect(by.policy?.status).toBe("ok");
  expect(by.dns?.status).toBe("ok");
});
