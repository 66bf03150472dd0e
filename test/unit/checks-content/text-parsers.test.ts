import fc from "fast-check";
import {
  addressProblems,
  legacyDotForms,
  suggestAddressFix,
  isLegacyCarrierDomain,
} from "../../../src/core/text/address";
import {
  registrableDomain,
  isIpHost,
  isPrivateIp,
  domainParts,
} from "../../../src/core/text/domain";
import { editDistance, suggestDomain } from "../../../src/core/text/domain-typo";
import {
  checkDateHeader,
  isValidMessageId,
  splitAddressList,
} from "../../../src/core/text/header-values";
import { readHtml } from "../../../src/core/text/html";
import {
  claimedHost,
  extractLinks,
  hostOf,
  unwrapRewrittenLinks,
} from "../../../src/core/text/links";
import { analyzeQuotes, stripQuotedHistory } from "../../../src/core/text/quotes";
import { scriptShare } from "../../../src/core/text/script";
import { isUrlShortener } from "../../../src/core/text/shorteners";
import { readSubjectPrefixes, longestBangRun } from "../../../src/core/text/subject";
import { findUrlsInText } from "../../../src/core/text/urls";
import { emptySnapshot } from "../../../src/core/model/snapshot";

describe("findUrlsInText", () => {
  it("finds URLs next to Japanese punctuation and trims trailing punctuation", () => {
    const text =
      "資料はhttps://www.example.co.jp/docs?id=3。詳細は(https://example.com/a_(b))と www.sample.jp, をご覧ください";
    expect(findUrlsInText(text).map((u) => u.url)).toEqual([
      "https://www.example.co.jp/docs?id=3",
      "https://example.com/a_(b)",
      "www.sample.jp",
    ]);
  });
  it("ignores www. inside words and addresses, and a bare scheme", () => {
    expect(findUrlsInText("awww.nope a@www.example.com http:// done")).toEqual([]);
  });
  it("reports spans that point back into the text", () => {
    const text = "see http://a.example/x.";
    const [u] = findUrlsInText(text);
    expect(text.slice(u!.start, u!.end)).toBe("http://a.example/x");
  });
});

describe("readHtml", () => {
  it("keeps visible text, skips style and script, and collects anchors with their text", () => {
    const s = readHtml(
      '<html><head><title>t</title><style>p{color:red}</style></head><body><p>こんにちは&amp;<b>世界</b></p><script>alert(1)</script><a href="https://x.example/">リンク</a><img src="a.png"></body></html>'
    );
    expect(s.text).toBe("こんにちは&世界\nリンク");
    expect(s.anchors).toEqual([{ href: "https://x.example/", text: "リンク" }]);
    expect(s.images).toBe(1);
    expect(s.textOutsideLinks).toBe("");
    expect(
      readHtml(
        "<p>詳細は https://a.example/x を参照</p><a href='https://b.example'>https://b.example</a>"
      ).textOutsideLinks
    ).toBe("詳細は https://a.example/x を参照");
  });
  it("prefixes blockquote lines like plain-text quoting", () => {
    const s = readHtml(
      "<p>reply</p><blockquote><p>one</p><blockquote><p>two</p></blockquote></blockquote>"
    );
    expect(s.text.split("\n")).toEqual(["reply", "> one", "> > two"]);
  });
  it("can keep only the start of the text while still reading every link", () => {
    const html = `${"<p>本文です。</p>".repeat(1000)}<a href="https://end.example/">最後</a>`;
    const s = readHtml(html, { maxTextChars: 100 });
    expect(s.text.length).toBeLessThan(120);
    expect(s.anchors.map((a) => a.href)).toEqual(["https://end.example/"]);
    expect(readHtml(html).text.split("\n")).toHaveLength(1001);
  });

  it("survives unclosed and broken markup", () => {
    const s = readHtml('<a href="https://a.example"><a href="https://b.example">b<div><p>x');
    expect(s.anchors.map((a) => a.href)).toEqual(["https://a.example", "https://b.example"]);
  });
});

