/**
 * The trace service over real HTTP on loopback: a local JWKS and a fake Entra token endpoint +
 * Graph (users, messageTraces, getDetailsByRecipient) with fault injection.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from "jose";
import { AppGraph } from "../../../src/service/app-graph";
import type { ServiceConfig } from "../../../src/service/config";
import { loadConfig } from "../../../src/service/config";
import { createTraceServer } from "../../../src/service/http-server";
import { createLogger } from "../../../src/service/log";
import { TraceHandler, traceWindow } from "../../../src/service/trace-handler";

const TENANT = "11111111-2222-3333-4444-555555555555";
const OTHER_TENANT = "99999999-2222-3333-4444-555555555555";
const CLIENT_ID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const SECRET = "s3cr3t-Value~with.enough_length-to-look-real-1234";
const USER_OID = "00000000-0000-0000-0000-0000000000a1";
const MESSAGE_ID = "<abc123@contoso.co.jp>";
const OTHER_MESSAGE_ID = "<zzz999@contoso.co.jp>";

interface FakeState {
  graphCalls: string[];
  tokenBodies: string[];
  throttle: number | null;
  /** Message trace answers 403 Authorization_RequestDenied. */
  forbid: boolean;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    )
  );
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

let privateKey: KeyLike;
let otherKey: KeyLike;
let jwks: Server;
let fake: Server;
let service: Server;
let fakeUrl: string;
let jwksUrl: string;
let serviceUrl: string;
let logs: string[];
const state: FakeState = { graphCalls: [], tokenBodies: [], throttle: null, forbid: false };

function startFake(): Server {
  return createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? "");
    if (req.method === "POST" && url.endsWith("/oauth2/v2.0/token")) {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        state.tokenBodies.push(body);
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ access_token: "app-token", expires_in: 3600 }));
      });
      return;
    }
    state.graphCalls.push(url);
    if (req.headers.authorization !== "Bearer app-token") {
      res.writeHead(401).end();
      return;
    }
    if (url.startsWith(`/v1.0/users/${USER_OID}`)) {
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          userPrincipalName: "taro@contoso.co.jp",
          mail: "taro@contoso.co.jp",
          proxyAddresses: ["SMTP:taro@contoso.co.jp", "smtp:t.yamada@contoso.jp"],
        })
      );
      return;
    }
    if (state.forbid && url.includes("/admin/exchange/tracing/")) {
      res
        .writeHead(403, { "content-type": "application/json" })
        .end(
          '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges"}}'
        );
      return;
    }
    if (state.throttle !== null && url.includes("/admin/exchange/tracing/")) {
      res
        .writeHead(429, {
          "retry-after": String(state.throttle),
          "content-type": "application/json",
        })
        .end('{"error":{"code":"TooManyRequests"}}');
      return;
    }
    if (url.includes("getDetailsByRecipient")) {
      res.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          value: [
            {
              dateTime: "2026-11-20T01:00:05Z",
              event: "Fail",
              action: "",
              description: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
            },
          ],
        })
      );
      return;
    }
    if (url.startsWith("/v1.0/admin/exchange/tracing/messageTraces?")) {
      const own = url.includes(MESSAGE_ID);
      const other = url.includes(OTHER_MESSAGE_ID);
      const rows = own
        ? [
            {
              id: "t1",
              senderAddress: "t.yamada@contoso.jp",
              recipientAddress: "hanako@example.com",
              messageId: MESSAGE_ID,
              receivedDateTime: "2026-11-20T01:00:00Z",
              subject: "見積書",
              status: "Failed",
            },
            {
              id: "t1",
              senderAddress: "t.yamada@contoso.jp",
              recipientAddress: "jiro@example.com",
              messageId: MESSAGE_ID,
              receivedDateTime: "2026-11-20T01:00:00Z",
              subject: "見積書",
              status: "delivered",
            },
          ]
        : other
          ? [
              {
                id: "t9",
                senderAddress: "boss@contoso.co.jp",
                recipientAddress: "x@example.com",
                messageId: OTHER_MESSAGE_ID,
                receivedDateTime: "2026-11-20T01:00:00Z",
                subject: "secret",
                status: "delivered",
              },
            ]
          : [];
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ value: rows }));
      return;
    }
    res.writeHead(404).end();
  });
}

function config(overrides: Partial<ServiceConfig> = {}): ServiceConfig {
  return {
    allowedTenants: [TENANT],
    audiences: [`api://${CLIENT_ID}`],
    requiredScope: "access_as_user",
    clientId: CLIENT_ID,
    credential: { kind: "secret", secret: SECRET },
    authorityHost: fakeUrl,
    graphBaseUrl: fakeUrl,
    jwksUrl: `${jwksUrl}/keys`,
    allowedOrigins: ["https://addin.contoso.co.jp"],
    port: 0,
    userLimitPer5Min: 5,
    tenantGraphBudgetPer5Min: 90,
    cacheSeconds: 60,
    maxDetailRecipients: 10,
    ...overrides,
  };
}

