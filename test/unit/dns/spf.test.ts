import fc from "fast-check";
import { evaluateSpf, parseSpf, type SpfEvaluation } from "../../../src/core/dns/spf";
import type { SpfAnalysis } from "../../../src/core/model/facts";
import { tableLookup, type Table } from "./table-lookup";

function ok(r: SpfEvaluation): SpfAnalysis {
  if (r.status !== "ok") throw new Error(`expected ok, got ${r.status}`);
  return r.analysis;
}

describe("parseSpf", () => {
  it("reads qualifiers, mechanisms with values and CIDR, and modifiers", () => {
    const p = parseSpf(
      "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx:mail.example.com/24 ~include:_spf.example.net ?exists:%{i}.x.example redirect=_spf.example.org exp=explain.example.org"
    );
    expect(p.errors).toEqual([]);
    const mechanisms = p.terms.filter((t) => t.kind === "mechanism");
    expect(
      mechanisms.map((t) =>
        t.kind === "mechanism" ? `${t.qualifier}${t.name}:${t.value ?? ""}` : ""
      )
    ).toEqual([
      "+ip4:192.0.2.0",
      "+ip6:2001:db8::",
      "+a:",
      "+mx:mail.example.com",
      "~include:_spf.example.net",
      "?exists:%{i}.x.example",
    ]);
    expect(p.redirect).toBe("_spf.example.org");
  });

  it("reports syntax errors without throwing", () => {
    expect(parseSpf("spf1 -all").errors[0]).toMatch(/v=spf1/);
    expect(parseSpf("v=spf1 include -all").errors[0]).toMatch(/needs a value/);
    expect(parseSpf("v=spf1 ipv4:192.0.2.1 -all").errors[0]).toMatch(
      /unknown mechanism "ipv4:192.0.2.1"/
    );
    expect(parseSpf("v=spf1 redirect=a.example redirect=b.example").errors[0]).toMatch(
      /more than once/
    );
    expect(parseSpf("v=spf1 -all:foo").errors[0]).toMatch(/takes no value/);
    // "v=spf10" is not an SPF record
    expect(parseSpf("v=spf10 -all").errors).toHaveLength(1);
  });

  it("never throws on any string, and every term is accounted for (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const p = parseSpf(`v=spf1 ${s}`);
        const words = s.split(/\s+/).filter((w) => w !== "").length;
        expect(p.terms.length + p.errors.length).toBeGreaterThanOrEqual(words);
        expect(p.terms.length).toBeLessThanOrEqual(words);
      })
    );
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(() => parseSpf(x as string)).not.toThrow();
      })
    );
  });

  it("parses terms built from the grammar without errors (property)", () => {
    const qualifier = fc.constantFrom("", "+", "-", "~", "?");
    const host = fc.stringMatching(/^[a-z0-9]{1,10}\.(com|jp|net)$/);
    const term = fc.oneof(
      fc.tuple(qualifier, host).map(([q, h]) => `${q}include:${h}`),
      fc
        .tuple(qualifier, fc.nat(255), fc.integer({ min: 0, max: 32 }))
        .map(([q, n, c]) => `${q}ip4:192.0.2.${n}/${c}`),
      fc
        .tuple(qualifier, fc.option(host, { nil: undefined }))
        .map(([q, h]) => (h ? `${q}a:${h}` : `${q}a`)),
      fc
        .tuple(qualifier, fc.option(host, { nil: undefined }))
        .map(([q, h]) => (h ? `${q}mx:${h}` : `${q}mx`))
    );
    fc.assert(
      fc.property(fc.array(term, { maxLength: 30 }), qualifier, (terms, q) => {
        const p = parseSpf(`v=spf1 ${terms.join(" ")} ${q}all`);
        expect(p.errors).toEqual([]);
        expect(p.terms).toHaveLength(terms.length + 1);
      })
    );
  });

  it("reads a long hostile record in one pass (terms grow linearly with input)", () => {
    const n = 20000;
    const p = parseSpf(`v=spf1 ${"include:a.example ".repeat(n)}-all`);
    expect(p.terms).toHaveLength(n + 1);
    const q = parseSpf(`v=spf1 ${":".repeat(100000)}`);
    expect(q.errors).toHaveLength(1);
    const r = parseSpf(`v=spf1 ${"bogus ".repeat(5000)}`);
    expect(r.errors).toHaveLength(21);
  });
});

