/**
 * policy.json validation: the lines that tell IT which field was refused, why, and what Todoku
 * uses instead. `path` is the field as written in the file; `reason` is one of the policy.rule.*,
 * policy.type.* or policy.value.* texts below.
 */
import { defineMessages } from "./types";

export const POLICY_MESSAGES = defineMessages({
  // The schema's own rules: schema.ts passes the English text to zod as the issue message, and
  // errors.ts recognises it again by that text, so the English must stay stable.
  "policy.rule.service-url": {
    ja: "「https://」で始まる URL を指定してください（「http://」は 127.0.0.1 と「localhost」に限り使えます）",
    en: "must be an https URL (http is allowed only for 127.0.0.1/localhost)",
  },
  "policy.rule.extension": {
    ja: "「.xyz」のような拡張子を指定してください",
    en: "must be a file extension such as .xyz",
  },
  "policy.rule.domain": {
    ja: "ドメイン名（例：「contoso.co.jp」）を指定してください",
    en: "must be a domain name",
  },
  "policy.rule.email": { ja: "メールアドレスを指定してください", en: "must be an e-mail address" },

  "policy.type.number": { ja: "数値で指定してください", en: "must be a number" },
  "policy.type.int": { ja: "整数で指定してください", en: "must be a whole number" },
  "policy.type.boolean": {
    ja: "「true」または「false」で指定してください",
    en: "must be true or false",
  },
  "policy.type.string": {
    ja: "文字列（二重引用符で囲んだ値）で指定してください",
    en: 'must be text in quotes ("…")',
  },
  "policy.type.array": { ja: "リスト（[…]）で指定してください", en: "must be a list ([…])" },
  // `shape` is the JSON braces "{…}", passed as a value because a catalogue text has no bare braces.
  "policy.type.object": {
    params: { shape: "code" },
    ja: "オブジェクト（{shape}）で指定してください",
    en: "must be an object ({shape})",
  },
  "policy.type.other": {
    params: { expected: "code" },
    ja: "値の種類が違います（{expected} で指定してください）",
    en: "has the wrong type (expected {expected})",
  },

  "policy.value.min-length": {
    params: { n: "code" },
    ja: "{n} 文字以上で指定してください",
    en: "must be at least {n} characters long",
  },
  "policy.value.min-entries": {
    params: { n: "code" },
    ja: "{n} 件以上指定してください",
    en: "must list at least {n} entries",
  },
  "policy.value.more-than": {
    params: { n: "code" },
    ja: "{n} より大きい値を指定してください",
    en: "must be more than {n}",
  },
  "policy.value.at-least": {
    params: { n: "code" },
    ja: "{n} 以上の値を指定してください",
    en: "must be at least {n}",
  },
  "policy.value.max-length": {
    params: { n: "code" },
    ja: "{n} 文字以内で指定してください",
    en: "must be at most {n} characters long",
  },
  "policy.value.max-entries": {
    params: { n: "code" },
    ja: "{n} 件以内で指定してください",
    en: "must list at most {n} entries",
  },
  "policy.value.less-than": {
    params: { n: "code" },
    ja: "{n} より小さい値を指定してください",
    en: "must be less than {n}",
  },
  "policy.value.at-most": {
    params: { n: "code" },
    ja: "{n} 以下の値を指定してください",
    en: "must be at most {n}",
  },
  "policy.value.one-of": {
    params: { values: "list" },
    ja: "{values} のいずれかを指定してください",
    en: "must be one of {values}",
  },
  "policy.value.format": { ja: "形式が正しくありません", en: "is not in the expected format" },
  "policy.value.invalid": { ja: "値が正しくありません", en: "is not a valid value" },

  "policy.refused-field": {
    params: { path: "code", reason: "phrase" },
    ja: "{path}：{reason}。この項目には既定値を使用しています。",
    en: "{path}: {reason}; the default is used",
  },
  "policy.refused-list-entry": {
    params: { path: "code", reason: "phrase" },
    ja: "{path}：{reason}。この一覧全体に既定値を使用しています。",
    en: "{path}: {reason}; the whole list falls back to its default",
  },
  "policy.unknown-field": {
    params: { path: "code" },
    ja: "{path}：Todoku が知らない項目のため、無視しました。項目名のつづりをご確認ください。",
    en: "{path}: unknown field, ignored",
  },
  "policy.not-an-object": {
    params: { shape: "code" },
    ja: "（全体）：ファイル全体を JSON のオブジェクト（{shape}）にしてください。すべての項目に既定値を使用しています。",
    en: "(root): must be a JSON object ({shape}); the defaults are used",
  },
  "policy.not-json": {
    params: { why: "text" },
    ja: "（ファイル）：JSON として読み取れません（{why}）。すべての項目に既定値を使用しています。",
    en: "(file): not valid JSON ({why}); the defaults are used",
  },
  "policy.unreadable-file": {
    params: { file: "text", why: "text" },
    ja: "{file}：ポリシーファイルを読み込めません（{why}）。",
    en: "{file}: cannot read the policy file ({why})",
  },
});
