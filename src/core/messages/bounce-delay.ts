/**
 * What holds a delayed mail up, as the delay notice's server reports it: one short phrase per
 * reason class (src/core/bounce/reasons.ts), in the present tense. The `bounce.<reason>` texts
 * describe a failure that already happened ("could not be delivered"); a delay is not over, so
 * it gets its own words. "expired" and "undefined" have none: a delay that names no other cause
 * says only that it is delayed.
 */
import { defineMessages } from "./types";

export const BOUNCE_DELAY_MESSAGES = defineMessages({
  "delay.server-reports": {
    params: { reason: "phrase" },
    ja: "サーバーが挙げている理由：{reason}。",
    en: "What the server reports as holding it up: {reason}.",
  },
  "delay-reason.userunknown": {
    ja: "宛先のアドレスが相手のサーバーで見つからない",
    en: "the recipient's address is not known to their server",
  },
  "delay-reason.hostunknown": {
    ja: "宛先のドメインが DNS で見つからない",
    en: "the recipient's domain cannot be found in DNS",
  },
  "delay-reason.hasmoved": {
    ja: "宛先のアドレスが別のアドレスに移っている",
    en: "the recipient's address has moved",
  },
  "delay-reason.suspend": {
    ja: "宛先のアカウントが停止または無効になっている",
    en: "the recipient's account is suspended or disabled",
  },
  "delay-reason.mailboxfull": {
    ja: "宛先のメールボックスの容量が足りない",
    en: "the recipient's mailbox is full",
  },
  "delay-reason.mesgtoobig": {
    ja: "メールが相手の受け取れるサイズを超えている",
    en: "the mail is larger than the recipient's server takes",
  },
  "delay-reason.blocked": {
    ja: "送信元のサーバーまたはドメインが相手側で受け付けられていない",
    en: "the recipient's side is refusing the sending server or domain",
  },
  "delay-reason.badreputation": {
    ja: "送信元のサーバーの評価（レピュテーション）が低い",
    en: "the sending server's reputation is low",
  },
  "delay-reason.requireptr": {
    ja: "送信元の IP アドレスに逆引きの設定がない",
    en: "the sending IP address has no reverse DNS (PTR) record",
  },
  "delay-reason.rejected": {
    ja: "差出人のアドレスまたはドメインが受け付けられていない",
    en: "the sender's address or domain is not being accepted",
  },
  "delay-reason.filtered": {
    ja: "相手側のフィルターで止められている",
    en: "a filter on the recipient's side is holding it",
  },
  "delay-reason.spamdetected": {
    ja: "迷惑メールと判定されている",
    en: "it is being judged as spam",
  },
  "delay-reason.virusdetected": {
    ja: "ウイルスが見つかったとされている",
    en: "a virus is reported in it",
  },
  "delay-reason.attachmentblocked": {
    ja: "受け付けられない添付ファイルが含まれている",
    en: "an attachment is not accepted",
  },
  "delay-reason.policyviolation": {
    ja: "相手側のポリシーに合っていない",
    en: "it does not meet a policy on the recipient's side",
  },
  "delay-reason.securityerror": {
    ja: "相手側のセキュリティ上の要件を満たしていない",
    en: "it does not meet a security requirement on the recipient's side",
  },
  "delay-reason.authfailure": {
    ja: "送信ドメイン認証（SPF・DKIM・DMARC）に失敗している",
    en: "sender authentication (SPF, DKIM, DMARC) is failing",
  },
  "delay-reason.failedstarttls": {
    ja: "暗号化した接続（STARTTLS）を確立できない",
    en: "an encrypted connection (STARTTLS) cannot be set up",
  },
  "delay-reason.norelaying": {
    ja: "中継（リレー）が許可されていない",
    en: "relaying is not allowed",
  },
  "delay-reason.toomanyconn": {
    ja: "同時に開いている接続または宛先の数が多すぎる",
    en: "too many connections or recipients at once",
  },
  "delay-reason.speeding": {
    ja: "短い時間に送りすぎている（送信数の制限）",
    en: "too much mail in a short time (a rate limit)",
  },
  "delay-reason.networkerror": {
    ja: "接続の拒否やタイムアウトなど、ネットワークの問題",
    en: "a network problem, such as a refused or timed-out connection",
  },
  "delay-reason.systemerror": {
    ja: "相手のメールサーバーの一時的な障害",
    en: "a temporary fault of the recipient's mail server",
  },
  "delay-reason.systemfull": {
    ja: "相手のメールサーバーの容量が足りない",
    en: "the recipient's mail server is out of space",
  },
  "delay-reason.notaccept": {
    ja: "相手のドメインがメールを受け付けていない",
    en: "the recipient's domain does not accept mail",
  },
  "delay-reason.contenterror": {
    ja: "メールの内容や形式に問題がある",
    en: "a problem with the mail's content or format",
  },
  "delay-reason.notcompliantrfc": {
    ja: "メールの形式が規格に合っていない",
    en: "the mail does not follow the mail standards (RFC)",
  },
  "delay-reason.syntaxerror": {
    ja: "サーバー同士のやり取り（SMTP コマンド）に誤りがある",
    en: "an error in the exchange between the servers (SMTP commands)",
  },
  "delay-reason.mailererror": {
    ja: "相手側の配送プログラムのエラー",
    en: "an error in the delivery program on the recipient's side",
  },
  "delay-reason.listexpansion": {
    ja: "メーリングリストの宛先を展開できない",
    en: "a mailing list cannot be expanded",
  },
  "delay-reason.licence": {
    ja: "宛先のメールボックスのライセンスに問題がある",
    en: "a licence problem with the recipient's mailbox",
  },
  "delay-reason.suppressed": {
    ja: "送信サービスが、このアドレスへの送信を止めている",
    en: "the sending service holds mail to this address back",
  },
  "delay-reason.notverified": {
    ja: "送信元を確認できない",
    en: "the sender cannot be verified",
  },
});
