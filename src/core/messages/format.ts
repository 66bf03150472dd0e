/**
 * Renders one catalogue text: fills `{name}` placeholders with values formatted for the reader's
 * language, and picks English singular/plural words with `{name|one|other}`.
 *
 * Our own small syntax rather than ICU MessageFormat (intl-messageformat): the only grammar we
 * need is the English plural of a noun, and the ICU parser would add its weight to the pane and
 * to the send-time check for that alone. The catalogue test keeps every text within this syntax.
 */
import formatBytes from "bytes";
import type { Lang } from "../model/i18n";
import type { ParamKind, ParamKinds } from "./types";

export interface RenderOptions {
  /**
   * The reader's offset from UTC in minutes (Tokyo: 540). Without it each date is shown in the
   * local time of the machine that renders it, as the reader sees their clock.
   */
  utcOffsetMinutes?: number | undefined;
}

/** `{name}` or `{name|singular|plural}`; names are ASCII identifiers. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

const pad2 = (n: number): string => String(n).padStart(2, "0");

function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** "2026-04-14 09:30 (UTC+09:00)"; full-width parentheses in Japanese. */
export function formatDate(value: unknown, lang: Lang, options: RenderOptions = {}): string {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === "number"
        ? value
        : typeof value === "string"
          ? Date.parse(value)
          : NaN;
  if (!Number.isFinite(ms)) return typeof value === "string" ? value : "";
  const offset = options.utcOffsetMinutes ?? -new Date(ms).getTimezoneOffset();
  // Shifting by the offset and reading the UTC fields gives the wall clock at that offset.
  const d = new Date(ms + offset * 60_000);
  if (!Number.isFinite(d.getTime())) return typeof value === "string" ? value : "";
  const wall =
    `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
  return lang === "ja" ? `${wall}（${offsetLabel(offset)}）` : `${wall} (${offsetLabel(offset)})`;
}

const raw = (value: unknown): string =>
  value === undefined || value === null ? "" : typeof value === "string" ? value : String(value);

/** "38.3 MB" (binary units, as Outlook and Exchange state their limits); below 1 KB in words. */
export function formatSize(value: unknown, lang: Lang): string {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return raw(value);
  if (value < 1024)
    return lang === "ja" ? `${Math.round(value)} バイト` : `${Math.round(value)} bytes`;
  return formatBytes(value, { unitSeparator: " ", decimalPlaces: 1 }) ?? raw(value);
}

/**
 * Digits grouped by thousands, by hand: classic Outlook's bare send-check engine has been seen
 * without Intl, and these texts are rendered there too.
 */
function grouped(n: number): string {
  const sign = n < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n)));
  if (!/^\d+$/.test(digits)) return String(n); // 1e+21 and beyond: as JavaScript writes it
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return sign + out;
}

/** Up to two decimals, trailing zeros dropped ("5.2", "0.05"). */
const decimal = (n: number): string => String(Number(n.toFixed(2)));

export function formatValue(
  kind: ParamKind | undefined,
  value: unknown,
  lang: Lang,
  options: RenderOptions
): string {
  switch (kind) {
    case "count":
      return typeof value === "number" && Number.isFinite(value) ? grouped(value) : raw(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? decimal(value) : raw(value);
    case "bytes":
      return formatSize(value, lang);
    case "date":
      return formatDate(value, lang, options);
    case "phrase": {
      const p = value as { ja?: unknown; en?: unknown } | null | undefined;
      return p && typeof p === "object" ? raw(p[lang]) : raw(value);
    }
    case "list":
      return Array.isArray(value) ? value.map(raw).join(lang === "ja" ? "、" : ", ") : raw(value);
    default:
      return raw(value);
  }
}

/**
 * Fills a template. A missing value renders as nothing rather than a raw `{name}`; bad values
 * never throw (the texts are shown on every path, including error paths).
 */
export function fill(
  template: string,
  kinds: ParamKinds | undefined,
  values: Readonly<Record<string, unknown>>,
  lang: Lang,
  options: RenderOptions = {}
): string {
  const parts = compiled(template);
  if (parts.length === 1 && typeof parts[0] === "string") return parts[0];
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const value = Object.prototype.hasOwnProperty.call(values, part.name)
      ? values[part.name]
      : undefined;
    out +=
      part.plural !== undefined
        ? value === 1
          ? part.plural[0]
          : part.plural[1]
        : formatValue(kinds?.[part.name], value, lang, options);
  }
  return out;
}

/** A template cut at its placeholders: literal text and `{name}` / `{name|one|other}` slots. */
type TemplatePart = string | { name: string; plural?: [one: string, other: string] };

/**
 * Templates cut once and kept: a report fills a few hundred texts from a catalogue of a few
 * hundred templates, and the regular expression per fill was the largest single cost of the
 * checks in a bulk CLI run. Bounded by the catalogue (plus the few texts policy files add).
 */
const COMPILED = new Map<string, TemplatePart[]>();
const MAX_COMPILED = 4096;

function compiled(template: string): TemplatePart[] {
  const known = COMPILED.get(template);
  if (known) return known;
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const index = m.index ?? 0;
    if (index > at) parts.push(template.slice(at, index));
    const name = m[1] ?? "";
    const one = m[2];
    const other = m[3];
    parts.push(
      one !== undefined && other !== undefined ? { name, plural: [one, other] } : { name }
    );
    at = index + m[0].length;
  }
  if (at < template.length || parts.length === 0) parts.push(template.slice(at));
  if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
  COMPILED.set(template, parts);
  return parts;
}

/** The placeholders a template uses, by name (for the catalogue test and tooling). */
export function placeholders(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (m) => m[1] ?? "");
}