describe("evaluateSpf", () => {
  const m365: Table = {
    "spf.protection.outlook.com": { TXT: ["v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 -all"] },
  };

  it("counts lookups through includes and recognises Microsoft 365", async () => {
    const table: Table = {
      ...m365,
      "example.co.jp": {
        TXT: [
          "v=spf1 include:spf.protection.outlook.com include:_spf.vendor.example mx -all",
          "MS=ms12345678",
        ],
        MX: ["10 mx.example.co.jp."],
      },
      "_spf.vendor.example": {
        TXT: ["v=spf1 include:_a.vendor.example include:_b.vendor.example ~all"],
      },
      "_a.vendor.example": { TXT: ["v=spf1 ip4:198.51.100.0/24 ~all"] },
      "_b.vendor.example": { TXT: ["v=spf1 ip4:203.0.113.0/24 ~all"] },
    };
    const a = ok(await evaluateSpf("Example.co.jp.", tableLookup(table)));
    expect(a.records).toEqual([
      "v=spf1 include:spf.protection.outlook.com include:_spf.vendor.example mx -all",
    ]);
    expect(a.lookupCount).toBe(5);
    expect(a.voidLookupCount).toBe(0);
    expect(a.allQualifier).toBe("-");
    expect(a.includesMicrosoft365).toBe(true);
    expect(a.errors).toEqual([]);
    expect(a.countedTerms).toEqual([
      "include:spf.protection.outlook.com",
      "include:_spf.vendor.example",
      "include:_a.vendor.example",
      "include:_b.vendor.example",
      "mx",
    ]);
  });

  it("reports a chain of more than 10 lookups", async () => {
    const table: Table = {
      "big.example": {
        TXT: [
          `v=spf1 ${Array.from({ length: 6 }, (_, i) => `include:s${i}.example`).join(" ")} -all`,
        ],
      },
    };
    for (let i = 0; i < 6; i++)
      table[`s${i}.example`] = { TXT: [`v=spf1 include:t${i}.example ~all`] };
    for (let i = 0; i < 6; i++) table[`t${i}.example`] = { TXT: ["v=spf1 ip4:192.0.2.1 ~all"] };
    const a = ok(await evaluateSpf("big.example", tableLookup(table)));
    expect(a.lookupCount).toBe(12);
    expect(a.errors).toContain("12 DNS lookups (the limit is 10)");
  });

  it("detects include loops and does not follow them forever", async () => {
    const table: Table = {
      "loop.example": { TXT: ["v=spf1 include:a.loop.example -all"] },
      "a.loop.example": { TXT: ["v=spf1 include:b.loop.example -all"] },
      "b.loop.example": { TXT: ["v=spf1 include:loop.example -all"] },
    };
    const log: string[] = [];
    const a = ok(await evaluateSpf("loop.example", tableLookup(table, log)));
    expect(
      a.errors.some((e) =>
        /loops back \(loop\.example → a\.loop\.example → b\.loop\.example → loop\.example\)/.test(e)
      )
    ).toBe(true);
    expect(log.length).toBe(3);
  });

  it("stops following a self-referencing redirect", async () => {
    const table: Table = { "r.example": { TXT: ["v=spf1 redirect=r.example"] } };
    const a = ok(await evaluateSpf("r.example", tableLookup(table)));
    expect(a.errors.join()).toMatch(/redirect of r.example loops back/);
    expect(a.allQualifier).toBeUndefined();
  });

  it("reports two SPF records", async () => {
    const a = ok(
      await evaluateSpf(
        "two.example",
        tableLookup({
          "two.example": { TXT: ["v=spf1 -all", "v=spf1 include:spf.protection.outlook.com -all"] },
        })
      )
    );
    expect(a.records).toHaveLength(2);
    expect(a.errors[0]).toMatch(/publishes 2 SPF records/);
  });

  it("counts void lookups (includes and hosts that do not exist)", async () => {
    const table: Table = {
      "void.example": {
        TXT: [
          "v=spf1 include:gone1.example include:gone2.example a:gone3.example mx:gone4.example -all",
        ],
      },
    };
    const a = ok(await evaluateSpf("void.example", tableLookup(table)));
    expect(a.voidLookupCount).toBe(4);
    expect(a.errors).toContain("4 lookups found nothing (the limit is 2)");
    expect(a.errors.filter((e) => /finds no SPF record/.test(e))).toHaveLength(2);
  });

  it("takes the all qualifier from the redirect target when the record has none", async () => {
    const table: Table = {
      "sub.example": { TXT: ["v=spf1 redirect=_spf.example"] },
      "_spf.example": { TXT: ["v=spf1 include:spf.protection.outlook.com ~all"] },
      ...m365,
    };
    const a = ok(await evaluateSpf("sub.example", tableLookup(table)));
    expect(a.allQualifier).toBe("~");
    expect(a.lookupCount).toBe(2);
    expect(a.includesMicrosoft365).toBe(true);
  });

  it("ignores redirect when the record has an all", async () => {
    const a = ok(
      await evaluateSpf(
        "x.example",
        tableLookup({ "x.example": { TXT: ["v=spf1 -all redirect=y.example"] } })
      )
    );
    expect(a.lookupCount).toBe(0);
    expect(a.allQualifier).toBe("-");
  });

  it("does not resolve macros but counts them, and warns about ptr", async () => {
    const a = ok(
      await evaluateSpf(
        "m.example",
        tableLookup({ "m.example": { TXT: ["v=spf1 exists:%{i}._spf.m.example ptr -all"] } })
      )
    );
    expect(a.lookupCount).toBe(2);
    expect(a.warnings?.join()).toMatch(/ptr/);
  });

  it("says nothing about a domain without SPF, and is indeterminate when its own lookup fails", async () => {
    expect(
      ok(await evaluateSpf("none.example", tableLookup({ "none.example": { TXT: ["hello"] } })))
        .records
    ).toEqual([]);
    expect(
      (await evaluateSpf("sf.example", tableLookup({ "sf.example": { servfail: true } }))).status
    ).toBe("indeterminate");
    const a = ok(
      await evaluateSpf(
        "p.example",
        tableLookup({
          "p.example": { TXT: ["v=spf1 include:sf.example -all"] },
          "sf.example": { servfail: true },
        })
      )
    );
    expect(a.warnings?.join()).toMatch(/could not be resolved just now \(SERVFAIL\)/);
  });

  it("stays bounded on a huge fan-out", async () => {
    const table: Table = {
      "fan.example": {
        TXT: [
          `v=spf1 ${Array.from({ length: 200 }, (_, i) => `include:f${i}.example`).join(" ")} -all`,
        ],
      },
    };
    for (let i = 0; i < 200; i++) table[`f${i}.example`] = { TXT: ["v=spf1 -all"] };
    const log: string[] = [];
    const a = ok(await evaluateSpf("fan.example", tableLookup(table, log)));
    expect(a.lookupCount).toBe(200);
    expect(log.length).toBeLessThanOrEqual(41);
    expect(a.errors.join()).toMatch(/stopped following/);
  });
});