describe("links", () => {
  it("extracts HTML anchors and bare URLs outside them, unwrapping Safe Links", () => {
    const snapshot = emptySnapshot("sample", "draft");
    snapshot.bodyHtml =
      '<p>Visit <a href="https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.example.co.jp%2F&data=x">our site</a> or http://203.0.113.9/a</p><a href="mailto:a@b.example">mail</a>';
    const links = extractLinks(snapshot);
    expect(links.map((l) => [l.host, l.domain, l.source])).toEqual([
      ["www.example.co.jp", "example.co.jp", "html"],
      ["203.0.113.9", "203.0.113.9", "text"],
    ]);
  });
  it("reads the host a link text claims", () => {
    expect(claimedHost("https://www.bank.example.com/login")).toBe("www.bank.example.com");
    expect(claimedHost("example.co.jp")).toBe("example.co.jp");
    expect(claimedHost("こちら")).toBeUndefined();
    expect(claimedHost("click here")).toBeUndefined();
    expect(claimedHost("report.pdf")).toBeUndefined();
    expect(claimedHost("photos.zip")).toBeUndefined();
    expect(claimedHost("README.md")).toBeUndefined();
    expect(claimedHost("https://photos.zip/")).toBe("photos.zip");
  });
  it("normalises numeric hosts so hex IPs are seen as IPs", () => {
    expect(hostOf("http://0xcb007109/")).toBe("203.0.113.9");
  });
  it.each([
    [
      "Proofpoint v3",
      "https://urldefense.com/v3/__https://www.partner.example.com/docs/q3__;!!AbCdEf!gHiJkL$",
    ],
    [
      "Proofpoint v2",
      "https://urldefense.proofpoint.com/v2/url?u=https-3A__www.partner.example.com_docs_q3&d=DwMF&c=x",
    ],
    [
      "Proofpoint v1",
      "https://urldefense.proofpoint.com/v1/url?u=https%3A%2F%2Fwww.partner.example.com%2F&k=abc",
    ],
    [
      "Barracuda",
      "https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.partner.example.com%2f&c=E,1",
    ],
    [
      "Trend Micro",
      "https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=https%3a%2f%2fwww.partner.example.com&umid=1",
    ],
    ["Google redirect", "https://www.google.com/url?q=https://www.partner.example.com/&sa=D"],
  ])("sees through %s link rewriting", (_name, href) => {
    expect(hostOf(href)).toBe("www.partner.example.com");
  });
  it("keeps a rewriter's own host when it carries no readable target", () => {
    expect(hostOf("https://urldefense.proofpoint.com/v2/url?d=DwMF")).toBe(
      "urldefense.proofpoint.com"
    );
    expect(hostOf("https://www.google.com/search?q=https://evil.example/")).toBe("www.google.com");
    expect(hostOf("https://protect-au.mimecast.com/s/AbCdEf?domain=partner.example.com")).toBe(
      "protect-au.mimecast.com"
    );
  });

  it("puts rewritten links in running text back to what they carried", () => {
    // A server's reply that passed Proofpoint: the bare IP became a link to its checker.
    expect(
      unwrapRewrittenLinks(
        "host mx1.example.com[https://urldefense.proofpoint.com/v2/url?u=http-3A__192.0.2.16&d=DwICAg&c=x&e=] said: 550 5.1.1 User unknown"
      )
    ).toBe("host mx1.example.com[192.0.2.16] said: 550 5.1.1 User unknown");
    // A link with a path stays a link; one no gateway made, or one it carries nothing in, is kept.
    expect(
      unwrapRewrittenLinks(
        "see https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsupport.example.com%2Fhelp%3Fp%3D1&data=05 for help"
      )
    ).toBe("see https://support.example.com/help?p=1 for help");
    const plain = "see https://support.example.com/mail/?p=NoSuchUser and urldefense.com/v3/";
    expect(unwrapRewrittenLinks(plain)).toBe(plain);
    const empty = "at https://urldefense.proofpoint.com/v2/url?d=DwMF today";
    expect(unwrapRewrittenLinks(empty)).toBe(empty);
  });

  it("never throws on text made of gateway link fragments, and keeps text without links", () => {
    const pieces = [
      "https://urldefense.proofpoint.com/v2/url?u=",
      "http-3A__",
      "%",
      "-",
      "_",
      "https://nam12.safelinks.protection.outlook.com/?url=",
      "%3A%2F%2F",
      "&data=",
      "[",
      "]",
      " ",
      "x.example",
      "https://urldefense.com/v3/__",
      "__;!!",
      "%E0%A4%A",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        expect(typeof unwrapRewrittenLinks(parts.join(""))).toBe("string");
      }),
      { numRuns: 500 }
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (!s.includes("://")) expect(unwrapRewrittenLinks(s)).toBe(s);
      })
    );
  });
});

