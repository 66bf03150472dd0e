/**
 * Header analysis on hand-written fixtures from Exchange Online, Gmail and a Japanese provider.
 * Every number asserted here was worked out by hand; see test/fixtures/headers/README.md.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { analyzeHeaders, parseHeaderBlock } from "../../../src/core/headers";
import { receivedHeadersCheck } from "../../../src/core/checks/received-headers";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

const load = (name: string) =>
  parseHeaderBlock(readFileSync(join(__dirname, "../../fixtures/headers", name), "utf8"));

function received(name: string): MessageSnapshot {
  return { ...emptySnapshot("mime", "received"), headers: load(name) };
}

function run(snapshot: MessageSnapshot) {
  return receivedHeadersCheck.run({ snapshot, facts: {}, policy: DEFAULT_POLICY });
}

const rules = (findings: ReturnType<typeof run>) =>
  findings.map((f) => `${f.item}:${f.rule}:${f.severity}`).sort();

describe("Exchange Online, junked on content", () => {
  const a = analyzeHeaders(load("exchange-online-junk.txt"));

  it("orders the hops from the first server and computes each delay", () => {
    expect(a.hops.map((h) => h.by)).toEqual([
      "mail.example-shoji.co.jp",
      "TY2PEPF0000AB83.mail.protection.outlook.com",
      "TYAPR01CA0101.outlook.office365.com",
      "OS0PR01MB5922.jpnprd01.prod.outlook.com",
      "TYCPR01MB8382.jpnprd01.prod.outlook.com",
    ]);
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([2, 869, 1, 1, 1]);
    expect(a.hops[0]!.time).toBe("2026-04-14T01:01:40.000Z");
    expect(a.hops[0]!.fromIp).toBe("192.0.2.44");
    expect(a.hops[1]!.fromIp).toBe("203.0.113.25");
    expect(a.hops[1]!.with).toBe("Microsoft SMTP Server");
    expect(a.totalDelaySeconds).toBe(874);
    expect(a.slowestHop?.hop).toBe(2);
    expect(a.sentDate).toBe("2026-04-14T01:01:38.000Z");
  });

  it("reads the authentication and the Exchange verdict", () => {
    expect(a.auth).toMatchObject({
      spf: "pass",
      dkim: "pass",
      dmarc: "pass",
      compauth: "pass",
      compauthReason: "100",
      authservId: "",
    });
    expect(a.receivedSpf[0]).toMatchObject({
      result: "pass",
      pairs: { "client-ip": "203.0.113.25", helo: "mail.example-shoji.co.jp" },
    });
    expect(a.exchange).toMatchObject({
      scl: 5,
      sfv: "SPM",
      cat: "SPM",
      ipv: "NLI",
      bcl: 0,
      dest: "J",
      country: "JP",
      connectingIp: "203.0.113.25",
    });
    const sfv = a.antispam.find((v) => v.key === "SFV");
    expect(sfv?.verdict).toBe("spam");
    expect(sfv?.meaning?.ja).toContain("迷惑メール");
  });

  it("explains the junk verdict, the content, the authentication and the delay", () => {
    const findings = run(received("exchange-online-junk.txt"));
    expect(rules(findings)).toEqual([
      "24:received-headers.auth-pass:ok",
      "4:received-headers.hop-delay:warning",
      "7:received-headers.junk-verdict:problem",
      "9:received-headers.content-verdict:warning",
    ]);
    const junk = findings.find((f) => f.item === 7)!;
    expect(junk.evidence).toBe(
      "SCL:5; SFV:SPM; CAT:SPM; IPV:NLI; BCL:0; dest:J; CTRY:JP; CIP:203.0.113.25"
    );
    const delay = findings.find((f) => f.item === 4)!;
    expect(delay.message.ja).toContain("14分29秒");
    expect(delay.message.en).toContain("14 min 29 s");
    expect(delay.message.en).toContain(
      "mail.example-shoji.co.jp → TY2PEPF0000AB83.mail.protection.outlook.com"
    );
  });
});

describe("Exchange Online, spoofed sender", () => {
  it("reports the failed authentication and the junk verdict, not the content", () => {
    const a = analyzeHeaders(load("exchange-online-spoof.txt"));
    expect(a.auth).toMatchObject({
      spf: "softfail",
      dkim: "none",
      dmarc: "fail",
      compauth: "fail",
      compauthReason: "000",
    });
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([4, 1, 1]);
    expect(a.totalDelaySeconds).toBe(6);
    const findings = run(received("exchange-online-spoof.txt"));
    expect(rules(findings)).toEqual([
      "24:received-headers.auth-failed:problem",
      "4:received-headers.no-delay:ok",
      "7:received-headers.junk-verdict:problem",
    ]);
    expect(findings.find((f) => f.item === 24)!.evidence).toBe(
      "spf=softfail dkim=none dmarc=fail compauth=fail reason=000 header.from=example-bank.co.jp"
    );
  });
});

describe("Gmail, everything passes", () => {
  const a = analyzeHeaders(load("gmail-received.txt"));

  it("orders hops across time zones", () => {
    expect(a.hops.map((h) => h.time)).toEqual([
      "2026-04-14T01:05:00.000Z",
      "2026-04-14T01:05:01.000Z",
      "2026-04-14T01:05:02.000Z",
      "2026-04-14T01:05:03.000Z",
    ]);
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([1, 1, 1, 1]);
    expect(a.hops[2]).toMatchObject({
      by: "mx.google.com",
      fromIp: "40.107.74.90",
      for: "<jiro.tanaka@gmail.com>",
    });
    expect(a.totalDelaySeconds).toBe(4);
  });

  it("reads Gmail's authentication results and the ARC chain", () => {
    expect(a.auth).toMatchObject({
      spf: "pass",
      dkim: "pass",
      dmarc: "pass",
      arc: "pass",
      authservId: "mx.google.com",
      headerFrom: "contoso.co.jp",
    });
    expect(a.arc.map((s) => [s.instance, s.chainValidation, s.sealedBy])).toEqual([
      [1, "none", "microsoft.com"],
      [2, "pass", "google.com"],
    ]);
    expect(a.arc[0]!.authResults?.authservId).toBe("mx.microsoft.com");
    expect(a.antispam).toEqual([]);
  });

  it("says authentication passed and nothing was delayed; no verdict on junk", () => {
    expect(rules(run(received("gmail-received.txt")))).toEqual([
      "24:received-headers.auth-pass:ok",
      "4:received-headers.no-delay:ok",
    ]);
  });
});

describe("Japanese provider with SpamAssassin", () => {
  const a = analyzeHeaders(load("japanese-provider.txt"));

  it("reads JST hops, the spam score and the failed authentication", () => {
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([1, 4, 733]);
    expect(a.totalDelaySeconds).toBe(738);
    expect(a.hops[0]!.from).toBe("localhost");
    expect(a.spamAssassin).toEqual({
      spam: true,
      score: 7.3,
      required: 5,
      tests: [
        "DKIM_ADSP_NXDOMAIN",
        "HTML_IMAGE_ONLY_24",
        "HTML_MESSAGE",
        "RDNS_NONE",
        "SPF_SOFTFAIL",
        "URIBL_BLOCKED",
      ],
    });
    expect(a.auth).toMatchObject({
      spf: "softfail",
      dkim: "none",
      dmarc: "fail",
      authservId: "mx02.example.ne.jp",
    });
  });

  it("explains the spam flag, the score, the authentication and the delay", () => {
    const findings = run(received("japanese-provider.txt"));
    expect(rules(findings)).toEqual([
      "24:received-headers.auth-failed:problem",
      "4:received-headers.hop-delay:warning",
      "7:received-headers.spam-flag:problem",
      "9:received-headers.spam-score:warning",
    ]);
    expect(findings.find((f) => f.item === 4)!.message.ja).toContain("12分13秒");
    expect(findings.find((f) => f.item === 7)!.evidence).toBe(
      "X-Spam-Flag: YES; X-Spam-Status: 7.3 / 5"
    );
  });
});

describe("received-headers check on other kinds", () => {
  it("says a Sent Items copy has no transport headers instead of showing nothing", () => {
    const sent: MessageSnapshot = {
      ...emptySnapshot("office-read", "sent"),
      headers: [
        { name: "From", value: "a@example.co.jp" },
        { name: "Subject", value: "x" },
      ],
    };
    const findings = run(sent);
    expect(rules(findings)).toEqual(["4:received-headers.none:info"]);
    expect(findings[0]!.fix?.en).toContain("message trace");
    expect(run({ ...emptySnapshot("office-read", "sent") })).toHaveLength(1);
  });

  it("does nothing for drafts and bounces", () => {
    expect(run({ ...emptySnapshot("office-compose", "draft") })).toEqual([]);
    expect(run({ ...received("gmail-received.txt"), kind: "bounce" })).toEqual([]);
  });

  it("reports clock skew and missing times without failing", () => {
    const headers = parseHeaderBlock(
      [
        "Received: from b.example by c.example; Tue, 14 Apr 2026 01:00:00 +0000",
        "Received: from a.example by b.example; Tue, 14 Apr 2026 01:05:00 +0000",
        "Received: from x.example by a.example; not a date",
        "Date: Tue, 14 Apr 2026 00:59:00 +0000",
        "",
      ].join("\r\n")
    );
    const a = analyzeHeaders(headers);
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([undefined, 360, -300]);
    expect(a.clockSkewHops).toEqual([3]);
    const findings = run({ ...emptySnapshot("mime", "received"), headers });
    expect(rules(findings)).toEqual([
      "4:received-headers.clock-skew:info",
      "4:received-headers.no-delay:ok",
    ]);
  });
});

describe("sender domain without DKIM or DMARC", () => {
  const withAuth = (results: string) =>
    parseHeaderBlock(
      [
        `Authentication-Results: spf=pass (sender IP is 192.0.2.10) smtp.mailfrom=small-firm.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=small-firm.example;${results}`,
        "Received: from mail.small-firm.example (192.0.2.10) by TY2PEPF0000AB83.mail.protection.outlook.com; Tue, 14 Apr 2026 01:00:02 +0000",
        "From: sales@small-firm.example",
        "Date: Tue, 14 Apr 2026 01:00:00 +0000",
        "",
      ].join("\r\n")
    );
  const authRules = (results: string) =>
    rules(run({ ...emptySnapshot("mime", "received"), headers: withAuth(results) })).filter((r) =>
      r.startsWith("24:")
    );

  it("is only a note when Microsoft's composite authentication still passed", () => {
    expect(authRules("compauth=pass reason=109")).toEqual([
      "24:received-headers.auth-missing:info",
    ]);
    expect(authRules("compauth=softpass reason=201")).toEqual([
      "24:received-headers.auth-missing:info",
    ]);
  });

  it("stays a warning when nothing vouched for the sender", () => {
    expect(authRules("")).toEqual(["24:received-headers.auth-missing:warning"]);
    expect(authRules("compauth=none reason=905")).toEqual([
      "24:received-headers.auth-missing:warning",
    ]);
  });
});

describe("Exchange spam verdicts that are not the receiver's junk folder", () => {
  const withAntispam = (...fields: string[]) =>
    parseHeaderBlock(
      [
        ...fields,
        "Received: from mail.example.com (192.0.2.10) by TY2PEPF0000AB83.mail.protection.outlook.com; Tue, 14 Apr 2026 01:00:02 +0000",
        "From: sales@example.com",
        "Date: Tue, 14 Apr 2026 01:00:00 +0000",
        "",
      ].join("\r\n")
    );
  const junkRules = (...fields: string[]) =>
    rules(run({ ...emptySnapshot("mime", "received"), headers: withAntispam(...fields) })).filter(
      (r) => r.startsWith("7:")
    );

  it("leaves out the sending tenant's outbound scan (DIR:OUT), which the receiver never used", () => {
    const outbound =
      "X-Forefront-Antispam-Report: CIP:192.0.2.10;CTRY:US;LANG:en;SCL:5;SRV:;IPV:CAL;SFV:SPM;CAT:OSPM;DIR:OUT;SFP:1501;";
    expect(junkRules(outbound)).toEqual([]);
    expect(junkRules(outbound.replace("DIR:OUT", "DIR:INB"))).toEqual([
      "7:received-headers.junk-verdict:problem",
    ]);
  });

  it("says the mail is not junk when it was put in the Inbox (dest:I), whatever the score", () => {
    const scored = "X-MS-Exchange-Organization-SCL: 5";
    const inbox =
      "X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;auth:0;dest:I;OFR:TrustedSenderList;";
    expect(junkRules(scored, inbox)).toEqual(["7:received-headers.not-junk:ok"]);
    expect(junkRules(scored)).toEqual(["7:received-headers.junk-verdict:problem"]);
  });
});