async function token(
  claims: Record<string, unknown> = {},
  options: { key?: KeyLike; exp?: string | number; iss?: string; aud?: string } = {}
): Promise<string> {
  const tid = (claims.tid as string | undefined) ?? TENANT;
  return new SignJWT({
    tid,
    oid: USER_OID,
    upn: "taro@contoso.co.jp",
    scp: "access_as_user",
    ...claims,
  })
    .setProtectedHeader({ alg: "RS256", kid: "k1" })
    .setIssuer(options.iss ?? `${fakeUrl}/${tid}/v2.0`)
    .setAudience(options.aud ?? `api://${CLIENT_ID}`)
    .setIssuedAt()
    .setExpirationTime(options.exp ?? "10m")
    .sign(options.key ?? privateKey);
}

async function call(
  bearer: string | null,
  query = `messageId=${encodeURIComponent(MESSAGE_ID)}&sentAt=${encodeURIComponent(new Date(Date.now() - 3600_000).toISOString())}`
) {
  const res = await fetch(`${serviceUrl}/trace?${query}`, {
    headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    json: JSON.parse(text) as Record<string, unknown>,
  };
}

async function startService(cfg: ServiceConfig): Promise<void> {
  logs = [];
  const handler = new TraceHandler(
    cfg,
    new AppGraph(cfg),
    createLogger((l) => logs.push(l), [SECRET])
  );
  service = createTraceServer(cfg, handler);
  serviceUrl = await listen(service);
}

beforeAll(async () => {
  ({ privateKey: otherKey } = await generateKeyPair("RS256"));
  const pair = await generateKeyPair("RS256", { extractable: true });
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  jwks = createServer((_req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }))
  );
  jwksUrl = await listen(jwks);
  fake = startFake();
  fakeUrl = await listen(fake);
});

beforeEach(async () => {
  state.graphCalls = [];
  state.tokenBodies = [];
  state.throttle = null;
  state.forbid = false;
  await startService(config());
});

afterEach(async () => close(service));
afterAll(async () => {
  await close(jwks);
  await close(fake);
});

