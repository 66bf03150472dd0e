/**
 * What Microsoft 365 said: the recipients' MailTips (items 7, 14, 17, 18, 19, 10), your licence (22)
 * and your own mailbox (14); and the sign-in dialog's one line while it signs in.
 */
import { defineMessages } from "./types";

/** Said for more than one finding. */
const FIX_ADDRESS = {
  ja: "アドレスのつづり（ドメイン名を含む）を確かめ、アドレス帳から選び直してください。",
  en: "Check the spelling of the address, including the domain, and pick it again from the address book.",
};

export const GRAPH_MESSAGES = defineMessages({
  "graph.dialog.signing-in": {
    ja: "Microsoft 365 にサインインしています…",
    en: "Signing in to Microsoft 365…",
  },
  "mailtips.recipient-invalid": {
    params: { who: "text" },
    ja: "宛先 {who} は、Microsoft 365 で有効な宛先として確認できませんでした。アドレスが間違っている可能性があります。",
    en: "Microsoft 365 could not confirm {who} as a valid recipient. The address may be wrong.",
    fix: FIX_ADDRESS,
  },
  "mailtips.recipient-error": {
    params: { who: "text" },
    ja: "宛先 {who} のメールヒントを取得できませんでした。",
    en: "MailTips for {who} came back with an error.",
    fix: FIX_ADDRESS,
  },
  "mailtips.large-group": {
    params: { who: "text", members: "count", note: "phrase" },
    ja: "宛先 {who} は {members} 人のグループです{note}。大人数への送信は、制限や遅延の対象になりやすくなります。",
    en: "{who} is a group of {members} members{note}. Mail to large audiences is more likely to be limited or delayed.",
    fix: {
      ja: "本当に全員に送る必要があるか確かめ、添付ファイルは共有リンクにしてください。",
      en: "Make sure everyone really needs it, and share files as links rather than attachments.",
    },
  },
  "mailtips.group-external": {
    params: { external: "count" },
    ja: "（うち社外 {external} 人）",
    en: " ({external} outside your organisation)",
  },
  "mailtips.group-cap": {
    params: { cap: "bytes" },
    ja: "この人数のグループには、{cap} を超えるメールは送れません。",
    en: "Groups this large accept at most {cap} per mail.",
  },
  "mailtips.not-restricted": {
    ja: "宛先に、送信者を限定する受信制限は設定されていません（Microsoft 365 のメールヒントで確認）。",
    en: "None of the recipients limits who may send to them (checked with Microsoft 365 MailTips).",
  },
  "own-mailbox.clean-up": {
    ja: "不要なメール（特に大きな添付ファイル付きのもの）を削除し、「削除済みアイテム」を空にしてください。",
    en: "Delete mail you do not need (large attachments first) and empty Deleted Items.",
  },
  "mailtips.recipient-disabled": {
    params: { who: "text" },
    ja: "Microsoft 365 によると、宛先 {who} のアカウントは無効または削除されています。",
    en: "Microsoft 365 says the account of {who} is disabled or removed.",
    fix: {
      ja: "相手に別の連絡手段で現在のアドレスを確認してください。",
      en: "Confirm the person's current address through another channel.",
    },
  },
  "mailtips.recipient-mailbox-full": {
    params: { who: "text" },
    ja: "宛先 {who} のメールボックスが容量いっぱいです。今送っても届きません。",
    en: "The mailbox of {who} is full. Mail sent now will not arrive.",
    fix: {
      ja: "電話やチャットなど別の方法で相手に連絡し、メールボックスの整理を頼んでから送ってください。",
      en: "Reach the person another way (phone, chat), ask them to clear space, then send.",
    },
  },
  "mailtips.over-recipient-max-size": {
    params: { sizeBytes: "bytes", who: "text", maxMessageSize: "bytes" },
    ja: "このメール（約 {sizeBytes}）は、{who} が受け取れる上限 {maxMessageSize} を超えています。",
    en: "This mail (about {sizeBytes}) is larger than the {maxMessageSize} that {who} can receive.",
    fix: {
      ja: "添付ファイルを OneDrive などの共有リンクに置き換えるか、ファイルを分けて送ってください。",
      en: "Replace attachments with a OneDrive (or similar) sharing link, or split them over several mails.",
    },
  },
  "mailtips.delivery-restricted": {
    params: { who: "text" },
    ja: "宛先 {who} は、許可された送信者からのメールしか受け付けない設定です。あなたが許可されていなければ届きません。",
    en: "{who} only accepts mail from permitted senders. Unless you are one of them, your mail will be rejected.",
    fix: {
      ja: "宛先の管理者（グループの所有者など）に、送信者として許可してもらうよう依頼してください。",
      en: "Ask whoever manages that address (for a group, its owner) to allow you as a sender.",
    },
  },
  "mailtips.moderated": {
    params: { who: "text" },
    ja: "宛先 {who} へのメールは承認制です。承認されるまで届かず、却下されることもあります。",
    en: "Mail to {who} is moderated: it waits for approval and may be rejected.",
    fix: {
      ja: "急ぎの場合は、承認者（グループの管理者）に連絡しておいてください。",
      en: "If it is urgent, let the moderator (the group's manager) know it is coming.",
    },
  },
  "mailtips.automatic-reply": {
    params: { who: "text" },
    ja: "{who} は自動応答（不在通知）を設定しています。届いても、すぐには読まれない可能性があります。",
    en: "{who} has an automatic reply (out of office) on. Your mail will arrive but may not be read soon.",
  },
  "mailtips.custom-tip": {
    params: { who: "text" },
    ja: "{who} について、組織の管理者がメッセージを設定しています。",
    en: "Your organisation's administrator left a note about {who}.",
  },
  "mailtips.mailboxes-not-full": {
    ja: "Microsoft 365 のメールヒントで確認したところ、宛先のメールボックスは容量いっぱいではありません。",
    en: "Microsoft 365 MailTips show that the recipients' mailboxes are not full.",
  },
  "mailtips.size-within-limits": {
    params: { sizeBytes: "bytes", smallest: "bytes" },
    ja: "このメールのサイズ（約 {sizeBytes}）は、宛先が受け取れる上限（最小 {smallest}）以内です。",
    en: "The estimated size, {sizeBytes}, is within what the recipients accept (smallest limit {smallest}).",
  },
  "licence.exchange-ok": {
    params: { name: "text" },
    ja: "Exchange Online のメールボックス ライセンス（{name}）が有効です。",
    en: "Your Exchange Online mailbox licence ({name}) is active.",
  },
  "licence.exchange-not-active": {
    params: { states: "text" },
    ja: "Exchange Online のライセンスは割り当てられていますが、有効になっていません（{states}）。",
    en: "An Exchange Online licence is assigned but not active ({states}).",
    fix: {
      ja: "IT担当者に、Microsoft 365 管理センターでライセンスの Exchange Online が「オン」になっているか、設定が完了しているかの確認を依頼してください。",
      en: "Ask your IT team to check in the Microsoft 365 admin center that Exchange Online is switched on in your licence and has finished setting up.",
    },
  },
  "licence.exchange-missing": {
    ja: "あなたのアカウントには Exchange Online のメールボックス ライセンスが見つかりません。",
    en: "No Exchange Online mailbox licence was found on your account.",
    fix: {
      ja: "IT担当者に、Exchange Online を含むライセンス（「Microsoft 365 Business Basic」「E3」など）の割り当てを依頼してください。",
      en: "Ask your IT team to assign a licence that includes Exchange Online (for example Microsoft 365 Business Basic or E3).",
    },
  },
  "own-mailbox.full": {
    ja: "あなた自身のメールボックスが容量いっぱいです。送信も受信もできなくなることがあります。",
    en: "Your own mailbox is full. You may be unable to send or receive.",
  },
  "own-mailbox.near-full": {
    params: { warnLimit: "bytes", used: "bytes" },
    ja: "あなたのメールボックスは警告の容量（{warnLimit}）を超えています（使用量 {used}）。",
    en: "Your mailbox is past its warning size ({warnLimit}); it holds {used}.",
  },
  "own-mailbox.usage-ok": {
    params: { used: "bytes", sendLimit: "bytes" },
    ja: "あなたのメールボックスの使用量は {used} で、送信停止の容量 {sendLimit} まで余裕があります。",
    en: "Your mailbox holds {used}, well below the {sendLimit} at which sending stops.",
  },
  "own-mailbox.not-full": {
    ja: "あなた自身のメールボックスは容量いっぱいではありません（Microsoft 365 のメールヒントで確認）。",
    en: "Your own mailbox is not full (checked with Microsoft 365 MailTips).",
  },
  "own-mailbox.usage-manual": {
    ja: "メールボックスの使用量と上限は、管理者向けのレポートでしか自動で確認できません。",
    en: "Mailbox usage against its quota can only be read automatically from an admin report.",
  },
});
