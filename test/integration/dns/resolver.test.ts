/**
 * The DoH shell against a real HTTP server on loopback: caching by TTL, shared in-flight
 * questions, the concurrency cap, timeouts, and whole-source versus per-domain failures.
 */
import { dnsFindings } from "../../../src/core/checks/dns-facts";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY, type Policy } from "../../../src/core/policy/schema";
import { createDnsResolver, gatherDnsFacts } from "../../../src/dns";
import { startFakeDoh, type FakeDoh, type FakeZone } from "../../fakes/fake-doh";
import { baseZone, M365_SPF } from "./zone";

function policyFor(url: string, extra: Partial<Policy["dns"]> = {}): Policy {
  return { ...DEFAULT_POLICY, dns: { ...DEFAULT_POLICY.dns, resolverUrl: url, ...extra } };
}

function draft(to: string[], from = "taro@example.co.jp"): MessageSnapshot {
  return {
    source: "office-compose",
    kind: "draft",
    subject: "ご相談",
    from: { address: from },
    to: to.map((address) => ({ address })),
    cc: [],
    bcc: [],
    attachments: [],
  };
}

let fake: FakeDoh | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function serve(
  zone: FakeZone,
  options?: Parameters<typeof startFakeDoh>[1]
): Promise<FakeDoh> {
  fake = await startFakeDoh(zone, options);
  return fake;
}

describe("DoH resolver (real HTTP)", () => {
  it("caches answers for their TTL, then asks again", async () => {
    const doh = await serve({ "ttl.example": { TXT: ["v=spf1 -all"], ttl: 30 } });
    let clock = 1_000_000;
    const resolver = createDnsResolver(policyFor(doh.url), undefined, { now: () => clock });
    const first = await resolver.lookup("ttl.example", "TXT");
    expect(first).toMatchObject({
      kind: "response",
      rcode: 0,
      records: [{ data: "v=spf1 -all", ttl: 30 }],
    });
    clock += 29_000;
    await resolver.lookup("TTL.example.", "TXT");
    expect(doh.queries).toHaveLength(1);
    expect(resolver.stats.cacheHits).toBe(1);
    clock += 2_000;
    await resolver.lookup("ttl.example", "TXT");
    expect(doh.queries).toHaveLength(2);
  });

  it("caches NXDOMAIN but not SERVFAIL", async () => {
    const doh = await serve({ "sf.example": { servfail: true } });
    const resolver = createDnsResolver(policyFor(doh.url));
    await resolver.lookup("nx.example", "MX");
    await resolver.lookup("nx.example", "MX");
    await resolver.lookup("sf.example", "MX");
    await resolver.lookup("sf.example", "MX");
    expect(doh.queries.map((q) => q.name)).toEqual(["nx.example", "sf.example", "sf.example"]);
  });

  it("shares one request between identical questions in flight", async () => {
    const doh = await serve({ "slow.example": { MX: ["10 mx.slow.example."], delayMs: 150 } });
    const resolver = createDnsResolver(policyFor(doh.url));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => resolver.lookup("slow.example", "MX"))
    );
    expect(doh.queries).toHaveLength(1);
    expect(resolver.stats.shared).toBe(4);
    expect(new Set(answers).size).toBe(1);
  });

  it("never has more requests in flight than the cap", async () => {
    const zone: FakeZone = {};
    for (let i = 0; i < 20; i++)
      zone[`d${i}.example`] = { MX: [`10 mx.d${i}.example.`], delayMs: 40 };
    const doh = await serve(zone);
    const resolver = createDnsResolver(policyFor(doh.url), undefined, { maxConcurrent: 3 });
    const answers = await Promise.all(Object.keys(zone).map((name) => resolver.lookup(name, "MX")));
    expect(answers.every((a) => a.kind === "response" && a.rcode === 0)).toBe(true);
    expect(doh.queries).toHaveLength(20);
    expect(doh.peakConcurrent()).toBe(3);
    expect(resolver.stats.peakConcurrent).toBe(3);
  });

  it("times out one slow domain without failing the others", async () => {
    const doh = await serve({
      ...baseZone(),
      "slow.example": { MX: ["10 mx.slow.example."], delayMs: 1500 },
    });
    const policy = policyFor(doh.url, { timeoutMs: 200 });
    const started = Date.now();
    const fact = await gatherDnsFacts(
      draft(["a@partner.example.net", "b@slow.example"]),
      policy,
      createDnsResolver(policy)
    );
    expect(Date.now() - started).toBeLessThan(1400);
    expect(fact.state).toBe("ok");
    if (fact.state !== "ok") return;
    expect(
      fact.value.recipients.map((r) => `${r.domain}:${r.status}:${r.why?.code ?? ""}`)
    ).toEqual(["partner.example.net:ok:", "slow.example:unavailable:dns.timeout"]);
  });

  it.each([
    ["malformed JSON", { body: "{ not json" }, "dns.malformed"],
    ["a resolver that refuses", { httpStatus: 403 }, "dns.resolver-refused"],
    ["an HTML page instead of DNS JSON", { body: "<html>captive portal</html>" }, "dns.malformed"],
  ])("the whole source is unavailable with %s", async (_label, options, code) => {
    const doh = await serve(baseZone(), options);
    const policy = policyFor(doh.url);
    const fact = await gatherDnsFacts(
      draft(["a@partner.example.net"]),
      policy,
      createDnsResolver(policy)
    );
    expect(fact).toMatchObject({ state: "unavailable", why: { code } });
  });

  it("the whole source is unavailable when offline (nothing listens)", async () => {
    const doh = await serve({});
    const url = doh.url;
    await doh.close();
    fake = undefined;
    const policy = policyFor(url);
    const fact = await gatherDnsFacts(
      draft(["a@partner.example.net"]),
      policy,
      createDnsResolver(policy)
    );
    expect(fact).toMatchObject({ state: "unavailable", why: { code: "dns.offline" } });
  });

  it("is off, and asks nothing, when the policy turns DNS off", async () => {
    const doh = await serve(baseZone());
    const policy = policyFor(doh.url, { enabled: false });
    expect(
      await gatherDnsFacts(draft(["a@partner.example.net"]), policy, createDnsResolver(policy))
    ).toEqual({ state: "off" });
    expect(doh.queries).toHaveLength(0);
  });

  it("asks nothing for a bounce (its own report is the evidence)", async () => {
    const doh = await serve(baseZone());
    const policy = policyFor(doh.url);
    const bounce = {
      ...draft(["taro@example.co.jp"], "MAILER-DAEMON@mx.partner.example.net"),
      kind: "bounce" as const,
    };
    expect(await gatherDnsFacts(bounce, policy, createDnsResolver(policy))).toEqual({
      state: "off",
    });
    expect(doh.queries).toHaveLength(0);
  });

  it("sends only domain names: no local part, no subject", async () => {
    const doh = await serve(baseZone());
    const policy = policyFor(doh.url);
    await gatherDnsFacts(
      draft(["secret.person@partner.example.net", "ceo-private@parked.example.org"]),
      policy,
      createDnsResolver(policy)
    );
    expect(doh.queries.length).toBeGreaterThan(5);
    for (const q of doh.queries) {
      expect(q.name).not.toMatch(/secret|ceo|taro|@|ご相談/);
      expect(q.name).toMatch(
        /(^|\.)(example\.co\.jp|partner\.example\.net|parked\.example\.org|onmicrosoft\.com|outlook\.com)$/
      );
    }
  });
});

