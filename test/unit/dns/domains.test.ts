import fc from "fast-check";
import { dkimSignatureRefs, evaluateDkim, rsaKeyBits } from "../../../src/core/dns/dkim";
import { sendsThroughExchangeOnline } from "../../../src/core/dns/exchange-online";
import {
  asciiDomain,
  collectDnsFacts,
  dkimQueries,
  recipientDomains,
} from "../../../src/core/dns/gather";
import { evaluateRecipientDomain, parseMtaStsRecord, parseMx } from "../../../src/core/dns/mx";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";
import { tableLookup, type Table } from "./table-lookup";

/** A realistic 2048-bit RSA SubjectPublicKeyInfo length in base64 (392 characters). */
const KEY_2048 =
  "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "x".repeat(392 - 44 - 8) + "IDAQAB";
const KEY_1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC" + "y".repeat(216 - 38 - 8) + "wIDAQAB";

function snapshot(extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    source: "mime",
    kind: "received",
    subject: "s",
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    ...extra,
  };
}

describe("recipient domains", () => {
  const table: Table = {
    "example.co.jp": { MX: ["20 mx2.example.co.jp.", "10 mx1.example.co.jp."] },
    "_mta-sts.example.co.jp": { TXT: ["v=STSv1; id=20250101T000000;"] },
    "nomx.example": { A: ["192.0.2.10"] },
    "v6only.example": { AAAA: ["2001:db8::25"] },
    "parked.example": { MX: ["0 ."] },
    "empty.example": { TXT: ["v=spf1 -all"] },
    "broken.example": { servfail: true },
    "slow.example": { timeout: true },
  };
  const lookup = tableLookup(table);

  it("sorts MX hosts and reads MTA-STS", async () => {
    const r = await evaluateRecipientDomain("EXAMPLE.co.jp", lookup);
    expect(r).toEqual({
      domain: "example.co.jp",
      status: "ok",
      mx: [
        { preference: 10, exchange: "mx1.example.co.jp" },
        { preference: 20, exchange: "mx2.example.co.jp" },
      ],
      mtaSts: { id: "20250101T000000" },
    });
  });

  it("falls back to A and AAAA when there is no MX, as SMTP does", async () => {
    expect(await evaluateRecipientDomain("nomx.example", lookup)).toMatchObject({
      status: "ok",
      usedAddressFallback: true,
    });
    expect(await evaluateRecipientDomain("v6only.example", lookup)).toMatchObject({
      status: "ok",
      usedAddressFallback: true,
    });
    expect(await evaluateRecipientDomain("empty.example", lookup)).toMatchObject({
      status: "nomail",
    });
  });

  it("tells NXDOMAIN, null MX and SERVFAIL/timeout apart", async () => {
    expect((await evaluateRecipientDomain("gmial.com", lookup)).status).toBe("nxdomain");
    expect((await evaluateRecipientDomain("parked.example", lookup)).status).toBe("nullmx");
    const sf = await evaluateRecipientDomain("broken.example", lookup);
    expect(sf.status).toBe("unavailable");
    expect(sf.why?.code).toBe("dns.servfail");
    expect((await evaluateRecipientDomain("slow.example", lookup)).why?.code).toBe("dns.timeout");
  });

  it("parses MX and MTA-STS data defensively", () => {
    expect(parseMx("0 .")).toEqual({ preference: 0, exchange: "" });
    expect(parseMx("garbage")).toBeUndefined();
    expect(parseMtaStsRecord("v=STSv1; id=abc123")).toEqual({ id: "abc123" });
    expect(parseMtaStsRecord("v=STSv1; id=not valid!")).toBeUndefined();
    expect(parseMtaStsRecord("v=spf1 -all")).toBeUndefined();
  });

  it("collects each recipient domain once, in ASCII, skipping what cannot be a DNS name", () => {
    const s = snapshot({
      to: [
        { address: "a@Example.co.jp" },
        { address: "b@example.co.jp" },
        { address: "c@例え.jp" },
      ],
      cc: [
        { address: "no-at-sign" },
        { address: "d@[192.0.2.1]" },
        { address: "e@exa mple.com" },
        { address: "f@localhost" },
      ],
      bcc: [],
    });
    expect(recipientDomains(s)).toEqual(["example.co.jp", "xn--r8jz45g.jp"]);
    expect(asciiDomain("ＥＸＡＭＰＬＥ.com")).toBe("example.com"); // full-width maps as a browser would
  });
});

