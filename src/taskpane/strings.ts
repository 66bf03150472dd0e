/** Texts of the task pane's own chrome (item and finding texts come from the core). */
import type { Lang, Localized } from "../core/model/i18n";
import type { MessageKind, SourceId } from "../core/model";

const t = (ja: string, en: string): Localized => ({ ja, en });

export const UI = {
  appName: t("Todoku 届く?チェック", "Todoku delivery check"),
  sampleBadge: t("サンプル", "Sample"),
  demoNotice: t(
    "デモ: Outlookの外なので、サンプルメールを調べています。",
    "Demo outside Outlook: checking a sample, not your mail."
  ),
  samplePicker: t("サンプルを選ぶ", "Choose a sample"),
  language: t("表示言語", "Language"),
  switchTo: t("English に切り替え", "日本語に切り替え"),
  copyReport: t("レポートをコピー", "Copy report"),
  // An item a slower source (Microsoft 365, DNS, …) may still change.
  checking: t("確認中", "Checking"),
  checkingHint: t(
    "ほかの確認が終わると変わることがあります",
    "may change when the other checks finish"
  ),
  copied: t(
    "レポートをクリップボードにコピーしました。",
    "The report was copied to the clipboard."
  ),
  copyFailed: t(
    "コピーできませんでした。下の欄から手動でコピーしてください。",
    "The report could not be copied. Copy it by hand from the box below."
  ),
  reportText: t("レポート(テキスト)", "Report (text)"),
  summary: t("メッセージの概要", "Message summary"),
  subject: t("件名", "Subject"),
  from: t("差出人", "From"),
  to: t("宛先", "To"),
  cc: t("CC", "Cc"),
  date: t("日時", "Date"),
  size: t("サイズ", "Size"),
  attachments: t("添付ファイル", "Attachments"),
  none: t("(なし)", "(none)"),
  noSubject: t("(件名なし)", "(no subject)"),
  kind: t("種類", "Kind"),
  checklist: t("24項目のチェック結果", "The 24 checks"),
  counts: t("件数", "Counts"),
  findings: t("確認結果", "Findings"),
  evidence: t("根拠", "Evidence"),
  fix: t("対処", "What to do"),
  who: t("対応する人", "Who acts"),
  howToCheck: t("確認のしかた", "How to check"),
  explanation: t("説明", "About this cause"),
  moreInfo: t("詳しい説明", "More information"),
  noFindings: t("この項目について見つかったことはありません。", "Nothing was found for this item."),
  progressTitle: t("確認の進み具合", "Progress"),
  loading: t("読み込み中…", "Loading…"),
  starting: t("メッセージを読み込んでいます…", "Reading the message…"),
  readFailed: t("メッセージを読み込めませんでした", "The message could not be read"),
  policyNotice: t(
    "組織のポリシー設定(policy.json)に問題があるため、次の項目は既定値を使っています。",
    "The organisation's policy file (policy.json) has problems; defaults are used for these fields:"
  ),
  bounceTitle: t("エラーメールの内容", "What the bounce says"),
  bounceReporter: t("報告したサーバー", "Reported by"),
  recipient: t("宛先", "Recipient"),
  serverSaid: t("相手サーバーの応答(原文)", "The server's own words"),
  cause: t("原因", "Cause"),
  nextStep: t("次にすること", "Next step"),
  status: t("ステータス", "Status"),
  returnedOriginal: t("戻ってきた元のメール", "The returned original"),
  originalHeadersOnly: t("ヘッダーのみ返送されました。", "Only the headers were returned."),
  originalComplete: t(
    "本文ごと返送されました。元のメールも確認しています。",
    "The whole message came back; it is checked too."
  ),
  noRecipients: t(
    "このレポートから失敗した宛先を読み取れませんでした。",
    "No failed recipient could be read from this report."
  ),
  tabs: t("表示の切り替え", "Views"),
  tabChecklist: t("結果", "Checks"),
  tabTriage: t("切り分け", "Triage"),
  tabWho: t("担当者", "Who"),
  tabHeaders: t("ヘッダー", "Headers"),
  tabInquiry: t("問合せ", "Inquiry"),
  notInOutlook: t("デモモード", "Demo mode"),
} satisfies Record<string, Localized>;

/** The verdict block's own labels (its sentences come from the core verdict). */
export const VERDICT_UI = {
  title: t("結論", "Verdict"),
  yes: t("はい", "Yes"),
  no: t("いいえ", "No"),
  unknown: t("わからない", "Not sure"),
  likelyNow: t("今のところ疑わしい原因", "Most likely so far"),
  openTriage: t("切り分けを開く", "Open the triage"),
  writeToIt: t("IT担当への問い合わせ文を作る", "Write to IT"),
  writeToItSecond: t("それでも解決しないときはIT担当へ", "If that does not help, write to IT"),
  reportToIt: t("不審なメールとしてIT担当に報告", "Report it to IT as suspicious"),
  alsoFound: t("ほかに見つかったこと", "Also found"),
  originalMail: t("届かなかった元のメール", "The mail that was not delivered"),
} satisfies Record<string, Localized>;

/** The collapsed groups of the checklist, each shown with its count. */
export const GROUP_UI = {
  ok: t("問題なし", "No problem found"),
  unavailable: t("確認できなかった項目", "Could not be checked"),
  manual: t("手動で確認する項目", "Check by hand"),
} satisfies Record<string, Localized>;

export const KIND_LABELS: Record<MessageKind, Localized> = {
  draft: t("作成中の下書き", "Draft being written"),
  sent: t("送信済みメール", "Sent mail"),
  bounce: t("エラーメール(配信不能レポート)", "Bounce (non-delivery report)"),
  received: t("受信したメール", "Received mail"),
};

export const SOURCE_LABELS: Record<SourceId, Localized> = {
  local: t("メッセージ内容の確認", "Message content"),
  attachments: t("添付ファイルの中身", "Attachment contents"),
  graph: t("Microsoft 365(Graph)", "Microsoft 365 (Graph)"),
  dns: t("DNSの確認", "DNS"),
  trace: t("メッセージ追跡", "Message trace"),
  bounce: t("返送された元のメール", "Returned original"),
  headers: t("ヘッダーの分析", "Header analysis"),
};

export const SOURCE_STATE_LABELS: Record<"pending" | "done" | "unavailable" | "off", Localized> = {
  pending: t("確認中", "Working"),
  done: t("完了", "Done"),
  unavailable: t("確認できず", "Unavailable"),
  off: t("オフ", "Off"),
};

export function tr(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Sizes as people read them: bytes, KB, MB (binary units, as Outlook shows them). */
export function formatBytes(n: number, lang: Lang): string {
  if (!Number.isFinite(n) || n < 0) return "";
  if (n < 1024) return lang === "ja" ? `${n} バイト` : `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A date shown in the reader's local time, or the raw value when it is not a date. */
export function formatDate(value: string, lang: Lang): string {
  if (!value) return "";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return d.toLocaleString(lang === "ja" ? "ja-JP" : "en-GB", {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
