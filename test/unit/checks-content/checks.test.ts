/** The checks on hand-made snapshots: policy thresholds, message kinds, evidence and fixes. */
import { runChecks } from "../../../src/core/checks";
import { bodyCheck } from "../../../src/core/checks/body";
import { messageHeadersCheck } from "../../../src/core/checks/message-headers";
import { recipientsCheck } from "../../../src/core/checks/recipients";
import { subjectCheck } from "../../../src/core/checks/subject";
import type { NamedCheck } from "../../../src/core/checks/types";
import type { Finding } from "../../../src/core/model/finding";
import {
  emptySnapshot,
  type MessageKind,
  type MessageSnapshot,
} from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY, type Policy } from "../../../src/core/policy/schema";

const JA_TEXT =
  "鈴木様\n\nいつもお世話になっております。山田です。資料をお送りしますので、ご確認をお願いいたします。\n";

function snap(kind: MessageKind = "draft", patch: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    ...emptySnapshot("sample", kind),
    subject: "資料送付のご案内",
    bodyText: JA_TEXT,
    from: { address: "yamada@example.co.jp" },
    ...patch,
  };
}

function withLimits(limits: Partial<Policy["limits"]>, extra: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...extra, limits: { ...DEFAULT_POLICY.limits, ...limits } };
}

function run(
  check: NamedCheck,
  snapshot: MessageSnapshot,
  policy: Policy = DEFAULT_POLICY
): Finding[] {
  return check.run({ snapshot, facts: {}, policy });
}

const rules = (fs: Finding[]) => fs.map((f) => f.rule);

