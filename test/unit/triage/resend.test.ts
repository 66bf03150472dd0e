import { buildResendDraft } from "../../../src/core/triage";
import { SENT } from "./report-fixture";

describe("buildResendDraft", () => {
  it("removes the history, replaces attachments by a link request and lengthens the subject (ja)", () => {
    const d = buildResendDraft(SENT, {
      lang: "ja",
      removeHistory: true,
      attachmentsAsLinks: true,
      subject: "lengthen",
    });
    expect(d.subject).toBe("【再送】4月分のお見積書の件についてのご連絡");
    expect(d.textBody).toContain("見積書をお送りします。");
    expect(d.textBody).not.toContain("Original Message");
    expect(d.textBody).not.toContain("お見積りをお願いできますでしょうか");
    expect(d.removedAttachments).toEqual(["見積書_2026-04.pdf", "tool.zip"]); // the inline logo stays out of the list
    expect(d.textBody).toContain("- tool.zip: （ここに共有リンクを貼り付けてください）");
    expect(d.toRecipients).toEqual(["hanako.suzuki@contoso.co.jp"]);
    expect(d.ccRecipients).toEqual(["sales@example-shoji.co.jp"]);
    expect(d.note).toContain("引用された返信の履歴を削除しました。");
    expect(d.note).toContain("自動では送信されません");
  });

  it("keeps everything when asked to", () => {
    const d = buildResendDraft(SENT, {
      lang: "en",
      removeHistory: false,
      attachmentsAsLinks: false,
      subject: "keep",
    });
    expect(d.subject).toBe(SENT.subject);
    expect(d.textBody).toContain("Original Message");
    expect(d.removedAttachments).toEqual([]);
    expect(d.note).toBe("Review the draft before sending; nothing is sent automatically.");
  });

  it("builds the HTML from escaped text, never from the mail's HTML", () => {
    const d = buildResendDraft(
      {
        ...SENT,
        bodyText: undefined,
        bodyHtml:
          '<p>Hello &amp; <b>welcome</b></p><img src="https://tracker.example/x.gif" onerror="alert(1)"><p>a &lt;tag&gt;</p>',
      },
      { lang: "en", removeHistory: true, attachmentsAsLinks: false }
    );
    expect(d.htmlBody).not.toMatch(/<(p|b|img)\b/);
    expect(d.htmlBody).not.toContain("onerror");
    expect(d.htmlBody).toContain("&amp;");
    expect(d.htmlBody).toContain("&lt;tag&gt;");
    expect(d.htmlBody.startsWith("<div>")).toBe(true);
  });

  it("lengthens an English subject in English and drops reply chains", () => {
    const d = buildResendDraft(
      { ...SENT, subject: "RE: FW: Re: Invoice" },
      { lang: "en", removeHistory: false, attachmentsAsLinks: false, subject: "lengthen" }
    );
    expect(d.subject).toBe("Resent: Invoice (our earlier message may not have reached you)");
  });

  it("copes with an empty mail", () => {
    const d = buildResendDraft(
      { ...SENT, subject: "", bodyText: undefined, attachments: [], to: [], cc: [] },
      { lang: "ja", removeHistory: true, attachmentsAsLinks: true, subject: "lengthen" }
    );
    expect(d.subject).toBe("【再送】先日お送りしたメールについてのご連絡");
    expect(d.htmlBody).toBe("<div></div>");
  });

  it("names an attachment without a name in the reader's language and counts it in the note", () => {
    const one = [{ name: "  ", size: 10, contentType: "application/octet-stream" }];
    const ja = buildResendDraft(
      { ...SENT, attachments: one },
      { lang: "ja", removeHistory: false, attachmentsAsLinks: true }
    );
    expect(ja.removedAttachments).toEqual(["名前のない添付ファイル"]);
    expect(ja.note).toContain("添付ファイル 1 件を外し");
    const en = buildResendDraft(
      { ...SENT, attachments: [...one, ...one] },
      { lang: "en", removeHistory: false, attachmentsAsLinks: true }
    );
    expect(en.removedAttachments).toEqual(["unnamed attachment", "unnamed attachment"]);
    expect(en.note).toContain("Removed 2 attachments and");
    const enOne = buildResendDraft(
      { ...SENT, attachments: one },
      { lang: "en", removeHistory: false, attachmentsAsLinks: true }
    );
    expect(enOne.note).toContain("Removed 1 attachment and");
  });
});
