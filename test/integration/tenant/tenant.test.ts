/**
 * A tenant set up exactly as docs/deploy.md and docs/trace-service.md say, on loopback: the fake
 * Entra (signing keys, token endpoint), the fake Graph, the real trace service over HTTP with
 * the guide's environment variables, and the add-in's Graph session with the guide's policy.
 * Users: an ordinary user (no admin role: no prompts, trace through the service), an Exchange
 * admin (direct trace), items of a shared mailbox, trace answers of more than one page, and the
 * browser's OPTIONS preflight in both hosting modes.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DEFAULT_POLICY, type Policy } from "../../../src/core/policy/schema";
import {
  createGraphSession,
  graphConfigFromBuild,
  traceServiceScope,
  type TokenProvider,
  type TokenRequestOptions,
} from "../../../src/graph";
import { readCurrentItem } from "../../../src/office";
import { AppGraph } from "../../../src/service/app-graph";
import { loadConfig } from "../../../src/service/config";
import { createTraceServer } from "../../../src/service/http-server";
import { createLogger } from "../../../src/service/log";
import { TraceHandler } from "../../../src/service/trace-handler";
import { startFakeEntra, type FakeEntra } from "../../fakes/fake-entra";
import { startFakeGraph, type FakeGraph, type WireTrace } from "../../fakes/fake-graph";
import {
  composeDraft,
  fail,
  installOffice,
  ok,
  sentItem,
  uninstallOffice,
} from "../../unit/office/seeds";

const ROOT = join(__dirname, "../../..");
const GUIDE = readFileSync(join(ROOT, "docs/trace-service.md"), "utf8");
const DEPLOY = readFileSync(join(ROOT, "docs/deploy.md"), "utf8");

const TENANT = "6a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
/** The add-in's app registration: the one app of the guides. */
const CLIENT_ID = "3f2e1d0c-b9a8-4765-8432-10fedcba9876";
const SECRET = "guide-secret~0123456789abcdefghijklmnopqrstuv";
const ADDIN_ORIGIN = "https://addins.contoso.co.jp";
const TARO = "00000000-0000-4000-8000-0000000000a1"; // ordinary user
const ADMIN = "00000000-0000-4000-8000-0000000000b2"; // Exchange admin
const MESSAGE_ID = "<TYAPR01MB1234.guide@contoso.co.jp>";
const SHARED_ID = "<TYAPR01MB5678.info@contoso.co.jp>";
const SENT_AT = new Date(Date.now() - 60 * 60_000).toISOString();

function row(id: string, messageId: string, sender: string, recipient: string, status: string) {
  const t: WireTrace = {
    id,
    senderAddress: sender,
    recipientAddress: recipient,
    messageId,
    receivedDateTime: new Date(Date.now() - 59 * 60_000).toISOString(),
    subject: "見積書の送付",
    status,
    details: [
      {
        dateTime: new Date(Date.now() - 59 * 60_000).toISOString(),
        event: status === "Failed" ? "Fail" : "Deliver",
        description: status === "Failed" ? "550 5.1.1 RESOLVER.ADR.RecipNotFound" : "Delivered",
      },
    ],
  };
  return t;
}

/** Three recipients served two per page: the third is only behind @odata.nextLink. */
const TRACES: WireTrace[] = [
  row("t-1", MESSAGE_ID, "taro@contoso.co.jp", "hanako@fabrikam.co.jp", "Delivered"),
  row("t-1", MESSAGE_ID, "taro@contoso.co.jp", "jiro@fabrikam.co.jp", "Delivered"),
  row("t-1", MESSAGE_ID, "taro@contoso.co.jp", "nobody@fabrikam.co.jp", "Failed"),
  row("t-2", SHARED_ID, "info@contoso.co.jp", "customer@example.com", "Failed"),
];

let entra: FakeEntra;
let graph: FakeGraph;
let service: Server;
let serviceOrigin: string;
let logs: string[];

/** The guide's environment variables, with the values of this test tenant. */
function guideEnvironment(): Record<string, string> {
  return {
    TODOKU_ALLOWED_TENANTS: TENANT,
    TODOKU_SERVICE_CLIENT_ID: CLIENT_ID,
    TODOKU_SERVICE_CLIENT_SECRET: SECRET,
    TODOKU_ALLOWED_ORIGINS: ADDIN_ORIGIN,
    TODOKU_AUTHORITY_HOST: entra.url,
    TODOKU_GRAPH_BASE_URL: graph.url,
  };
}

