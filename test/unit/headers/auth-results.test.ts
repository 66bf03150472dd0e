import fc from "fast-check";
import { authMethodName, authResultMeaning } from "../../../src/core/headers/auth-meaning";
import {
  parseArcAuthenticationResults,
  parseAuthenticationResults,
  propertyOf,
  resultFor,
} from "../../../src/core/headers/auth-results";

describe("parseAuthenticationResults", () => {
  it("reads Exchange Online's form (no authserv-id, vendor extras without ptype)", () => {
    const ar = parseAuthenticationResults(
      "spf=pass (sender IP is 209.85.218.53) smtp.mailfrom=gmail.com; dkim=pass (signature was verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100"
    );
    expect(ar.authservId).toBe("");
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "spf=pass",
      "dkim=pass",
      "dmarc=pass",
      "compauth=pass",
    ]);
    const spf = resultFor(ar, "spf")!;
    expect(spf.comments).toEqual(["sender IP is 209.85.218.53"]);
    expect(propertyOf(spf, "smtp", "mailfrom")).toBe("gmail.com");
    expect(propertyOf(resultFor(ar, "dmarc")!, "", "action")).toBe("none");
    expect(resultFor(ar, "compauth")!.reason).toBe("100");
    expect(ar.errors).toEqual([]);
  });

  it("reads Gmail's form with an authserv-id, comments containing colons and parentheses", () => {
    const ar = parseAuthenticationResults(
      "mx.google.com;\r\n       dkim=pass header.i=@example.co.jp header.s=selector1 header.b=Zx8v+Q0a;\r\n       spf=pass (google.com: domain of taro@example.co.jp designates 203.0.113.25 as permitted sender (see (nested))) smtp.mailfrom=taro@example.co.jp;\r\n       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from=example.co.jp"
    );
    expect(ar.authservId).toBe("mx.google.com");
    const dkim = resultFor(ar, "dkim")!;
    expect(propertyOf(dkim, "header", "i")).toBe("@example.co.jp");
    expect(propertyOf(dkim, "header", "b")).toBe("Zx8v+Q0a");
    expect(resultFor(ar, "spf")!.comments[0]).toBe(
      "google.com: domain of taro@example.co.jp designates 203.0.113.25 as permitted sender (see (nested))"
    );
    expect(resultFor(ar, "dmarc")!.comments).toEqual(["p=QUARANTINE sp=NONE dis=NONE"]);
    expect(propertyOf(resultFor(ar, "dmarc")!, "header", "from")).toBe("example.co.jp");
  });

  it("reads a version, a method version, a quoted reason, and 'none'", () => {
    const ar = parseAuthenticationResults(
      'example.net 1; dkim/1=fail reason="bad signature" header.d=example.com'
    );
    expect(ar.authservId).toBe("example.net");
    expect(ar.version).toBe("1");
    const dkim = resultFor(ar, "dkim")!;
    expect(dkim.methodVersion).toBe("1");
    expect(dkim.result).toBe("fail");
    expect(dkim.reason).toBe("bad signature");
    const none = parseAuthenticationResults("mail.example.org; none");
    expect(none.authservId).toBe("mail.example.org");
    expect(none.results).toEqual([]);
    expect(none.errors).toEqual([]);
  });

  it("lower-cases methods and results and keeps going after a broken part", () => {
    const ar = parseAuthenticationResults(
      "mx.example.jp; SPF=SoftFail smtp.mailfrom=a@b.jp; garbage; DMARC=Fail header.from=b.jp"
    );
    expect(ar.results.map((r) => `${r.method}=${r.result}`)).toEqual([
      "spf=softfail",
      "dmarc=fail",
    ]);
    expect(ar.errors.length).toBe(1);
  });

  it("reads ARC-Authentication-Results with its instance", () => {
    const ar = parseArcAuthenticationResults(
      "i=2; mx.microsoft.com 1; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org; arc=pass (0 oda=1 ltdi=1 spf=[1,1,smtp.mailfrom=example.org])"
    );
    expect(ar.arcInstance).toBe(2);
    expect(ar.authservId).toBe("mx.microsoft.com");
    expect(resultFor(ar, "arc")!.result).toBe("pass");
    expect(resultFor(ar, "arc")!.comments[0]).toContain("oda=1");
  });

  it("survives an unterminated comment or quote", () => {
    expect(parseAuthenticationResults("x; spf=pass (oops smtp.mailfrom=a").errors).toContain(
      "unterminated comment"
    );
    expect(parseAuthenticationResults('x; dkim=fail reason="oops').results[0]!.reason).toBe("oops");
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (value) => {
        const ar = parseAuthenticationResults(value);
        expect(Array.isArray(ar.results)).toBe(true);
        parseArcAuthenticationResults(value);
      }),
      { numRuns: 2000 }
    );
    const alphabet = fc.constantFrom(...'a=;.()"\\ /@1spf'.split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        parseAuthenticationResults(chars.join(""));
      }),
      { numRuns: 3000 }
    );
  });

  it("stays linear on crafted input (deep comments, many separators)", () => {
    // Not a timing assertion: a quadratic parser would take minutes on these, a linear one milliseconds.
    const hostile = [
      "(".repeat(50000),
      "a=".repeat(30000),
      ";".repeat(60000),
      '"'.repeat(60000),
      "x.y=(".repeat(12000),
    ];
    for (const h of hostile) expect(() => parseAuthenticationResults(h)).not.toThrow();
  });
});

describe("authResultMeaning", () => {
  it("explains results and methods in both languages", () => {
    expect(authResultMeaning("spf", "SoftFail")?.ja).toContain("弱い不合格");
    expect(authResultMeaning("compauth", "softpass")?.en).toContain("Soft pass");
    expect(authResultMeaning("dkim", "weird")).toBeUndefined();
    expect(authMethodName("dmarc").en).toContain("From domain");
    expect(authMethodName("x-custom").en).toBe("x-custom");
  });
});
