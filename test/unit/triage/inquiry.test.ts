import { label } from "../../../src/core/messages";
import { buildInquiry, narrowTriage, type TriageAnswers } from "../../../src/core/triage";
import { sentReport, BOUNCE, TRACE } from "./report-fixture";

const ANSWERS: TriageAnswers = {
  web: "yes",
  sameDomainOtherAccount: "no",
  otherDomain: "yes",
  noAttachments: "unknown",
};
const HELPDESK = { name: "情報システム部 ヘルプデスク", email: "helpdesk@example-shoji.co.jp" };

describe("buildInquiry", () => {
  it("writes the help desk inquiry in Japanese (snapshot)", () => {
    const inquiry = buildInquiry(sentReport({ trace: TRACE }), {
      lang: "ja",
      answers: ANSWERS,
      helpdesk: HELPDESK,
      audience: "helpdesk",
    });
    expect(inquiry.subject).toBe("【メール不達の調査依頼】RE: 4月分のお見積書の件");
    expect(inquiry.body).toMatchSnapshot();
  });

  it("writes the help desk inquiry in English (snapshot)", () => {
    const inquiry = buildInquiry(sentReport({ trace: TRACE }), {
      lang: "en",
      answers: ANSWERS,
      helpdesk: { name: "IT help desk", email: "" },
      audience: "helpdesk",
    });
    expect(inquiry.subject).toBe("Undelivered mail, please investigate: RE: 4月分のお見積書の件");
    expect(inquiry.body).toMatchSnapshot();
  });

  it("writes the recipient admin's inquiry with the bounce, in both languages (snapshot)", () => {
    const report = sentReport({ bounce: BOUNCE });
    const ja = buildInquiry(report, { lang: "ja", audience: "recipientAdmin" });
    const en = buildInquiry(report, { lang: "en", audience: "recipientAdmin" });
    expect(ja.body).toMatchSnapshot();
    expect(en.body).toMatchSnapshot();
  });

  it("carries what the administrator needs: time, sender, recipients, subject, Message-ID, findings with evidence", () => {
    const { body } = buildInquiry(sentReport(), { lang: "ja", audience: "helpdesk" });
    expect(body).toContain("送信日時：2026-04-14 10:01:38（UTC+09:00）");
    expect(body).toContain("差出人：taro.yamada@example-shoji.co.jp");
    expect(body).toContain("宛先：hanako.suzuki@contoso.co.jp");
    expect(body).toContain("CC：sales@example-shoji.co.jp");
    expect(body).toContain(
      "Message-ID：<TYCPR01MB8382A1B2C3D4E5F6@TYCPR01MB8382.jpnprd01.prod.outlook.com>"
    );
    expect(body).toContain("- ［問題］#11");
    expect(body).toContain("  根拠：tool.zip → setup.exe");
    expect(body).toContain("- ［注意］#9");
    expect(body).not.toContain("#22"); // an ok item is not a finding to report
    expect(body).not.toContain("切り分け"); // no answers, no triage section
  });

  it("uses a given triage result and shows times at the chosen offset", () => {
    const triage = narrowTriage({ web: "no" });
    const { body } = buildInquiry(sentReport(), {
      lang: "en",
      audience: "helpdesk",
      triage,
      utcOffsetMinutes: 0,
    });
    expect(body).toContain("Sent: 2026-04-14 01:01:38 (UTC+00:00)");
    expect(body).toContain("- Can you browse the web normally? → No");
    expect(body).toContain("Likely side: Network");
  });

  it("leaves sender-only causes out of the text for the recipient's administrator", () => {
    const { body } = buildInquiry(sentReport(), { lang: "en", audience: "recipientAdmin" });
    expect(body).toContain("#11"); // attachment type: either side
    expect(body).not.toContain("#9 "); // body looks like spam: the sender's own matter
    expect(body).toContain("whether it is in a junk folder or in quarantine");
  });

  it("keeps hostile text on one line and plain (no HTML, no header injection)", () => {
    const report = sentReport();
    report.message.subject = "Hi\r\nBcc: everyone@example.com <script>alert(1)</script>";
    const { subject, body } = buildInquiry(report, { lang: "en", audience: "helpdesk" });
    expect(subject).not.toMatch(/[\r\n]/);
    expect(body).toContain("Subject: Hi Bcc: everyone@example.com <script>alert(1)</script>");
  });

  it("tells IT what came back: a delay notice or a spam complaint is not a non-delivery", () => {
    const original = {
      to: ["hanako.suzuki@contoso.co.jp"],
      complete: true,
      subject: "RE: 4月分のお見積書の件",
      from: "taro.yamada@example-shoji.co.jp",
    };
    const delay = sentReport({
      bounce: {
        ...BOUNCE,
        kind: "delay",
        original,
        recipients: [{ ...BOUNCE.recipients[0]!, action: "delayed", status: "4.2.2", cause: null }],
      },
    });
    const ja = buildInquiry({ ...delay, kind: "bounce" }, { lang: "ja", audience: "helpdesk" });
    expect(ja.subject).toMatch(/^【メール配信遅延の調査依頼】/);
    expect(ja.body).toContain("配信が遅れているという通知が届きました");
    expect(ja.body).toContain("■ 配信が遅れている元のメール");
    expect(ja.body).toContain("■ 配信遅延の通知");
    expect(ja.body).toContain("（配信が遅れています、4.2.2、552）");
    const complaint = sentReport({ bounce: { ...BOUNCE, kind: "feedback", original } });
    const en = buildInquiry({ ...complaint, kind: "bounce" }, { lang: "en", audience: "helpdesk" });
    expect(en.subject).toMatch(/^Spam complaint about our mail/);
    expect(en.body).toContain("== The notice ==");
    expect(en.body).not.toMatch(/non-delivery/i);
  });

  it("handles an empty report without throwing", () => {
    const report = sentReport();
    report.message = {
      subject: "",
      from: "",
      to: [],
      cc: [],
      date: "",
      messageId: "",
      sizeBytes: 0,
    };
    const { subject, body } = buildInquiry(report, { lang: "ja", audience: "helpdesk" });
    expect(subject).toBe(
      label("triage.inquiry.subject-helpdesk", "ja") + label("triage.inquiry.no-subject", "ja")
    );
    expect(body).toContain(`Message-ID：${label("triage.inquiry.unknown", "ja")}`);
  });
});