/** The policy of the guide: its traceServiceUrl example, on the loopback host. */
function guidePolicy(withService: boolean): Policy {
  const example = /"traceServiceUrl":\s*"([^"]+)"/.exec(GUIDE)?.[1];
  if (!example) throw new Error("docs/trace-service.md has no traceServiceUrl example");
  const url = `${serviceOrigin}${new URL(example).pathname}`;
  return {
    ...DEFAULT_POLICY,
    graph: {
      ...DEFAULT_POLICY.graph,
      baseUrl: graph.url,
      traceServiceUrl: withService ? url : null,
    },
  };
}

interface TokenCall {
  scopes: string[];
  opts: TokenRequestOptions | undefined;
}

/** What NAA does for a signed-in user: silent tokens; a JWT from Entra for the add-in's own API. */
function naaUser(oid: string, graphToken: string): { provider: TokenProvider; calls: TokenCall[] } {
  const calls: TokenCall[] = [];
  return {
    calls,
    provider: {
      async getToken(scopes, opts) {
        calls.push({ scopes, opts });
        if (scopes.length === 1 && scopes[0] === traceServiceScope(CLIENT_ID))
          return entra.userToken({
            tid: TENANT,
            oid,
            aud: CLIENT_ID,
            scp: "access_as_user",
            upn: "someone@contoso.co.jp",
          });
        return graphToken;
      },
    },
  };
}

function session(policy: Policy, provider: TokenProvider) {
  return createGraphSession(
    graphConfigFromBuild(policy, {
      clientId: CLIENT_ID,
      tenant: TENANT,
      tokenProvider: provider,
      timeoutMs: 3000,
      maxRetries: 0,
    })
  );
}

const sent = (messageId: string, from = "taro@contoso.co.jp") => ({
  source: "office-read" as const,
  kind: "sent" as const,
  subject: "見積書の送付",
  from: { address: from },
  to: [{ address: "hanako@fabrikam.co.jp" }],
  cc: [],
  bcc: [],
  attachments: [],
  messageId,
  date: SENT_AT,
});

beforeAll(async () => {
  entra = await startFakeEntra({ clientId: CLIENT_ID, clientSecret: SECRET });
  graph = await startFakeGraph({
    traces: TRACES,
    tracePageSize: 2,
    // the admin's delegated token and the service's app-only token may read message trace
    traceTokens: ["admin-token", "app-token"],
    mailTips: { "info@contoso.co.jp": { mailboxFull: true } },
    users: {
      [TARO]: {
        userPrincipalName: "taro@contoso.co.jp",
        mail: "taro@contoso.co.jp",
        proxyAddresses: ["SMTP:taro@contoso.co.jp", "smtp:t.yamada@contoso.jp"],
      },
    },
  });
  logs = [];
  // the service exactly as the guide starts it: loadConfig over the documented variables
  const config = loadConfig(guideEnvironment(), () => "");
  service = createTraceServer(
    config,
    new TraceHandler(
      config,
      new AppGraph(config),
      createLogger((l) => logs.push(l), [SECRET])
    )
  );
  await new Promise<void>((resolve) => service.listen(0, "127.0.0.1", resolve));
  serviceOrigin = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    service.closeAllConnections();
    service.close(() => resolve());
  });
  await graph.close();
  await entra.close();
});

afterEach(() => uninstallOffice());

test("the guide documents every variable and value this setup uses", () => {
  for (const name of Object.keys(guideEnvironment())) expect(GUIDE).toContain(name);
  expect(GUIDE).toContain("access_as_user");
  expect(GUIDE).toMatch(/methods: \["GET", "OPTIONS"\]/);
  expect(DEPLOY).toMatch(/"traceServiceUrl": "https:\/\/todoku-trace\.azurewebsites\.net\/api"/);
});

