/** A shell that gives an empty reason or fix must not leave a blank line in front of the user. */
import { dnsFindings } from "../../../src/core/checks/dns-facts";
import { explain, SOURCE_FALLBACK } from "../../../src/core/checks/unavailable";
import { analyzeSync } from "../../../src/core/engine";
import type { DnsFacts, Facts, Unavailable } from "../../../src/core/model/facts";
import type { Finding } from "../../../src/core/model/finding";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

const EMPTY: Unavailable = {
  code: "dns.servfail",
  reason: { ja: "", en: "  " },
  fix: { ja: "", en: "" },
};

function draft(): MessageSnapshot {
  return {
    ...emptySnapshot("office-compose", "draft"),
    subject: "見積書の件",
    from: { address: "taro@contoso.co.jp" },
    to: [{ address: "hanako@fabrikam.co.jp" }],
  };
}

function findingsFor(value: DnsFacts): Finding[] {
  return dnsFindings({
    snapshot: draft(),
    policy: DEFAULT_POLICY,
    facts: { dns: { state: "ok", value } },
  });
}

/** Every text of an unavailable finding says something, and no sentence stops at a colon. */
function expectReadable(f: Finding): void {
  for (const lang of ["ja", "en"] as const) {
    expect(f.message[lang].trim()).not.toBe("");
    expect(f.message[lang]).not.toMatch(/:\s*$/);
    expect(f.fix?.[lang].trim() ?? "").not.toBe("");
  }
}

describe("empty reasons from a shell", () => {
  test("a recipient domain whose DNS could not be read names the domain and says what to do", () => {
    const fs = findingsFor({
      recipients: [{ domain: "fabrikam.co.jp", status: "unavailable", mx: [], why: EMPTY }],
    });
    const f = fs.find((x) => x.rule === "dns.recipient.unavailable");
    expect(f).toBeDefined();
    expectReadable(f!);
    expect(f!.message.ja).toBe("fabrikam.co.jp のDNSを確認できませんでした。");
    expect(f!.fix).toEqual(SOURCE_FALLBACK.dns.fix);
  });

  test("an SPF, DMARC or DKIM lookup with an empty reason gets the DNS fallback", () => {
    const fs = findingsFor({
      recipients: [],
      sender: {
        domain: "contoso.co.jp",
        spf: { state: "unavailable", why: EMPTY },
        dmarc: { state: "unavailable", why: EMPTY },
        dkim: { state: "unavailable", why: EMPTY },
      },
    });
    const unavailable = fs.filter((f) => f.severity === "unavailable");
    expect(unavailable.map((f) => f.rule).sort()).toEqual([
      "dns.dkim.unavailable",
      "dns.dmarc.unavailable",
      "dns.spf.unavailable",
    ]);
    unavailable.forEach(expectReadable);
    expect(unavailable[0]?.message.en).toContain(SOURCE_FALLBACK.dns.reason.en);
  });

  test("MailTips, licence, own mailbox and trace facts with blank reasons read as Graph failures", () => {
    const blank: Unavailable = { code: "", reason: { ja: " ", en: "" }, fix: { ja: "", en: "\n" } };
    const facts: Facts = {
      mailTips: { state: "unavailable", why: blank },
      licence: { state: "unavailable", why: blank },
      ownMailbox: { state: "unavailable", why: blank },
      trace: { state: "unavailable", why: blank },
      dns: { state: "unavailable", why: blank },
    };
    const report = analyzeSync({ snapshot: draft(), policy: DEFAULT_POLICY, facts });
    const unavailable = report.items.flatMap((i) =>
      i.findings.filter((f) => f.rule.startsWith("source."))
    );
    expect(new Set(unavailable.map((f) => f.rule))).toEqual(
      new Set([
        "source.mailTips.unavailable",
        "source.licence.unavailable",
        "source.ownMailbox.unavailable",
        "source.trace.unavailable",
        "source.dns.unavailable",
      ])
    );
    unavailable.forEach(expectReadable);
    const licence = unavailable.find((f) => f.rule === "source.licence.unavailable")!;
    expect(licence.message.ja).toContain(SOURCE_FALLBACK.licence.reason.ja);
    expect(licence.fix).toEqual(SOURCE_FALLBACK.licence.fix);
    const dns = unavailable.find((f) => f.rule === "source.dns.unavailable")!;
    expect(dns.message.en).toContain(SOURCE_FALLBACK.dns.reason.en);
  });

  test("only the blank language is filled; a given reason and fix are kept as they are", () => {
    const half: Unavailable = {
      code: "graph.timeout",
      reason: { ja: "", en: "Microsoft 365 did not answer in time." },
      fix: { ja: "後でもう一度お試しください。", en: "" },
    };
    expect(explain(half, SOURCE_FALLBACK.mailTips)).toEqual({
      reason: {
        ja: SOURCE_FALLBACK.mailTips.reason.ja,
        en: "Microsoft 365 did not answer in time.",
      },
      fix: { ja: "後でもう一度お試しください。", en: SOURCE_FALLBACK.mailTips.fix.en },
    });
    expect(explain(undefined, SOURCE_FALLBACK.dns)).toEqual(SOURCE_FALLBACK.dns);
  });
});
