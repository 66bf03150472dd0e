/** The plain-text report (CLI output, the pane's "copy report"): labels and fixed phrases. */
import { defineMessages } from "./types";

export const REPORT_MESSAGES = defineMessages({
  "status.problem": { ja: "問題あり", en: "Problem" },
  "status.warning": { ja: "注意", en: "Warning" },
  "status.ok": { ja: "問題なし", en: "OK" },
  "status.manual": { ja: "手動で確認", en: "Check by hand" },
  "status.unavailable": { ja: "確認できず", en: "Unavailable" },

  "report.subject": { ja: "件名", en: "Subject" },
  "report.from": { ja: "差出人", en: "From" },
  "report.to": { ja: "宛先", en: "To" },
  "report.cc": { ja: "CC", en: "Cc" },
  "report.date": { ja: "日時", en: "Date" },
  "report.message-id": { ja: "Message-ID", en: "Message-ID" },
  "report.no-subject": { ja: "（件名なし）", en: "(no subject)" },
  "report.verdict": { ja: "判定", en: "Verdict" },
  "report.who": { ja: "対応する人", en: "Who acts" },
  "report.next": { ja: "次にすること", en: "Next step" },
  "report.fix": { ja: "対処", en: "Fix" },
  "report.how-to-check": { ja: "確認のしかた", en: "How to check" },
  "report.bounce": { ja: "エラーメールの内容", en: "The bounce" },
  "report.reporter": { ja: "報告したサーバー", en: "Reported by" },
  "report.server-said": { ja: "相手サーバーの応答", en: "The server said" },
  "report.cause": { ja: "原因", en: "Cause" },
  "report.code": {
    params: { code: "code" },
    ja: "応答コード {code}",
    en: "code {code}",
  },
  "report.action.failed": { ja: "届きませんでした", en: "not delivered" },
  "report.in-original": {
    ja: "返送された元のメールでの指摘",
    en: "found in the returned original",
  },
  "report.address-unnamed": {
    ja: "（エラーメールに宛先アドレスの記載なし）",
    en: "(the bounce gives no address)",
  },
  "report.action.delayed": { ja: "配信が遅れています", en: "delayed" },
  "report.action.delivered": { ja: "配信されました", en: "delivered" },
  "report.action.relayed": { ja: "別のサーバーに渡されました", en: "relayed" },
  "report.action.expanded": { ja: "グループの宛先に展開されました", en: "expanded to a group" },
  "report.could-not-check": { ja: "確認できなかった項目", en: "Could not be checked" },
  "report.rest": {
    params: { ok: "count", manual: "count" },
    ja: "そのほか：問題なし {ok} 項目、手動で確認 {manual} 項目",
    en: "The rest: {ok} OK, {manual} to check by hand",
  },
  "report.verbose-hint": {
    ja: "手動で確認する項目の確認のしかたは、「--verbose」を付けると表示されます。",
    en: "Add --verbose to see how to check the items marked “check by hand”.",
  },
  "report.checked": { ja: "問題なしの項目", en: "Checked and OK" },
  "report.manual": { ja: "手動で確認する項目", en: "To check by hand" },
  "report.policy-errors": { ja: "ポリシー設定の誤り", en: "Problems in the policy file" },
});
