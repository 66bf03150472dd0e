/**
 * Property-based tests of the content parsers and checks (fast-check): random and mutated input
 * never throws and the results keep their invariants; crafted 1 MB inputs of the shapes that
 * break naive parsers finish with the right answer. (Their linearity is guaranteed by the
 * regex-safety test and the single-pass scanners; timings are printed by bench/content-parsers.bench.ts.)
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bodyCheck } from "../../../src/core/checks/body";
import { messageHeadersCheck } from "../../../src/core/checks/message-headers";
import { recipientsCheck } from "../../../src/core/checks/recipients";
import { subjectCheck } from "../../../src/core/checks/subject";
import { ITEM_IDS, type Finding } from "../../../src/core/model/finding";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { addressProblems, suggestAddressFix, legacyDotForms } from "../../../src/core/text/address";
import { isSameOrSubdomain, isWithinAny, registrableDomain } from "../../../src/core/text/domain";
import { KNOWN_MAIL_DOMAINS, suggestDomain } from "../../../src/core/text/domain-typo";
import {
  checkDateHeader,
  isValidMessageId,
  splitAddressList,
  stripComments,
} from "../../../src/core/text/header-values";
import { readHtml } from "../../../src/core/text/html";
import { claimedHost, linksFromText } from "../../../src/core/text/links";
import { analyzeQuotes, stripQuotedHistory } from "../../../src/core/text/quotes";
import { scriptShare } from "../../../src/core/text/script";
import { readSubjectPrefixes } from "../../../src/core/text/subject";
import { findUrlsInText } from "../../../src/core/text/urls";

const MB = 1024 * 1024;
const anyText = fc.string({ unit: "binary", maxLength: 400 });
const mailish = fc.string({
  unit: fc.constantFrom(
    ..."<>a/=\"' \n\t:.@＠．。-_h!！>＞|[]()\\http://www.example.co.jp差出人件名On wrote:Re:FW:".split(
      ""
    )
  ),
  maxLength: 400,
});
const text = fc.oneof(anyText, mailish);

/** A realistic mail body with random edits: insertions, deletions and duplicated slices. */
const SEED = readFileSync(
  join(__dirname, "../../fixtures/outgoing/clean-ja-outlook-reply.eml"),
  "latin1"
);
const mutated = fc
  .array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), text), { maxLength: 8 })
  .map((edits) =>
    edits.reduce(
      (s, [at, del, ins]) =>
        s.slice(0, at % (s.length + 1)) + ins + s.slice((at % (s.length + 1)) + del),
      SEED
    )
  );
const input = fc.oneof(text, mutated);

const CHECKS = [bodyCheck, subjectCheck, recipientsCheck, messageHeadersCheck];

function runMine(snapshot: MessageSnapshot): Finding[] {
  return CHECKS.flatMap((c) => c.run({ snapshot, facts: {}, policy: DEFAULT_POLICY }));
}

function wellFormed(f: Finding): boolean {
  return (
    ITEM_IDS.includes(f.item) &&
    f.rule.length > 0 &&
    f.message.ja.length > 0 &&
    f.message.en.length > 0
  );
}

