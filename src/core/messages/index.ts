/**
 * The message catalogue: every sentence, fix, label and "how to check by hand" text a user reads,
 * in Japanese and English, keyed by finding rule id or label key. Checks pass rule ids and values;
 * the texts are rendered here. How to add an entry: README.md in this folder.
 */
import { finding, type Finding, type ItemId, type Severity } from "../model/finding";
import type { Lang, Localized } from "../model/i18n";
import { fill, type RenderOptions } from "./format";
import type { MessageEntry, ParamKinds, ValuesOf } from "./types";
import { ANTISPAM_MESSAGES } from "./antispam";
import { ATTACHMENT_MESSAGES } from "./attachments";
import { AUTH_MESSAGES } from "./auth";
import { BODY_MESSAGES } from "./body";
import { BOUNCE_MESSAGES } from "./bounce";
import { BOUNCE_DELAY_MESSAGES } from "./bounce-delay";
import { COMMON_MESSAGES } from "./common";
import { DNS_MESSAGES } from "./dns";
import { GRAPH_MESSAGES } from "./graph";
import { GRAPH_FAILURE_MESSAGES } from "./graph-failures";
import { HEADER_MESSAGES } from "./headers";
import { INPUT_MESSAGES } from "./input";
import { ITEM_MESSAGES } from "./items";
import { LIMITS_MESSAGES } from "./limits";
import { PANE_MESSAGES } from "./pane";
import { POLICY_MESSAGES } from "./policy";
import { READINESS_MESSAGES } from "./readiness";
import { RECEIVED_MESSAGES } from "./received";
import { RECIPIENT_MESSAGES } from "./recipients";
import { REPORT_MESSAGES } from "./report";
import { RESEND_MESSAGES } from "./resend";
import { SENDCHECK_MESSAGES } from "./sendcheck";
import { SIZE_MESSAGES } from "./size";
import { SOURCE_MESSAGES } from "./sources";
import { SUBJECT_MESSAGES } from "./subject";
import { TRACE_MESSAGES } from "./trace";
import { TRIAGE_STEP_MESSAGES } from "./triage-steps";
import { TRIAGE_MESSAGES } from "./triage";
import { VERDICT_MESSAGES } from "./verdict";

export type { ParamKind, MessageEntry, Texts, ValuesOf } from "./types";
export { defineMessages } from "./types";
export type { RenderOptions } from "./format";
export { formatDate, formatSize } from "./format";

/**
 * Every catalogue module, by name. A new module is added here, once, and nowhere else; the
 * catalogue test reads this list, so an entry outside it is never shown and never checked.
 */
export const MESSAGE_MODULES = {
  common: COMMON_MESSAGES,
  antispam: ANTISPAM_MESSAGES,
  attachments: ATTACHMENT_MESSAGES,
  auth: AUTH_MESSAGES,
  body: BODY_MESSAGES,
  bounce: BOUNCE_MESSAGES,
  bounceDelay: BOUNCE_DELAY_MESSAGES,
  dns: DNS_MESSAGES,
  graph: GRAPH_MESSAGES,
  graphFailures: GRAPH_FAILURE_MESSAGES,
  headers: HEADER_MESSAGES,
  input: INPUT_MESSAGES,
  items: ITEM_MESSAGES,
  limits: LIMITS_MESSAGES,
  pane: PANE_MESSAGES,
  policy: POLICY_MESSAGES,
  readiness: READINESS_MESSAGES,
  received: RECEIVED_MESSAGES,
  recipients: RECIPIENT_MESSAGES,
  report: REPORT_MESSAGES,
  resend: RESEND_MESSAGES,
  sendcheck: SENDCHECK_MESSAGES,
  size: SIZE_MESSAGES,
  sources: SOURCE_MESSAGES,
  subject: SUBJECT_MESSAGES,
  trace: TRACE_MESSAGES,
  triageSteps: TRIAGE_STEP_MESSAGES,
  triage: TRIAGE_MESSAGES,
  verdict: VERDICT_MESSAGES,
} as const;

type Modules = typeof MESSAGE_MODULES;
type AllEntries = { [M in keyof Modules]: Modules[M] }[keyof Modules];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never;
type Catalogue = UnionToIntersection<AllEntries>;

/** Every key of the catalogue. */
export type MessageKey = keyof Catalogue & string;
/** The values a key's text needs, typed by each parameter's kind. */
export type ParamsOf<K extends MessageKey> = ValuesOf<Catalogue[K]>;

/** The keys whose text takes no parameters: labels and fixed phrases. */
export type LabelKey = {
  [K in MessageKey]: Catalogue[K] extends { readonly params: ParamKinds } ? never : K;
}[MessageKey];

/** All entries in one lookup table (the test proves no key is defined twice). */
export const MESSAGES: Readonly<Record<string, MessageEntry>> = Object.assign(
  Object.create(null) as Record<string, MessageEntry>,
  ...Object.values(MESSAGE_MODULES)
);

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

