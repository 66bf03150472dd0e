/**
 * Opens a new message form in Outlook: the resend draft, or an inquiry to the help desk.
 * Nothing is ever sent here; the user reviews and sends. The result is a value, never a throw.
 */
import type { ResendDraft } from "../core/triage/resend";
import { textToHtml } from "../core/triage/format";
import { describeError, officeCall } from "./async";
import { mailbox, supportsMailbox } from "./context";

export type OpenFormResult = { ok: true } | { ok: false; error: string };

/** Longest body handed to the form; Outlook limits the form's parameters (about 32 KB of HTML). */
const MAX_HTML = 32_000;

async function openForm(form: Office.MessageForm): Promise<OpenFormResult> {
  const box = mailbox();
  if (!box)
    return { ok: false, error: "Outlook is not available (office.js is not loaded in a mailbox)." };
  try {
    if (supportsMailbox("1.9") && typeof box.displayNewMessageFormAsync === "function") {
      await officeCall<void>(
        "displayNewMessageFormAsync",
        (cb) => box.displayNewMessageFormAsync(form, cb as never),
        15_000
      );
    } else {
      box.displayNewMessageForm(form);
    }
    return { ok: true };
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
}

/** Opens the resend draft (history removed, attachments as links, subject adjusted). */
export function openResendDraft(draft: ResendDraft): Promise<OpenFormResult> {
  const form: Office.MessageForm = {
    toRecipients: draft.toRecipients,
    ccRecipients: draft.ccRecipients,
    subject: draft.subject,
    htmlBody:
      draft.htmlBody.length > MAX_HTML
        ? textToHtml(draft.textBody.slice(0, MAX_HTML / 2))
        : draft.htmlBody,
  };
  return openForm(form);
}

/** Opens a new mail to the help desk (or anyone) with the inquiry text, escaped into HTML. */
export function openInquiryMail(
  to: string | readonly string[],
  subject: string,
  body: string
): Promise<OpenFormResult> {
  const recipients = (typeof to === "string" ? [to] : [...to])
    .map((a) => a.trim())
    .filter((a) => a !== "");
  const form: Office.MessageForm = {
    toRecipients: recipients,
    subject: subject.replace(/[\r\n]+/g, " "),
    htmlBody: textToHtml(body.length > MAX_HTML / 2 ? body.slice(0, MAX_HTML / 2) : body),
  };
  return openForm(form);
}
