/**
 * The lines that tell IT what is wrong in policy.json, in Japanese and English: the field's path
 * (as written in the file), why its value was refused, and what Todoku does instead. zod's own
 * messages are English only, so each kind of issue is described here from its details
 * (expected type, bound, allowed values); the schema's own rules carry their text in RULES.
 */
import type { Localized } from "../model/i18n";

/** One problem in policy.json, ready to show in the reader's language. */
export type PolicyError = Localized;

/** The schema's own rules; schema.ts uses the English text as the zod message. */
export const RULES = {
  serviceUrl: {
    en: "must be an https URL (http is allowed only for 127.0.0.1/localhost)",
    ja: "https で始まる URL を指定してください(http は 127.0.0.1 と localhost に限り使えます)",
  },
  extension: {
    en: "must be a file extension such as .xyz",
    ja: "「.xyz」のような拡張子を指定してください",
  },
  domain: {
    en: "must be a domain name",
    ja: "ドメイン名(例: contoso.co.jp)を指定してください",
  },
  email: {
    en: "must be an e-mail address",
    ja: "メールアドレスを指定してください",
  },
} satisfies Record<string, Localized>;

/** The parts of a zod issue this module reads (zod 4's issue shapes, loosely). */
export interface IssueLike {
  code: string;
  message: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  values?: unknown;
  format?: unknown;
}

const TYPES: Record<string, Localized> = {
  number: { en: "must be a number", ja: "数値で指定してください" },
  int: { en: "must be a whole number", ja: "整数で指定してください" },
  boolean: { en: "must be true or false", ja: "true または false で指定してください" },
  string: { en: 'must be text in quotes ("…")', ja: '文字列("…" で囲んだ値)で指定してください' },
  array: { en: "must be a list ([…])", ja: "リスト([…])で指定してください" },
  object: { en: "must be an object ({…})", ja: "オブジェクト({…})で指定してください" },
};

function bound(value: unknown): string {
  return typeof value === "number" || typeof value === "bigint" ? String(value) : "?";
}

function tooSmall(issue: IssueLike): Localized {
  const n = bound(issue.minimum);
  if (issue.origin === "string")
    return { en: `must be at least ${n} characters long`, ja: `${n} 文字以上で指定してください` };
  if (issue.origin === "array")
    return { en: `must list at least ${n} entries`, ja: `${n} 件以上指定してください` };
  return issue.inclusive === false
    ? { en: `must be more than ${n}`, ja: `${n} より大きい値を指定してください` }
    : { en: `must be at least ${n}`, ja: `${n} 以上の値を指定してください` };
}

function tooBig(issue: IssueLike): Localized {
  const n = bound(issue.maximum);
  if (issue.origin === "string")
    return { en: `must be at most ${n} characters long`, ja: `${n} 文字以内で指定してください` };
  if (issue.origin === "array")
    return { en: `must list at most ${n} entries`, ja: `${n} 件以内で指定してください` };
  return issue.inclusive === false
    ? { en: `must be less than ${n}`, ja: `${n} より小さい値を指定してください` }
    : { en: `must be at most ${n}`, ja: `${n} 以下の値を指定してください` };
}

const GENERIC: Localized = { en: "is not a valid value", ja: "値が正しくありません" };

/** Why a value was refused, in both languages. */
export function issueReason(issue: IssueLike): Localized {
  const own = Object.values(RULES).find((r) => r.en === issue.message);
  if (own) return own;
  switch (issue.code) {
    case "invalid_type": {
      const known = TYPES[String(issue.expected)];
      if (known) return known;
      const expected = String(issue.expected);
      return {
        en: `has the wrong type (expected ${expected})`,
        ja: `値の種類が違います(${expected} で指定してください)`,
      };
    }
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value": {
      const values = Array.isArray(issue.values) ? issue.values.map((v) => JSON.stringify(v)) : [];
      const list = values.join(", ");
      return values.length
        ? { en: `must be one of ${list}`, ja: `${list} のいずれかを指定してください` }
        : GENERIC;
    }
    case "invalid_format":
      return issue.format === "email"
        ? RULES.email
        : { en: "is not in the expected format", ja: "形式が正しくありません" };
    default:
      return GENERIC;
  }
}

/** A refused field: its default is used (for a list entry, the whole list's default). */
export function refusedField(path: string, reason: Localized, inList: boolean): PolicyError {
  return inList
    ? {
        en: `${path}: ${reason.en}; the whole list falls back to its default`,
        ja: `${path}: ${reason.ja}。この一覧全体に既定値を使用しています。`,
      }
    : {
        en: `${path}: ${reason.en}; the default is used`,
        ja: `${path}: ${reason.ja}。この項目には既定値を使用しています。`,
      };
}

export function unknownField(path: string): PolicyError {
  return {
    en: `${path}: unknown field, ignored`,
    ja: `${path}: Todoku が知らない項目のため、無視しました。項目名のつづりをご確認ください。`,
  };
}

export const NOT_AN_OBJECT: PolicyError = {
  en: "(root): must be a JSON object; the defaults are used",
  ja: "(全体): ファイル全体を JSON のオブジェクト({…})にしてください。すべての項目に既定値を使用しています。",
};

export function notJson(why: string): PolicyError {
  return {
    en: `(file): not valid JSON (${why}); the defaults are used`,
    ja: `(ファイル): JSON として読み取れません(${why})。すべての項目に既定値を使用しています。`,
  };
}

/** The policy file could not be read at all (CLI --policy). */
export function unreadablePolicyFile(file: string, why: string): PolicyError {
  return {
    en: `${file}: cannot read the policy file (${why})`,
    ja: `${file}: ポリシーファイルを読み込めません(${why})`,
  };
}
