import { dnsFindings } from "../../../src/core/checks/dns-facts";
import { analyzeSync } from "../../../src/core/engine";
import type { DnsFacts, Fact, SenderDomainDns } from "../../../src/core/model/facts";
import type { Finding } from "../../../src/core/model/finding";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

function draft(extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    source: "office-compose",
    kind: "draft",
    subject: "見積書の件",
    from: { address: "taro@example.co.jp" },
    to: [{ address: "hanako@gmial.com" }],
    cc: [],
    bcc: [],
    attachments: [],
    ...extra,
  };
}

const goodSender: SenderDomainDns = {
  domain: "example.co.jp",
  spf: {
    state: "ok",
    value: {
      records: ["v=spf1 include:spf.protection.outlook.com -all"],
      lookupCount: 1,
      voidLookupCount: 0,
      allQualifier: "-",
      includesMicrosoft365: true,
      errors: [],
    },
  },
  dmarc: {
    state: "ok",
    value: {
      record: "v=DMARC1; p=quarantine; rua=mailto:d@example.co.jp",
      policy: "quarantine",
      rua: ["mailto:d@example.co.jp"],
      ruf: [],
      errors: [],
      foundAt: "example.co.jp",
    },
  },
  dkim: {
    state: "ok",
    value: {
      selectors: [
        {
          selector: "selector1",
          state: "published",
          source: "microsoft365",
          cnameTarget: "selector1-example-co-jp._domainkey.contoso.onmicrosoft.com",
        },
        { selector: "selector2", state: "published", source: "microsoft365" },
      ],
    },
  },
};

