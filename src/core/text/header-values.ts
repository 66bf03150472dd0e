/** Syntax of the header values the header check judges: Date, Message-ID and address lists. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Removes RFC 5322 comments "( … )" (nesting and escapes allowed) in one pass. */
export function stripComments(value: string): string {
  // Most values carry no comment: skip the character-by-character copy for them.
  if (!value.includes("(")) return value;
  let depth = 0;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\" && depth > 0) {
      i++;
      continue;
    }
    if (ch === "(") depth++;
    else if (ch === ")" && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

const DATE =
  /^(?:(mon|tue|wed|thu|fri|sat|sun)[ \t]*,[ \t]*)?(\d{1,2})[ \t]+([a-z]{3})[ \t]+(\d{2,4})[ \t]+(\d{1,2}):(\d{2})(?::(\d{2}))?[ \t]+([+-]\d{4}|ut|gmt|[ecmp][sd]t|[a-ik-z])$/i;

/**
 * Whether a Date header value is an RFC 5322 date-time (obsolete 2-digit years and named zones
 * allowed) that names a real calendar day and time. Returns the reason when it is not.
 */
export function checkDateHeader(value: string): { ok: true } | { ok: false; reason: string } {
  const v = stripComments(value)
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
  if (v === "") return { ok: false, reason: "empty" };
  if (v.length > 100) return { ok: false, reason: "too long" };
  const m = DATE.exec(v);
  if (!m) return { ok: false, reason: 'not in the form "Mon, 1 Jan 2024 10:00:00 +0900"' };
  const month = MONTHS.indexOf((m[3] ?? "").toLowerCase());
  if (month < 0) return { ok: false, reason: `unknown month "${m[3]}"` };
  let year = Number(m[4]);
  if ((m[4] ?? "").length === 2) year += year < 50 ? 2000 : 1900;
  else if ((m[4] ?? "").length === 3) year += 1900;
  const day = Number(m[2]);
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return { ok: false, reason: `day ${day} does not exist in that month` };
  if (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[7] ?? 0) > 60)
    return { ok: false, reason: "impossible time of day" };
  if (year < 1970) return { ok: false, reason: `year ${year}` };
  return { ok: true };
}

/** Message-ID: "<left@right>" with no spaces or brackets inside (comments around are allowed). */
export function isValidMessageId(value: string): boolean {
  const v = stripComments(value).trim();
  return v.length <= 998 && /^<[^<>\s@"]+@[^<>\s@]+>$/.test(v);
}

/** Splits an address-list header value at top-level commas (not inside quotes, <> or comments). */
export function splitAddressList(value: string): string[] {
  const parts: string[] = [];
  let inQuote = false;
  let angle = 0;
  let comment = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    if (comment > 0) {
      if (ch === "(") comment++;
      else if (ch === ")") comment--;
      continue;
    }
    if (ch === '"') inQuote = true;
    else if (ch === "(") comment++;
    else if (ch === "<") angle++;
    else if (ch === ">" && angle > 0) angle--;
    else if (ch === "," && angle === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}
