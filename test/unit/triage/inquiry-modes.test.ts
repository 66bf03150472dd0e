/** The inquiry for a bounce (about the returned original) and for a received mail (its own template). */
import { analyze } from "../../../src/core/engine";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { buildInquiry } from "../../../src/core/triage";
import type { Report } from "../../../src/core/model/report";
import { sampleById, type SampleId } from "../../../src/samples";
import { demoGraphFacts, demoTrace } from "../../../src/taskpane/shells";

async function reportOf(id: SampleId): Promise<{ report: Report; names: string[] }> {
  const snapshot = await sampleById(id)!.load();
  const facts = { ...demoGraphFacts(DEFAULT_POLICY), trace: demoTrace(DEFAULT_POLICY) };
  const { report, original } = await analyze({
    snapshot,
    policy: DEFAULT_POLICY,
    facts,
    sources: [
      { id: "local", state: "done" },
      { id: "graph", state: "unavailable" },
    ],
  });
  return { report, names: original?.attachments.map((a) => a.name) ?? [] };
}

describe("buildInquiry for a bounce", () => {
  it.each(["ja", "en"] as const)(
    "describes the returned original with its Message-ID, the bounce only as evidence (%s)",
    async (lang) => {
      const { report, names } = await reportOf("bounce-exchange");
      const inquiry = buildInquiry(report, {
        lang,
        audience: "helpdesk",
        originalAttachments: names,
      });
      expect(inquiry.subject).toContain("打ち合わせの日程");
      expect(inquiry.subject).not.toContain("配信不能");
      expect(inquiry.body).toContain(
        `Message-ID${lang === "ja" ? "：" : ": "}<TY3PR01MB1234A1B2C3D4E5F6@TY3PR01MB1234.jpnprd01.prod.outlook.com>`
      );
      // The bounce's own sender and Message-ID are not the mail IT must look for.
      expect(inquiry.body).not.toContain("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e");
      expect(inquiry.body).not.toContain("ndr01@");
      expect(inquiry.body).toContain("keiri@fabrikarn.co.jp");
      expect(inquiry.body).toContain("550 5.1.10 RESOLVER.ADR.RecipientNotFound");
      // Date with its offset: 06:42:10 UTC is 15:42:10 in Japan.
      expect(inquiry.body).toContain(
        lang === "ja" ? "2026-11-20 15:42:10（UTC+09:00）" : "2026-11-20 06:42:10 (UTC+00:00)"
      );
      expect(inquiry.body).toContain(
        lang === "ja" ? "届かなかった元のメール" : "The mail that was not delivered"
      );
    }
  );
});

describe("buildInquiry for a received mail", () => {
  it.each(["ja", "en"] as const)(
    "uses the received-mail template, warns of forgery and lists what could not be checked (%s)",
    async (lang) => {
      const { report } = await reportOf("junk");
      const inquiry = buildInquiry(report, { lang, audience: "helpdesk" });
      expect(inquiry.subject).toMatch(
        lang === "ja"
          ? /^【なりすましの疑いがある受信メール】/
          : /^Possibly forged mail I received: /
      );
      expect(inquiry.body).toContain(
        lang === "ja" ? "■ 受信したメール" : "== The mail I received =="
      );
      expect(inquiry.body).toContain(lang === "ja" ? "送信日時：" : "Sent: ");
      expect(inquiry.body).not.toMatch(/does not seem to have reached|届いていないようです/);
      expect(inquiry.body).toContain(
        lang === "ja" ? "■ Todoku で確認できなかったこと" : "== What Todoku could not check =="
      );
      expect(inquiry.body).toContain("<20261119010548.4N6q8k0w5Fz1@mail.bulk-sender.example>");
    }
  );

  it("a sent mail without a trace says there is none", async () => {
    const { report } = await reportOf("sent");
    const { body } = buildInquiry(report, { lang: "en", audience: "helpdesk" });
    expect(body).toContain("== What Todoku could not check ==");
    expect(body).toMatch(/could not|no sign-in|not signed/i);
  });
});
