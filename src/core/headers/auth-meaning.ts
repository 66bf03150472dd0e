/** Plain meanings of authentication results, for the pane's table beside the raw value. */
import type { Localized } from "../model/i18n";

const t = (ja: string, en: string): Localized => ({ ja, en });

const METHOD_NAMES: Record<string, Localized> = {
  spf: t("SPF(送信サーバーが許可されているか)", "SPF (is the sending server allowed?)"),
  dkim: t("DKIM(電子署名が正しいか)", "DKIM (is the signature valid?)"),
  dmarc: t(
    "DMARC(差出人ドメインと認証が一致するか)",
    "DMARC (does authentication match the From domain?)"
  ),
  compauth: t(
    "複合認証(Microsoft の総合判定)",
    "Composite authentication (Microsoft's overall verdict)"
  ),
  arc: t(
    "ARC(転送の途中での認証結果の引き継ぎ)",
    "ARC (authentication results carried across forwarding)"
  ),
};

const RESULTS: Record<string, Localized> = {
  pass: t("合格", "Passed"),
  fail: t("不合格(なりすましの疑い)", "Failed (possible forgery)"),
  hardfail: t("不合格(なりすましの疑い)", "Failed (possible forgery)"),
  softfail: t("弱い不合格(許可されていない送信元)", "Soft fail (a sender not listed as allowed)"),
  neutral: t("判定なし(送信側が明言していない)", "Neutral (the domain makes no statement)"),
  none: t("設定なし・署名なし", "Not set up or not signed"),
  temperror: t(
    "一時的なエラー(DNSの問い合わせ失敗など)",
    "Temporary error (a DNS lookup failed, for example)"
  ),
  permerror: t("設定の誤り(レコードを解釈できない)", "Permanent error (the record cannot be read)"),
  policy: t("ポリシーにより判定", "Decided by local policy"),
  bestguesspass: t("推定で合格(SPFレコードなし)", "Best-guess pass (no SPF record)"),
};

export function authMethodName(method: string): Localized {
  return METHOD_NAMES[method.toLowerCase()] ?? t(method, method);
}

/** What a result means; compauth pass/fail/softpass are described in Microsoft's terms. */
export function authResultMeaning(method: string, result: string): Localized | undefined {
  const r = result.toLowerCase();
  if (method.toLowerCase() === "compauth" && r === "softpass")
    return t("弱い合格(条件付きで信頼)", "Soft pass (trusted with conditions)");
  return RESULTS[r];
}
