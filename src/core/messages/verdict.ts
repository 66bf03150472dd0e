/**
 * The verdict: the first sentence every surface shows — which item applies and what it means for
 * this mail, who acts and the next step. {item} is "8. Wrong recipient address", {meaning} the
 * lead finding's own sentence.
 */
import { defineMessages } from "./types";

export const VERDICT_MESSAGES = defineMessages({
  "verdict.draft.problem": {
    params: { item: "phrase", meaning: "phrase" },
    ja: "このままでは届かない可能性が高いです。{item}：{meaning}",
    en: "This mail will probably not arrive as it is. {item}: {meaning}",
  },
  "verdict.draft.warning": {
    params: { item: "phrase", meaning: "phrase" },
    ja: "届かないおそれがあります。{item}：{meaning}",
    en: "This mail may not arrive. {item}: {meaning}",
  },
  "verdict.draft.clear": {
    ja: "届かなくなる原因は見つかりませんでした。",
    en: "Nothing found that stops delivery.",
  },
  "verdict.bounce.failed": {
    params: { whom: "phrase", item: "phrase", meaning: "phrase" },
    ja: "{whom} に届きませんでした。原因は「{item}」です。{meaning}",
    en: "Not delivered to {whom}. Cause: {item}. {meaning}",
  },
  "verdict.bounce.delayed": {
    params: { whom: "phrase", item: "phrase", meaning: "phrase" },
    ja: "{whom} への配信が遅れています（まだ再送が続いています）。原因は「{item}」です。{meaning}",
    en: "Delivery to {whom} is delayed (still being retried). Cause: {item}. {meaning}",
  },
  "verdict.delay.retry-until": {
    params: { until: "date" },
    ja: "サーバーは {until}まで再送を続けます。",
    en: "The server keeps retrying until {until}.",
  },
  "verdict.delay.no-reason": {
    ja: "遅れている理由は、通知には書かれていません。",
    en: "The notice does not say what is holding it up.",
  },
  "verdict.bounce.no-cause": {
    params: { whom: "phrase" },
    ja: "{whom} に届きませんでしたが、エラーメールから原因を読み取れませんでした。",
    en: "Not delivered to {whom}, and the bounce does not say why in a way Todoku can read.",
  },
  "verdict.bounce.unread": {
    ja: "このエラーメールから、届かなかった宛先を読み取れませんでした。",
    en: "No failed recipient could be read from this bounce.",
  },
  "verdict.bounce.success": {
    params: { whom: "phrase" },
    ja: "これは配信完了の通知で、エラーメールではありません。{whom} へのメールは相手側のサーバーに届いています。",
    en: "This is a delivery report, not a bounce: the mail to {whom} reached the receiving server.",
  },
  "verdict.bounce.read-receipt": {
    params: { whom: "phrase" },
    ja: "これは開封確認の通知で、エラーメールではありません。{whom} へのメールは届いていて、相手のメールソフトで開かれました。",
    en: "This is a read receipt, not a bounce: the mail to {whom} arrived and was opened in their mail program.",
  },
  "verdict.bounce.read-receipt-deleted": {
    params: { whom: "phrase" },
    ja: "これは開封確認の通知で、エラーメールではありません。{whom} へのメールは届いていましたが、開かれずに削除されました。",
    en: "This is a read receipt, not a bounce: the mail to {whom} arrived but was deleted without being opened.",
  },
  "verdict.bounce.read-receipt-other": {
    params: { whom: "phrase" },
    ja: "これは開封確認の通知で、エラーメールではありません。{whom} へのメールは相手に届いています。",
    en: "This is a read receipt, not a bounce: the mail to {whom} reached them.",
  },
  "verdict.bounce.autoreply": {
    params: { whom: "phrase" },
    ja: "これは {whom} からの自動応答（不在通知など）で、エラーメールではありません。あなたのメールは相手に届いています。",
    en: "This is an automatic reply from {whom} (an out-of-office notice or similar), not a bounce: your mail reached them.",
  },
  "verdict.bounce.feedback": {
    ja: "これは迷惑メールの苦情報告（フィードバックループ）です。受信者が、こちらから送られたメールを迷惑メールとして報告しました。メール自体は届いています。",
    en: "This is a spam complaint report (a feedback loop): a recipient marked a mail sent from your side as junk. The mail itself was delivered.",
  },
  "verdict.next.read-autoreply": {
    ja: "配信の問題はありません。自動応答の本文に、不在の期間や別の連絡先が書かれていないか確認してください。",
    en: "Nothing is wrong with delivery. Read the reply for a return date or another contact.",
  },
  "verdict.next.forward-complaint": {
    ja: "この報告を自社のIT担当者に転送してください。苦情が重なると、自社のドメインからのメールが迷惑メール扱いやブロックの対象になりやすくなります。",
    en: "Forward this report to your IT team: repeated complaints make filtering or blocking of your domain's mail more likely.",
  },
  "verdict.some-recipients": { ja: "一部の宛先", en: "some recipients" },
  "verdict.n-recipients": {
    params: { first: "text", n: "count" },
    ja: "{first} ほか {n} 件",
    en: "{first} and {n} more",
  },
  "verdict.forwarded-by": {
    params: { who: "text" },
    ja: "{who} さんから転送されたエラーメールです。「対応する人：あなた」は、届かなかったメールを送ったこの人のことです。",
    en: "This bounce was forwarded by {who}. Where it says “You”, it means them: they sent the mail that did not arrive.",
  },
  "verdict.reporter": {
    params: { name: "text" },
    ja: "報告したサーバー：{name}",
    en: "Reported by {name}",
  },
  "verdict.reporter-with-code": {
    params: { name: "text", code: "code" },
    ja: "報告したサーバー：{name}（応答コード {code}）",
    en: "Reported by {name} (code {code})",
  },
  "verdict.trace.failed": {
    params: { whom: "list" },
    ja: "メッセージ追跡では、{whom} への配信は失敗しています。",
    en: "Message trace shows delivery to {whom} failed.",
  },
  "verdict.trace.filtered": {
    params: { whom: "list" },
    ja: "メッセージ追跡では、{whom} 宛てのメールは迷惑メールとして止められています。",
    en: "Message trace shows the mail to {whom} was stopped as spam.",
  },
  "verdict.trace.pending": {
    params: { whom: "list" },
    ja: "メッセージ追跡では、{whom} への配信はまだ終わっていません。",
    en: "Message trace shows delivery to {whom} is not finished yet.",
  },
  "verdict.trace.delivered": {
    params: { whom: "list" },
    ja: "メッセージ追跡では、{whom} に配信済みです。相手の迷惑メールフォルダーや仕分けルールの先に入っている可能性があります。",
    en: "Message trace shows it was delivered to {whom}. It may sit in their Junk Email folder or a rule's folder.",
  },
  "verdict.sent.found": {
    params: { item: "phrase", meaning: "phrase" },
    ja: "このメールには、届かない原因になりうる点があります。{item}：{meaning}",
    en: "This mail has something that can stop delivery. {item}: {meaning}",
  },
  "verdict.sent.no-trace": {
    ja: "送ったメールそのものには、届かない原因は見つかりませんでした。配信の記録（メッセージ追跡）がないため、いくつかの質問で原因を絞り込みます。",
    en: "Nothing in the sent mail itself stops delivery. With no delivery record (message trace), a few questions narrow down the cause.",
  },
  "verdict.because-item": {
    params: { item: "phrase" },
    ja: "「{item}」",
    en: "{item}",
  },
  "verdict.auth-failed": {
    ja: "差出人を確認できなかったこと",
    en: "the sender could not be verified",
  },
  "verdict.received.junk-forged": {
    params: { why: "phrase" },
    ja: "このメールは受信していますが、迷惑メールフォルダーに入れられました。理由は {why} です。差出人が偽物（なりすまし）の可能性があります。",
    en: "You received this mail; it was put in Junk because of {why}. The sender may be forged.",
  },
  "verdict.received.forged": {
    params: { why: "phrase" },
    ja: "このメールは受信していますが、差出人を確認できませんでした（{why}）。偽物の可能性があります。",
    en: "You received this mail, but its sender could not be verified ({why}). It may be forged.",
  },
  "verdict.received.quarantine-notice": {
    ja: "これは Microsoft 365 の検疫の通知です。あなた宛てのメールが検疫に留め置かれているため、受信トレイに届いていません。",
    en: "This is Microsoft 365's quarantine notice: mail addressed to you is held in quarantine, which is why it has not reached your inbox.",
  },
  "verdict.received.junk": {
    params: { why: "phrase" },
    ja: "このメールは受信していますが、迷惑メールフォルダーに入れられました。理由は {why} です。",
    en: "You received this mail; it was put in Junk because of {why}.",
  },
  "verdict.received.risk": {
    params: { why: "phrase" },
    ja: "このメールは受信しています。届き方で気になる点：{why}。",
    en: "You received this mail. Worth knowing about its delivery: {why}.",
  },
  "verdict.received.clear": {
    ja: "このメールは問題なく受信しています。届き方に気になる点は見つかりませんでした。",
    en: "You received this mail, and nothing about its delivery looks wrong.",
  },
  "verdict.could-not-check": {
    params: { sources: "phrase", n: "count" },
    ja: "確認できなかったもの：{sources}（{n} 項目は手動で確認）",
    en: "Not checked: {sources} ({n} items to check by hand)",
  },
  "verdict.could-not-check-sources": {
    params: { sources: "phrase" },
    ja: "確認できなかったもの：{sources}",
    en: "Not checked: {sources}",
  },
  "verdict.could-not-check-items": {
    params: { n: "count" },
    ja: "{n} 項目は自動では確認できませんでした。",
    en: "{n} items could not be checked automatically.",
  },
  "verdict.no-reason": { ja: "理由は示されませんでした。", en: "No reason was given." },
  "verdict.source.graph": { ja: "Microsoft 365", en: "Microsoft 365" },
  "verdict.source.dns": { ja: "DNS", en: "DNS" },
  "verdict.source.trace": { ja: "メッセージ追跡", en: "message trace" },
  "verdict.source.attachments": { ja: "添付ファイルの中身", en: "attachment contents" },
  "verdict.source.bounce": { ja: "返送された元のメール", en: "the returned original" },
  "verdict.source.headers": { ja: "ヘッダー", en: "headers" },
  "verdict.source.local": { ja: "メールの内容", en: "the message content" },
  "verdict.next.fix-address": {
    ja: "宛先のアドレスを正しく直してから送ってください。",
    en: "Correct the recipient's address, then send.",
  },
  "verdict.next.reduce-size": {
    ja: "添付ファイルを小さくするか、共有リンクにして送ってください。",
    en: "Make the attachments smaller or share them as a link, then send.",
  },
  "verdict.next.remove-attachment": {
    ja: "その添付ファイルを外し、共有リンクなど別の方法で渡してください。",
    en: "Send without that attachment and share it another way, such as a link.",
  },
  "verdict.next.edit-content": {
    ja: "指摘された箇所を直してから送ってください。",
    en: "Change what is pointed out, then send.",
  },
  "verdict.next.contact-recipient": {
    ja: "電話やチャットなど別の手段で、相手に知らせてください。",
    en: "Tell the recipient by phone or chat.",
  },
  "verdict.next.write-to-it": {
    ja: "自社のIT担当者に問い合わせてください。問い合わせ文は Todoku が用意します。",
    en: "Ask your IT team; Todoku can write the inquiry.",
  },
  "verdict.next.write-to-it-bounce": {
    ja: "このエラーメールを添えて、自社のIT担当者に問い合わせてください。",
    en: "Ask your IT team, with this bounce as evidence.",
  },
  "verdict.next.write-to-it-trace": {
    ja: "追跡の結果を添えて、自社のIT担当者に問い合わせてください。",
    en: "Ask your IT team, with the trace result.",
  },
  "verdict.next.ask-recipient-it": {
    ja: "相手に連絡し、相手のIT担当者に確認してもらってください。",
    en: "Contact the recipient and ask them to have their IT team look.",
  },
  "verdict.next.ask-recipient-junk": {
    ja: "相手に、迷惑メールフォルダーや検疫を確認してもらってください。",
    en: "Ask the recipient to look in their Junk Email folder and quarantine.",
  },
  "verdict.next.wait-trace": {
    ja: "しばらく待ってから、もう一度確認してください。",
    en: "Wait a while, then check again.",
  },
  "verdict.next.triage": {
    ja: "下の質問に答えてください。答えるたびに原因の候補が絞られます。",
    en: "Answer the question below; each answer narrows the causes.",
  },
  "verdict.next.send": { ja: "このまま送って大丈夫です。", en: "You can send it as it is." },
  "verdict.next.confirm-sender": {
    ja: "リンクや添付ファイルは開かず、返信もしないでください。迷惑メールフォルダーから戻したり、差出人を「信頼できる差出人」に加えたりせず、電話など普段使っている別の手段で差出人本人に確認してください。",
    en: "Do not open its links or attachments and do not reply. Do not move it out of Junk or add the sender to safe senders; confirm with the sender through a channel you already know, such as a phone call.",
  },
  "verdict.next.not-junk": {
    ja: "差出人と内容に心当たりがあれば、「迷惑メールではない」に戻してください。何度も続く場合は、差出人に送信側の設定を見直してもらいます。",
    en: "If you know the sender and expected the mail, mark it as not junk. If it keeps happening, ask the sender to review their setup.",
  },
  "verdict.next.tell-sender": {
    ja: "差出人に、送信側の設定を見直すよう伝えてください。",
    en: "Let the sender know, so they can review their setup.",
  },
  "verdict.next.nothing-received": { ja: "対応は必要ありません。", en: "Nothing to do." },
});