describe("domains", () => {
  it("gives registrable domains with the public suffix list", () => {
    expect(registrableDomain("www.shop.example.co.jp")).toBe("example.co.jp");
    expect(registrableDomain("a.b.example.com.")).toBe("example.com");
    expect(registrableDomain("192.0.2.1")).toBe("192.0.2.1");
    expect(domainParts("mail.example.or.jp")).toMatchObject({
      suffix: "or.jp",
      knownSuffix: true,
      beforeSuffix: "mail.example",
    });
    expect(domainParts("example.con").knownSuffix).toBe(false);
  });
  it("tells IP hosts and private ranges", () => {
    expect(isIpHost("10.0.0.1")).toBe(true);
    expect(isIpHost("[2001:db8::1]")).toBe(true);
    expect(isIpHost("example.com")).toBe(false);
    expect(isPrivateIp("192.168.1.10")).toBe(true);
    expect(isPrivateIp("203.0.113.9")).toBe(false);
  });
  it("knows URL shorteners, including subdomain entries", () => {
    expect(isUrlShortener("bit.ly")).toBe(true);
    expect(isUrlShortener("www.tinyurl.com")).toBe(true);
    expect(isUrlShortener("myapp.page.link")).toBe(true);
    expect(isUrlShortener("page.link")).toBe(false);
    expect(isUrlShortener("example.co.jp")).toBe(false);
  });
});

