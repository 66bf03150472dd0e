import fc from "fast-check";
import {
  effectivePolicy,
  evaluateDmarc,
  organizationalDomain,
  parseDmarc,
  type DmarcEvaluation,
} from "../../../src/core/dns/dmarc";
import type { DmarcAnalysis } from "../../../src/core/model/facts";
import { tableLookup } from "./table-lookup";

function ok(r: DmarcEvaluation): DmarcAnalysis {
  if (r.status !== "ok") throw new Error(`expected ok, got ${r.status}`);
  return r.analysis;
}

describe("parseDmarc", () => {
  it("reads every tag of a full record", () => {
    const d = parseDmarc(
      "v=DMARC1; p=reject; sp=quarantine; pct=50; adkim=s; aspf=r; rua=mailto:agg@example.co.jp,mailto:dmarc@vendor.example!10m; ruf=mailto:forensic@example.co.jp; fo=1; ri=86400;"
    );
    expect(d).toMatchObject({
      policy: "reject",
      subdomainPolicy: "quarantine",
      pct: 50,
      adkim: "s",
      aspf: "r",
      rua: ["mailto:agg@example.co.jp", "mailto:dmarc@vendor.example!10m"],
      ruf: ["mailto:forensic@example.co.jp"],
      errors: [],
    });
  });

  it("accepts upper-case policy values and ignores tags it does not know (np, t, psd)", () => {
    const d = parseDmarc("v=DMARC1;p=NONE;np=reject;t=y");
    expect(d.policy).toBe("none");
    expect(d.errors).toEqual([]);
  });

  it("reports syntax errors", () => {
    expect(parseDmarc("p=reject; v=DMARC1").errors).toEqual(
      expect.arrayContaining(['the record must start with "v=DMARC1"'])
    );
    expect(parseDmarc("v=DMARC1; p=block").errors).toEqual([
      "p=block is not none, quarantine or reject",
    ]);
    expect(parseDmarc("v=DMARC1; p=none; pct=150").errors).toEqual([
      "pct=150 is not a whole number from 0 to 100",
    ]);
    expect(parseDmarc("v=DMARC1; p=none; adkim=x").errors[0]).toMatch(/relaxed/);
    expect(parseDmarc("v=DMARC1; p=none; rua=dmarc@example.com").errors[0]).toMatch(/not a URI/);
    expect(parseDmarc("v=DMARC1; p=none; p=reject").errors).toEqual(['"p" appears more than once']);
    expect(parseDmarc("v=DMARC1; rua=mailto:a@example.com").errors).toEqual([
      'the record has no "p=" policy',
    ]);
    expect(parseDmarc("v=DMARC1; p=none; junk").errors[0]).toMatch(/not a tag=value pair/);
  });

  it("never throws and always returns arrays (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const d = parseDmarc(`v=DMARC1; ${s}`);
        expect(Array.isArray(d.errors) && Array.isArray(d.rua) && Array.isArray(d.ruf)).toBe(true);
      })
    );
    fc.assert(
      fc.property(fc.anything(), (x) => expect(() => parseDmarc(x as string)).not.toThrow())
    );
  });

  it("round-trips records built from the grammar (property)", () => {
    const policy = fc.constantFrom("none", "quarantine", "reject");
    fc.assert(
      fc.property(
        policy,
        fc.option(policy, { nil: undefined }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom("r", "s"),
        (p, sp, pct, adkim) => {
          const d = parseDmarc(
            `v=DMARC1; p=${p};${sp ? ` sp=${sp};` : ""} pct=${pct}; adkim=${adkim}; rua=mailto:r@example.com`
          );
          expect(d.errors).toEqual([]);
          expect(d.policy).toBe(p);
          expect(d.subdomainPolicy).toBe(sp);
          expect(d.pct).toBe(pct);
          expect(d.adkim).toBe(adkim);
        }
      )
    );
  });

  it("reads a long hostile record in one pass", () => {
    const d = parseDmarc(`v=DMARC1; p=none; ${"x=y; ".repeat(20000)}`);
    expect(d.policy).toBe("none");
    expect(d.errors).toHaveLength(21); // bounded: 20 and a "…and N more"
    expect(d.errors[20]).toBe("…and 19979 more");
    const e = parseDmarc(`v=DMARC1; p=none; rua=${"mailto:a@b.c,".repeat(5000)}`);
    expect(e.rua).toHaveLength(5000);
  });
});

describe("evaluateDmarc", () => {
  it("finds the record at the organizational domain for a subdomain sender and applies sp=", async () => {
    const table = {
      "_dmarc.example.co.jp": { TXT: ["v=DMARC1; p=reject; sp=none; rua=mailto:d@example.co.jp"] },
    };
    const log: string[] = [];
    const a = ok(await evaluateDmarc("news.mail.example.co.jp", tableLookup(table, log)));
    expect(log).toEqual(["TXT _dmarc.news.mail.example.co.jp", "TXT _dmarc.example.co.jp"]);
    expect(a.foundAt).toBe("example.co.jp");
    expect(effectivePolicy(a, "news.mail.example.co.jp")).toBe("none");
    expect(effectivePolicy(a, "example.co.jp")).toBe("reject");
  });

  it("uses the public suffix list: co.jp is never an organizational domain", () => {
    expect(organizationalDomain("a.b.example.co.jp")).toBe("example.co.jp");
    expect(organizationalDomain("mail.city.chiyoda.tokyo.jp")).toBe("city.chiyoda.tokyo.jp");
    expect(organizationalDomain("example.com")).toBe("example.com");
  });

  it("reports a missing record as no record, and several records as ignored", async () => {
    expect(ok(await evaluateDmarc("none.example", tableLookup({}))).record).toBeUndefined();
    const two = ok(
      await evaluateDmarc(
        "two.example",
        tableLookup({ "_dmarc.two.example": { TXT: ["v=DMARC1; p=none", "v=DMARC1; p=reject"] } })
      )
    );
    expect(two.policy).toBeUndefined();
    expect(two.errors[0]).toMatch(/2 DMARC records/);
  });

  it("is indeterminate on SERVFAIL or timeout", async () => {
    expect(
      (await evaluateDmarc("x.example", tableLookup({ "_dmarc.x.example": { servfail: true } })))
        .status
    ).toBe("indeterminate");
    expect(
      (await evaluateDmarc("y.example", tableLookup({ "_dmarc.y.example": { timeout: true } })))
        .status
    ).toBe("indeterminate");
  });
});