describe("an ordinary user (no admin role)", () => {
  test("traces their own mail through the service, all pages, without any prompt", async () => {
    const user = naaUser(TARO, "user-token");
    const s = session(guidePolicy(true), user.provider);
    const fact = await s.traceSentMessage(sent(MESSAGE_ID));
    expect(fact.state).toBe("ok");
    if (fact.state !== "ok") return;
    expect(fact.value.via).toBe("service");
    expect(fact.value.recipients.map((r) => r.address).sort()).toEqual([
      "hanako@fabrikam.co.jp",
      "jiro@fabrikam.co.jp",
      "nobody@fabrikam.co.jp",
    ]);
    expect(
      fact.value.recipients.find((r) => r.status === "failed")?.events[0]?.description
    ).toMatch(/5\.1\.1/);
    // the third recipient was on the second page, reached by the service through nextLink
    expect(
      graph.requests.some((r) => r.url.includes("%24skiptoken=2") || r.url.includes("$skiptoken=2"))
    ).toBe(true);
    expect(user.calls.every((c) => c.opts?.interactive !== true)).toBe(true);
    expect(user.calls.map((c) => c.scopes)).toContainEqual([traceServiceScope(CLIENT_ID)]);
    // the service signed in with the app's own credential, for Graph
    expect(entra.tokenRequests[0]).toMatchObject({
      clientId: CLIENT_ID,
      grantType: "client_credentials",
      scope: `${graph.url}/.default`,
    });
  });

  test("another mailbox's mail is answered like an unknown one, and no direct trace prompts", async () => {
    const user = naaUser(TARO, "user-token");
    const s = session(guidePolicy(true), user.provider);
    const fact = await s.traceSentMessage(sent(SHARED_ID, "info@contoso.co.jp"));
    // the service says "nothing for you"; the silent direct call is refused (not an admin)
    expect(fact).toMatchObject({ state: "ok", value: { recipients: [] } });
    expect(user.calls.every((c) => c.opts?.interactive !== true)).toBe(true);
  });

  test("without a trace service, the direct trace is silent and ends in 'ask IT' with the Message-ID", async () => {
    const user = naaUser(TARO, "user-token");
    const s = session(guidePolicy(false), user.provider);
    const fact = await s.traceSentMessage(sent(MESSAGE_ID));
    expect(fact.state).toBe("unavailable");
    if (fact.state === "unavailable") expect(fact.why.fix.en).toContain(MESSAGE_ID);
    expect(user.calls.length).toBeGreaterThan(0);
    expect(user.calls.every((c) => c.opts?.interactive === false)).toBe(true);
  });

  test("compose checks run silently; a silent sign-in that needs the user asks for the button", async () => {
    const user = naaUser(TARO, "user-token");
    const s = session(guidePolicy(true), user.provider);
    installOffice(composeDraft());
    const facts = await s.gatherComposeFacts(await readCurrentItem());
    expect(facts.mailTips?.state).toBe("ok");
    expect(facts.licence?.state).toBe("ok");
    expect(user.calls.every((c) => c.opts?.interactive === false)).toBe(true);

    const calls: TokenCall[] = [];
    let signedIn = false;
    const needsUser: TokenProvider = {
      async getToken(scopes, opts) {
        calls.push({ scopes, opts });
        if (opts?.interactive) {
          signedIn = true;
          return "user-token";
        }
        if (!signedIn)
          throw Object.assign(new Error("AADSTS50058: no signed-in user"), {
            name: "InteractionRequiredAuthError",
            errorCode: "login_required",
          });
        return "user-token";
      },
    };
    const fresh = session(guidePolicy(true), needsUser);
    const before = await fresh.gatherComposeFacts(await readCurrentItem());
    expect(before.mailTips).toMatchObject({
      state: "unavailable",
      why: { code: "graph.sign-in-required" },
    });
    expect(calls.some((c) => c.opts?.interactive)).toBe(false);
    // the button: one interactive sign-in, then everything is silent again
    expect(await fresh.signIn()).toMatchObject({ ok: true });
    expect(await fresh.signIn()).toMatchObject({ ok: true });
    expect(calls.filter((c) => c.opts?.interactive)).toHaveLength(1);
    const after = await fresh.gatherComposeFacts(await readCurrentItem());
    expect(after.mailTips?.state).toBe("ok");
    expect(calls.filter((c) => c.opts?.interactive)).toHaveLength(1);
  });
});

