/**
 * Compose facts over real HTTP against the fake Graph: one $batch, every fault explained on the
 * affected items only, and nothing but addresses leaving the device.
 */
import { createGraphSession } from "../../../src/graph";
import { render } from "../../../src/core/messages";
import type { Fault } from "../../fakes/fake-graph";
import {
  ATTACHMENT_BYTES,
  closeFakeGraphs,
  composeDraft,
  failingTokens,
  fakeGraph,
  fakeTokens,
  graphSession,
  jwtWithTenant,
  runEngine,
  SECRET_BODY,
  SECRET_SUBJECT,
  statusOf,
} from "./helpers";

afterEach(closeFakeGraphs);

describe("gatherComposeFacts", () => {
  test("all facts in ONE $batch request, decoded, and read by the checks", async () => {
    const { s, graph } = await graphSession({
      mailTips: {
        "hanako.sato@fabrikam.co.jp": {
          mailboxFull: true,
          automaticReplies: { message: "<p>出張中です&amp;返信が遅れます</p>" },
        },
        "sales-all@contoso.co.jp": {
          totalMemberCount: 820,
          externalMemberCount: 4,
          isModerated: true,
        },
      },
    });
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]).toMatchObject({ method: "POST", url: "/v1.0/$batch" });
    expect(graph.requests[0]?.headers.authorization).toBe("Bearer fake-token");

    expect(facts.mailTips?.state).toBe("ok");
    const tips = facts.mailTips?.state === "ok" ? facts.mailTips.value : [];
    // every recipient (To, Cc, Bcc), not the sender
    expect(tips.map((t) => t.address.toLowerCase()).sort()).toEqual(
      [
        "archive@contoso.co.jp",
        "hanako.sato@fabrikam.co.jp",
        "jiro.suzuki@contoso.co.jp",
        "sales-all@contoso.co.jp",
      ].sort()
    );
    expect(tips.find((t) => t.address === "hanako.sato@fabrikam.co.jp")?.automaticReplyText).toBe(
      "出張中です&返信が遅れます"
    );
    expect(facts.licence).toEqual({
      state: "ok",
      value: {
        skus: ["SPE_E3"],
        exchangePlans: [{ name: "EXCHANGE_S_ENTERPRISE", provisioningStatus: "Success" }],
      },
    });
    expect(facts.ownMailbox).toEqual({
      state: "ok",
      value: { address: "taro.yamada@contoso.co.jp", full: false },
    });

    const report = runEngine(composeDraft(), facts);
    expect(statusOf(report, 14)).toBe("problem");
    const rules = report.items.flatMap((i) =>
      i.findings.map((f) => `${i.id}:${f.severity}:${f.rule}`)
    );
    expect(rules).toEqual(
      expect.arrayContaining(["5:warning:mailtips.moderated", "18:warning:mailtips.large-group"])
    );
    expect(statusOf(report, 22)).toBe("ok");
  });

  test("only addresses leave the device: no subject, body, file name or attachment bytes in any request", async () => {
    const { s, graph } = await graphSession({
      faults: [{ route: "getMailTips", kind: "429", times: 1, retryAfter: 0 }],
    });
    await s.gatherComposeFacts(composeDraft(), { estimatedSizeBytes: 123456 });
    await s.gatherComposeFacts(composeDraft({ from: undefined })); // the /me path too
    expect(graph.requests.length).toBeGreaterThanOrEqual(3);
    const forbidden = [
      SECRET_BODY,
      "ハヤブサ",
      SECRET_SUBJECT,
      "価格表",
      "confidential-spreadsheet-content",
      Buffer.from(ATTACHMENT_BYTES).toString("base64"),
      encodeURIComponent("ハヤブサ"),
    ];
    for (const r of graph.requests) {
      const wire = `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`;
      for (const secret of forbidden) expect(wire).not.toContain(secret);
    }
    // and what does go out is addresses and option names only
    const batch = JSON.parse(graph.requests[0]?.body ?? "{}") as {
      requests: Array<{ body?: { EmailAddresses?: string[] } }>;
    };
    const addresses = batch.requests.flatMap((q) => q.body?.EmailAddresses ?? []);
    for (const a of addresses) expect(a).toMatch(/^[^@\s]+@[^@\s]+$/);
  });

  const faultCases: Array<{
    name: string;
    fault: Fault;
    code: string;
    down: Array<"mailTips" | "licence" | "ownMailbox">;
  }> = [
    {
      name: "400 on licence",
      fault: { route: "licenseDetails", kind: "400" },
      code: "graph.bad-request",
      down: ["licence"],
    },
    {
      name: "401 on licence",
      fault: { route: "licenseDetails", kind: "401" },
      code: "graph.unauthorized",
      down: ["licence"],
    },
    {
      name: "403 Authorization_RequestDenied on licence",
      fault: { route: "licenseDetails", kind: "403" },
      code: "graph.consent-required",
      down: ["licence"],
    },
    {
      name: "404 on licence",
      fault: { route: "licenseDetails", kind: "404" },
      code: "graph.not-found",
      down: ["licence"],
    },
    {
      name: "429 with a long Retry-After on licence",
      fault: { route: "licenseDetails", kind: "429", retryAfter: 30 },
      code: "graph.throttled",
      down: ["licence"],
    },
    {
      name: "500 on licence",
      fault: { route: "licenseDetails", kind: "500" },
      code: "graph.service-error",
      down: ["licence"],
    },
    {
      name: "503 with a long Retry-After on licence",
      fault: { route: "licenseDetails", kind: "503", retryAfter: 30 },
      code: "graph.throttled",
      down: ["licence"],
    },
    {
      name: "malformed MailTips",
      fault: { route: "getMailTips", kind: "malformed" },
      code: "graph.malformed-response",
      down: ["mailTips", "ownMailbox"],
    },
    {
      name: "403 on MailTips",
      fault: { route: "getMailTips", kind: "403" },
      code: "graph.consent-required",
      down: ["mailTips", "ownMailbox"],
    },
    {
      name: "a batch that never ends",
      fault: { route: "batch", kind: "hang" },
      code: "graph.timeout",
      down: ["mailTips", "licence", "ownMailbox"],
    },
    {
      name: "malformed batch envelope",
      fault: { route: "batch", kind: "malformed" },
      code: "graph.malformed-response",
      down: ["mailTips", "licence", "ownMailbox"],
    },
    {
      name: "500 on the batch",
      fault: { route: "batch", kind: "500" },
      code: "graph.service-error",
      down: ["mailTips", "licence", "ownMailbox"],
    },
  ];

  test.each(faultCases)(
    "$name → $code on the affected facts only",
    async ({ fault, code, down }) => {
      const { s } = await graphSession({
        faults: [fault],
        mailTips: { "hanako.sato@fabrikam.co.jp": { mailboxFull: true } },
      });
      const started = Date.now();
      const facts = await s.gatherComposeFacts(composeDraft());
      expect(Date.now() - started).toBeLessThan(5000);
      for (const key of ["mailTips", "licence", "ownMailbox"] as const) {
        const fact = facts[key];
        if (down.includes(key)) {
          expect(fact?.state).toBe("unavailable");
          if (fact?.state === "unavailable") {
            expect(fact.why.code).toBe(code);
            expect(fact.why.reason.en.length).toBeGreaterThan(10);
            expect(fact.why.reason.ja.length).toBeGreaterThan(5);
            expect(fact.why.fix.en.length).toBeGreaterThan(5);
            if (code === "graph.throttled") expect(fact.why.retryAfterSeconds).toBe(30);
          }
        } else {
          expect(fact?.state).toBe("ok");
        }
      }
      const report = runEngine(composeDraft(), facts);
      if (down.includes("licence")) {
        expect(statusOf(report, 22)).toBe("unavailable");
        // the report says the fact's own reason and fix (the machine code stays in the fact)
        const f = report.items.find((i) => i.id === 22)?.findings[0];
        const why = facts.licence?.state === "unavailable" ? facts.licence.why : undefined;
        expect(f?.rule).toBe("source.licence.unavailable");
        expect(f?.message.en).toContain(why?.reason.en);
        expect(f?.fix).toEqual(why?.fix);
      } else {
        expect(statusOf(report, 22)).toBe("ok");
      }
      // the full recipient mailbox is still found whenever MailTips answered
      expect(statusOf(report, 14)).toBe(down.includes("mailTips") ? "unavailable" : "problem");
    }
  );

  test("429 and 503 with a short Retry-After are retried, only the throttled sub-request", async () => {
    const { s, graph } = await graphSession({
      faults: [
        { route: "getMailTips", kind: "429", times: 1, retryAfter: 1 },
        { route: "licenseDetails", kind: "503", times: 1, retryAfter: 1 },
      ],
    });
    const started = Date.now();
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // honoured Retry-After: 1
    expect(facts.mailTips?.state).toBe("ok");
    expect(facts.licence?.state).toBe("ok");
    expect(graph.requests).toHaveLength(2);
    const second = JSON.parse(graph.requests[1]?.body ?? "{}") as {
      requests: Array<{ id: string }>;
    };
    expect(second.requests.map((r) => r.id).sort()).toEqual(["licence", "mailtips-1"]);
  });

  test("retries are bounded", async () => {
    const { s, graph } = await graphSession(
      { faults: [{ route: "batch", kind: "503", retryAfter: 0 }] },
      { maxRetries: 2 }
    );
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(graph.requests).toHaveLength(3);
    expect(facts.licence?.state).toBe("unavailable");
  });

  test("a CAE claims challenge is answered once with a token carrying the claims", async () => {
    const { s, tokens, graph } = await graphSession({
      faults: [{ route: "batch", kind: "claims" }],
    });
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.licence?.state).toBe("ok");
    const withClaims = tokens.calls.find((c) => c.opts?.claims);
    expect(JSON.parse(withClaims?.opts?.claims ?? "{}")).toHaveProperty(
      "access_token.nbf.essential",
      true
    );
    expect(graph.requests.at(-1)?.headers.authorization).toBe("Bearer fake-token-with-claims");
  });

  test("no sender on the draft: /me in the same batch, then the own mailbox is checked", async () => {
    const { s, graph } = await graphSession({
      me: { mail: "taro.yamada@contoso.co.jp", userPrincipalName: "taro.yamada@contoso.co.jp" },
      mailTips: { "taro.yamada@contoso.co.jp": { mailboxFull: true } },
    });
    const facts = await s.gatherComposeFacts(composeDraft({ from: undefined }));
    expect(facts.ownMailbox).toEqual({
      state: "ok",
      value: { address: "taro.yamada@contoso.co.jp", full: true },
    });
    expect(graph.requests).toHaveLength(2);
    expect(statusOf(runEngine(composeDraft({ from: undefined }), facts), 14)).toBe("problem");
  });

  test("the usage report adds quotas when allowed (302 to the CSV download)", async () => {
    const csv =
      "\ufeffReport Refresh Date,User Principal Name,Display Name,Is Deleted,Deleted Date,Created Date,Last Activity Date,Item Count,Storage Used (Byte),Issue Warning Quota (Byte),Prohibit Send Quota (Byte),Prohibit Send/Receive Quota (Byte),Deleted Item Count,Deleted Item Size (Byte),Deleted Item Quota (Byte),Has Archive,Report Period\n" +
      '2026-03-01,someone@contoso.co.jp,"Someone, Else",False,,2020-01-01,2026-03-01,10,1000,2000,3000,4000,0,0,0,False,7\n' +
      "2026-03-01,Taro.Yamada@contoso.co.jp,山田 太郎,False,,2020-01-01,2026-03-01,138481,52613349376,52613349376,53150220288,53687091200,0,0,0,False,7\n";
    const { s, tokens } = await graphSession(
      { usageCsv: csv },
      { features: { mailboxUsageReport: true } }
    );
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.ownMailbox).toMatchObject({
      state: "ok",
      value: {
        usedBytes: 52613349376,
        issueWarningQuotaBytes: 52613349376,
        prohibitSendQuotaBytes: 53150220288,
        reportDate: "2026-03-01",
      },
    });
    const reportCall = tokens.calls.find((c) => c.scopes.includes("Reports.Read.All"));
    expect(reportCall?.opts?.interactive).toBe(false); // never a sign-in prompt for an admin extra
    expect(statusOf(runEngine(composeDraft(), facts), 14)).toBe("warning");
  });

  test("a usage report that is forbidden leaves the MailTips answer and manual guidance", async () => {
    const { s } = await graphSession(
      { faults: [{ route: "usageReport", kind: "403" }] },
      { features: { mailboxUsageReport: true } }
    );
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.ownMailbox).toEqual({
      state: "ok",
      value: { address: "taro.yamada@contoso.co.jp", full: false },
    });
    const item = runEngine(composeDraft(), facts).items.find((i) => i.id === 14);
    expect(item?.findings.map((f) => f.rule)).toContain("own-mailbox.usage-manual");
  });
});

