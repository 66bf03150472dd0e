/** Plain meanings of Authentication-Results values, shown in the pane's header table beside the raw value. */
import { defineMessages } from "./types";

export const AUTH_MESSAGES = defineMessages({
  "auth.method.spf": {
    ja: "SPF（送信サーバーが許可されているか）",
    en: "SPF (is the sending server allowed?)",
  },
  "auth.method.dkim": {
    ja: "DKIM（電子署名が正しいか）",
    en: "DKIM (is the signature valid?)",
  },
  "auth.method.dmarc": {
    ja: "DMARC（差出人のドメインと認証結果が一致するか）",
    en: "DMARC (does authentication match the From domain?)",
  },
  "auth.method.compauth": {
    ja: "複合認証（Microsoft による総合判定）",
    en: "Composite authentication (Microsoft's overall verdict)",
  },
  "auth.method.arc": {
    ja: "ARC（転送の途中で引き継がれた認証結果）",
    en: "ARC (authentication results carried across forwarding)",
  },
  "auth.result.pass": { ja: "合格", en: "Passed" },
  "auth.result.fail": {
    ja: "不合格（なりすましの疑いがあります）",
    en: "Failed (possible forgery)",
  },
  "auth.result.softfail": {
    ja: "弱い不合格（許可されていない送信元です）",
    en: "Soft fail (a sender not listed as allowed)",
  },
  "auth.result.neutral": {
    ja: "判定なし（送信側のドメインが何も宣言していません）",
    en: "Neutral (the domain makes no statement)",
  },
  "auth.result.none": { ja: "設定なし、または署名なし", en: "Not set up or not signed" },
  "auth.result.temperror": {
    ja: "一時的なエラー（DNS の問い合わせの失敗など）",
    en: "Temporary error (a DNS lookup failed, for example)",
  },
  "auth.result.permerror": {
    ja: "設定の誤り（レコードを解釈できません）",
    en: "Permanent error (the record cannot be read)",
  },
  "auth.result.policy": { ja: "受信側のポリシーにより判定", en: "Decided by local policy" },
  "auth.result.bestguesspass": {
    ja: "推定で合格（SPFレコードはありません）",
    en: "Best-guess pass (no SPF record)",
  },
  "auth.result.compauth-softpass": {
    ja: "弱い合格（条件付きで信頼されています）",
    en: "Soft pass (trusted with conditions)",
  },
});