describe("DKIM", () => {
  it("follows Microsoft 365 CNAMEs wherever they point, and reads key state", async () => {
    const table: Table = {
      // legacy tenant: onmicrosoft.com target; new tenant (2025): dkim.mail.microsoft target
      "selector1._domainkey.old.example": {
        CNAME: "selector1-old-example._domainkey.contoso.onmicrosoft.com.",
      },
      "selector1-old-example._domainkey.contoso.onmicrosoft.com": {
        TXT: [`v=DKIM1; k=rsa; p=${KEY_2048}`],
      },
      "selector2._domainkey.old.example": {
        CNAME: "selector2-old-example._domainkey.contoso.onmicrosoft.com.",
      },
      "selector1._domainkey.new.example": {
        CNAME: "selector1-new-example._domainkey.fabrikam.r-v1.dkim.mail.microsoft.",
      },
      "selector1-new-example._domainkey.fabrikam.r-v1.dkim.mail.microsoft": {
        TXT: [`v=DKIM1; k=rsa; p=${KEY_1024}`],
      },
      "s1._domainkey.old.example": { TXT: ["v=DKIM1; p="] },
    };
    const lookup = tableLookup(table);
    const old = await evaluateDkim(
      "old.example",
      [
        { selector: "selector1", domain: "old.example", source: "microsoft365" },
        { selector: "selector2", domain: "old.example", source: "microsoft365" },
        { selector: "s1", domain: "old.example", source: "signature" },
      ],
      lookup
    );
    expect(old).toEqual({
      status: "ok",
      selectors: [
        {
          selector: "selector1",
          state: "published",
          source: "microsoft365",
          cnameTarget: "selector1-old-example._domainkey.contoso.onmicrosoft.com",
          keyBits: 2048,
        },
        {
          selector: "selector2",
          state: "missing",
          source: "microsoft365",
          cnameTarget: "selector2-old-example._domainkey.contoso.onmicrosoft.com",
        },
        { selector: "s1", state: "revoked", source: "signature" },
      ],
    });
    const neu = await evaluateDkim(
      "new.example",
      [{ selector: "selector1", domain: "new.example", source: "microsoft365" }],
      lookup
    );
    expect(neu.status === "ok" && neu.selectors[0]).toMatchObject({
      state: "published",
      keyBits: 1024,
      cnameTarget: "selector1-new-example._domainkey.fabrikam.r-v1.dkim.mail.microsoft",
    });
  });

  it("estimates RSA key sizes", () => {
    expect(rsaKeyBits(KEY_2048)).toBe(2048);
    expect(rsaKeyBits(KEY_1024)).toBe(1024);
    expect(rsaKeyBits("abc")).toBeUndefined();
  });

  it("reads s= and d= from DKIM-Signature and picks the selectors to ask", () => {
    const s = snapshot({
      from: { address: "taro@example.co.jp" },
      headers: [
        {
          name: "DKIM-Signature",
          value:
            "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.co.jp;\r\n s=selector1-example-co-jp; h=From:To; bh=abc=; b=xyz",
        },
        {
          name: "DKIM-Signature",
          value: "v=1; a=rsa-sha256; d=contoso.onmicrosoft.com; s=selector1-contoso-com; b=x",
        },
        { name: "DKIM-Signature", value: "v=1; d=mailer.vendor.example; s=k1; b=x" },
      ],
    });
    expect(dkimSignatureRefs(s)).toEqual([
      { selector: "selector1-example-co-jp", domain: "example.co.jp" },
      { selector: "selector1-contoso-com", domain: "contoso.onmicrosoft.com" },
      { selector: "k1", domain: "mailer.vendor.example" },
    ]);
    expect(sendsThroughExchangeOnline(s)).toBe(true);
    expect(dkimQueries(s, "example.co.jp")).toEqual([
      { selector: "selector1-example-co-jp", domain: "example.co.jp", source: "signature" },
      { selector: "selector1", domain: "example.co.jp", source: "microsoft365" },
      { selector: "selector2", domain: "example.co.jp", source: "microsoft365" },
    ]);
    const gmail = snapshot({
      from: { address: "a@gmail.com" },
      headers: [{ name: "DKIM-Signature", value: "v=1; d=gmail.com; s=20230601; b=x" }],
    });
    expect(sendsThroughExchangeOnline(gmail)).toBeUndefined();
    expect(dkimQueries(gmail, "gmail.com")).toEqual([
      { selector: "20230601", domain: "gmail.com", source: "signature" },
    ]);
  });
});

describe("collectDnsFacts", () => {
  it("is unavailable as a whole when the resolver never answered", async () => {
    const fact = await collectDnsFacts(
      snapshot({ from: { address: "a@example.com" }, to: [{ address: "b@example.net" }] }),
      async () => ({ kind: "failure", reason: "network", detail: "fetch failed" })
    );
    expect(fact).toMatchObject({ state: "unavailable", why: { code: "dns.offline" } });
  });

  it("keeps per-domain failures to that domain", async () => {
    const fact = await collectDnsFacts(
      snapshot({ to: [{ address: "a@ok.example" }, { address: "b@sf.example" }] }),
      tableLookup({ "ok.example": { MX: ["10 mx.ok.example."] }, "sf.example": { servfail: true } })
    );
    expect(fact.state).toBe("ok");
    if (fact.state !== "ok") return;
    expect(fact.value.recipients.map((r) => `${r.domain}:${r.status}`)).toEqual([
      "ok.example:ok",
      "sf.example:unavailable",
    ]);
    expect(fact.value.sender).toBeUndefined();
  });
});

describe("address domains (property)", () => {
  const HOST = /^(?:[a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$/;
  it("never throws and yields only plain ASCII host names", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 20 }), (addresses) => {
        const s = snapshot({ to: addresses.map((address) => ({ address })) });
        for (const d of recipientDomains(s)) expect(d).toMatch(HOST);
      })
    );
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const d = recipientDomains(snapshot({ to: [{ address }] }));
        expect(d.length).toBeLessThanOrEqual(1);
        if (d[0]) expect(address.toLowerCase().endsWith(d[0])).toBe(true);
      })
    );
  });
});
