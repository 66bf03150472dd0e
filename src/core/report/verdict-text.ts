/** The verdict's sentences. {placeholders} are filled by verdict.ts. */
import type { Localized } from "../model/i18n";

const t = (ja: string, en: string): Localized => ({ ja, en });

export const VERDICT_TEXT = {
  draftProblem: t(
    "このままでは届かない可能性が高いです。{item}：{meaning}",
    "This mail will probably not arrive as it is. {item}: {meaning}"
  ),
  draftWarning: t(
    "届かないおそれがあります。{item}：{meaning}",
    "This mail may not arrive. {item}: {meaning}"
  ),
  draftClear: t("届かなくなる原因は見つかりませんでした。", "Nothing found that stops delivery."),
  bounceFailed: t(
    "{whom} に届きませんでした。原因は「{item}」です。{meaning}",
    "Not delivered to {whom}. Cause: {item}. {meaning}"
  ),
  bounceDelayed: t(
    "{whom} への配信が遅れています（まだ再試行中）。原因は「{item}」です。{meaning}",
    "Delivery to {whom} is delayed (still being retried). Cause: {item}. {meaning}"
  ),
  bounceNoCause: t(
    "{whom} に届きませんでしたが、原因をエラーメールから特定できませんでした。",
    "Not delivered to {whom}, and the bounce does not say why in a way Todoku can read."
  ),
  bounceUnread: t(
    "このエラーメールから、届かなかった宛先を読み取れませんでした。",
    "No failed recipient could be read from this bounce."
  ),
  someRecipients: t("一部の宛先", "some recipients"),
  nRecipients: t("{first} ほか{n}件", "{first} and {n} more"),
  reporter: t("報告したサーバー: {name}", "Reported by {name}"),
  reporterWithCode: t(
    "報告したサーバー：{name}（コード {code}）",
    "Reported by {name} (code {code})"
  ),
  traceFailed: t(
    "メッセージ追跡では {whom} への配信が失敗しています。",
    "Message trace shows delivery to {whom} failed."
  ),
  traceFiltered: t(
    "メッセージ追跡では {whom} 宛てのメールが迷惑メールとして止められています。",
    "Message trace shows the mail to {whom} was stopped as spam."
  ),
  tracePending: t(
    "メッセージ追跡では {whom} への配信がまだ終わっていません。",
    "Message trace shows delivery to {whom} is not finished yet."
  ),
  traceDelivered: t(
    "メッセージ追跡では {whom} に配信済みです。相手側で迷惑メールや振り分けに入っていないか確認してもらいましょう。",
    "Message trace shows it was delivered to {whom}. It may sit in their Junk folder or a rule's folder."
  ),
  sentFound: t(
    "このメールには届かない原因になりうる点があります。{item}：{meaning}",
    "This mail has something that can stop delivery. {item}: {meaning}"
  ),
  sentNoTrace: t(
    "送信したメール自体には届かない原因は見つかりませんでした。配信の記録（メッセージ追跡）がないため、質問に答えて原因を絞り込みます。",
    "Nothing in the sent mail itself stops delivery. With no delivery record (message trace), a few questions narrow down the cause."
  ),
  becauseItem: t("「{item}」", "{item}"),
  authFailed: t("差出人を確認できなかったため", "the sender could not be verified"),
  receivedJunkForged: t(
    "このメールは受信していますが、迷惑メールに振り分けられました。理由：{why}。差出人がなりすまされている（偽物の）可能性があります。",
    "You received this mail; it was put in Junk because of {why}. The sender may be forged."
  ),
  receivedForged: t(
    "このメールは受信していますが、差出人を確認できませんでした（{why}）。偽物の可能性があります。",
    "You received this mail, but its sender could not be verified ({why}). It may be forged."
  ),
  receivedJunk: t(
    "このメールは受信していますが、迷惑メールに振り分けられました。理由：{why}。",
    "You received this mail; it was put in Junk because of {why}."
  ),
  receivedRisk: t(
    "このメールは受信しています。配信で気になる点：{why}。",
    "You received this mail. Worth knowing about its delivery: {why}."
  ),
  receivedClear: t(
    "このメールは問題なく受信しています。届き方に気になる点は見つかりませんでした。",
    "You received this mail, and nothing about its delivery looks wrong."
  ),
  couldNotCheck: t(
    "確認できなかったもの：{sources}（{n}項目は手動で確認）",
    "Not checked: {sources} ({n} items to check by hand)"
  ),
  couldNotCheckSources: t("確認できなかったもの: {sources}", "Not checked: {sources}"),
  couldNotCheckItems: t(
    "{n}項目は自動で確認できませんでした。",
    "{n} items could not be checked automatically."
  ),
  noReason: t("理由は示されませんでした。", "No reason was given."),
  sourceGraph: t("Microsoft 365", "Microsoft 365"),
  sourceDns: t("DNS", "DNS"),
  sourceTrace: t("メッセージ追跡", "message trace"),
  sourceAttachments: t("添付ファイルの中身", "attachment contents"),
  sourceBounce: t("返送された元のメール", "the returned original"),
  sourceHeaders: t("ヘッダー", "headers"),
  sourceLocal: t("メールの内容", "the message content"),
  nextFixAddress: t(
    "宛先アドレスを正しく直してから送ってください。",
    "Correct the recipient's address, then send."
  ),
  nextReduceSize: t(
    "添付ファイルを小さくするか、共有リンクにして送ってください。",
    "Make the attachments smaller or share them as a link, then send."
  ),
  nextRemoveAttachment: t(
    "その添付ファイルを外し、共有リンクなど別の方法で渡してください。",
    "Send without that attachment and share it another way, such as a link."
  ),
  nextEditContent: t(
    "指摘された箇所を直してから送ってください。",
    "Change what is pointed out, then send."
  ),
  nextContactRecipient: t(
    "電話やチャットなど別の手段で相手に知らせてください。",
    "Tell the recipient by phone or chat."
  ),
  nextWriteToIt: t(
    "自社のIT担当に問い合わせてください（問い合わせ文を用意できます）。",
    "Ask your IT (Todoku can write the inquiry)."
  ),
  nextWriteToItBounce: t(
    "このエラーメールを添えて、自社のIT担当に問い合わせてください。",
    "Ask your IT, with this bounce as evidence."
  ),
  nextWriteToItTrace: t(
    "追跡の結果を添えて、自社のIT担当に問い合わせてください。",
    "Ask your IT, with the trace result."
  ),
  nextAskRecipientIt: t(
    "相手に連絡し、相手側のIT担当に確認してもらってください。",
    "Contact the recipient and ask them to have their IT look."
  ),
  nextAskRecipientJunk: t(
    "相手に、迷惑メールフォルダーや隔離を確認してもらってください。",
    "Ask the recipient to look in their Junk folder and quarantine."
  ),
  nextWaitTrace: t(
    "しばらく待ってから、もう一度確認してください。",
    "Wait a while, then check again."
  ),
  nextTriage: t(
    "下の質問に答えてください。答えるたびに原因の候補が絞られます。",
    "Answer the question below; each answer narrows the causes."
  ),
  nextSend: t("このまま送って大丈夫です。", "You can send it as it is."),
  nextConfirmSender: t(
    "リンクや添付ファイルを開かず、返信もしないでください。迷惑メールフォルダーから戻したり、差出人を「信頼できる差出人」に加えたりせず、電話など普段使っている別の手段で差出人本人に確認してください。",
    "Do not open its links or attachments and do not reply. Do not move it out of Junk or add the sender to safe senders; confirm with the sender through a channel you already know, such as a phone call."
  ),
  nextNotJunk: t(
    "差出人と内容に心当たりがあれば「迷惑メールではない」に戻してください。同じことが続く場合は、差出人に送信側の設定を見直してもらいます。",
    "If you know the sender and expected the mail, mark it as not junk. If it keeps happening, ask the sender to review their setup."
  ),
  nextTellSender: t(
    "差出人に、送信側の設定を見直すよう伝えてください。",
    "Let the sender know, so they can review their setup."
  ),
  nextNothingReceived: t("対応は必要ありません。", "Nothing to do."),
} satisfies Record<string, Localized>;
