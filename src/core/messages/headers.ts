/** Item 20: the message's own headers (From, Date, Message-ID, Sender). */
import { defineMessages } from "./types";

const SENDER_SIDE = {
  ja: "送信に使ったメールソフトやシステムの設定を確認するよう、IT担当者に依頼してください。Outlook から普通に送ったメールでは起きません。",
  en: "Ask your IT team to check the settings of the program or system that sent this mail (mail sent normally from Outlook does not have this problem).",
};

export const HEADER_MESSAGES = defineMessages({
  "headers.date-missing": {
    ja: "Date ヘッダーがありません。日付のないメールは、迷惑メールとして扱われやすくなります。",
    en: "The Date header is missing. Mail without a readable date is more often treated as spam.",
    fix: SENDER_SIDE,
  },
  "headers.date-malformed": {
    ja: "Date ヘッダーの形式が正しくありません。日付を読み取れないメールは、迷惑メールとして扱われやすくなります。",
    en: "The Date header is malformed. Mail without a readable date is more often treated as spam.",
    fix: SENDER_SIDE,
  },
  "headers.message-id-missing": {
    ja: "Message-ID ヘッダーがありません。Gmail などはすべてのメールに正しい Message-ID を求めており、ないメールを拒否することがあります。",
    en: "The Message-ID header is missing. Gmail and others require a valid Message-ID on every mail and may refuse mail without one.",
    fix: SENDER_SIDE,
  },
  "headers.message-id-malformed": {
    ja: "Message-ID ヘッダーの形式が正しくありません。Gmail などはすべてのメールに正しい Message-ID を求めており、そうでないメールを拒否することがあります。",
    en: "The Message-ID header is malformed. Gmail and others require a valid Message-ID on every mail and may refuse mail without one.",
    fix: SENDER_SIDE,
  },
  "headers.from-missing": {
    ja: "From ヘッダーがありません。差出人のないメールは、多くのサーバーで拒否されます。",
    en: "The From header is missing. Most servers refuse mail without a sender.",
    fix: SENDER_SIDE,
  },
  "headers.from-multiple": {
    ja: "From ヘッダーの形式が正しくありません。From に複数のアドレスがあり、Sender ヘッダーもありません。Gmail などは、From のアドレスを1つに限っています。",
    en: "The From header is malformed: it lists several addresses and there is no Sender header. Gmail and others accept exactly one From address.",
    fix: SENDER_SIDE,
  },
  "headers.from-malformed": {
    ja: "From ヘッダーの形式が正しくありません。差出人のアドレスとして読み取れません。",
    en: "The From header is malformed: it cannot be read as a sender address.",
    fix: SENDER_SIDE,
  },
  "headers.returned-copy-partial": {
    ja: "エラーメールに返ってきた元のメールは一部だけで、差出人（From）などのヘッダーが含まれていません。返したサーバーが省いたもので、元のメールの不備とは限らないため、欠けているヘッダーは問題にしていません。",
    en: "The bounce returned only part of the original: it has no From header, among others. The server that returned it left them out, which says nothing about the original, so the missing headers are not counted as faults.",
  },
  "headers.sender-mismatch": {
    params: { fromDomain: "text", senderDomain: "text" },
    ja: "差出人（From：{fromDomain}）と、実際に送った人（Sender：{senderDomain}）のドメインが異なります。なりすましと判定されたり、「代理で送信」と表示されたりします。",
    en: "The From domain ({fromDomain}) and the Sender domain ({senderDomain}) differ. Receivers may see this as spoofing, or show “sent on behalf of”.",
    fix: {
      ja: "自分のアドレスから送ってください。代理での送信が必要な場合は、差出人のドメインの送信設定（SPF・DKIM）に送信元を加えるよう、IT担当者に依頼してください。",
      en: "Send from your own address, or, if sending on behalf of someone is needed, ask your IT team to authorise the sending service for the From domain (SPF, DKIM).",
    },
  },
  "headers.duplicate": {
    params: { name: "code", count: "count" },
    ja: "{name} ヘッダーが {count} 個あります。1通に1つだけのはずのヘッダーが重複していると、受け取りを拒否されることがあります。",
    en: "There are {count} {name} headers. This header must appear only once; mail that repeats it may be refused.",
    fix: SENDER_SIDE,
  },
  "headers.checked": {
    ja: "ヘッダーを確認しました。Date、Message-ID、From はそれぞれ1つずつあり、形式も正しく、Sender との食い違いもありません。",
    en: "Headers checked: Date, Message-ID and From appear once each and are well formed, and Sender (if any) matches From.",
  },
});
