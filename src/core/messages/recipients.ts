/** Items 8, 18 and 7 on a draft or a sent mail: the recipients' addresses and their number. */
import { defineMessages } from "./types";

const CHECK_AGAIN = {
  ja: "名刺や過去のメールでアドレスを確かめ、正しく入力し直してください。",
  en: "Check the address against a business card or an earlier mail and type it again.",
};

/** Said for more than one finding. */
const FIX_DOMAIN_TYPO = {
  ja: "正しいアドレスを確かめてください（候補：{corrected}）。",
  en: "Check the address (suggested: {corrected}).",
};

export const RECIPIENT_MESSAGES = defineMessages({
  "recipient.reason.empty": { ja: "アドレスが空です", en: "the address is empty" },
  "recipient.reason.no-at": { ja: "「@」がありません", en: "there is no “@”" },
  "recipient.reason.empty-local": { ja: "「@」の前が空です", en: "nothing before the “@”" },
  "recipient.reason.empty-domain": {
    ja: "「@」の後ろ（ドメイン）が空です",
    en: "nothing after the “@”",
  },
  "recipient.reason.whitespace": { ja: "空白が入っています", en: "it contains a space" },
  "recipient.reason.full-width": {
    ja: "全角文字が入っています",
    en: "it contains full-width characters",
  },
  "recipient.reason.local-too-long": {
    ja: "「@」の前が64文字を超えています",
    en: "the part before “@” is longer than 64 characters",
  },
  "recipient.reason.domain-too-long": {
    ja: "ドメインが255文字を超えています",
    en: "the domain is longer than 255 characters",
  },
  "recipient.reason.address-too-long": {
    ja: "アドレス全体が254文字を超えています",
    en: "the address is longer than 254 characters",
  },
  "recipient.reason.dot-at-start": { ja: "先頭が「.」です", en: "it starts with a dot" },
  "recipient.reason.dot-before-at": {
    ja: "「@」の直前が「.」です",
    en: "there is a dot right before “@”",
  },
  "recipient.reason.double-dot": { ja: "「.」が2つ続いています", en: "it has two dots in a row" },
  "recipient.reason.bad-local-char": {
    ja: "「@」の前に使えない記号があります",
    en: "the part before “@” has a character that is not allowed",
  },
  "recipient.reason.bad-quoted-local": {
    ja: "引用符で囲まれた部分の形式が正しくありません",
    en: "the quoted part is malformed",
  },
  "recipient.reason.bad-domain": {
    ja: "ドメインの形式が正しくありません",
    en: "the domain is malformed",
  },
  "recipient.reason.domain-no-dot": {
    ja: "ドメインに「.」がありません",
    en: "the domain has no dot",
  },
  "recipient.reason.non-ascii-local": {
    ja: "「@」の前に日本語などの文字があります",
    en: "the part before “@” has non-ASCII characters",
  },
  "recipient.full-width-space": { ja: "全角スペース", en: "full-width space" },

  "recipient.full-width": {
    params: { address: "text", chars: "phrase", count: "count", fixed: "text" },
    ja: "{address} の{chars}が全角です。このままでは届きません。正しくは「{fixed}」と思われます。",
    en: "In {address}, {chars} {count|is|are} full-width. It cannot be delivered as typed. It was probably meant to be “{fixed}”.",
    fix: {
      ja: "アドレスを半角の「{fixed}」に直してください。",
      en: "Change the address to the half-width form “{fixed}”.",
    },
  },
  "recipient.full-width-still-broken": {
    params: { reasons: "phrase" },
    ja: "半角に直したうえで、次の点も確認してください：{reasons}。",
    en: "Retype it in half-width characters, then also check: {reasons}.",
  },
  "recipient.legacy-carrier-address": {
    ja: "携帯電話会社の古い形式のアドレス（「..」や、「@」の直前の「.」）です。docomo と au は2009年まで登録を認めていましたが、メールの規格に反しているため、現在は Gmail（2015年以降）をはじめ多くのサーバーが送受信を受け付けません。",
    en: "This is an old-style mobile carrier address (“..” or a dot right before “@”). docomo and au allowed them until 2009, but they break the mail standard; today Gmail (since 2015) and many other servers no longer accept them.",
    fix: {
      ja: "規格どおりの別のアドレスを相手に教えてもらってください（携帯電話会社の手続きでアドレスを変更できます）。",
      en: "Ask the recipient for another address that follows the standard (the carrier lets them change it).",
    },
  },
  "recipient.non-ascii": {
    ja: "アドレスの「@」より前に日本語などの文字が入っています。このようなアドレスに対応していないサーバーが多く、届かないことがあります。",
    en: "The part before “@” has non-ASCII characters. Many servers do not support such addresses, so the mail may not arrive.",
    fix: CHECK_AGAIN,
  },
  "recipient.syntax": {
    params: { reasons: "phrase" },
    ja: "宛先アドレスの形式が正しくありません（{reasons}）。このままでは届きません。",
    en: "The recipient address is not valid ({reasons}). It cannot be delivered as typed.",
    fix: CHECK_AGAIN,
  },
  "recipient.comma-for-dot": {
    params: { address: "text", mark: "text", fixed: "text" },
    ja: "{address} の「@」より後ろに「{mark}」があります。ドメインには使えない文字のため、このままでは届きません。「.」のつもりであれば「{fixed}」です。",
    en: "In {address}, the part after “@” contains “{mark}”, which a domain cannot have, so the mail cannot be delivered as typed. If a dot was meant, the address is “{fixed}”.",
    fix: {
      ja: "アドレスを「{fixed}」に直してください。",
      en: "Change the address to “{fixed}”.",
    },
  },
  "recipient.domain-typo": {
    params: { domain: "text", suggestion: "text", corrected: "text" },
    ja: "宛先のドメイン「{domain}」は、「{suggestion}」の入力ミスではありませんか。",
    en: "Is the recipient domain “{domain}” a typo of “{suggestion}”?",
    fix: FIX_DOMAIN_TYPO,
  },
  "recipient.domain-typo-suffix": {
    params: { domain: "text", suggestion: "text", corrected: "text" },
    ja: "宛先のドメイン「{domain}」の末尾は存在しません。「{suggestion}」の入力ミスではありませんか。",
    en: "The recipient domain “{domain}” ends in a suffix that does not exist. Did you mean “{suggestion}”?",
    fix: FIX_DOMAIN_TYPO,
  },
  "recipient.unknown-suffix": {
    params: { domain: "text", suffix: "text" },
    ja: "宛先のドメイン「{domain}」の末尾「.{suffix}」は、インターネット上に存在しません。このままでは届きません。",
    en: "The recipient domain “{domain}” ends in “.{suffix}”, which does not exist on the internet. The mail cannot be delivered.",
    fix: {
      ja: "アドレスの「@」より後ろを確かめて、入力し直してください（例：「.co.jp」「.com」）。",
      en: "Check the part after “@” and type it again (for example .com or .co.jp).",
    },
  },
  "recipient.duplicate": {
    params: { count: "count", fields: "list" },
    ja: "同じアドレスが {count} 回入っています（{fields}）。別の人を入れるつもりだったのかもしれません。",
    en: "The same address is listed {count} times ({fields}). You may have meant to add someone else.",
    fix: {
      ja: "重複を削除し、宛先に漏れがないか確認してください。",
      en: "Remove the duplicate and check that nobody is missing.",
    },
  },
  "recipient.count": {
    params: { count: "count", limit: "count" },
    ja: "宛先が {count} 件あり、1通あたりの上限 {limit} 件を超えています。送信できないか、受信側で拒否されます。",
    en: "There are {count} recipients, more than the limit of {limit} per mail. The mail will be refused.",
    fix: {
      ja: "宛先を {limit} 件以下に分けて送るか、配布グループを使ってください。大量に送る場合は、メール配信サービスの利用を検討してください。",
      en: "Split the recipients into mails of at most {limit}, or use a distribution group. For bulk mail, consider a mailing service.",
    },
  },
  "recipient.count-checked": {
    params: { count: "count", limit: "count" },
    ja: "宛先の数を確認しました。{count} 件で、上限の {limit} 件以内です。",
    en: "Number of recipients checked: {count} (limit {limit}).",
  },
  "recipient.visible-external": {
    params: { count: "count", organisations: "count", limit: "count", orgLimit: "count" },
    ja: "社外の宛先 {count} 件（{organisations} の組織や個人）が、To と CC に並んでいます（目安は {limit} 件、{orgLimit} 組織まで）。一斉送信のように見えて迷惑メールと判定されやすく、互いに知らない相手どうしにもアドレスが見えてしまいます。",
    en: "{count} outside addresses from {organisations} different organisations or people are visible in To/Cc (the guideline is at most {limit} addresses from {orgLimit} organisations). The mail looks like bulk mail to filters, and people who do not know each other see each other's addresses.",
    fix: {
      ja: "社外の宛先は BCC に移してください。大勢に送る場合は、メール配信サービスを検討してください。",
      en: "Move the outside recipients to Bcc. For many recipients, consider a mailing service.",
    },
  },
  "recipient.visible-external-checked": {
    params: { count: "count", organisations: "count", limit: "count", orgLimit: "count" },
    ja: "To と CC に見えている社外の宛先を確認しました。{count} 件、{organisations} 組織で、目安（{limit} 件、{orgLimit} 組織まで）の範囲内です。",
    en: "Outside recipients visible in To/Cc checked: {count} from {organisations} organisations (guideline: at most {limit} from {orgLimit}).",
  },
  "recipient.none": {
    ja: "宛先がまだ入っていません。",
    en: "No recipient has been entered yet.",
  },
  "recipient.none-sent": {
    ja: "このメールのヘッダーには宛先が見つかりません（BCC だけで送った場合もこうなります）。",
    en: "No recipient was found in this mail's headers (this is also the case when it was sent with Bcc only).",
  },
  "recipient.addresses-checked": {
    params: { count: "count" },
    ja: "宛先アドレス {count} 件を確認しました。形式、全角文字、携帯電話の古い形式、ドメインの入力ミス、重複に問題はありません。",
    en: "{count} recipient {count|address|addresses} checked: syntax, full-width characters, old carrier forms, domain typos and duplicates are fine.",
  },
});
