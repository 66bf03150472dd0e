/** What message trace says about a sent mail (items 2, 3, 4, 5, 7, 17 and more). */
import { defineMessages } from "./types";

/** Said for more than one finding. */
const FIX_FAILED = {
  ja: "エラーメールが返ってきていれば、Todoku で開いてください。なければ、この結果と Message-ID をIT担当者に伝えてください。",
  en: "If a bounce came back, open it with Todoku. Otherwise give this result and the Message-ID to your IT team.",
};

export const TRACE_MESSAGES = defineMessages({
  "trace.failed-diagnosed": {
    params: { address: "text", summary: "phrase" },
    ja: "{address} への配信は失敗しました。{summary}",
    en: "Delivery to {address} failed. {summary}",
  },
  "trace.failed": {
    params: { address: "text", code: "code" },
    ja: "{address} への配信は失敗しました（応答コード {code}）。",
    en: "Delivery to {address} failed (code {code}).",
    fix: FIX_FAILED,
  },
  "trace.failed-no-code": {
    params: { address: "text" },
    ja: "{address} への配信は失敗しました。",
    en: "Delivery to {address} failed.",
    fix: FIX_FAILED,
  },
  "trace.delivered": {
    params: { address: "text" },
    ja: "{address} には届いています（Exchange Online が配信を完了しました）。相手の迷惑メールフォルダーや仕分けルールを確認してもらってください。",
    en: "It arrived for {address}: Exchange Online completed delivery. Ask the recipient to look in their junk folder and mail rules.",
    fix: {
      ja: "相手に、迷惑メールフォルダー、検疫、受信トレイの仕分けルールを見てもらい、あなたのアドレスを「信頼できる差出人」に追加してもらってください。",
      en: "Ask them to check their junk folder, quarantine and inbox rules, and to add your address to their safe senders.",
    },
  },
  "trace.no-send-error": {
    params: { address: "text" },
    ja: "{address} 宛ての送信処理でエラーは起きていません。",
    en: "No error occurred while sending to {address}.",
  },
  "trace.quarantined": {
    params: { address: "text" },
    ja: "{address} 宛てのメールは、フィルターによって検疫に入れられています。",
    en: "The mail to {address} was put in quarantine by a filter.",
    fix: {
      ja: "IT担当者に、検疫から解放できるか確認を依頼してください。",
      en: "Ask your IT team whether it can be released from quarantine.",
    },
  },
  "trace.quarantined-content": {
    ja: "本文や添付ファイルが迷惑メールやフィッシングと判定された可能性があります。",
    en: "The body or attachments may have been judged to be spam or phishing.",
    fix: {
      ja: "リンクの数、短縮URL、件名の表現を見直してください。",
      en: "Review the number of links, shortened URLs and the wording of the subject.",
    },
  },
  "trace.filtered-as-spam": {
    params: { address: "text" },
    ja: "{address} 宛てのメールは迷惑メールと判定され、配信されませんでした。",
    en: "The mail to {address} was judged to be spam and not delivered.",
    fix: {
      ja: "リンクや定型的な宣伝文句を減らして送り直し、続く場合はIT担当者に判定理由の確認を依頼してください。",
      en: "Send again with fewer links and less promotional wording; if it happens again, ask your IT team why it was filtered.",
    },
  },
  "trace.filtered-by-policy": {
    ja: "送信者や内容に対するフィルターの設定が影響している可能性があります。",
    en: "A filter on senders or content may be involved.",
  },
  "trace.pending": {
    params: { address: "text", minutes: "count" },
    ja: "{address} への配信はまだ完了しておらず、再試行中です。{minutes} 分ほどしてからもう一度確認してください。",
    en: "Delivery to {address} is not finished and is being retried. Check again in about {minutes} minutes.",
    fix: {
      ja: "数時間たっても「保留中」のままなら、相手側サーバーが受け取りを拒んでいる可能性があります。Message-ID を添えてIT担当者に相談してください。",
      en: "If it is still pending after a few hours, the receiving server may be refusing it: give the Message-ID to your IT team.",
    },
  },
  "trace.getting-status": {
    params: { address: "text", minutes: "count" },
    ja: "{address} 宛ての状態はまだ集計中です。{minutes} 分ほどしてからもう一度確認してください。",
    en: "The status for {address} is not known yet. Check again in about {minutes} minutes.",
  },
  "trace.recalled": {
    params: { address: "text" },
    ja: "{address} 宛てのメールは取り消し（回収）されています。",
    en: "The mail to {address} was recalled.",
    fix: {
      ja: "必要なら、内容を確かめてから送り直してください。",
      en: "If it is still needed, check it and send it again.",
    },
  },
  "trace.group-expanded": {
    params: { address: "text" },
    ja: "{address} はグループで、メンバーごとに配信されました。各メンバーの結果は個別に表示されます。",
    en: "{address} is a group; it was expanded and each member has a result of their own.",
  },
  "trace.other-status": {
    params: { address: "text", status: "text" },
    ja: "{address} 宛ての状態は「{status}」です。",
    en: "Status for {address}: {status}",
  },
  "trace.not-found": {
    ja: "送信から時間がたっていますが、Exchange Online の記録にこのメールが見つかりません。送信されていない可能性があります。",
    en: "It has been a while since sending, yet Exchange Online has no record of this mail. It may never have left.",
    fix: {
      ja: "「送信トレイ」や「下書き」に残っていないか確認してください。見当たらなければ、Message-ID を添えてIT担当者に相談してください。",
      en: "Look in your Outbox and Drafts. If it is not there, give the Message-ID to your IT team.",
    },
  },
  "trace.not-found-yet": {
    params: { minutes: "count" },
    ja: "メッセージ追跡にはまだ記録がありません。記録が現れるまで数分かかることがあるため、{minutes} 分ほどしてからもう一度確認してください。",
    en: "Message trace has no record of it yet. Records can take a few minutes to appear: check again in about {minutes} minutes.",
  },
});
