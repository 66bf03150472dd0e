/**
 * DNS checks: the SPF and DMARC parsers on growing hostile records (time should grow linearly),
 * and a whole message's DNS facts over the fake DoH resolver on loopback, cold and cached.
 */
import { parseDmarc } from "../src/core/dns/dmarc";
import { parseSpf } from "../src/core/dns/spf";
import { emptySnapshot, type MessageSnapshot } from "../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../src/core/policy/schema";
import { createDnsResolver, gatherDnsFacts } from "../src/dns";
import { startFakeDoh, type FakeZone } from "../test/fakes/fake-doh";
import { median, report, time } from "./util";

function parserScaling(): void {
  let previous: number | undefined;
  for (const n of [1_000, 10_000, 100_000]) {
    const spf = `v=spf1 ${"include:_spf.example.com ip4:192.0.2.0/24 ~bogus:x ".repeat(n / 50)}-all`;
    const spfMs = median(timeSync(() => parseSpf(spf)));
    const dmarc = `v=DMARC1; p=none; ${"rua=mailto:a@b.example; x=y; ".repeat(n / 30)}`;
    const dmarcMs = median(timeSync(() => parseDmarc(dmarc)));
    report(
      `parseSpf, ${spf.length.toLocaleString()} chars`,
      `${spfMs.toFixed(3)} ms`,
      n === 100_000 ? "< 50 ms" : undefined
    );
    report(
      `parseDmarc, ${dmarc.length.toLocaleString()} chars`,
      `${dmarcMs.toFixed(3)} ms`,
      n === 100_000 ? "< 50 ms" : undefined
    );
    if (previous !== undefined)
      report(
        `  SPF time growth for 10x the input`,
        `${(spfMs / previous).toFixed(1)}x`,
        "about 10x or less: linear"
      );
    previous = spfMs;
  }
}

function timeSync(fn: () => unknown, runs = 15): number[] {
  const out: number[] = [];
  for (let i = 0; i < 3; i++) fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

async function wholeMessage(): Promise<void> {
  const zone: FakeZone = {
    "spf.protection.outlook.com": { TXT: ["v=spf1 ip4:40.92.0.0/15 -all"] },
    "contoso.co.jp": {
      TXT: ["v=spf1 include:spf.protection.outlook.com include:_spf.vendor.example -all"],
    },
    "_spf.vendor.example": { TXT: ["v=spf1 ip4:198.51.100.0/24 ~all"] },
    "_dmarc.contoso.co.jp": { TXT: ["v=DMARC1; p=quarantine; rua=mailto:d@contoso.co.jp"] },
    "selector1._domainkey.contoso.co.jp": {
      CNAME: "selector1-contoso-co-jp._domainkey.contoso.onmicrosoft.com.",
    },
    "selector1-contoso-co-jp._domainkey.contoso.onmicrosoft.com": {
      TXT: ["v=DKIM1; k=rsa; p=MIIBIjANBg"],
    },
  };
  const domains = Array.from({ length: 50 }, (_, i) => `partner${i}.example.net`);
  for (const d of domains) zone[d] = { MX: [`10 mx.${d}.`], delayMs: 5 };
  const doh = await startFakeDoh(zone);
  try {
    const policy = { ...DEFAULT_POLICY, dns: { ...DEFAULT_POLICY.dns, resolverUrl: doh.url } };
    const snapshot: MessageSnapshot = {
      ...emptySnapshot("office-compose", "draft"),
      from: { address: "taro@contoso.co.jp" },
      to: domains.map((d, i) => ({ address: `user${i}@${d}` })),
    };
    const cold = await time(
      () => gatherDnsFacts(snapshot, policy, createDnsResolver(policy)),
      5,
      1
    );
    report(
      "gatherDnsFacts, 50 recipient domains, cold (5 ms/answer)",
      `${median(cold).toFixed(1)} ms`,
      "< 1000 ms"
    );
    const resolver = createDnsResolver(policy);
    await gatherDnsFacts(snapshot, policy, resolver);
    const warm = await time(() => gatherDnsFacts(snapshot, policy, resolver), 10, 1);
    report(
      "gatherDnsFacts, same message again (cached)",
      `${median(warm).toFixed(2)} ms`,
      "< 20 ms"
    );
    report("  requests to the resolver for one cold message", `${resolver.stats.requests}`);
  } finally {
    await doh.close();
  }
}

async function main(): Promise<void> {
  parserScaling();
  await wholeMessage();
}

void main();