describe("an Exchange admin", () => {
  test("traces directly through Graph, silently, across pages", async () => {
    const admin = naaUser(ADMIN, "admin-token");
    const s = session(guidePolicy(false), admin.provider);
    const fact = await s.traceSentMessage(sent(MESSAGE_ID));
    expect(fact.state).toBe("ok");
    if (fact.state !== "ok") return;
    expect(fact.value.via).toBe("graph");
    expect(fact.value.recipients).toHaveLength(3);
    expect(admin.calls.every((c) => c.opts?.interactive === false)).toBe(true);
  });

  test("with the policy's directTrace the sign-in button also asks for the trace permission", async () => {
    const admin = naaUser(ADMIN, "admin-token");
    const policy = guidePolicy(false);
    const s = session({ ...policy, graph: { ...policy.graph, directTrace: true } }, admin.provider);
    await s.signIn();
    const interactive = admin.calls.filter((c) => c.opts?.interactive);
    expect(interactive).toHaveLength(1);
    expect(interactive[0]?.scopes).toEqual(
      expect.arrayContaining(["User.Read", "Mail.Read", "ExchangeMessageTrace.Read.All"])
    );
    // without it, the button asks for the everyday permissions only
    const plain = naaUser(ADMIN, "admin-token");
    await session(guidePolicy(false), plain.provider).signIn();
    expect(plain.calls[0]?.scopes).not.toContain("ExchangeMessageTrace.Read.All");
  });
});

describe("items of a shared mailbox (info@)", () => {
  const SHARED = { owner: "info@contoso.co.jp", delegatePermissions: 0x3f };

  test("a draft there checks the shared mailbox, not the user's", async () => {
    installOffice(
      composeDraft({
        from: { getAsync: fail("GenericResponseError", "no from", 9020) },
        getSharedPropertiesAsync: ok(SHARED),
      })
    );
    const user = naaUser(TARO, "user-token");
    const snapshot = await readCurrentItem();
    const facts = await session(guidePolicy(true), user.provider).gatherComposeFacts(snapshot);
    expect(facts.ownMailbox).toMatchObject({
      state: "ok",
      value: { address: "info@contoso.co.jp", full: true },
    });
    const tips = graph.requests.filter((r) => r.body.includes("getMailTips"));
    expect(tips.at(-1)?.body).toContain("info@contoso.co.jp");
  });

  test("its sent copy is read as sent and an admin traces it", async () => {
    installOffice(
      sentItem({
        from: { displayName: "Info", emailAddress: "info@contoso.co.jp" },
        sender: { displayName: "Info", emailAddress: "info@contoso.co.jp" },
        internetMessageId: SHARED_ID,
        dateTimeCreated: new Date(SENT_AT),
        getSharedPropertiesAsync: ok(SHARED),
      })
    );
    const snapshot = await readCurrentItem({ withoutRaw: true });
    expect(snapshot.kind).toBe("sent");
    const admin = naaUser(ADMIN, "admin-token");
    const fact = await session(guidePolicy(false), admin.provider).traceSentMessage(snapshot);
    expect(fact).toMatchObject({
      state: "ok",
      value: { via: "graph", recipients: [{ address: "customer@example.com", status: "failed" }] },
    });
  });
});

describe("the browser's OPTIONS preflight", () => {
  const preflight = {
    origin: ADDIN_ORIGIN,
    "access-control-request-method": "GET",
    "access-control-request-headers": "authorization",
  };

  test("the Node server answers it at the policy's URL with the allowed origin", async () => {
    const base = guidePolicy(true).graph.traceServiceUrl as string;
    const res = await fetch(`${base}/trace`, { method: "OPTIONS", headers: preflight });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(ADDIN_ORIGIN);
    expect(res.headers.get("access-control-allow-methods")).toMatch(/GET/);
    expect(res.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    const other = await fetch(`${base}/trace`, {
      method: "OPTIONS",
      headers: { ...preflight, origin: "https://evil.example" },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("the Azure Functions adapter answers it the same way, with the guide's settings", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, guideEnvironment());
    try {
      const { traceFunction } = await import("../../../src/service/azure-function");
      const headers = new Map(Object.entries(preflight));
      const out = await traceFunction({
        method: "OPTIONS",
        url: "https://todoku-trace.azurewebsites.net/api/trace",
        headers: { get: (n: string) => headers.get(n.toLowerCase()) ?? null },
      });
      expect(out.status).toBe(204);
      expect(out.headers["access-control-allow-origin"]).toBe(ADDIN_ORIGIN);
      expect(out.headers["access-control-allow-methods"]).toMatch(/GET/);
    } finally {
      for (const k of Object.keys(guideEnvironment())) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

test("nothing secret reached the service's log", () => {
  expect(logs.join("")).not.toContain(SECRET);
  expect(logs.join("")).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
});
