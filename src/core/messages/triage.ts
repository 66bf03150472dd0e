/** The triage and the inquiry for IT: answers, sides and the inquiry mail's fixed phrases. */
import { defineMessages } from "./types";

export const TRIAGE_MESSAGES = defineMessages({
  "triage.inquiry.subject-helpdesk": {
    ja: "【メール不達の調査依頼】",
    en: "Undelivered mail, please investigate: ",
  },
  "triage.inquiry.subject-recipient": {
    ja: "【受信状況のご確認のお願い】",
    en: "Please check the delivery of our mail: ",
  },
  "triage.inquiry.subject-received": {
    ja: "【受信したメールについての相談】",
    en: "About a mail I received: ",
  },
  "triage.inquiry.subject-received-forged": {
    ja: "【なりすましの疑いがある受信メール】",
    en: "Possibly forged mail I received: ",
  },
  "triage.inquiry.intro-received": {
    ja: "下記のメールを受信しましたが、迷惑メールに振り分けられるなど、届き方に気になる点があります。正当なメールかどうか、なぜそう扱われたのかの確認をお願いいたします。",
    en: "I received the mail below, but the way it was delivered looks wrong (it was put in Junk, for example). Could you check whether it is genuine and why it was treated this way?",
  },
  "triage.inquiry.intro-received-forged": {
    ja: "下記のメールを受信しましたが、差出人の認証に失敗しており、なりすましの可能性があります。リンクや添付ファイルは開いていません。正当なメールかどうかの確認と、必要であれば対応をお願いいたします。",
    en: "I received the mail below, but its sender failed authentication and it may be forged. I have not opened its links or attachments. Could you check whether it is genuine and act on it if needed?",
  },
  "triage.inquiry.intro-bounce": {
    ja: "下記のメールを送信したところ、配信不能のエラーメールが返ってきました。原因の確認と、届けるための対応をお願いいたします。",
    en: "I sent the mail below and a non-delivery report came back. Could you find out why and help get it delivered?",
  },
  "triage.inquiry.received": { ja: "受信したメール", en: "The mail I received" },
  "triage.inquiry.received-at": { ja: "受信日時", en: "Received" },
  "triage.inquiry.original": {
    ja: "届かなかった元のメール",
    en: "The mail that was not delivered",
  },
  "triage.inquiry.attachments": { ja: "添付ファイル", en: "Attachments" },
  "triage.inquiry.bounce-date": { ja: "エラーメールの受信日時", en: "Bounce received" },
  "triage.inquiry.bounce-from": { ja: "エラーメールの差出人", en: "Bounce sent by" },
  "triage.inquiry.not-checked": {
    ja: "Todoku で確認できなかったこと",
    en: "What Todoku could not check",
  },
  "triage.inquiry.no-trace": {
    ja: "メッセージ追跡の結果はありません。",
    en: "There is no message trace result.",
  },
  "triage.inquiry.no-subject": { ja: "（件名なし）", en: "(no subject)" },
  "triage.inquiry.dear": { ja: "ご担当者様", en: "Hello," },
  "triage.inquiry.intro-helpdesk": {
    ja: "下記のメールが相手に届いていないようです。配信の状況と、どこで止まっているかの調査をお願いいたします。",
    en: "The message below does not seem to have reached its recipients. Could you find out what happened to it and where it stopped?",
  },
  "triage.inquiry.intro-recipient": {
    ja: "弊社から送信した下記のメールが、貴社の宛先に届いていないようです。お手数ですが、受信サーバーの記録、迷惑メールフォルダーや隔離の状況をご確認いただけますでしょうか。",
    en: "The message below, sent from our organisation, does not seem to have reached your users. Could you check your receiving logs, junk folders and quarantine for it?",
  },
  "triage.inquiry.message": { ja: "対象のメール", en: "The message" },
  "triage.inquiry.date": { ja: "送信日時", en: "Sent" },
  "triage.inquiry.from": { ja: "差出人", en: "From" },
  "triage.inquiry.to": { ja: "宛先", en: "To" },
  "triage.inquiry.cc": { ja: "CC", en: "Cc" },
  "triage.inquiry.subject": { ja: "件名", en: "Subject" },
  "triage.inquiry.message-id": { ja: "Message-ID", en: "Message-ID" },
  "triage.inquiry.size": { ja: "サイズ", en: "Size" },
  "triage.inquiry.unknown": { ja: "（不明）", en: "(unknown)" },
  "triage.inquiry.findings": {
    ja: "Todoku の確認で見つかった問題と注意点",
    en: "Problems and warnings found by Todoku",
  },
  "triage.inquiry.no-findings": {
    ja: "自動の確認では、問題や注意点は見つかりませんでした。",
    en: "The automatic checks found no problem or warning.",
  },
  "triage.inquiry.problem": { ja: "問題", en: "Problem" },
  "triage.inquiry.warning": { ja: "注意", en: "Warning" },
  "triage.inquiry.evidence": { ja: "根拠", en: "Evidence" },
  "triage.inquiry.bounce": { ja: "配信不能レポート", en: "Non-delivery report" },
  "triage.inquiry.reporter": { ja: "報告元", en: "Reported by" },
  "triage.inquiry.server-said": { ja: "相手サーバーの応答", en: "Server said" },
  "triage.inquiry.cause": { ja: "考えられる原因", en: "Likely cause" },
  "triage.inquiry.trace": { ja: "メッセージ追跡の結果", en: "Message trace" },
  "triage.inquiry.last-event": { ja: "最後の記録", en: "Last event" },
  "triage.inquiry.triage": { ja: "切り分けの結果", en: "Triage so far" },
  "triage.inquiry.likely-side": { ja: "疑わしい側", en: "Likely side" },
  "triage.inquiry.ask-recipient": {
    ja: "特にご確認いただきたいこと",
    en: "What we would ask you to check",
  },
  "triage.inquiry.closing-helpdesk": {
    ja: "お手数をおかけしますが、よろしくお願いいたします。",
    en: "Thank you for your help.",
  },
  "triage.inquiry.closing-recipient": {
    ja: "ご確認のほど、よろしくお願いいたします。",
    en: "Thank you for looking into it.",
  },
  "triage.inquiry.made-by": {
    ja: "（この文面は Todoku が作成しました）",
    en: "(Written with Todoku)",
  },
  "triage.inquiry.ask-1": {
    ja: "上記の Message-ID のメールを受信した記録があるか",
    en: "whether your servers received the message with the Message-ID above",
  },
  "triage.inquiry.ask-2": {
    ja: "迷惑メールフォルダーや隔離に入っていないか",
    en: "whether it is in a junk folder or in quarantine",
  },
  "triage.inquiry.ask-3": {
    ja: "弊社のドメインやアドレスが拒否されていないか、最近セキュリティの設定を変更していないか",
    en: "whether our domain or address is blocked, or security settings changed recently",
  },
  "triage.inquiry.ask-4": {
    ja: "宛先のメールボックスが容量の上限に達していないか",
    en: "whether the recipient's mailbox is full",
  },
  "triage.answer.yes": { ja: "はい", en: "Yes" },
  "triage.answer.no": { ja: "いいえ", en: "No" },
  "triage.answer.unknown": { ja: "わからない", en: "Don't know" },
  "triage.side.sender": { ja: "送信側", en: "Sending side" },
  "triage.side.recipient": { ja: "受信側", en: "Recipient's side" },
  "triage.side.network": { ja: "ネットワーク", en: "Network" },
  "triage.side.unknown": { ja: "未確定", en: "Not yet known" },
});
