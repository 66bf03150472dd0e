/** Plain meanings of authentication results, for the pane's table beside the raw value. */
import { text, type LabelKey } from "../messages";
import type { Localized } from "../model/i18n";

// The texts live in the catalogue (messages/auth.ts); here only which value maps to which key.
const METHOD_KEYS: Readonly<Record<string, LabelKey>> = {
  spf: "auth.method.spf",
  dkim: "auth.method.dkim",
  dmarc: "auth.method.dmarc",
  compauth: "auth.method.compauth",
  arc: "auth.method.arc",
};

const RESULT_KEYS: Readonly<Record<string, LabelKey>> = {
  pass: "auth.result.pass",
  fail: "auth.result.fail",
  hardfail: "auth.result.fail",
  softfail: "auth.result.softfail",
  neutral: "auth.result.neutral",
  none: "auth.result.none",
  temperror: "auth.result.temperror",
  permerror: "auth.result.permerror",
  policy: "auth.result.policy",
  bestguesspass: "auth.result.bestguesspass",
};

function localized(key: LabelKey): Localized {
  return text(key, {});
}

function lookup(table: Readonly<Record<string, LabelKey>>, name: string): LabelKey | undefined {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

export function authMethodName(method: string): Localized {
  const key = lookup(METHOD_KEYS, method.toLowerCase());
  return key ? localized(key) : { ja: method, en: method };
}

/** What a result means; compauth pass/fail/softpass are described in Microsoft's terms. */
export function authResultMeaning(method: string, result: string): Localized | undefined {
  const r = result.toLowerCase();
  if (method.toLowerCase() === "compauth" && r === "softpass")
    return localized("auth.result.compauth-softpass");
  const key = lookup(RESULT_KEYS, r);
  return key ? localized(key) : undefined;
}