describe("parsers never throw and keep their invariants", () => {
  it("findUrlsInText: spans are in order, in bounds and match the text", () => {
    fc.assert(
      fc.property(input, (s) => {
        let last = 0;
        for (const u of findUrlsInText(s)) {
          expect(u.start).toBeGreaterThanOrEqual(last);
          expect(s.slice(u.start, u.end)).toBe(u.url);
          last = u.end;
        }
      })
    );
  });

  it("readHtml and link extraction accept anything", () => {
    fc.assert(
      fc.property(input, (s) => {
        const summary = readHtml(s);
        expect(summary.images).toBeGreaterThanOrEqual(0);
        for (const a of summary.anchors) expect(a.text.length).toBeLessThanOrEqual(500);
        linksFromText(summary.text);
        claimedHost(s);
      })
    );
  });

  it("quote analysis keeps every line and strips only quoted ones", () => {
    fc.assert(
      fc.property(input, (s) => {
        const q = analyzeQuotes(s);
        expect(q.lines.map((l) => l.text)).toEqual(s.split(/\r?\n/));
        expect(q.ownText).toBe(
          q.lines
            .filter((l) => l.depth === 0)
            .map((l) => l.text)
            .join("\n")
        );
        expect(q.quotedChars).toBeLessThanOrEqual(q.totalChars);
        expect(q.quotedShare).toBeGreaterThanOrEqual(0);
        expect(q.quotedShare).toBeLessThanOrEqual(1);
        expect(stripQuotedHistory(s).length).toBeLessThanOrEqual(s.length);
      })
    );
  });

  it("script share is a share", () => {
    fc.assert(
      fc.property(input, (s) => {
        const share = scriptShare(s);
        expect(share.latinShare).toBeGreaterThanOrEqual(0);
        expect(share.latinShare).toBeLessThanOrEqual(1);
      })
    );
  });

  it("every address fast-check calls valid (RFC 5322/1123) is accepted", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (a) => {
        expect(
          addressProblems(a).filter((p) => p !== "address-too-long" && p !== "local-too-long")
        ).toEqual([]);
      })
    );
  });

  it("address helpers accept anything; the suggested fix is stable", () => {
    fc.assert(
      fc.property(input, (s) => {
        addressProblems(s);
        legacyDotForms(s);
        const fixed = suggestAddressFix(s);
        if (fixed !== undefined) expect(suggestAddressFix(fixed)).toBeUndefined();
      })
    );
  });

  it("a valid Japanese attribute-type domain is never changed into another suffix", () => {
    const label = fc.stringMatching(/^[a-z][a-z0-9-]{2,14}[a-z0-9]$/);
    const suffix = fc.constantFrom(
      "co.jp",
      "ne.jp",
      "or.jp",
      "ac.jp",
      "ad.jp",
      "ed.jp",
      "go.jp",
      "gr.jp",
      "lg.jp",
      "jp"
    );
    fc.assert(
      fc.property(label, suffix, (l, sfx) => {
        const s = suggestDomain(`${l}.${sfx}`);
        // Only a near miss of a known mail domain with the same suffix may be suggested.
        if (s) {
          expect(KNOWN_MAIL_DOMAINS).toContain(s.suggestion);
          expect(s.suggestion.endsWith(`.${sfx}`) || s.reason === "brand-suffix").toBe(true);
        }
      })
    );
  });

  it("domain helpers accept anything", () => {
    fc.assert(
      fc.property(input, (s) => {
        suggestDomain(s);
        registrableDomain(s);
      })
    );
  });

  it("isWithinAny agrees with isSameOrSubdomain over every domain of the set", () => {
    const label = fc.constantFrom(
      "a",
      "mail",
      "example",
      "co",
      "jp",
      "com",
      "gmail",
      "docomo",
      "ne"
    );
    const host = fc
      .array(label, { minLength: 1, maxLength: 5 })
      .map((labels) => labels.join("."))
      .chain((h) => fc.constantFrom(h, h.toUpperCase(), `${h}.`, ` ${h} `));
    const set = [...KNOWN_MAIL_DOMAINS, "example.co.jp", "mail.example.com"];
    const known = new Set(set);
    fc.assert(
      fc.property(fc.oneof(host, input), (h) => {
        expect(isWithinAny(h, known)).toBe(set.some((d) => isSameOrSubdomain(h, d)));
      })
    );
  });

  it("header value readers accept anything", () => {
    fc.assert(
      fc.property(input, (s) => {
        checkDateHeader(s);
        isValidMessageId(s);
        for (const part of splitAddressList(s)) expect(s).toContain(part);
        expect(stripComments(s).length).toBeLessThanOrEqual(s.length);
        expect(readSubjectPrefixes(s).count).toBeGreaterThanOrEqual(0);
      })
    );
  });
});

