/** The Office shell for the resend draft and the inquiry mail, against a stub mailbox. */
import { openInquiryMail, openResendDraft } from "../../../src/office/new-message";
import { buildResendDraft } from "../../../src/core/triage";
import { SENT } from "./report-fixture";

type Form = Office.MessageForm;

function installMailbox(options: {
  version19: boolean;
  asyncFails?: boolean;
  syncThrows?: boolean;
}) {
  const forms: Array<{ api: string; form: Form }> = [];
  const mailbox = {
    displayNewMessageForm: (form: Form) => {
      if (options.syncThrows) throw new Error("not supported");
      forms.push({ api: "sync", form });
    },
    displayNewMessageFormAsync: (form: Form, cb: (r: unknown) => void) => {
      forms.push({ api: "async", form });
      cb(
        options.asyncFails
          ? { status: "failed", error: { name: "ItemNotFound", message: "boom", code: 9041 } }
          : { status: "succeeded" }
      );
    },
  };
  (globalThis as Record<string, unknown>).Office = {
    context: {
      mailbox,
      requirements: {
        isSetSupported: (_set: string, v: string) => options.version19 || Number(v) < 1.9,
      },
    },
  };
  return forms;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

describe("openResendDraft / openInquiryMail", () => {
  it("opens the resend draft with the async API on Mailbox 1.9", async () => {
    const forms = installMailbox({ version19: true });
    const draft = buildResendDraft(SENT, {
      lang: "ja",
      removeHistory: true,
      attachmentsAsLinks: true,
      subject: "lengthen",
    });
    await expect(openResendDraft(draft)).resolves.toEqual({ ok: true });
    expect(forms).toHaveLength(1);
    expect(forms[0]!.api).toBe("async");
    expect(forms[0]!.form).toMatchObject({
      toRecipients: ["hanako.suzuki@contoso.co.jp"],
      ccRecipients: ["sales@example-shoji.co.jp"],
      subject: draft.subject,
      htmlBody: draft.htmlBody,
    });
  });

  it("falls back to the synchronous form on older clients", async () => {
    const forms = installMailbox({ version19: false });
    await expect(
      openInquiryMail(
        "helpdesk@example-shoji.co.jp",
        "件名\r\nBcc: x@example.com",
        "本文 <b>1</b>\n2行目"
      )
    ).resolves.toEqual({ ok: true });
    expect(forms[0]!.api).toBe("sync");
    expect(forms[0]!.form.subject).toBe("件名 Bcc: x@example.com");
    expect(forms[0]!.form.htmlBody).toBe("<div>本文 &lt;b&gt;1&lt;/b&gt;<br>2行目</div>");
    expect(forms[0]!.form.toRecipients).toEqual(["helpdesk@example-shoji.co.jp"]);
  });

  it("returns an error value instead of throwing", async () => {
    installMailbox({ version19: true, asyncFails: true });
    await expect(openInquiryMail("a@example.com", "s", "b")).resolves.toEqual({
      ok: false,
      error: "displayNewMessageFormAsync: boom (code 9041)",
    });
    installMailbox({ version19: false, syncThrows: true });
    const r = await openInquiryMail("a@example.com", "s", "b");
    expect(r.ok).toBe(false);
    delete (globalThis as Record<string, unknown>).Office;
    await expect(openInquiryMail("a@example.com", "s", "b")).resolves.toMatchObject({ ok: false });
  });
});
