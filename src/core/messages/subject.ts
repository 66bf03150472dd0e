/** Item 9, the subject line. */
import { defineMessages } from "./types";

export const SUBJECT_MESSAGES = defineMessages({
  "subject.empty": {
    ja: "件名がありません。件名のないメールは迷惑メールと判定されやすく、相手にも見落とされがちです。",
    en: "The subject is empty. Mail without a subject is more often filtered as spam and is easily overlooked.",
    fix: {
      ja: "用件が分かる件名を付けてください（例：「4月分請求書の送付」）。",
      en: "Add a subject that says what the mail is about (for example “Invoice for April”).",
    },
  },
  "subject.short": {
    params: { length: "count" },
    ja: "件名が {length} 文字しかありません。短すぎる件名は、迷惑メールの特徴の1つです。",
    en: "The subject has only {length} {length|character|characters}. Very short subjects are one of the signs spam filters look for.",
    fix: {
      ja: "用件が分かる件名にしてください。",
      en: "Write a subject that says what the mail is about.",
    },
  },
  "subject.latin-only": {
    ja: "本文は日本語ですが、件名は英字だけです。日本語のメールで件名が英字だけだと、迷惑メールと判定されることがあります。",
    en: "The body is in Japanese but the subject has only Latin letters. On Japanese mail this is sometimes taken as a sign of spam.",
    fix: {
      ja: "件名にも日本語で用件を書いてください。",
      en: "Write the subject in Japanese, like the body.",
    },
  },
  "subject.all-caps": {
    ja: "件名がすべて大文字です。迷惑メールの特徴として扱われます。",
    en: "The subject is in capital letters only. Spam filters treat this as a sign of spam.",
    fix: {
      ja: "大文字と小文字を普通に使い分けてください。",
      en: "Write the subject in normal upper and lower case.",
    },
  },
  "subject.exclamations": {
    params: { count: "count", mark: "code" },
    ja: "件名に「{mark}」が {count} 個続いています。広告や迷惑メールによくある書き方です。",
    en: "The subject has {count} exclamation marks ({mark}) in a row, as advertising and spam often do.",
    fix: {
      ja: "「{mark}」は使わないか、1つだけにしてください。",
      en: "Use one exclamation mark at most.",
    },
  },
  "subject.reply-chain": {
    params: { count: "count" },
    ja: "件名に「RE:」「FW:」などが {count} 個重なっています。長いやり取りをそのまま転送すると用件が伝わりにくく、迷惑メールの判定でも不利です。",
    en: "The subject carries {count} stacked “RE:”/“FW:” prefixes. Long chains hide the topic and count against the mail in spam filters.",
    fix: {
      ja: "「RE:」などは1つにまとめ、今回の用件が分かる件名にしてください。",
      en: "Keep a single “RE:” and make the subject say what this mail is about.",
    },
  },
  "subject.fake-reply": {
    ja: "件名が「Re:」で始まっていますが、このメールには返信であることを示す情報（元のメールへの参照）がありません。返信でないメールに「Re:」を付けることは、Gmail などが迷惑メールの特徴に挙げています。",
    en: "The subject starts with “Re:” but nothing in this mail points to an earlier one, as a reply's headers do. Gmail and others name a “Re:” on a mail that is not a reply as a sign of spam.",
    fix: {
      ja: "「Re:」を外し、用件が分かる件名にしてください。",
      en: "Remove the “Re:” and write a subject that says what the mail is about.",
    },
  },
  "content.internal-only": {
    ja: "宛先はすべて社内です。組織の中のメールは迷惑メールの判定を受けないので、件名や本文について以下に挙げる点は、社外に送るときに気をつけてください。",
    en: "Every recipient is inside your organisation, and mail between colleagues is not spam-filtered: the subject and body points below matter when such a mail goes outside.",
  },
  "content.received-not-junked": {
    ja: "このメールは受信したもので、受信側は迷惑メールと判定していません。以下の件名や本文についての点は、迷惑メールフィルターが一般に重く見る特徴で、変えられるのは送信者だけです。",
    en: "You received this mail and the receiving side did not junk it. The subject and body points below are only what spam filters usually weigh, and only its sender can change them.",
  },
  "subject.checked": {
    ja: "件名を確認しました。空欄、短すぎる件名、英字だけの件名、すべて大文字、「!」の連続、「RE:」「FW:」の重なりはありません。",
    en: "Subject checked: not empty or too short, not Latin letters only on a Japanese mail, not all capitals, no run of “!”, no long “RE:”/“FW:” chain.",
  },
});