function entry(key: string): MessageEntry | undefined {
  return hasMessage(key) ? MESSAGES[key] : undefined;
}

/** One text in one language. */
export function render<K extends MessageKey>(
  key: K,
  params: ParamsOf<K>,
  lang: Lang,
  options?: RenderOptions
): string {
  return renderKey(key, params, lang, options) ?? key;
}

/** A label or fixed phrase in one language. */
export function label(key: LabelKey, lang: Lang): string {
  return renderKey(key, {}, lang) ?? key;
}

/**
 * The same for a key known only at run time (read from a file, a report, a policy). Unknown keys
 * give undefined; values of the wrong type are shown as text, never thrown on.
 */
export function renderKey(
  key: string,
  params: Readonly<Record<string, unknown>>,
  lang: Lang,
  options?: RenderOptions
): string | undefined {
  const e = entry(key);
  return e ? fill(e[lang], e.params, params, lang, options) : undefined;
}

/** One text in both languages (core code does not pick a language; the surfaces do). */
export function text<K extends MessageKey>(
  key: K,
  params: ParamsOf<K>,
  options?: RenderOptions
): Localized {
  const e = entry(key);
  if (!e) return { ja: key, en: key };
  return {
    ja: fill(e.ja, e.params, params, "ja", options),
    en: fill(e.en, e.params, params, "en", options),
  };
}

/**
 * The same for a key built at run time (`item.${id}.title`); an unknown key gives the key itself,
 * which the catalogue test makes impossible for every key the code builds.
 */
export function textOf(key: string, params: Readonly<Record<string, unknown>> = {}): Localized {
  return {
    ja: renderKey(key, params, "ja") ?? key,
    en: renderKey(key, params, "en") ?? key,
  };
}

/** The fix of a key in both languages, when it has one. */
export function fixText<K extends MessageKey>(
  key: K,
  params: ParamsOf<K>,
  options?: RenderOptions
): Localized | undefined {
  const e = entry(key);
  if (!e?.fix) return undefined;
  return {
    ja: fill(e.fix.ja, e.params, params, "ja", options),
    en: fill(e.fix.en, e.params, params, "en", options),
  };
}

/**
 * A reason and its fix from one entry, for an unavailable source (`Unavailable`). A missing fix
 * is blank, which the checks fill from the source's fallback.
 */
export function reasonAndFix<K extends MessageKey>(
  key: K,
  params: ParamsOf<K>
): { reason: Localized; fix: Localized } {
  return { reason: text(key, params), fix: fixText(key, params) ?? { ja: "", en: "" } };
}

/** Sentences in both languages joined into one paragraph. */
export function joinTexts(parts: readonly Localized[]): Localized {
  return {
    ja: parts
      .map((p) => p.ja)
      .filter(Boolean)
      .join(""),
    en: parts
      .map((p) => p.en)
      .filter(Boolean)
      .join(" "),
  };
}

/** Phrases listed in both languages ("a、b" / "a, b"). */
export function joinPhrases(parts: readonly Localized[]): Localized {
  return { ja: parts.map((p) => p.ja).join("、"), en: parts.map((p) => p.en).join(", ") };
}

export interface SayExtra {
  /** The user's own data the finding is about: an address, a file name, a header value. */
  evidence?: string | undefined;
  /** Further sentences (from `text(...)`) appended to the message. */
  more?: readonly Localized[] | undefined;
  /** A fix other than the entry's own (from `text(...)` of another key). */
  fix?: Localized | undefined;
  /** No fix, even when the entry has one. */
  noFix?: boolean | undefined;
  who?: Finding["who"];
  link?: string | undefined;
}

/**
 * A finding whose message (and fix) come from the catalogue entry named by its rule id. The
 * parameters are checked against the entry at compile time.
 */
export function say<K extends MessageKey>(
  item: ItemId,
  rule: K,
  severity: Severity,
  params: ParamsOf<K>,
  extra: SayExtra = {}
): Finding {
  return sayAs(item, rule, rule, severity, params, extra);
}

/**
 * The same where one rule is said in several ways (`attachment.checked` with and without
 * attachments): the text comes from `key`, the finding keeps `rule` for the report contract.
 */
export function sayAs<K extends MessageKey>(
  item: ItemId,
  rule: string,
  key: K,
  severity: Severity,
  params: ParamsOf<K>,
  extra: SayExtra = {}
): Finding {
  const main = text(key, params);
  const message = extra.more?.length ? joinTexts([main, ...extra.more]) : main;
  const fix = extra.noFix ? undefined : (extra.fix ?? fixText(key, params));
  return finding(item, rule, severity, message, {
    evidence: extra.evidence,
    fix,
    who: extra.who,
    link: extra.link,
  });
}