function run(snapshot: MessageSnapshot, dns: Fact<DnsFacts>): Finding[] {
  return dnsFindings({ snapshot, facts: { dns }, policy: DEFAULT_POLICY });
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.item}:${f.rule}:${f.severity}`).sort();

describe("dns facts → findings", () => {
  it("NXDOMAIN is a problem under 16 and, with a close known domain, a fix under 8", () => {
    const fs = run(draft(), {
      state: "ok",
      value: { recipients: [{ domain: "gmial.com", status: "nxdomain", mx: [] }] },
    });
    expect(rules(fs)).toEqual([
      "16:dns.recipient.nxdomain:problem",
      "8:dns.recipient.domain-typo:problem",
    ]);
    const typo = fs.find((f) => f.item === 8)!;
    expect(typo.evidence).toBe("hanako@gmial.com");
    expect(typo.fix?.en).toMatch(/gmail\.com/);
    expect(typo.message.ja).toMatch(/gmail\.com の打ち間違い/);
  });

  it("null MX and no mail server are problems; SERVFAIL is unavailable, not a problem; MTA-STS is info under 23", () => {
    const fs = run(
      draft({
        to: [
          { address: "a@parked.example" },
          { address: "b@none.example" },
          { address: "c@sf.example" },
          { address: "d@secure.example" },
        ],
      }),
      {
        state: "ok",
        value: {
          recipients: [
            { domain: "parked.example", status: "nullmx", mx: [{ preference: 0, exchange: "" }] },
            { domain: "none.example", status: "nomail", mx: [] },
            {
              domain: "sf.example",
              status: "unavailable",
              mx: [],
              why: {
                code: "dns.servfail",
                reason: { ja: "失敗", en: "failed" },
                fix: { ja: "待つ", en: "wait" },
              },
            },
            {
              domain: "secure.example",
              status: "ok",
              mx: [{ preference: 10, exchange: "mx.secure.example" }],
              mtaSts: { id: "2025" },
            },
          ],
        },
      }
    );
    expect(rules(fs)).toEqual([
      "16:dns.recipient.no-mail-server:problem",
      "16:dns.recipient.null-mx:problem",
      "16:dns.recipient.ok:ok",
      "16:dns.recipient.unavailable:unavailable",
      "23:dns.recipient.mta-sts:info",
    ]);
    expect(fs.find((f) => f.rule === "dns.recipient.null-mx")?.message.en).toMatch(
      /accepts no mail/
    );
  });

  it("names at most ten working domains in the ok message and lists them all as evidence", () => {
    const recipients = Array.from({ length: 12 }, (_, i) => ({
      domain: `d${i}.example.net`,
      status: "ok" as const,
      mx: [{ preference: 10, exchange: `mx.d${i}.example.net` }],
    }));
    const fs = run(draft({ to: recipients.map((r) => ({ address: `a@${r.domain}` })) }), {
      state: "ok",
      value: { recipients },
    });
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message.en).toMatch(/d9\.example\.net and 2 more$/);
    expect(fs[0]?.message.ja).toMatch(/ほか 2 件$/);
    expect(fs[0]?.evidence?.split("; ")).toHaveLength(12);
  });

  it("a healthy Microsoft 365 sender domain gives ok findings under 24 and 6", () => {
    const fs = run(draft({ to: [] }), {
      state: "ok",
      value: { recipients: [], sender: goodSender },
    });
    expect(rules(fs)).toEqual([
      "24:dns.dkim.microsoft365-published:ok",
      "24:dns.dmarc.policy:ok",
      "24:dns.spf.ok:ok",
      "6:dns.sender.settings-ok:ok",
    ]);
    expect(fs.find((f) => f.rule === "dns.dmarc.policy")?.message.en).toMatch(
      /junk or quarantine at Gmail, Yahoo, Outlook\.com/
    );
  });

  it("broken SPF, missing Microsoft 365 include, +all, missing DMARC and missing DKIM are reported", () => {
    const sender: SenderDomainDns = {
      domain: "example.co.jp",
      spf: {
        state: "ok",
        value: {
          records: ["v=spf1 include:a.example +all", "v=spf1 -all"],
          lookupCount: 12,
          voidLookupCount: 0,
          allQualifier: "+",
          includesMicrosoft365: false,
          errors: [
            "example.co.jp publishes 2 SPF records; receivers treat that as a permanent error",
            "12 DNS lookups (the limit is 10)",
          ],
        },
      },
      dmarc: { state: "ok", value: { rua: [], ruf: [], errors: [] } },
      dkim: {
        state: "ok",
        value: {
          selectors: [
            { selector: "selector1", state: "missing", source: "microsoft365" },
            { selector: "selector2", state: "missing", source: "microsoft365" },
          ],
        },
      },
    };
    const fs = run(draft({ to: [] }), { state: "ok", value: { recipients: [], sender } });
    expect(rules(fs)).toEqual([
      "24:dns.dkim.microsoft365-not-set-up:warning",
      "24:dns.dmarc.missing:warning",
      "24:dns.spf.no-microsoft365:problem",
      "24:dns.spf.pass-all:problem",
      "24:dns.spf.permerror:problem",
      "6:dns.sender.settings-error:warning",
    ]);
    const perm = fs.find((f) => f.rule === "dns.spf.permerror")!;
    expect(perm.message.en).toMatch(/2 SPF records/);
    expect(perm.message.en).toMatch(/12 DNS lookups, over the limit of 10/);
    expect(perm.who).toEqual(["yourIt"]);
  });

  it("an include loop alone is a permerror that names the loop, not the lookup limit", () => {
    const sender: SenderDomainDns = {
      ...goodSender,
      spf: {
        state: "ok",
        value: {
          records: ["v=spf1 include:spf.protection.outlook.com include:a.example -all"],
          lookupCount: 3,
          voidLookupCount: 0,
          allQualifier: "-",
          includesMicrosoft365: true,
          errors: [
            "a.example: include of a.example loops back (example.co.jp → a.example → a.example)",
          ],
        },
      },
    };
    const fs = run(draft({ to: [] }), { state: "ok", value: { recipients: [], sender } });
    const perm = fs.find((f) => f.rule === "dns.spf.permerror")!;
    expect(perm.message.en).toMatch(/a loop or a broken include/);
    expect(perm.message.en).not.toMatch(/limit/);
    expect(perm.evidence).toMatch(/loops back/);
    expect(fs.some((f) => f.rule === "dns.spf.ok")).toBe(false);
  });

  it("for an .eml not sent through Exchange Online it does not ask for Microsoft 365's include", () => {
    const sender: SenderDomainDns = {
      ...goodSender,
      domain: "gmail.com",
      spf: {
        state: "ok",
        value: {
          records: ["v=spf1 redirect=_spf.google.com"],
          lookupCount: 4,
          voidLookupCount: 0,
          allQualifier: "~",
          includesMicrosoft365: false,
          errors: [],
        },
      },
      dkim: {
        state: "ok",
        value: { selectors: [{ selector: "20230601", state: "missing", source: "signature" }] },
      },
    };
    const fs = run(draft({ source: "mime", kind: "sent", to: [] }), {
      state: "ok",
      value: { recipients: [], sender },
    });
    expect(rules(fs)).toEqual([
      "24:dns.dkim.signature-key-missing:problem",
      "24:dns.dmarc.policy:ok",
      "24:dns.spf.ok:ok",
      "6:dns.sender.settings-ok:ok",
    ]);
    expect(fs.find((f) => f.severity === "problem")?.who).toEqual(["yourIt"]);
    // A received mail: the sender domain is the other party's, and item 6 (our own settings) is left out.
    const received = run(draft({ source: "mime", kind: "received", to: [] }), {
      state: "ok",
      value: { recipients: [], sender },
    });
    expect(rules(received)).toEqual([
      "24:dns.dkim.signature-key-missing:problem",
      "24:dns.dmarc.policy:ok",
      "24:dns.spf.ok:ok",
    ]);
    const theirs = received.find((f) => f.severity === "problem")!;
    expect(theirs.who).toBeUndefined();
    expect(theirs.fix?.en).toMatch(/sender's domain/);
  });

  it("an unavailable part of the sender's DNS is unavailable, and an unavailable source adds nothing here", () => {
    const why = {
      code: "dns.timeout",
      reason: { ja: "時間切れ", en: "timed out" },
      fix: { ja: "再試行", en: "retry" },
    };
    const fs = run(draft({ to: [] }), {
      state: "ok",
      value: { recipients: [], sender: { ...goodSender, spf: { state: "unavailable", why } } },
    });
    const f = fs.find((x) => x.rule === "dns.spf.unavailable");
    expect(f).toMatchObject({ item: 24, severity: "unavailable" });
    // The machine code is not shown to the reader; the reason is said in words.
    expect(f?.evidence).toBeUndefined();
    expect(f?.message.ja).toMatch(/^SPF を確認できませんでした。/);
    expect(run(draft(), { state: "unavailable", why })).toEqual([]);
    expect(run(draft(), { state: "off" })).toEqual([]);
  });

  it("the whole report marks DNS items unavailable when the source failed", () => {
    const why = {
      code: "dns.offline",
      reason: { ja: "オフライン", en: "offline" },
      fix: { ja: "接続", en: "connect" },
    };
    const report = analyzeSync({
      snapshot: draft(),
      policy: DEFAULT_POLICY,
      facts: { dns: { state: "unavailable", why } },
    });
    expect(report.items.find((i) => i.id === 16)?.status).toBe("unavailable");
    const ok = analyzeSync({
      snapshot: draft(),
      policy: DEFAULT_POLICY,
      facts: {
        dns: {
          state: "ok",
          value: { recipients: [{ domain: "gmial.com", status: "nxdomain", mx: [] }] },
        },
      },
    });
    expect(ok.items.find((i) => i.id === 16)?.status).toBe("problem");
    expect(ok.items.find((i) => i.id === 8)?.status).toBe("problem");
  });

  it("the receiver's passing verdict (Authentication-Results) turns DNS problems into warnings", () => {
    const sender: SenderDomainDns = {
      ...goodSender,
      spf: {
        state: "ok",
        value: {
          records: ["v=spf1 +all"],
          lookupCount: 0,
          voidLookupCount: 0,
          allQualifier: "+",
          includesMicrosoft365: true,
          errors: [],
        },
      },
    };
    const headers = [
      {
        name: "Authentication-Results",
        value:
          "spf=pass (sender IP is 40.107.1.2) smtp.mailfrom=example.co.jp; dkim=pass (signature was verified) header.d=example.co.jp;dmarc=pass action=none header.from=example.co.jp;compauth=pass reason=100",
      },
    ];
    const passed = run(draft({ source: "mime", kind: "received", to: [], headers }), {
      state: "ok",
      value: { recipients: [], sender },
    });
    const f = passed.find((x) => x.rule === "dns.spf.pass-all")!;
    expect(f.severity).toBe("warning");
    expect(f.message.en).toMatch(
      /The receiver did pass this mail, though \(Exchange Online: dmarc=pass compauth=pass\)/
    );
    const failedHeaders = [
      {
        name: "Authentication-Results",
        value:
          "mx.google.com; spf=pass smtp.mailfrom=example.co.jp; dmarc=fail header.from=example.co.jp",
      },
    ];
    const failed = run(
      draft({ source: "mime", kind: "received", to: [], headers: failedHeaders }),
      { state: "ok", value: { recipients: [], sender } }
    );
    expect(failed.find((x) => x.rule === "dns.spf.pass-all")?.severity).toBe("problem");
  });
});
