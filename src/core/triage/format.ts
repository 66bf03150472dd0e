/** Small text helpers shared by the inquiry and the resend draft. Plain text only. */
import type { Lang } from "../model/i18n";

/** One line of text: control characters and line breaks become spaces (safe in a subject or a list). */
export function oneLine(value: string | undefined | null, max = 500): string {
  const text = typeof value === "string" ? value : "";
  const flat = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * An ISO date shown at a fixed offset, e.g. "2026-04-14 10:01:38 (UTC+09:00)". The offset is an
 * input, not the machine's zone, so that the same report always gives the same text.
 */
export function formatDateAt(iso: string, offsetMinutes: number, lang: Lang = "en"): string {
  const ms = Date.parse(iso);
  if (!iso || Number.isNaN(ms)) return oneLine(iso);
  const d = new Date(ms + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const zone = `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${lang === "ja" ? `（${zone}）` : ` (${zone})`}`;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Plain text to a minimal HTML body: every character escaped, line breaks as <br>. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
  return `<div>${escaped.replace(/\r\n|\r|\n/g, "<br>")}</div>`;
}
