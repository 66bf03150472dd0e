/**
 * The lines that tell IT what is wrong in policy.json, in Japanese and English: the field's path
 * (as written in the file), why its value was refused, and what Todoku does instead. zod's own
 * messages are English only, so each kind of issue is described from its details (expected type,
 * bound, allowed values); the schema's own rules carry their text in RULES. The sentences live in
 * the catalogue (messages/policy.ts); this module only picks the key and the values.
 */
import { text, type LabelKey } from "../messages";
import type { Localized } from "../model/i18n";

/** One problem in policy.json, ready to show in the reader's language. */
export type PolicyError = Localized;

/** The JSON braces, shown as a value (a catalogue text has no bare braces). */
const OBJECT_SHAPE = "{…}";

/** The schema's own rules; schema.ts uses the English text as the zod message. */
export const RULES = {
  serviceUrl: text("policy.rule.service-url", {}),
  extension: text("policy.rule.extension", {}),
  domain: text("policy.rule.domain", {}),
  email: text("policy.rule.email", {}),
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

const TYPES: Readonly<Record<string, LabelKey>> = {
  number: "policy.type.number",
  int: "policy.type.int",
  boolean: "policy.type.boolean",
  string: "policy.type.string",
  array: "policy.type.array",
};

function typeReason(expected: string): Localized {
  if (expected === "object") return text("policy.type.object", { shape: OBJECT_SHAPE });
  const key = Object.prototype.hasOwnProperty.call(TYPES, expected) ? TYPES[expected] : undefined;
  return key ? text(key, {}) : text("policy.type.other", { expected });
}

function bound(value: unknown): string {
  return typeof value === "number" || typeof value === "bigint" ? String(value) : "?";
}

function tooSmall(issue: IssueLike): Localized {
  const n = bound(issue.minimum);
  if (issue.origin === "string") return text("policy.value.min-length", { n });
  if (issue.origin === "array") return text("policy.value.min-entries", { n });
  return issue.inclusive === false
    ? text("policy.value.more-than", { n })
    : text("policy.value.at-least", { n });
}

function tooBig(issue: IssueLike): Localized {
  const n = bound(issue.maximum);
  if (issue.origin === "string") return text("policy.value.max-length", { n });
  if (issue.origin === "array") return text("policy.value.max-entries", { n });
  return issue.inclusive === false
    ? text("policy.value.less-than", { n })
    : text("policy.value.at-most", { n });
}

/** Why a value was refused, in both languages. */
export function issueReason(issue: IssueLike): Localized {
  const own = Object.values(RULES).find((r) => r.en === issue.message);
  if (own) return own;
  switch (issue.code) {
    case "invalid_type":
      return typeReason(String(issue.expected));
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value": {
      const values = Array.isArray(issue.values) ? issue.values.map((v) => JSON.stringify(v)) : [];
      return values.length
        ? text("policy.value.one-of", { values })
        : text("policy.value.invalid", {});
    }
    case "invalid_format":
      return issue.format === "email" ? RULES.email : text("policy.value.format", {});
    default:
      return text("policy.value.invalid", {});
  }
}

/** A refused field: its default is used (for a list entry, the whole list's default). */
export function refusedField(path: string, reason: Localized, inList: boolean): PolicyError {
  return text(inList ? "policy.refused-list-entry" : "policy.refused-field", { path, reason });
}

export function unknownField(path: string): PolicyError {
  return text("policy.unknown-field", { path });
}

export const NOT_AN_OBJECT: PolicyError = text("policy.not-an-object", { shape: OBJECT_SHAPE });

export function notJson(why: string): PolicyError {
  return text("policy.not-json", { why });
}

/** The policy file could not be read at all (CLI --policy). */
export function unreadablePolicyFile(file: string, why: string): PolicyError {
  return text("policy.unreadable-file", { file, why });
}
