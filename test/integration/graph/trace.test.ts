/** Message trace of a sent mail over real HTTP against the fake Graph. */
import { createGraphSession, type GraphConfig } from "../../../src/graph";
import type { FakeGraphOptions, WireTrace } from "../../fakes/fake-graph";
import {
  closeFakeGraphs,
  failingTokens,
  fakeGraph,
  fakeTokens,
  graphSession,
  runEngine,
  sentMail,
} from "./helpers";

const NOW = new Date("2026-03-02T10:30:00Z");
const MESSAGE_ID = "<TYCPR01MB8888.jp@contoso.co.jp>";

const TRACES: WireTrace[] = [
  {
    id: "4451a062-48cb-e80d-e8c0-196330437ae6",
    senderAddress: "taro.yamada@contoso.co.jp",
    recipientAddress: "hanako.sato@fabrikam.co.jp",
    messageId: MESSAGE_ID,
    receivedDateTime: "2026-03-02T09:58:02Z",
    subject: "請求書の送付",
    size: 45678,
    status: "Failed",
    details: [
      {
        dateTime: "2026-03-02T09:58:02Z",
        event: "Receive",
        description: "Message received by: TYCPR01MB8888.jpnprd01.prod.outlook.com",
      },
      {
        dateTime: "2026-03-02T09:58:09Z",
        event: "Fail",
        description:
          "Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{MSG=};{FQDN=};{IP=};{LRT=}]",
      },
    ],
  },
  {
    id: "4451a062-48cb-e80d-e8c0-196330437ae6",
    senderAddress: "taro.yamada@contoso.co.jp",
    recipientAddress: "jiro@contoso.co.jp",
    messageId: MESSAGE_ID,
    receivedDateTime: "2026-03-02T09:58:02Z",
    subject: "請求書の送付",
    status: "delivered",
    details: [
      {
        dateTime: "2026-03-02T09:58:02Z",
        event: "Receive",
        description: "Message received by: TYCPR01MB8888.jpnprd01.prod.outlook.com",
      },
      {
        dateTime: "2026-03-02T09:58:04Z",
        event: "Deliver",
        description: "The message was successfully delivered.",
      },
    ],
  },
  {
    id: "99999999-0000-0000-0000-000000000000",
    senderAddress: "someone@contoso.co.jp",
    recipientAddress: "other@contoso.co.jp",
    messageId: "<unrelated@contoso.co.jp>",
    receivedDateTime: "2026-03-02T09:59:00Z",
    subject: "別件",
    status: "delivered",
  },
];

afterEach(closeFakeGraphs);

/** Sessions whose clock stands at NOW, the morning after the mail was sent. */
const session = (options: FakeGraphOptions, config: Partial<GraphConfig> = {}) =>
  graphSession(options, { now: () => NOW, ...config });

