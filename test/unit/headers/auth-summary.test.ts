/**
 * Which authentication results count: the final receiver's, all of its fields together (Postfix
 * with OpenDKIM and OpenDMARC writes one Authentication-Results per milter), and a method it
 * wrote nothing about is "not checked", not "not set up".
 */
import { analyzeHeaders } from "../../../src/core/headers/analyze";
import { findingsFromHeaders } from "../../../src/core/checks/received-headers";

const RECEIVED = {
  name: "Received",
  value: "from mail.example.com by mx.example.org; Mon, 7 Dec 2026 10:00:00 +0900",
};

function authFindings(fields: { name: string; value: string }[]) {
  const a = analyzeHeaders([RECEIVED, ...fields]);
  return { a, found: findingsFromHeaders(a).filter((f) => f.item === 24) };
}

describe("the final receiver's authentication results", () => {
  it("joins the fields one server wrote per method, so a DMARC failure in the second is seen", () => {
    const { a, found } = authFindings([
      {
        name: "Authentication-Results",
        value: "mx.example.org; dkim=pass (2048-bit key) header.d=example.com",
      },
      {
        name: "Authentication-Results",
        value: "mx.example.org; dmarc=fail (p=quarantine dis=none) header.from=example.com",
      },
      {
        name: "Authentication-Results",
        value: "mx.example.org; spf=pass smtp.mailfrom=example.com",
      },
    ]);
    expect(a.auth).toMatchObject({ spf: "pass", dkim: "pass", dmarc: "fail" });
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.auth-failed:problem",
    ]);
  });

  it("does not take another server's results in (an earlier hop's field stays out)", () => {
    const { a } = authFindings([
      {
        name: "Authentication-Results",
        value: "mx.example.org; spf=pass smtp.mailfrom=example.com",
      },
      {
        name: "Authentication-Results",
        value: "relay.example.net; dmarc=fail header.from=example.com",
      },
    ]);
    expect(a.auth.dmarc).toBeUndefined();
  });

  it("says a method the receiver did not record was not checked, without a warning", () => {
    const { found } = authFindings([
      {
        name: "Authentication-Results",
        value: "mx.example.org; spf=pass smtp.mailfrom=example.com; dkim=pass header.d=example.com",
      },
    ]);
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.auth-not-checked:info",
    ]);
    expect(found[0]?.message.en).toContain("DMARC");
  });

  it("still warns when the sender's domain has no record or the mail no signature", () => {
    const { found } = authFindings([
      {
        name: "Authentication-Results",
        value: "mx.example.org; spf=pass smtp.mailfrom=example.com; dkim=none; dmarc=none",
      },
    ]);
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.auth-missing:warning",
    ]);
  });
});

describe("a forwarded mail whose DMARC failed only at the end", () => {
  const forwarded = (arcResult: string, firstDmarc: string) => [
    {
      name: "Authentication-Results",
      value: `mx.example.org; dkim=fail header.d=zone.example; spf=fail smtp.mailfrom=zone.example; dmarc=fail (p=REJECT) header.from=zone.example; arc=${arcResult}`,
    },
    {
      name: "ARC-Seal",
      value: "i=1; a=rsa-sha256; t=1765000000; cv=none; d=forwarder.example; s=arc; b=AAAA",
    },
    {
      name: "ARC-Authentication-Results",
      value: `i=1; mx.forwarder.example; spf=pass smtp.mailfrom=zone.example; dmarc=${firstDmarc} header.from=zone.example`,
    },
  ];

  it("names the forwarder that recorded a pass (ARC), as a warning rather than a forgery", () => {
    const { found } = authFindings(forwarded("pass", "pass"));
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.auth-failed-forwarded:warning",
    ]);
    expect(found[0]?.message.en).toContain("forwarder.example");
  });

  it("does not take a sealer's own cv=pass for the receiver's validation", () => {
    const fields = forwarded("pass", "pass").map((f) =>
      f.name === "Authentication-Results" ? { ...f, value: f.value.replace("; arc=pass", "") } : f
    );
    fields.push({
      name: "ARC-Seal",
      value: "i=2; a=rsa-sha256; t=1765000100; cv=pass; d=relay.example; s=arc; b=BBBB",
    });
    const { a, found } = authFindings(fields);
    expect(a.auth).toMatchObject({ arc: "pass", arcSealedOnly: true });
    expect(found.map((f) => f.rule)).toEqual(["received-headers.auth-failed"]);
  });

  it("shows no arc result when the only seal is the first one (cv=none)", () => {
    const fields = forwarded("pass", "pass").map((f) =>
      f.name === "Authentication-Results" ? { ...f, value: f.value.replace("; arc=pass", "") } : f
    );
    expect(authFindings(fields).a.auth.arc).toBeUndefined();
  });

  it("stays a failure when the chain did not validate or the first hop did not pass either", () => {
    for (const [arc, first] of [
      ["fail", "pass"],
      ["pass", "fail"],
    ] as const)
      expect(authFindings(forwarded(arc, first)).found.map((f) => f.rule)).toEqual([
        "received-headers.auth-failed",
      ]);
  });
});

describe("SPF checked against a relay in front of the receiver", () => {
  const path = (spfIp: string, dmarc: string) =>
    analyzeHeaders([
      {
        name: "Received",
        value:
          "from gw1.filter.example (198.51.100.7) by TY2PEPF0000AB83.mail.protection.outlook.com (10.1.2.3) with Microsoft SMTP Server; Thu, 10 Dec 2026 12:00:05 +0000",
      },
      {
        name: "Authentication-Results",
        value: `spf=softfail (sender IP is ${spfIp}) smtp.mailfrom=example.com; dkim=pass header.d=example.com; dmarc=${dmarc} action=none header.from=example.com;compauth=pass reason=100`,
      },
      {
        name: "Received",
        value:
          "from mail.example.com (mail.example.com [203.0.113.9]) by gw1.filter.example with ESMTP id 1a; Thu, 10 Dec 2026 12:00:01 +0000",
      },
    ]);
  const rules = (a: ReturnType<typeof analyzeHeaders>) =>
    findingsFromHeaders(a)
      .filter((f) => f.item === 24)
      .map((f) => `${f.rule}:${f.severity}`);

  it("says the gateway's address was checked, not the sender's setup, for the reader's own IT", () => {
    const a = path("198.51.100.7", "pass");
    expect(a.auth.spfIp).toBe("198.51.100.7");
    expect(rules(a)).toEqual(["received-headers.spf-checked-relay:info"]);
    const f = findingsFromHeaders(a).find((x) => x.rule === "received-headers.spf-checked-relay");
    expect(f?.who).toEqual(["yourIt"]);
    expect(f?.message.en).toContain("gw1.filter.example");
    expect(rules(path("198.51.100.7", "none"))).toEqual([
      "received-headers.spf-checked-relay:warning",
    ]);
  });

  it("keeps blaming SPF when the checked address is the sender's own first server", () => {
    expect(rules(path("203.0.113.9", "pass"))).toEqual(["received-headers.auth-partial:warning"]);
  });
});