describe("body check", () => {
  it("follows the policy's link limits", () => {
    const links = Array.from({ length: 4 }, (_, i) => `https://www.site${i}-example.com/p`).join(
      "\n"
    );
    const s = snap("draft", { bodyText: `${JA_TEXT}${links}` });
    expect(rules(run(bodyCheck, s))).toEqual(["body.checked"]);
    expect(rules(run(bodyCheck, s, withLimits({ maxLinks: 3, maxLinkDomains: 2 })))).toEqual([
      "body.link-count",
      "body.link-domains",
    ]);
  });

  it("weighs English by content: a bilingual notice passes, English with a Japanese greeting does not", () => {
    const ja = "関係者各位、来週月曜日の午前九時から十時まで、社内システムの定期保守を行います。";
    const en =
      "To all staff: routine maintenance of the internal systems will take place next Monday from nine to ten in the morning.";
    const bilingual = run(bodyCheck, snap("draft", { bodyText: `${ja}\n\n${en}\n` }));
    expect(rules(bilingual)).not.toContain("body.latin-share");
    const mostlyEnglish = `${ja}\n\n${en}\n${en}\n${en}\n`;
    const flagged = run(bodyCheck, snap("draft", { bodyText: mostlyEnglish })).find(
      (f) => f.rule === "body.latin-share"
    );
    expect(flagged?.message.en).toMatch(/about \d+% of its content is in English/);
  });

  it("counts a Japanese character as a word's worth: a short Japanese reply is not empty", () => {
    expect(rules(run(bodyCheck, snap("draft", { bodyText: "了解です" })))).not.toContain(
      "body.empty"
    );
    expect(rules(run(bodyCheck, snap("draft", { bodyText: "ok" })))).toContain("body.empty");
    expect(rules(run(bodyCheck, snap("draft", { bodyText: "　 \n" })))).toContain("body.empty");
  });

  it("does not call a meeting response or an S/MIME mail empty", () => {
    const calendar = {
      name: "",
      contentType: "text/calendar",
      size: 900,
      isInline: false,
    } as MessageSnapshot["attachments"][number];
    const accept = snap("sent", { bodyText: "", attachments: [calendar] });
    expect(rules(run(bodyCheck, accept))).not.toContain("body.empty");
    expect(rules(run(bodyCheck, snap("sent", { bodyText: "" })))).toContain("body.empty");
    const p7m = { ...calendar, name: "smime.p7m", contentType: "application/pkcs7-mime" };
    const sealed = run(bodyCheck, snap("sent", { bodyText: "", attachments: [p7m] }));
    expect(sealed.map((f) => `${f.rule}:${f.severity}`)).toEqual(["body.encrypted:info"]);
  });

  it("follows the policy's quote limits", () => {
    const body = `${JA_TEXT}\n> 前回\n> > 前々回\n`;
    const depth = run(
      bodyCheck,
      snap("draft", { bodyText: body }),
      withLimits({ maxQuoteDepth: 1 })
    );
    expect(depth.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual([
      "body.checked:ok",
      "body.quote-depth:info",
    ]);
    expect(rules(run(bodyCheck, snap("draft", { bodyText: body })))).toEqual(["body.checked"]);
    // The same depth in a body past Gmail's clipping size (about 102 KB) is a warning.
    const long = `${body}${"> > 議事録の続きです。\n".repeat(4000)}`;
    const big = run(bodyCheck, snap("draft", { bodyText: long }), withLimits({ maxQuoteDepth: 1 }));
    expect(big.find((f) => f.rule === "body.quote-depth")?.severity).toBe("warning");
  });

  it("does not flag a link whose text is the same site, nor Safe Links wrapping", () => {
    const s = snap("sent", {
      bodyText: undefined,
      bodyHtml:
        `<p>${JA_TEXT}</p><a href="https://www.example.co.jp/news">example.co.jp</a> ` +
        '<a href="https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fshop.example.co.jp%2F&amp;data=1">https://shop.example.co.jp/</a>',
    });
    expect(rules(run(bodyCheck, s))).toEqual(["body.checked"]);
  });

  it("does not call a Mimecast-protected link disguised: its target is kept on Mimecast's server", () => {
    const s = snap("received", {
      bodyText: undefined,
      bodyHtml: `<p>${JA_TEXT}</p><a href="https://protect-au.mimecast.com/s/AbCdEfGh?domain=shop.example.co.jp">https://shop.example.co.jp/</a>`,
    });
    expect(rules(run(bodyCheck, s))).not.toContain("body.link-text-mismatch");
    const plain = snap("received", {
      bodyText: undefined,
      bodyHtml: `<p>${JA_TEXT}</p><a href="https://login.evil.example/">https://shop.example.co.jp/</a>`,
    });
    expect(rules(run(bodyCheck, plain))).toContain("body.link-text-mismatch");
  });

  it("treats links to a private network as information only", () => {
    const s = snap("draft", {
      bodyText: `${JA_TEXT}\\\\fileserver は http://192.168.10.5/share/ です`,
    });
    expect(run(bodyCheck, s).map((f) => [f.rule, f.severity])).toEqual([
      ["body.private-ip-link", "info"],
      ["body.checked", "ok"],
    ]);
  });

  it("says an empty body with attachments is attachment-only", () => {
    const s = snap("draft", { bodyText: "", attachments: [{ name: "a.pdf", size: 10 }] });
    const [f] = run(bodyCheck, s);
    expect(f?.rule).toBe("body.empty");
    expect(f?.message.en).toMatch(/only attachments/);
  });

  it("does not call a body empty when it was never given (headers-only original)", () => {
    const s = snap("sent", { bodyText: undefined });
    expect(run(bodyCheck, s).map((f) => [f.rule, f.severity])).toEqual([
      ["body.unavailable", "info"],
    ]);
    const attachmentsOnly = snap("sent", {
      bodyText: undefined,
      attachments: [{ name: "a.pdf", size: 10 }],
    });
    expect(rules(run(bodyCheck, attachmentsOnly))).toEqual(["body.empty"]);
  });

  it("reads the body again on every run, so an edited draft is judged as it is now", () => {
    const s = snap("draft");
    expect(rules(run(bodyCheck, s))).toEqual(["body.checked"]);
    s.bodyText = `${JA_TEXT}https://bit.ly/abc`;
    expect(rules(run(bodyCheck, s))).toEqual(["body.url-shortener"]);
    const input = { snapshot: s, facts: {}, policy: DEFAULT_POLICY };
    expect(rules(bodyCheck.run(input))).toEqual(["body.url-shortener"]);
    s.bodyText = JA_TEXT; // same run input, changed body: not served from the cache
    expect(rules(bodyCheck.run(input))).toEqual(["body.checked"]);
  });

  it("keeps the English share judgement to Japanese mails", () => {
    const english =
      "Dear Maria, thank you for the agreement. We accept sections one to four and propose a new date for five. Regards, Taro";
    expect(rules(run(bodyCheck, snap("draft", { bodyText: english })))).toEqual(["body.checked"]);
  });
});

describe("the share of English in a Japanese mail", () => {
  const ask = "お世話になっております。勤怠システムにログインできません。以下のエラーが出ます。\n";
  it("does not count a pasted stack trace, log or user agent as English", () => {
    const log = [
      "java.lang.IllegalStateException: SAML response signature invalid",
      "\tat com.example.kintai.auth.SamlHandler.validate(SamlHandler.java:142)",
      "\tat com.example.kintai.auth.SamlFilter.doFilter(SamlFilter.java:88)",
      "\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:193)",
      "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0",
      "request_id=7f3a9c2e level=ERROR module=auth.saml",
    ].join("\n");
    const fs = run(bodyCheck, snap("draft", { bodyText: `${ask}\n${log}\n` }));
    expect(rules(fs)).not.toContain("body.latin-share");
  });

  it("counts English prose, and says the counts and an example line", () => {
    const prose =
      "Please find attached the quarterly report for the Tokyo office. We would appreciate your comments by Friday, and let us know if anything needs changing before the board meeting next week.\n".repeat(
        3
      );
    const f = run(bodyCheck, snap("draft", { bodyText: `${ask}\n${prose}` })).find(
      (x) => x.rule === "body.latin-share"
    );
    expect(f?.message.ja).toMatch(/英字 \d+ 字、日本語 \d+ 字/);
    expect(f?.evidence).toMatch(/^Please find attached/);
  });
});

describe("subject check", () => {
  it.each([
    ["", "subject.empty"],
    ["RE:", "subject.empty"],
    ["件", "subject.short"],
    ["Re: Re[2]: FW: RE: 資料", "subject.reply-chain"],
    ["至急！！！ご確認ください", "subject.exclamations"],
  ])("%j → %s", (subject, rule) => {
    expect(rules(run(subjectCheck, snap("draft", { subject })))).toContain(rule);
  });

  it("says two exclamation marks as information and quotes the mark the writer typed", () => {
    const said = (subject: string) =>
      run(subjectCheck, snap("draft", { subject })).filter(
        (f) => f.rule === "subject.exclamations"
      );
    const two = said("お盆の帰省の件！！");
    expect(two.map((f) => f.severity)).toEqual(["info"]);
    expect(two[0]?.message.ja).toContain("「！」が 2 個");
    const three = said("SALE ends today!!!");
    expect(three.map((f) => f.severity)).toEqual(["warning"]);
    expect(three[0]?.message.en).toContain("3 exclamation marks (!)");
  });

  it("takes a two-kanji subject or an ordinary reply thread as it is", () => {
    for (const subject of ["御礼", "日程", "RE: RE: RE: 【A案件】納期回答の件", "Re: Re[2]: 資料"])
      expect(rules(run(subjectCheck, snap("draft", { subject })))).toEqual(["subject.checked"]);
    expect(rules(run(subjectCheck, snap("draft", { subject: "Hi" })))).toContain("subject.short");
  });

  it("asks for a Japanese subject on a new Japanese mail, not on a reply that inherited one", () => {
    expect(rules(run(subjectCheck, snap("draft", { subject: "Q3 forecast review" })))).toContain(
      "subject.latin-only"
    );
    expect(
      rules(run(subjectCheck, snap("draft", { subject: "RE: Q3 forecast review" })))
    ).not.toContain("subject.latin-only");
  });

  it("calls a Re: on a mail without reply headers a fake reply, only when the headers are known", () => {
    const headers = [{ name: "Subject", value: "Re: 新サービスのご案内" }];
    const subject = "Re: 新サービスのご案内";
    expect(rules(run(subjectCheck, snap("sent", { subject, headers })))).toEqual([
      "subject.fake-reply",
    ]);
    const reply = [...headers, { name: "References", value: "<a@example.com>" }];
    expect(rules(run(subjectCheck, snap("sent", { subject, headers: reply })))).toEqual([
      "subject.checked",
    ]);
    expect(rules(run(subjectCheck, snap("draft", { subject })))).toEqual(["subject.checked"]);
    expect(
      rules(run(subjectCheck, snap("sent", { subject: "FW: 新サービスのご案内", headers })))
    ).toEqual(["subject.checked"]);
  });

  it("takes a Re: whose body quotes the earlier mail, or that Outlook threaded, for a reply", () => {
    const subject = "RE: Receipt of Team Selection Form";
    const headers = [{ name: "Subject", value: subject }];
    const quoting = [
      "Thank you, received.\n\n-----Original Message-----\nFrom: Christi Smith\nSent: Thursday, August 31, 2000 10:33 AM\nTo: Phillip Allen\nSubject: Receipt of Team Selection Form\n\nPlease confirm.",
      "承知しました。\n\n差出人: 鈴木 花子\n送信日時: 2026年4月1日 10:00\n宛先: 山田 太郎\n件名: 倉庫管理システム更改のご提案について\n\nご確認ください。",
      "Sounds good.\n\nOn Mon, Apr 13, 2026 at 10:15 AM Hanako <h@example.com> wrote:\n> Shall we meet on Friday?",
    ];
    for (const bodyText of quoting)
      expect(rules(run(subjectCheck, snap("sent", { subject, headers, bodyText })))).toEqual([
        "subject.checked",
      ]);
    const threaded = [...headers, { name: "Thread-Index", value: "AdbQ2Xk3l0Yb5zQ1Rk6nC3oW8A==" }];
    expect(
      rules(run(subjectCheck, snap("sent", { subject, headers: threaded, bodyText: "OK." })))
    ).toEqual(["subject.checked"]);
    expect(
      rules(run(subjectCheck, snap("sent", { subject, headers, bodyText: "Special offer today." })))
    ).toEqual(["subject.fake-reply"]);
  });

  it("allows acronyms and English subjects on English mail", () => {
    expect(rules(run(subjectCheck, snap("draft", { subject: "【至急】ABC社 見積書" })))).toEqual([
      "subject.checked",
    ]);
    expect(
      rules(
        run(
          subjectCheck,
          snap("draft", {
            subject: "Quarterly report",
            bodyText: "Hello Maria, here is the report.",
          })
        )
      )
    ).toEqual(["subject.checked"]);
  });
});

describe("recipients check", () => {
  it("runs only on drafts and sent mail", () => {
    const to = [{ address: "taro@@example" }];
    expect(run(recipientsCheck, snap("received", { to }))).toEqual([]);
    expect(run(recipientsCheck, snap("bounce", { to }))).toEqual([]);
    expect(rules(run(recipientsCheck, snap("sent", { to })))).toContain("recipient.syntax");
  });

  it("says when a draft has no recipient yet", () => {
    expect(run(recipientsCheck, snap("draft")).map((f) => [f.rule, f.severity])).toEqual([
      ["recipient.none", "warning"],
    ]);
  });

  it("counts every field against the policy's recipient limit", () => {
    const to = [{ address: "a@example.com" }];
    const bcc = [{ address: "b@example.com" }, { address: "c@example.com" }];
    const fs = run(recipientsCheck, snap("draft", { to, bcc }), withLimits({ maxRecipients: 2 }));
    expect(fs.find((f) => f.rule === "recipient.count")?.severity).toBe("problem");
    expect(fs.find((f) => f.rule === "recipient.count")?.item).toBe(18);
  });

  it("counts only outside addresses in To/Cc as visible externals", () => {
    const to = [
      { address: "a@partner.example.com" },
      { address: "b@partner.example.com" },
      { address: "c@sub.example.co.jp" },
      { address: "d@example-group.co.jp" },
    ];
    const bcc = [{ address: "e@other.example.com" }];
    const policy = withLimits(
      { maxVisibleExternalRecipients: 1, maxVisibleExternalOrganisations: 0 },
      { internalDomains: ["example-group.co.jp"] }
    );
    const f = run(recipientsCheck, snap("draft", { to, bcc }), policy).find((x) => x.item === 7);
    expect(f?.rule).toBe("recipient.visible-external");
    expect(f?.evidence).toBe("a@partner.example.com, b@partner.example.com");
    // Moving them to Bcc is the sender's fix, whoever's filter makes it matter.
    expect(f?.who).toEqual(["you"]);
  });

  it("leaves a project team of a few partner companies in To/Cc alone", () => {
    const team = ["alpha.co.jp", "beta.example.com"].flatMap((domain) =>
      ["a", "b", "c", "d", "e", "f"].map((p) => ({ address: `${p}@mail.${domain}` }))
    );
    const found = run(recipientsCheck, snap("draft", { to: team }));
    expect(found.map((f) => f.rule)).toContain("recipient.visible-external-checked");
    expect(
      found.find((f) => f.rule === "recipient.visible-external-checked")?.message.en
    ).toContain("12 from 2 organisations");
  });

  it("warns when many unrelated people, each with a consumer address, see each other", () => {
    const people = Array.from({ length: 11 }, (_, i) => ({
      address: `customer${i}@${i % 2 ? "gmail.com" : "docomo.ne.jp"}`,
    }));
    const f = run(recipientsCheck, snap("draft", { to: people })).find((x) => x.item === 7);
    expect(f?.rule).toBe("recipient.visible-external");
    expect(f?.message.en).toContain("11 different organisations or people");
  });

  it("warns for many companies side by side, counting subdomains of one company once", () => {
    const companies = Array.from({ length: 11 }, (_, i) => ({
      address: `info@${i < 5 ? `branch${i}.same-corp.co.jp` : `company${i}.co.jp`}`,
    }));
    const f = run(recipientsCheck, snap("draft", { to: companies })).find((x) => x.item === 7);
    expect(f?.rule).toBe("recipient.visible-external");
    expect(f?.message.en).toContain("from 7 different organisations");
  });

  it("reports a duplicate once, across fields and letter case", () => {
    const to = [{ address: "Taro@Example.com" }];
    const cc = [{ address: "taro@example.com" }];
    const dups = run(recipientsCheck, snap("draft", { to, cc })).filter(
      (f) => f.rule === "recipient.duplicate"
    );
    expect(dups).toHaveLength(1);
    expect(dups[0]?.evidence).toBe("taro@example.com (To, Cc)");
  });

  it("never suggests another suffix for valid Japanese addresses, and says all was checked", () => {
    const to = [
      "a@docomo.ne.jp",
      "b@ezweb.ne.jp",
      "c@au.com",
      "d@i.softbank.jp",
      "e@example.or.jp",
      "f@univ.ac.jp",
      "g@city.example.lg.jp",
    ].map((address) => ({ address }));
    const fs = run(recipientsCheck, snap("draft", { to }));
    expect(fs.filter((f) => f.item === 8).map((f) => f.rule)).toEqual([
      "recipient.addresses-checked",
    ]);
  });

  it("suggests a near miss of the organisation's own domain", () => {
    const fs = run(recipientsCheck, snap("draft", { to: [{ address: "sato@exmaple.co.jp" }] }));
    expect(fs.find((f) => f.rule === "recipient.domain-typo")?.fix?.en).toContain(
      "sato@example.co.jp"
    );
  });

  it("reports an address whose top-level domain does not exist", () => {
    const fs = run(recipientsCheck, snap("draft", { to: [{ address: "sato@client.internal" }] }));
    expect(fs.find((f) => f.rule === "recipient.unknown-suffix")?.severity).toBe("problem");
  });

  describe("a comma typed for a dot in the domain", () => {
    const item8 = (to: { address: string; name?: string }[]) =>
      run(recipientsCheck, snap("draft", { to })).filter(
        (f) => f.item === 8 && f.severity !== "ok"
      );

    it.each([
      // A MIME parser splits at the comma: a valid-looking address and a stray name.
      ["split by a MIME parser", [{ address: "sato@example.co" }, { address: "", name: "jp" }]],
      // Outlook splits it into two recipients, the second without "@".
      ["split by Outlook", [{ address: "sato@example.co" }, { address: "jp" }]],
      ["an ideographic comma", [{ address: "sato@example.co、jp" }]],
      ["a half-width ideographic comma", [{ address: "sato@example.co､jp" }]],
    ])("is named with the address it meant when %s", (_, to) => {
      const fs = item8(to);
      expect(fs.map((f) => `${f.rule}:${f.severity}`)).toEqual(["recipient.comma-for-dot:problem"]);
      expect(fs[0]?.fix?.en).toContain("sato@example.co.jp");
      expect(fs[0]?.fix?.ja).toContain("sato@example.co.jp");
    });

    it("leaves other lists and names alone", () => {
      // Two addresses, a display name, and a name of a domain's iteration marks.
      expect(
        item8([
          { address: "sato@example.co.jp" },
          { address: "kato@example.com" },
          { address: "taro@佐々木.jp" },
        ])
      ).toEqual([]);
      // A stray capitalised name is not a domain's end; it stays an empty address.
      expect(
        item8([{ address: "sato@example.com" }, { address: "", name: "Sales" }]).map((f) => f.rule)
      ).toEqual(["recipient.syntax"]);
      // A comma whose dot would not make a real domain is a plain syntax error.
      expect(item8([{ address: "sato@example,invalidtld" }]).map((f) => f.rule)).toEqual([
        "recipient.syntax",
      ]);
    });
  });
});

describe("message headers check", () => {
  const base = [
    { name: "From", value: "Yamada <yamada@example.co.jp>" },
    { name: "Date", value: "Mon, 13 Apr 2026 10:15:00 +0900" },
    { name: "Message-ID", value: "<abc@example.co.jp>" },
  ];

  it("does nothing without headers (a draft in Outlook)", () => {
    expect(run(messageHeadersCheck, snap("draft"))).toEqual([]);
  });

  it("accepts a Sender in the same organisation", () => {
    const s = snap("sent", {
      headers: [...base, { name: "Sender", value: "x@mail.example.co.jp" }],
      sender: { address: "x@mail.example.co.jp" },
    });
    expect(rules(run(messageHeadersCheck, s))).toEqual(["headers.checked"]);
  });

  it("reports duplicated single headers and several From addresses", () => {
    const s = snap("sent", {
      headers: [
        ...base,
        { name: "From", value: "a@example.co.jp, b@example.co.jp" },
        { name: "Date", value: "Mon, 13 Apr 2026 10:16:00 +0900" },
      ],
    });
    expect(rules(run(messageHeadersCheck, s))).toEqual(["headers.duplicate", "headers.duplicate"]);
    const multi = snap("sent", {
      headers: [{ name: "From", value: "a@example.co.jp, b@example.co.jp" }, ...base.slice(1)],
    });
    expect(rules(run(messageHeadersCheck, multi))).toEqual(["headers.from-multiple"]);
  });
});

describe("a mail only to colleagues", () => {
  const exclaim = (to: string, from = "yamada@example.co.jp") =>
    snap("draft", {
      subject: "【重要】不審メールにご注意ください！！！",
      from: { address: from },
      to: [{ address: to }],
    });
  const severities = (s: MessageSnapshot) =>
    runChecks({ snapshot: s, facts: {}, policy: DEFAULT_POLICY })
      .filter((f) => f.item === 9 && f.severity !== "ok")
      .map((f) => `${f.rule}:${f.severity}`);

  it("says the spam signs of subject and body as information, with why", () => {
    expect(severities(exclaim("all@example.co.jp"))).toEqual([
      "content.internal-only:info",
      "subject.exclamations:info",
    ]);
    // A subdomain of the organisation is inside too.
    expect(severities(exclaim("sales@tokyo.example.co.jp"))).toContain("subject.exclamations:info");
  });

  it("keeps them warnings when a recipient is outside, or the sender is on a public service", () => {
    expect(severities(exclaim("tanaka@partner.example.com"))).toEqual([
      "subject.exclamations:warning",
    ]);
    expect(severities(exclaim("friend@gmail.com", "me@gmail.com"))).toEqual([
      "subject.exclamations:warning",
    ]);
  });
});