describe("sign-in and configuration failures", () => {
  test("no client id and no token provider → IT has not configured sign-in", async () => {
    const s = createGraphSession({ graphBaseUrl: "https://graph.microsoft.com", clientId: "" });
    const facts = await s.gatherComposeFacts(composeDraft());
    for (const key of ["mailTips", "licence", "ownMailbox"] as const) {
      const fact = facts[key];
      expect(fact?.state).toBe("unavailable");
      if (fact?.state === "unavailable") {
        expect(fact.why.code).toBe("graph.not-configured");
        expect(fact.why.reason.en).toBe(render("graph.not-configured", {}, "en"));
      }
    }
    const trace = await s.traceSentMessage(composeDraft());
    expect(trace.state === "unavailable" && trace.why.code).toBe("graph.not-configured");
  });

  test("missing consent (AADSTS65001) explains every compose fact", async () => {
    const graph = await fakeGraph();
    const s = createGraphSession({
      graphBaseUrl: graph.url,
      tokenProvider: failingTokens(
        Object.assign(
          new Error(
            "AADSTS65001: The user or administrator has not consented to use the application"
          ),
          {
            errorCode: "consent_required",
          }
        )
      ),
    });
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.licence?.state === "unavailable" && facts.licence.why.code).toBe(
      "graph.consent-required"
    );
    expect(facts.mailTips?.state === "unavailable" && facts.mailTips.why.fix.en).toMatch(
      /consent/i
    );
    expect(graph.requests).toHaveLength(0);
  });

  test("a personal Microsoft account: licence explained, MailTips still read", async () => {
    const graph = await fakeGraph();
    const token = jwtWithTenant("9188040d-6c67-4c5b-b112-36a304b66dad");
    const s = createGraphSession({
      graphBaseUrl: graph.url,
      tokenProvider: { getToken: async () => token },
    });
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.licence?.state === "unavailable" && facts.licence.why.code).toBe(
      "graph.personal-account"
    );
    expect(facts.mailTips?.state).toBe("ok");
  });

  test("offline (nothing listening) → graph.offline, quickly", async () => {
    const graph = await fakeGraph();
    const url = graph.url;
    await graph.close();
    const s = createGraphSession({
      graphBaseUrl: url,
      tokenProvider: fakeTokens().provider,
      timeoutMs: 2000,
    });
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.mailTips?.state === "unavailable" && facts.mailTips.why.code).toBe(
      "graph.offline"
    );
  });

  test("an error of unknown shape from the token provider becomes a sign-in failure", async () => {
    const graph = await fakeGraph();
    const s = createGraphSession({
      graphBaseUrl: graph.url,
      tokenProvider: failingTokens("weird"),
    });
    const facts = await s.gatherComposeFacts(composeDraft());
    expect(facts.licence?.state === "unavailable" && facts.licence.why.code).toBe(
      "graph.sign-in-failed"
    );
  });
});

describe("the fake itself", () => {
  test("answers CORS preflights so browser e2e tests can call it, without recording them", async () => {
    const graph = await fakeGraph();
    const pre = await fetch(`${graph.url}/v1.0/$batch`, {
      method: "OPTIONS",
      headers: { origin: "https://localhost:3000", "access-control-request-method": "POST" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-headers")).toContain("authorization");
    const res = await fetch(`${graph.url}/v1.0/me/licenseDetails`, {
      headers: { authorization: "Bearer t" },
    });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(graph.requests.map((r) => r.method)).toEqual(["GET"]);
  });
});
