/**
 * Runs every check (ALL_CHECKS) on the realistic mails in test/fixtures/outgoing and compares the
 * content, subject, recipient and header findings (items 7, 8, 9, 18, 20) with what each mail
 * was written to show. Clean mails must raise no problem and no warning on these items.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_CHECKS, runChecks } from "../../../src/core/checks";
import { parseEml } from "../../../src/core/mime/eml";
import type { Finding } from "../../../src/core/model/finding";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

const DIR = join(__dirname, "../../fixtures/outgoing");
const CONTENT_ITEMS = new Set([7, 8, 9, 18, 20]);

async function findingsOf(file: string): Promise<Finding[]> {
  const snapshot = await parseEml(new Uint8Array(readFileSync(join(DIR, file))));
  return runChecks({ snapshot, facts: {}, policy: DEFAULT_POLICY }, ALL_CHECKS).filter((f) =>
    CONTENT_ITEMS.has(f.item)
  );
}

const raised = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "problem" || f.severity === "warning")
    .map((f) => `${f.rule}:${f.severity}`)
    .sort();

describe("clean mails", () => {
  it.each(["clean-ja-plain.eml", "clean-ja-outlook-reply.eml", "clean-en-reply.eml"])(
    "%s raises no problem and no warning, and says what was checked",
    async (file) => {
      const findings = await findingsOf(file);
      expect(raised(findings)).toEqual([]);
      expect(
        findings
          .filter((f) => f.severity === "ok")
          .map((f) => f.rule)
          .sort()
      ).toEqual([
        "body.checked",
        "headers.checked",
        "recipient.addresses-checked",
        "recipient.count-checked",
        "recipient.visible-external-checked",
        "subject.checked",
      ]);
    }
  );
});

const EXPECTED: Record<string, string[]> = {
  "body-many-links.eml": ["body.link-count:warning", "body.link-domains:warning"],
  "body-url-shortener.eml": ["body.url-shortener:warning"],
  "body-link-text-mismatch.eml": ["body.link-text-mismatch:warning"],
  "body-ip-link.eml": ["body.ip-link:warning"],
  "body-latin-heavy-ja.eml": ["body.latin-share:warning"],
  // A short deep or mostly quoted thread is a note; past Gmail's clipping size it is a warning.
  "body-deep-quotes.eml": [],
  "body-mostly-quoted.eml": [],
  "body-long-thread.eml": ["body.quote-depth:warning", "body.quoted-share:warning"],
  "body-image-only.eml": ["body.image-only:warning"],
  "body-empty.eml": ["body.empty:warning"],
  "body-parts-differ.eml": ["body.parts-differ:warning"],
  "subject-empty.eml": ["subject.empty:warning"],
  "subject-short.eml": ["subject.short:warning"],
  // Said as information only (the triage's advice, not a filter rule): see checks.test.ts.
  "subject-latin-only-ja.eml": [],
  "subject-all-caps.eml": ["subject.all-caps:warning"],
  "subject-exclamations.eml": ["subject.exclamations:warning"],
  "subject-reply-chain.eml": ["subject.reply-chain:warning"],
  "subject-fake-reply.eml": ["subject.fake-reply:warning"],
  "recipient-full-width.eml": ["recipient.full-width:problem"],
  "recipient-legacy-carrier.eml": [
    "recipient.legacy-carrier-address:problem",
    "recipient.legacy-carrier-address:problem",
  ],
  "recipient-syntax.eml": ["recipient.syntax:problem", "recipient.syntax:problem"],
  "recipient-domain-typo.eml": [
    "recipient.domain-typo:problem",
    "recipient.domain-typo:warning",
    "recipient.domain-typo:warning",
  ],
  "recipient-duplicate.eml": ["recipient.duplicate:warning"],
  "recipient-too-many.eml": ["recipient.count:problem"],
  "recipient-visible-external.eml": ["recipient.visible-external:warning"],
  "headers-missing-date.eml": ["headers.date-missing:problem"],
  "headers-malformed-date.eml": ["headers.date-malformed:problem"],
  "headers-missing-message-id.eml": ["headers.message-id-missing:problem"],
  "headers-malformed-message-id.eml": ["headers.message-id-malformed:problem"],
  "headers-missing-from.eml": ["headers.from-missing:problem"],
  "headers-sender-mismatch.eml": ["headers.sender-mismatch:warning"],
  "headers-duplicate-date.eml": ["headers.duplicate:problem"],
  "headers-from-multiple.eml": ["headers.from-multiple:problem"],
  "recipient-unknown-suffix.eml": ["recipient.unknown-suffix:problem"],
  "recipient-non-ascii-local.eml": ["recipient.non-ascii:warning"],
  "body-private-ip-link.eml": [],
  // Drafts saved by a mail program: no Date or Message-ID yet, and none is asked for.
  "draft-outlook-unsent.eml": [],
  "draft-thunderbird.eml": [],
  "draft-apple-mail.eml": ["recipient.full-width:problem"],
};

describe("one mail per problem", () => {
  it.each(Object.entries(EXPECTED))("%s raises exactly its findings", async (file, expected) => {
    expect(raised(await findingsOf(file))).toEqual([...expected].sort());
  });

  it("gives evidence and a fix in both languages for every raised finding", async () => {
    for (const file of Object.keys(EXPECTED)) {
      for (const f of await findingsOf(file)) {
        if (f.severity !== "problem" && f.severity !== "warning") continue;
        // Evidence is the user's own data; a subject or header that is not there has none to show.
        if (
          !["subject.empty", "body.empty", "body.image-only"].includes(f.rule) &&
          !f.rule.endsWith("-missing")
        )
          expect({ rule: f.rule, evidence: !!f.evidence }).toEqual({
            rule: f.rule,
            evidence: true,
          });
        expect({ rule: f.rule, fix: !!f.fix?.ja && !!f.fix.en }).toEqual({
          rule: f.rule,
          fix: true,
        });
        expect(f.message.ja).not.toEqual(f.message.en);
      }
    }
  });

  it("notes a short deep or mostly quoted thread without warning", async () => {
    const deep = await findingsOf("body-deep-quotes.eml");
    expect(deep.find((f) => f.rule === "body.quote-depth")?.severity).toBe("info");
    const quoted = await findingsOf("body-mostly-quoted.eml");
    expect(quoted.find((f) => f.rule === "body.quoted-share")?.severity).toBe("info");
    const long = await findingsOf("body-long-thread.eml");
    expect(long.find((f) => f.rule === "body.quote-depth")?.message.en).toMatch(
      /about 1\d\d(\.\d)? KB/
    );
  });

  it("notes an internal-network link as information only", async () => {
    const f = (await findingsOf("body-private-ip-link.eml")).find(
      (x) => x.rule === "body.private-ip-link"
    );
    expect(f?.severity).toBe("info");
    expect(f?.evidence).toBe("http://192.168.10.20/share/sales/2026-04/");
  });

  it("names the corrected address for a full-width recipient", async () => {
    const [f] = (await findingsOf("recipient-full-width.eml")).filter(
      (x) => x.rule === "recipient.full-width"
    );
    expect(f?.message.en).toContain("“suzuki.hanako@client-corp.co.jp”");
    // The typed address itself is pointed at, with the characters that are full-width.
    expect(f?.message.ja).toMatch(
      /^suzuki\.hanako＠client-corp．co．jp の「＠」「．」が全角です。/
    );
    expect(f?.fix?.ja).toContain("suzuki.hanako@client-corp.co.jp");
  });

  it("suggests the intended domains for typos", async () => {
    const fixes = (await findingsOf("recipient-domain-typo.eml"))
      .map((f) => f.fix?.en ?? "")
      .join("\n");
    expect(fixes).toContain("hanako.suzuki@gmail.com");
    expect(fixes).toContain("h-suzuki@docomo.ne.jp");
    expect(fixes).toContain("suzuki@yahoo.co.jp");
  });
});
