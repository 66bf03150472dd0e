import fc from "fast-check";
import { decodeDohJson, dohUrl, unquoteTxt } from "../../../src/dns/doh";

describe("DoH JSON decoding", () => {
  it("joins quoted TXT strings and undoes escapes; bare data is kept", () => {
    expect(unquoteTxt('"v=spf1 include:spf.protection.outlook.com " "-all"')).toBe(
      "v=spf1 include:spf.protection.outlook.com -all"
    );
    expect(unquoteTxt('"say \\"hi\\" \\059 ok"')).toBe('say "hi" ; ok');
    expect(unquoteTxt("v=DMARC1; p=none")).toBe("v=DMARC1; p=none");
  });

  it("reads Cloudflare's answer shape, with a CNAME before the TXT", () => {
    const body = JSON.stringify({
      Status: 0,
      Question: [{ name: "selector1._domainkey.example.com.", type: 16 }],
      Answer: [
        {
          name: "selector1._domainkey.example.com.",
          type: 5,
          TTL: 3600,
          data: "selector1-example-com._domainkey.contoso.onmicrosoft.com.",
        },
        {
          name: "selector1-example-com._domainkey.contoso.onmicrosoft.com.",
          type: 16,
          TTL: 120,
          data: '"v=DKIM1; k=rsa; " "p=MIIB"',
        },
      ],
    });
    const d = decodeDohJson(body)!;
    expect(d.answer).toEqual({
      kind: "response",
      rcode: 0,
      records: [
        {
          name: "selector1._domainkey.example.com",
          type: 5,
          ttl: 3600,
          data: "selector1-example-com._domainkey.contoso.onmicrosoft.com.",
        },
        {
          name: "selector1-example-com._domainkey.contoso.onmicrosoft.com",
          type: 16,
          ttl: 120,
          data: "v=DKIM1; k=rsa; p=MIIB",
        },
      ],
    });
  });

  it("takes the negative TTL from the SOA in Authority", () => {
    const d = decodeDohJson(
      JSON.stringify({
        Status: 3,
        Authority: [{ name: "com.", type: 6, TTL: 900, data: "a.gtld-servers.net. …" }],
      })
    )!;
    expect(d.negativeTtl).toBe(900);
    expect(d.answer).toEqual({ kind: "response", rcode: 3, records: [] });
  });

  it("rejects what is not DNS JSON, and never throws (property)", () => {
    expect(decodeDohJson("<html>")).toBeUndefined();
    expect(decodeDohJson('{"Status":"0"}')).toBeUndefined();
    expect(decodeDohJson('{"Status":0,"Answer":{}}')).toBeUndefined();
    expect(decodeDohJson('{"Status":0,"Answer":[{"type":16}]}')).toBeUndefined();
    fc.assert(fc.property(fc.string(), (s) => expect(() => decodeDohJson(s)).not.toThrow()));
    fc.assert(fc.property(fc.json(), (s) => expect(() => decodeDohJson(s)).not.toThrow()));
    fc.assert(fc.property(fc.string(), (s) => expect(typeof unquoteTxt(s)).toBe("string")));
  });

  it("builds the request URL with only name and type, keeping the resolver's own query", () => {
    expect(dohUrl("https://dns.google/resolve", "example.co.jp", "MX")).toBe(
      "https://dns.google/resolve?name=example.co.jp&type=MX"
    );
    expect(dohUrl("https://doh.example/q?ct=json", "a.example", "TXT")).toBe(
      "https://doh.example/q?ct=json&name=a.example&type=TXT"
    );
  });
});
