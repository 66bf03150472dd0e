/**
 * When the policy names the companion trace service, the session traces through it, and falls
 * back to a silent direct Graph call (which works for admins only).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createGraphSession, graphConfigFromBuild } from "../../../src/graph";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { fakeTokens, sentMail } from "./helpers";

const NOW = new Date("2026-03-02T10:30:00Z");
const MESSAGE_ID = "<TYCPR01MB8888.jp@contoso.co.jp>";

let graph: FakeGraph | undefined;
let service: Server | undefined;
const seen: Array<{ url: string; authorization: string }> = [];

async function startService(status: number, body: unknown): Promise<string> {
  service = createServer((req, res) => {
    seen.push({ url: req.url ?? "", authorization: String(req.headers.authorization ?? "") });
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((r) => service?.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await graph?.close();
  graph = undefined;
  await new Promise<void>((r) => (service ? service.close(() => r()) : r()));
  service = undefined;
  seen.length = 0;
});

const adminRows = {
  traces: [
    {
      id: "t-1",
      senderAddress: "taro.yamada@contoso.co.jp",
      recipientAddress: "hanako.sato@fabrikam.co.jp",
      messageId: MESSAGE_ID,
      receivedDateTime: "2026-03-02T09:58:02Z",
      subject: "請求書の送付",
      status: "Delivered",
    },
  ],
};

test("the policy's service URL is used, with a token for the add-in's own API", async () => {
  const url = await startService(200, {
    messageId: MESSAGE_ID,
    found: true,
    recipients: [
      {
        address: "hanako.sato@fabrikam.co.jp",
        status: "Pending",
        receivedAt: "2026-03-02T09:58:02Z",
        events: [],
      },
    ],
    via: "service",
  });
  graph = await startFakeGraph(adminRows);
  const tokens = fakeTokens("service-token");
  const policy = { ...DEFAULT_POLICY, graph: { ...DEFAULT_POLICY.graph, traceServiceUrl: url } };
  const config = graphConfigFromBuild(policy, { clientId: "11111111-2222-3333-4444-555555555555" });
  expect(config.traceService).toEqual({
    url,
    scopes: ["api://11111111-2222-3333-4444-555555555555/access_as_user"],
  });
  const s = createGraphSession({
    ...config,
    graphBaseUrl: graph.url,
    tokenProvider: tokens.provider,
    now: () => NOW,
  });
  const trace = await s.traceSentMessage(sentMail());
  expect(trace).toMatchObject({
    state: "ok",
    value: { via: "service", queriedAt: NOW.toISOString() },
  });
  expect(trace.state === "ok" && trace.value.recipients[0]?.status).toBe("pending");
  expect(seen[0]?.authorization).toBe("Bearer service-token");
  expect(new URL(seen[0]?.url ?? "", url).searchParams.get("messageId")).toBe(MESSAGE_ID);
  expect(graph.requests).toHaveLength(0);
});

test("service says 'not your mail' and the user is no admin: the service's reason stands, no prompt", async () => {
  const url = await startService(403, {
    error: { code: "forbidden", message: "not the caller's mail" },
  });
  graph = await startFakeGraph({ ...adminRows, faults: [{ route: "messageTraces", kind: "403" }] });
  const tokens = fakeTokens();
  const s = createGraphSession({
    graphBaseUrl: graph.url,
    tokenProvider: tokens.provider,
    traceService: { url, scopes: ["api://x/.default"] },
    now: () => NOW,
  });
  const trace = await s.traceSentMessage(sentMail());
  expect(trace.state === "unavailable" && trace.why.code).toBe("trace.not-own-message");
  const direct = tokens.calls.filter((c) => c.scopes.includes("ExchangeMessageTrace.Read.All"));
  expect(direct.length).toBeGreaterThan(0);
  expect(direct.every((c) => c.opts?.interactive === false)).toBe(true);
});

test("service down, user is an admin: the direct Graph trace answers", async () => {
  graph = await startFakeGraph(adminRows);
  const s = createGraphSession({
    graphBaseUrl: graph.url,
    tokenProvider: fakeTokens().provider,
    traceService: { url: "http://127.0.0.1:9", scopes: ["api://x/.default"] },
    timeoutMs: 1000,
    now: () => NOW,
  });
  const trace = await s.traceSentMessage(sentMail());
  expect(trace).toMatchObject({ state: "ok", value: { via: "graph" } });
});