describe("traceSentMessage", () => {
  test("finds the rows by Message-ID in a window around the sent date, then the events in one $batch", async () => {
    const { s, tokens, graph } = await session({ traces: TRACES });
    const trace = await s.traceSentMessage(sentMail());
    expect(trace.state).toBe("ok");
    if (trace.state !== "ok") return;
    expect(trace.value.recipients.map((r) => [r.address, r.status])).toEqual([
      ["hanako.sato@fabrikam.co.jp", "failed"],
      ["jiro@contoso.co.jp", "delivered"],
    ]);
    expect(trace.value.recipients[0]?.events.map((e) => e.event)).toEqual(["Receive", "Fail"]);
    expect(trace.value.window).toEqual({
      from: "2026-03-02T08:58:00Z",
      to: "2026-03-02T10:30:00Z",
    });
    expect(trace.value.queriedAt).toBe(NOW.toISOString());

    const list = decodeURIComponent(graph.requests[0]?.url ?? "");
    expect(list).toContain(`messageId eq '${MESSAGE_ID}'`);
    expect(list).toContain(
      "receivedDateTime ge 2026-03-02T08:58:00Z and receivedDateTime le 2026-03-02T10:30:00Z"
    );
    expect(graph.requests).toHaveLength(2);
    expect(graph.requests[1]?.url).toBe("/v1.0/$batch");
    expect(graph.requests[0]?.headers.prefer).toBe("include-unknown-enum-members");
    expect(tokens.calls.every((c) => c.scopes.join() === "ExchangeMessageTrace.Read.All")).toBe(
      true
    );

    const report = runEngine(sentMail(), { trace });
    // delivered: information, ask the recipient to look in junk and rules (other checks may add to item 7)
    const delivered = report.items
      .find((i) => i.id === 7)
      ?.findings.find((f) => f.rule === "trace.delivered");
    expect(delivered?.severity).toBe("info");
    expect(delivered?.message.en).toMatch(/junk/);
    const failure = report.items
      .flatMap((i) => i.findings)
      .find((f) => f.rule.startsWith("trace.failed"));
    expect(failure?.severity).toBe("problem");
    expect(failure?.evidence).toContain("5.1.1");
    expect(report.trace?.recipients).toHaveLength(2);
  });

  test("if the service rejects messageId combined with dates, the window alone is asked and matched here", async () => {
    const { s, graph } = await session({ traces: TRACES, rejectCombinedTraceFilter: true });
    const trace = await s.traceSentMessage(sentMail());
    expect(trace.state === "ok" && trace.value.recipients.map((r) => r.address)).toEqual([
      "hanako.sato@fabrikam.co.jp",
      "jiro@contoso.co.jp",
    ]);
    expect(decodeURIComponent(graph.requests[1]?.url ?? "")).not.toContain("messageId eq");
  });

  test("nothing found yet → ok with no rows, and the report says to check again", async () => {
    const { s } = await session({ traces: [] });
    const trace = await s.traceSentMessage(sentMail({ date: "2026-03-02T10:27:00Z" }));
    expect(trace.state === "ok" && trace.value.recipients).toEqual([]);
    const report = runEngine(sentMail({ date: "2026-03-02T10:27:00Z" }), { trace });
    expect(report.items.find((i) => i.id === 4)?.findings[0]?.rule).toBe("trace.not-found-yet");
  });

  test("a user without the Exchange admin role (403): say so, and hand the Message-ID to IT", async () => {
    const { s } = await session({
      traces: TRACES,
      faults: [{ route: "messageTraces", kind: "403" }],
    });
    const trace = await s.traceSentMessage(sentMail());
    expect(trace.state).toBe("unavailable");
    if (trace.state !== "unavailable") return;
    expect(trace.why.code).toBe("graph.admin-role-required");
    expect(trace.why.reason.en).toMatch(/administrator/);
    expect(trace.why.fix.en).toContain(MESSAGE_ID);
    expect(trace.why.fix.ja).toContain(MESSAGE_ID);
    const report = runEngine(sentMail(), { trace });
    for (const id of [3, 4, 5, 7, 9]) {
      const findings = report.items.find((i) => i.id === id)?.findings ?? [];
      const f = findings.find((x) => x.rule === "source.trace.unavailable");
      expect(f?.message.en).toContain(trace.why.reason.en);
      expect(f?.fix?.en).toContain(MESSAGE_ID);
    }
    expect(report.items.find((i) => i.id === 22)?.findings).toEqual([]);
  });

  test("no admin consent for ExchangeMessageTrace.Read.All", async () => {
    const graph = await fakeGraph({ traces: TRACES });
    const s = createGraphSession({
      graphBaseUrl: graph.url,
      now: () => NOW,
      tokenProvider: failingTokens(
        Object.assign(new Error("AADSTS65001: consent required"), { errorCode: "consent_required" })
      ),
    });
    const trace = await s.traceSentMessage(sentMail());
    expect(trace.state === "unavailable" && trace.why.code).toBe("graph.admin-consent-required");
    expect(trace.state === "unavailable" && trace.why.fix.en).toContain(MESSAGE_ID);
  });

  test("a tenant without the Transport Data Platform service principal", async () => {
    const { s } = await session({
      traces: TRACES,
      faults: [{ route: "messageTraces", kind: "sp-missing" }],
    });
    const trace = await s.traceSentMessage(sentMail());
    expect(trace.state === "unavailable" && trace.why.code).toBe(
      "graph.trace-service-principal-missing"
    );
    expect(trace.state === "unavailable" && trace.why.fix.en).toContain(
      "8bd644d1-64a1-4d4b-ae52-2e0cbf64e373"
    );
  });

  test("details that fail keep the statuses; throttling of the list is reported with its wait", async () => {
    const first = await session({
      traces: TRACES,
      faults: [{ route: "traceDetails", kind: "500" }],
    });
    const trace = await first.s.traceSentMessage(sentMail());
    expect(
      trace.state === "ok" && trace.value.recipients.map((r) => [r.status, r.events.length])
    ).toEqual([
      ["failed", 0],
      ["delivered", 0],
    ]);
    await first.graph.close();
    const second = await session({
      traces: TRACES,
      faults: [{ route: "messageTraces", kind: "429", retryAfter: 120 }],
    });
    const throttled = await second.s.traceSentMessage(sentMail());
    expect(throttled.state === "unavailable" && throttled.why).toMatchObject({
      code: "graph.throttled",
      retryAfterSeconds: 120,
    });
  });

  test("no Message-ID, older than 90 days, a national cloud: each explained without a call", async () => {
    const { s, graph } = await session({ traces: TRACES });
    const noId = await s.traceSentMessage(sentMail({ messageId: undefined }));
    expect(noId.state === "unavailable" && noId.why.code).toBe("graph.no-message-id");
    const old = await s.traceSentMessage(sentMail({ date: "2025-10-01T00:00:00Z" }));
    expect(old.state === "unavailable" && old.why.code).toBe("graph.trace-too-old");
    expect(graph.requests).toHaveLength(0);
    const gov = createGraphSession({
      graphBaseUrl: "https://graph.microsoft.us",
      tokenProvider: fakeTokens().provider,
    });
    const national = await gov.traceSentMessage(sentMail());
    expect(national.state === "unavailable" && national.why.code).toBe(
      "graph.national-cloud-unsupported"
    );
  });

  test("a list answer that never ends times out", async () => {
    const { s } = await session(
      { traces: TRACES, faults: [{ route: "messageTraces", kind: "hang" }] },
      { timeoutMs: 300 }
    );
    const trace = await s.traceSentMessage(sentMail());
    expect(trace.state === "unavailable" && trace.why.code).toBe("graph.timeout");
  });
});

test("the help desk from the policy is named in the advice", async () => {
  const graph = await fakeGraph({
    traces: TRACES,
    faults: [{ route: "messageTraces", kind: "403" }],
  });
  const s = createGraphSession({
    graphBaseUrl: graph.url,
    tokenProvider: fakeTokens().provider,
    helpdesk: { name: "情報システム部", email: "helpdesk@contoso.co.jp" },
    now: () => NOW,
  });
  const trace = await s.traceSentMessage(sentMail());
  expect(trace.state === "unavailable" && trace.why.fix.ja).toContain(
    "情報システム部 <helpdesk@contoso.co.jp>"
  );
  expect(trace.state === "unavailable" && trace.why.fix.en).toContain(MESSAGE_ID);
});