describe("domain typos", () => {
  it.each([
    ["gmial.com", "gmail.com"],
    ["gmai.com", "gmail.com"],
    ["gmail.co", "gmail.com"],
    ["gmail.co.jp", "gmail.com"],
    ["gmail.con", "gmail.com"],
    ["yaho.co.jp", "yahoo.co.jp"],
    ["docono.ne.jp", "docomo.ne.jp"],
    ["ezweb.co.jp", "ezweb.ne.jp"],
    ["i.sofbank.jp", "i.softbank.jp"],
    ["yahoo.co.jpp", "yahoo.co.jp"],
    ["example.cojp", "example.co.jp"],
    ["example.co.jpn", "example.co.jp"],
    // One key off in a known provider's suffix (o is next to p): .jo is Jordan's, not theirs.
    ["docomo.ne.jo", "docomo.ne.jp"],
    ["yahoo.co.jo", "yahoo.co.jp"],
    ["ezweb.ne.jo", "ezweb.ne.jp"],
  ])("%s → %s", (typed, expected) => {
    expect(suggestDomain(typed)?.suggestion).toBe(expected);
  });
  it.each([
    "docomo.ne.jp",
    "ezweb.ne.jp",
    "au.com",
    "softbank.ne.jp",
    "i.softbank.jp",
    "yahoo.co.jp",
    "outlook.jp",
    "gmail.com",
    "example.co.jp",
    "example.ne.jp",
    "example.or.jp",
    "example.ac.jp",
    "example.go.jp",
    "example.lg.jp",
    "city.shibuya.tokyo.jp",
    "example.com",
    "aa.com",
    "softbank.co.jp",
    "line.jp",
    "nifty.ne.jp",
    "mail.client-corp.co.jp",
    // Other countries' domains of the same providers, and others' domains under .jo.
    "yahoo.co.uk",
    "hotmail.co.uk",
    "yahoo.com.au",
    "example.com.jo",
    "example.ne.jo",
  ])("never corrects the valid domain %s", (domain) => {
    expect(suggestDomain(domain)).toBeUndefined();
  });
  it("suggests the organisation's own domain for a near miss, never changes it", () => {
    expect(suggestDomain("exmaple-trading.co.jp", ["example-trading.co.jp"])?.suggestion).toBe(
      "example-trading.co.jp"
    );
    expect(suggestDomain("example-trading.co.jp", ["example-trading.co.jp"])).toBeUndefined();
  });
  it("marks a suffix that does not exist", () => {
    expect(suggestDomain("gmail.con")?.suffixExists).toBe(false);
    expect(suggestDomain("gmial.com")?.suffixExists).toBe(true);
  });
  it("computes the edit distance with swaps", () => {
    expect(editDistance("gmail", "gmial")).toBe(1);
    expect(editDistance("docomo", "docono")).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});

describe("addresses", () => {
  it("accepts ordinary, plus and quoted addresses", () => {
    for (const a of [
      "taro@example.co.jp",
      "taro.yamada+news@example.com",
      '"taro."@docomo.ne.jp',
      "x@[192.0.2.1]",
      "山田@例え.jp".replace("山田", "taro"),
    ]) {
      expect(addressProblems(a)).toEqual([]);
    }
  });
  it("names each broken rule", () => {
    expect(addressProblems("taro")).toEqual(["no-at"]);
    expect(addressProblems("taro@example")).toEqual(["domain-no-dot"]);
    expect(addressProblems("ta ro@example.com")).toEqual(["whitespace", "bad-local-char"]);
    expect(addressProblems("taro..y@example.com")).toEqual(["double-dot"]);
    expect(addressProblems("taro.@example.com")).toEqual(["dot-before-at"]);
    expect(addressProblems("sato@@example.co.jp")).toContain("bad-local-char");
    expect(addressProblems("taro@exa_mple.com")).toEqual(["bad-domain"]);
    expect(addressProblems("山田@example.com")).toEqual(["non-ascii-local"]);
    expect(addressProblems(`${"a".repeat(65)}@example.com`)).toContain("local-too-long");
    expect(addressProblems("")).toEqual(["empty"]);
  });
  it("turns IME input into the half-width address", () => {
    expect(addressProblems("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")).toEqual(["full-width"]);
    expect(suggestAddressFix("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ")).toBe("taro@example.co.jp");
    expect(suggestAddressFix("taro@example。co。jp")).toBe("taro@example.co.jp");
    expect(suggestAddressFix("taro@example.co.jp\u3000")).toBe("taro@example.co.jp");
    expect(suggestAddressFix("taro@example.co.jp")).toBeUndefined();
  });
  it("spots the legacy carrier forms", () => {
    expect(legacyDotForms("docomo..ab1234yz@docomo.ne.jp")).toEqual(["double-dot"]);
    expect(legacyDotForms("docomo-ab1234yz.@docomo.ne.jp")).toEqual(["dot-before-at"]);
    expect(legacyDotForms('"abc."@docomo.ne.jp')).toEqual([]);
    expect(isLegacyCarrierDomain("EZweb.ne.jp")).toBe(true);
    expect(isLegacyCarrierDomain("example.co.jp")).toBe(false);
  });
});

describe("quoted history", () => {
  it("counts > levels and the quoted share", () => {
    const q = analyzeQuotes("mine\n> one\n> > two\n>>> three");
    expect(q.maxDepth).toBe(3);
    expect(q.lines.map((l) => l.depth)).toEqual([0, 1, 2, 3]);
  });
  it("reads Outlook header blocks in Japanese and English as one level each", () => {
    const text = [
      "返信です",
      "",
      "差出人: 鈴木 <s@example.com>",
      "送信日時: 2026年4月10日 17:02",
      "宛先: 山田",
      "件名: 件",
      "",
      "前のメール",
      "",
      "-----Original Message-----",
      "From: A <a@example.com>",
      "Sent: Friday",
      "To: B",
      "Subject: x",
      "",
      "最初",
    ].join("\n");
    const q = analyzeQuotes(text);
    expect(q.maxDepth).toBe(2);
    expect(q.firstMarker).toBe("差出人: 鈴木 <s@example.com>");
    expect(stripQuotedHistory(text)).toBe("返信です");
  });
  it("reads attribution lines in English and Japanese", () => {
    expect(
      analyzeQuotes("ok\nOn Mon, 1 Apr 2026, Taro <t@example.com> wrote:\n> hi").maxDepth
    ).toBe(1);
    expect(
      stripQuotedHistory("了解です\n\n2026/04/01 10:00 に 山田 さんは書きました:\n> 資料です")
    ).toBe("了解です");
    expect(
      stripQuotedHistory("了解です\n2026年4月1日(水) 10:00 山田太郎 <t@example.com>:\n\n元の本文")
    ).toBe("了解です");
  });
  it("does not take a meeting notice with 日時/件名 lines for history", () => {
    const text = "会議のご案内です。\n日時：4月1日 10:00\n場所：3階会議室\n件名：定例会";
    expect(analyzeQuotes(text).maxDepth).toBe(0);
  });
});

describe("script share", () => {
  it("counts Latin and Japanese letters", () => {
    const s = scriptShare("山田です。Hello ｶﾀｶﾅ");
    expect(s.japanese).toBe(8);
    expect(s.latin).toBe(5);
  });
});

describe("subject helpers", () => {
  it("counts stacked prefixes in several languages", () => {
    expect(readSubjectPrefixes("RE: Fw: 返信：AW:Re[3]: 件名")).toEqual({
      count: 7,
      rest: "件名",
      first: "re",
    });
    expect(readSubjectPrefixes("Report for April")).toEqual({
      count: 0,
      rest: "Report for April",
      first: undefined,
    });
    expect(longestBangRun("至急！！!です!")).toEqual({ count: 3, mark: "！" });
    expect(longestBangRun("Hi!! ！")).toEqual({ count: 2, mark: "!" });
  });
});

describe("header values", () => {
  it("accepts RFC 5322 dates and rejects others", () => {
    expect(checkDateHeader("Mon, 13 Apr 2026 10:15:00 +0900").ok).toBe(true);
    expect(checkDateHeader("13 Apr 26 10:15 GMT (comment)").ok).toBe(true);
    expect(checkDateHeader("2026/04/13 10:15").ok).toBe(false);
    expect(checkDateHeader("Mon, 31 Apr 2026 10:15:00 +0900").ok).toBe(false);
    expect(checkDateHeader("Mon, 13 Apr 2026 25:15:00 +0900").ok).toBe(false);
  });
  it("checks Message-IDs", () => {
    expect(isValidMessageId("<abc.123@mail.example.co.jp>")).toBe(true);
    expect(isValidMessageId("abc@example")).toBe(false);
    expect(isValidMessageId("<a b@example>")).toBe(false);
  });
  it("splits address lists outside quotes and brackets", () => {
    expect(splitAddressList('"Yamada, Taro" <t@example.com>, s@example.com (Sato, S)')).toEqual([
      '"Yamada, Taro" <t@example.com>',
      "s@example.com (Sato, S)",
    ]);
  });
});