describe("trace service", () => {
  it("returns the caller's own trace rows with their events", async () => {
    const r = await call(await token());
    expect(r.status).toBe(200);
    expect(r.json.found).toBe(true);
    expect(r.json.via).toBe("service");
    const recipients = r.json.recipients as Array<{
      address: string;
      status: string;
      events: unknown[];
    }>;
    expect(recipients.map((x) => x.address)).toEqual(["hanako@example.com", "jiro@example.com"]);
    expect(recipients[0]?.status).toBe("Failed");
    expect(recipients[0]?.events).toHaveLength(1);
    // the trace filter carried the Message-ID and a date window
    expect(
      state.graphCalls.some((c) =>
        c.includes(`messageId eq '${MESSAGE_ID}' and receivedDateTime ge `)
      )
    ).toBe(true);
  });

  it("answers another user's message exactly like one that does not exist", async () => {
    const mine = await call(await token(), `messageId=${encodeURIComponent(OTHER_MESSAGE_ID)}`);
    const none = await call(await token(), `messageId=${encodeURIComponent("<nothing@x>")}`);
    expect(mine.status).toBe(200);
    expect(mine.text).not.toMatch(/boss@|secret/);
    expect(mine.json).toEqual({ ...none.json, messageId: OTHER_MESSAGE_ID });
    expect(mine.status).toBe(none.status);
  });

  it("authorizes by the object id's addresses only, never by the token's user name", async () => {
    // a token whose upn / preferred_username name the sender of the other mail
    const forged = await token({
      upn: "boss@contoso.co.jp",
      preferred_username: "boss@contoso.co.jp",
    });
    const r = await call(forged, `messageId=${encodeURIComponent(OTHER_MESSAGE_ID)}`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ found: false, recipients: [] });
    expect(r.text).not.toMatch(/boss@|secret/);
  });

  it("says found=false when nothing matches", async () => {
    const r = await call(await token(), `messageId=${encodeURIComponent("<nothing@x>")}`);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ found: false, recipients: [] });
  });

  it.each([
    ["no token", async () => null],
    ["expired", async () => token({}, { exp: Math.floor(Date.now() / 1000) - 3600 })],
    ["wrong audience", async () => token({}, { aud: "api://someone-else" })],
    ["wrong issuer", async () => token({}, { iss: "https://evil.example/v2.0" })],
    ["tenant not allowed", async () => token({ tid: OTHER_TENANT })],
    ["signed by another key", async () => token({}, { key: otherKey })],
    [
      "unsigned (alg none)",
      async () => {
        const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
        const now = Math.floor(Date.now() / 1000);
        return `${b64({ alg: "none", typ: "JWT" })}.${b64({ tid: TENANT, oid: USER_OID, aud: `api://${CLIENT_ID}`, iss: `${fakeUrl}/${TENANT}/v2.0`, exp: now + 600 })}.`;
      },
    ],
    [
      "tampered payload",
      async () => {
        const [h, p, s] = (await token()).split(".") as [string, string, string];
        const payload = JSON.parse(Buffer.from(p, "base64url").toString());
        payload.oid = "00000000-0000-0000-0000-0000000000ff";
        return `${h}.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${s}`;
      },
    ],
    ["garbage", async () => "not.a.jwt"],
    [
      "app-only (roles, no scp)",
      async () => token({ scp: undefined, roles: ["Trace.Read.All"], idtyp: "app" }),
    ],
    ["app-only without idtyp", async () => token({ scp: undefined, roles: ["x"] })],
    ["delegated with another scope", async () => token({ scp: "User.Read Mail.Read" })],
    ["scope given as a prefix only", async () => token({ scp: "access_as_user_admin" })],
    ["a non-GUID object id", async () => token({ oid: "../../users/boss" })],
  ])("rejects %s with 401 and a generic body", async (_name, make) => {
    const r = await call(await make());
    expect(r.status).toBe(401);
    expect(state.graphCalls).toEqual([]);
    const err = r.json.error as { message: string; correlationId: string };
    expect(err.message).toBe("the access token was not accepted");
    expect(err.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get("x-correlation-id")).toBe(err.correlationId);
    // the reason stays in the log, under the same id
    expect(logs.some((l) => l.includes(err.correlationId) && l.includes("auth rejected"))).toBe(
      true
    );
  });

  it("never echoes Graph's error codes; the log keeps them under the correlation id", async () => {
    state.forbid = true;
    const r = await call(await token(), `messageId=${encodeURIComponent("<forbidden@x>")}`);
    expect(r.status).toBe(502);
    expect(r.text).not.toMatch(/Authorization_RequestDenied|403/);
    const err = r.json.error as { code: string; correlationId: string };
    expect(err.code).toBe("upstream_unavailable");
    const line = logs.find((l) => l.includes(err.correlationId));
    expect(line).toMatch(/Authorization_RequestDenied/);
  });

  it("answers a bad request without repeating the input", async () => {
    const r = await call(await token(), `messageId=${encodeURIComponent("<a@b>")}&sentAt=<script>`);
    expect(r.status).toBe(400);
    expect(r.text).not.toContain("script");
    expect(r.json).toMatchObject({ error: { code: "bad_request" } });
  });

  it("turns Graph throttling into 429 with a clear retry time", async () => {
    state.throttle = 42;
    const r = await call(await token());
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toBe("42");
    expect(r.json).toMatchObject({ error: { code: "throttled", retryAfterSeconds: 42 } });
  });

  it("limits each user and caches answers briefly", async () => {
    const t = await token();
    const first = await call(t);
    const again = await call(t);
    expect(again.headers.get("x-todoku-cache")).toBe("hit");
    expect(again.json).toEqual(first.json);
    let last = again;
    for (let i = 0; i < 6; i++)
      last = await call(t, `messageId=${encodeURIComponent(`<m${i}@x>`)}`);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("never puts the client secret or tokens in logs or responses", async () => {
    const t = await token();
    const responses = [
      await call(t),
      await call(await token({}, { aud: "api://x" })),
      await call(t, "messageId=bad id"),
    ];
    state.throttle = 5;
    responses.push(await call(t, `messageId=${encodeURIComponent("<other@x>")}`));
    expect(state.tokenBodies.join("")).toContain(encodeURIComponent(SECRET).slice(0, 10)); // the secret did go to the token endpoint
    for (const r of responses) {
      expect(r.text).not.toContain(SECRET);
      expect(r.text).not.toContain(t);
    }
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join("")).not.toContain(SECRET);
    expect(logs.join("")).not.toContain(t);
  });

  it("answers CORS preflight only for the add-in's origin", async () => {
    const ok = await fetch(`${serviceUrl}/trace`, {
      method: "OPTIONS",
      headers: { origin: "https://addin.contoso.co.jp" },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://addin.contoso.co.jp");
    const bad = await fetch(`${serviceUrl}/trace`, {
      method: "OPTIONS",
      headers: { origin: "https://evil.example" },
    });
    expect(bad.status).toBe(403);
    expect(bad.headers.get("access-control-allow-origin")).toBeNull();
    // the real answer carries the header too, errors included
    const got = await fetch(`${serviceUrl}/trace?messageId=x`, {
      headers: { origin: "https://addin.contoso.co.jp" },
    });
    expect(got.status).toBe(401);
    expect(got.headers.get("access-control-allow-origin")).toBe("https://addin.contoso.co.jp");
  });

  it("answers the preflight the same way through the Azure Functions adapter's handler", async () => {
    const handler = new TraceHandler(
      config(),
      new AppGraph(config()),
      createLogger(() => {})
    );
    const pre = await handler.handle({
      method: "OPTIONS",
      url: "/api/trace?messageId=x",
      headers: { origin: "https://addin.contoso.co.jp" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("https://addin.contoso.co.jp");
    expect(pre.headers["access-control-allow-headers"]).toMatch(/authorization/);
  });
});

describe("traceWindow", () => {
  const now = Date.parse("2026-11-29T00:00:00Z");
  it("spans an hour before to three days after the sent time, never into the future", () => {
    const w = traceWindow("2026-11-28T12:00:00Z", now);
    expect(typeof w).toBe("object");
    if (typeof w === "object") {
      expect(w.from.toISOString()).toBe("2026-11-28T11:00:00.000Z");
      expect(w.to.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    }
  });
  it("refuses mail older than 90 days and bad dates", () => {
    expect(traceWindow("2026-01-01T00:00:00Z", now)).toMatch(/90 days/);
    expect(traceWindow("yesterday-ish", now)).toMatch(/ISO 8601/);
  });
});

describe("loadConfig", () => {
  it("names the missing setting", () => {
    expect(() => loadConfig({}, () => "")).toThrow(/TODOKU_ALLOWED_TENANTS/);
    expect(() =>
      loadConfig({ TODOKU_ALLOWED_TENANTS: TENANT, TODOKU_SERVICE_CLIENT_ID: CLIENT_ID }, () => "")
    ).toThrow(/SECRET or/);
  });
  it("defaults the audiences to the client id and its api:// URI", () => {
    const c = loadConfig(
      {
        TODOKU_ALLOWED_TENANTS: TENANT,
        TODOKU_SERVICE_CLIENT_ID: CLIENT_ID,
        TODOKU_SERVICE_CLIENT_SECRET: "x",
      },
      () => ""
    );
    expect(c.audiences).toEqual([CLIENT_ID, `api://${CLIENT_ID}`]);
    expect(c.requiredScope).toBe("access_as_user");
  });
});

describe("the add-in's trace-service client against the real service", () => {
  // imported lazily so the service tests above do not depend on the add-in code
  const sent = (messageId: string) => ({
    source: "office-read" as const,
    kind: "sent" as const,
    subject: "見積書",
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    messageId,
    date: new Date(Date.now() - 3600_000).toISOString(),
  });

  it("reads the caller's trace as a fact", async () => {
    const { traceViaService } = await import("../../../src/graph/trace-service-client");
    const fact = await traceViaService(sent(MESSAGE_ID), {
      serviceUrl: serviceUrl,
      token: await token(),
    });
    expect(fact.state).toBe("ok");
    if (fact.state === "ok") {
      expect(fact.value.via).toBe("service");
      expect(fact.value.recipients.map((r) => r.status)).toEqual(["failed", "delivered"]);
      expect(fact.value.recipients[0]?.events[0]?.description).toMatch(/5\.1\.10/);
    }
  });

  it("explains a refused, a throttled and an unreachable service", async () => {
    const { traceViaService } = await import("../../../src/graph/trace-service-client");
    const t = await token();
    const refused = await traceViaService(sent(OTHER_MESSAGE_ID), { serviceUrl, token: t });
    expect(refused).toMatchObject({ state: "ok", value: { recipients: [] } });
    state.throttle = 30;
    const throttled = await traceViaService(sent("<new@x>"), { serviceUrl, token: t });
    expect(throttled).toMatchObject({
      state: "unavailable",
      why: { code: "trace.throttled", retryAfterSeconds: 30 },
    });
    const down = await traceViaService(sent(MESSAGE_ID), {
      serviceUrl: "http://127.0.0.1:9",
      token: t,
    });
    expect(down).toMatchObject({
      state: "unavailable",
      why: { code: "trace.service-unreachable" },
    });
    const noId = await traceViaService(
      { ...sent(MESSAGE_ID), messageId: undefined },
      { serviceUrl, token: t }
    );
    expect(noId).toMatchObject({ state: "unavailable", why: { code: "trace.no-message-id" } });
  });
});
