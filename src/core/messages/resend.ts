/** The resend helper: the lines it writes into the new draft and the note on what it changed. */
import { defineMessages } from "./types";

export const RESEND_MESSAGES = defineMessages({
  "resend.share-heading": {
    ja: "※ファイルは添付せず、共有リンクでお送りします。以下のリンクからご確認ください。",
    en: "The files are shared by link instead of being attached. You can open them here:",
  },
  "resend.paste-link": {
    ja: "（ここに共有リンクを貼り付けてください）",
    en: "(paste the sharing link here)",
  },
  "resend.unnamed-attachment": { ja: "名前のない添付ファイル", en: "unnamed attachment" },
  "resend.note.history": {
    ja: "引用された返信の履歴を削除しました。",
    en: "Removed the quoted reply history.",
  },
  "resend.note.attachments": {
    params: { count: "count" },
    ja: "添付ファイル {count} 件を外し、共有リンクを貼る場所を用意しました。",
    en: "Removed {count} {count|attachment|attachments} and left a place for the sharing link.",
  },
  "resend.note.subject": {
    ja: "件名を、内容のわかる長めの日本語にしました。必要に応じて直してください。",
    en: "Made the subject longer and descriptive. Adjust it as needed.",
  },
  "resend.note.review": {
    ja: "送信前に内容を確認してください。自動では送信されません。",
    en: "Review the draft before sending; nothing is sent automatically.",
  },
  "resend.subject.lengthened": {
    params: { subject: "text" },
    ja: "【再送】{subject}についてのご連絡",
    en: "Resent: {subject} (our earlier message may not have reached you)",
  },
  "resend.subject.lengthened-empty": {
    ja: "【再送】先日お送りしたメールについてのご連絡",
    en: "Resent: our earlier message may not have reached you",
  },
});
