/**
 * The resend helper's pure part: from a draft or a sent mail, a new draft with the quoted history
 * removed, attachments replaced by a request to share them by link, and the subject adjusted as
 * the triage suggests. The body is rebuilt from plain text and escaped: mail HTML is never reused.
 * Nothing is sent: the Office shell only opens the draft for the user to review.
 */
import type { Lang } from "../model/i18n";
import { label, render } from "../messages";
import type { MessageSnapshot } from "../model/snapshot";
import { htmlToText } from "../text/html";
import { stripQuotedHistory } from "../text/quotes";
import { oneLine, textToHtml } from "./format";

export interface ResendOptions {
  lang: Lang;
  removeHistory: boolean;
  attachmentsAsLinks: boolean;
  /** "lengthen": a longer, descriptive Japanese subject without RE:/FW: chains (triage step 6). */
  subject?: "keep" | "lengthen" | undefined;
}

export interface ResendDraft {
  subject: string;
  /** Escaped HTML built from plain text. */
  htmlBody: string;
  /** The same body as plain text (for preview and tests). */
  textBody: string;
  toRecipients: string[];
  ccRecipients: string[];
  /** What was changed, for the user, in the chosen language. */
  note: string;
  /** Names of the attachments left out, to be shared by link. */
  removedAttachments: string[];
}

/** RE:, FW:, Fwd:, 転送:, 返信: prefixes, repeated; removed when lengthening (chains look automated). */
// Each space run has one place to go, so a long run of spaces cannot be split many ways.
const REPLY_PREFIX = /^\s*(?:(?:re|fw|fwd|aw|sv|wg|tr|転送|返信)\s*(?:\[\d{1,3}\]\s*)?[:：]\s*)+/i;

export function buildResendDraft(snapshot: MessageSnapshot, options: ResendOptions): ResendDraft {
  const lang: Lang = options.lang === "en" ? "en" : "ja";
  const notes: string[] = [];
  let text = plainBody(snapshot);
  if (options.removeHistory) {
    const stripped = stripQuotedHistory(text);
    if (stripped.length < text.trimEnd().length) notes.push(label("resend.note.history", lang));
    text = stripped;
  }

  const removed = options.attachmentsAsLinks
    ? snapshot.attachments
        .filter((a) => !a.isInline && a.kind !== "cloud")
        .map((a) => oneLine(a.name, 200) || label("resend.unnamed-attachment", lang))
    : [];
  if (removed.length > 0) {
    const block = [
      label("resend.share-heading", lang),
      ...removed.map((name) => `- ${name}: ${label("resend.paste-link", lang)}`),
    ];
    text = `${text.trimEnd()}\n\n${block.join("\n")}`;
    notes.push(render("resend.note.attachments", { count: removed.length }, lang));
  }

  let subject = oneLine(snapshot.subject, 250);
  if (options.subject === "lengthen") {
    const base = subject.replace(REPLY_PREFIX, "").trim();
    subject = base
      ? render("resend.subject.lengthened", { subject: base }, lang)
      : label("resend.subject.lengthened-empty", lang);
    notes.push(label("resend.note.subject", lang));
  }
  notes.push(label("resend.note.review", lang));

  const body = text.replace(/^\s*\n/, "");
  return {
    subject,
    htmlBody: textToHtml(body),
    textBody: body,
    toRecipients: snapshot.to.map((a) => a.address).filter((a) => a.trim() !== ""),
    ccRecipients: snapshot.cc.map((a) => a.address).filter((a) => a.trim() !== ""),
    note: notes.join(lang === "ja" ? "" : " "),
    removedAttachments: removed,
  };
}

/** The body as plain text: the text part when there is one, else the visible text of the HTML. */
function plainBody(snapshot: MessageSnapshot): string {
  if (snapshot.bodyText && snapshot.bodyText.trim() !== "")
    return snapshot.bodyText.replace(/\r\n?/g, "\n");
  if (snapshot.bodyHtml) return htmlToText(snapshot.bodyHtml).replace(/\r\n?/g, "\n");
  return "";
}