describe("DNS checks end to end over the fake resolver", () => {
  it("finds the typo, the null MX, MTA-STS, and a healthy Microsoft 365 sender", async () => {
    const doh = await serve(baseZone());
    const policy = policyFor(doh.url);
    const snapshot = draft([
      "hanako@gmial.com",
      "info@parked.example.org",
      "sales@partner.example.net",
    ]);
    const fact = await gatherDnsFacts(snapshot, policy, createDnsResolver(policy));
    const fs = dnsFindings({ snapshot, facts: { dns: fact }, policy });
    expect(fs.map((f) => `${f.item}:${f.rule}:${f.severity}`).sort()).toEqual([
      "16:dns.recipient.null-mx:problem",
      "16:dns.recipient.nxdomain:problem",
      "16:dns.recipient.ok:ok",
      "23:dns.recipient.mta-sts:info",
      "24:dns.dkim.microsoft365-published:ok",
      "24:dns.dmarc.policy:ok",
      "24:dns.spf.ok:ok",
      "6:dns.sender.settings-ok:ok",
      "8:dns.recipient.domain-typo:problem",
    ]);
  });

  it("reports an SPF chain over 10 lookups, a loop, two SPF records and a missing DMARC", async () => {
    const zone: FakeZone = {
      ...M365_SPF,
      "sender.example": {
        TXT: [
          `v=spf1 include:spf.protection.outlook.com ${Array.from({ length: 5 }, (_, i) => `include:v${i}.example`).join(" ")} include:loop-a.example -all`,
          "v=spf1 -all",
        ],
      },
      "loop-a.example": { TXT: ["v=spf1 include:loop-b.example -all"] },
      "loop-b.example": { TXT: ["v=spf1 include:loop-a.example -all"] },
      "partner.example.net": { MX: ["10 mx.partner.example.net."] },
    };
    for (let i = 0; i < 5; i++)
      zone[`v${i}.example`] = { TXT: [`v=spf1 include:w${i}.example ~all`] };
    for (let i = 0; i < 5; i++) zone[`w${i}.example`] = { TXT: ["v=spf1 ip4:192.0.2.0/24 ~all"] };
    const doh = await serve(zone);
    const policy = policyFor(doh.url);
    const snapshot = draft(["a@partner.example.net"], "sales@sender.example");
    const fact = await gatherDnsFacts(snapshot, policy, createDnsResolver(policy));
    expect(fact.state).toBe("ok");
    if (fact.state !== "ok") return;
    const spf = fact.value.sender?.spf;
    expect(spf?.state === "ok" && spf.value.lookupCount).toBe(14);
    expect(spf?.state === "ok" && spf.value.errors.some((e) => e.includes("loops back"))).toBe(
      true
    );
    const fs = dnsFindings({ snapshot, facts: { dns: fact }, policy });
    const rules = fs.map((f) => `${f.item}:${f.rule}:${f.severity}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        "24:dns.spf.permerror:problem",
        "24:dns.dmarc.missing:warning",
        "24:dns.dkim.microsoft365-not-set-up:warning",
        "6:dns.sender.settings-error:warning",
      ])
    );
    expect(fs.find((f) => f.rule === "dns.spf.permerror")?.message.ja).toMatch(
      /SPFレコードが 2 件/
    );
  });
});