describe("checks never throw on random snapshots", () => {
  const address = fc.oneof(fc.emailAddress(), text).map((a) => ({ address: a }));
  const snapshot = fc
    .record({
      kind: fc.constantFrom("draft", "sent", "received", "bounce") as fc.Arbitrary<
        MessageSnapshot["kind"]
      >,
      subject: text,
      bodyText: fc.option(input, { nil: undefined }),
      bodyHtml: fc.option(input, { nil: undefined }),
      to: fc.array(address, { maxLength: 5 }),
      cc: fc.array(address, { maxLength: 3 }),
      from: fc.option(address, { nil: undefined }),
      headers: fc.option(
        fc.array(
          fc.record({
            name: fc.constantFrom("From", "Date", "Message-ID", "Sender", "X"),
            value: text,
          }),
          { maxLength: 6 }
        ),
        {
          nil: undefined,
        }
      ),
    })
    .map((r) => {
      const s = emptySnapshot("mime", r.kind);
      Object.assign(s, { subject: r.subject, to: r.to, cc: r.cc });
      if (r.bodyText !== undefined) s.bodyText = r.bodyText;
      if (r.bodyHtml !== undefined) s.bodyHtml = r.bodyHtml;
      if (r.from) s.from = r.from;
      if (r.headers) s.headers = r.headers;
      return s;
    });

  it("gives well-formed findings for any snapshot", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        for (const f of runMine(s)) expect(wellFormed(f)).toBe(true);
      }),
      { numRuns: 200 }
    );
  });
});

describe("crafted 1 MB inputs finish with the right answer", () => {
  it('"<a " repeated: no anchors are invented and the check completes', () => {
    const html = "<a ".repeat(Math.ceil(MB / 3));
    expect(readHtml(html).anchors).toEqual([]);
    const s = emptySnapshot("mime", "sent");
    s.bodyHtml = html;
    expect(
      bodyCheck.run({ snapshot: s, facts: {}, policy: DEFAULT_POLICY }).every(wellFormed)
    ).toBe(true);
  });

  it("100,000 links are all found", () => {
    const html = '<a href="https://x.example/">https://y.example/</a> '.repeat(100_000);
    expect(readHtml(html).anchors).toHaveLength(100_000);
    expect(findUrlsInText("http://a.example/ ".repeat(60_000))).toHaveLength(60_000);
  });

  it("deeply nested quotes are measured", () => {
    const q = analyzeQuotes(`${"> ".repeat(MB / 2)}x`);
    expect(q.maxDepth).toBe(MB / 2);
    const lines = analyzeQuotes("> a\n> > b\n".repeat(MB / 10));
    expect(lines.maxDepth).toBe(2);
    expect(lines.quotedShare).toBe(1);
  });

  it("many reply header lines do not multiply the look-ahead", () => {
    const q = analyzeQuotes("From: a\nTo: b\nSubject: c\n".repeat(MB / 28));
    expect(q.maxDepth).toBeGreaterThan(0);
  });

  it('"@@@@…", long dotted domains and long subjects', () => {
    expect(addressProblems("@".repeat(MB))).toEqual(["empty-domain"]);
    expect(addressProblems(`${"@".repeat(MB)}example.co.jp`)).toContain("bad-local-char");
    const dotted = `x@${"a.".repeat(MB / 2)}jp`;
    expect(addressProblems(dotted)).toContain("domain-too-long");
    expect(suggestDomain("a.".repeat(MB / 2) + "jp")).toBeUndefined();
    // Longer than a host name may be: kept as it is rather than guessed at.
    expect(registrableDomain("a.".repeat(MB / 2) + "co.jp").length).toBe(MB + 5);
    expect(registrableDomain("a.".repeat(100) + "co.jp")).toBe("a.co.jp");
    expect(readSubjectPrefixes("Re: ".repeat(MB / 4)).count).toBe(MB / 4);
    expect(readSubjectPrefixes(`re${" ".repeat(MB)}`).count).toBe(0);
    expect(stripComments("(".repeat(MB))).toBe("");
    expect(splitAddressList('"'.repeat(MB))).toHaveLength(1);
  });

  it("a 1 MB URL and 1 MB of spaces", () => {
    expect(findUrlsInText(`http://${"a".repeat(MB)}`)[0]?.url.length).toBe(4096);
    expect(readHtml(" ".repeat(MB) + "x").text).toBe("x");
    expect(stripQuotedHistory(`a${" ".repeat(MB)}b`)).toHaveLength(MB + 2);
  });

  it("the recipient check on 10,000 recipients", () => {
    const s = emptySnapshot("mime", "draft");
    s.to = Array.from({ length: 10_000 }, (_, i) => ({
      address: `user${i}@company${i % 50}.co.jp`,
    }));
    const findings = recipientsCheck.run({ snapshot: s, facts: {}, policy: DEFAULT_POLICY });
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["recipient.count", "recipient.visible-external"])
    );
  });
});
