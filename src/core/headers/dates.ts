/**
 * RFC 5322 date-time parsing for Received and Date headers.
 *
 * Written here rather than taken from Date.parse: engines disagree on what Date.parse accepts
 * (obsolete zones, two-digit years, comments, asctime), and Received lines use all of those.
 * Each pattern is a flat regular expression without nested quantifiers, so time is linear.
 */

export interface ParsedDate {
  /** Milliseconds since the epoch, UTC. */
  ms: number;
  /** ISO 8601 in UTC. */
  iso: string;
  /** The zone offset written in the header, in minutes east of UTC (JST = 540). */
  offsetMinutes: number;
  /**
   * False when the zone is a name this parser does not know ("IST" is India's, Israel's or
   * Ireland's): the time is then read as UTC (RFC 5322 4.3) and may be off by hours, so it is no
   * ground for a delay.
   */
  zoneKnown: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/**
 * RFC 5322 obsolete zone names, plus the abbreviations servers in Asia, Europe and Oceania write
 * alone that name one offset only (JST, KST, CET …). Ambiguous ones (IST, BST, China's CST) stay
 * unknown.
 */
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  pht: 480,
  awst: 480,
  ict: 420,
  wib: 420,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  wet: 0,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
};

// [dow ,] d mon yyyy hh:mm[:ss[.fff]] zone
const RFC5322 =
  /^(?:[a-z]{2,9}\s*(?:,\s*)?)?(\d{1,2})(?:\s*-\s*|\s+)([a-z]{3})[a-z]{0,6}\.?(?:\s*-\s*|\s+)(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*([+-]\d{4}|[+-]\d{2}:\d{2}|(?:gmt|utc)[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})?/i;
// asctime: dow mon d hh:mm:ss [zone] yyyy
const ASCTIME =
  /^(?:[a-z]{3}\s+)?([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:([a-z]{1,5}|[+-]\d{4})\s+)?(\d{4})/i;
// ISO 8601: yyyy-mm-ddThh:mm[:ss[.fff]](Z|±hh:mm)
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(z|[+-]\d{2}:?\d{2})?/i;

/** Longest date text considered; real ones are under 60 characters. */
const MAX_LENGTH = 200;

export function parseMailDate(text: string | undefined | null): ParsedDate | undefined {
  if (typeof text !== "string") return undefined;
  const cleaned = removeComments(text.slice(0, MAX_LENGTH)).trim();
  if (!cleaned) return undefined;
  return fromRfc5322(cleaned) ?? fromIso(cleaned) ?? fromAsctime(cleaned);
}

function fromRfc5322(s: string): ParsedDate | undefined {
  const m = RFC5322.exec(s);
  if (!m) return undefined;
  const month = MONTHS[(m[2] ?? "").toLowerCase()];
  if (month === undefined) return undefined;
  return build(
    fullYear(m[3] ?? ""),
    month,
    Number(m[1]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    zoneMinutes(m[7])
  );
}

function fromIso(s: string): ParsedDate | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const zone = m[7] ?? "z";
  return build(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
    zoneMinutes(zone)
  );
}

function fromAsctime(s: string): ParsedDate | undefined {
  const m = ASCTIME.exec(s);
  if (!m) return undefined;
  const month = MONTHS[(m[1] ?? "").toLowerCase()];
  if (month === undefined) return undefined;
  return build(
    Number(m[7]),
    month,
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    zoneMinutes(m[6])
  );
}

/** RFC 5322 4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years add 1900. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (text.length === 3) return 1900 + n;
  return n;
}

/**
 * Minutes east of UTC. A missing zone counts as UTC, as does "-0000" (UTC, local zone unknown);
 * a name not known here is undefined. "GMT+09:00" and "UTC+9" are read as their offsets.
 */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === "-" ? -minutes : minutes;
  }
  return NAMED_ZONES[zone.toLowerCase()];
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number | undefined
): ParsedDate | undefined {
  if (year < 1970 || year > 9999 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return undefined;
  if (Math.abs(offset ?? 0) > 14 * 60) return undefined;
  // Reject days the month does not have (31 Feb), which Date.UTC would roll over.
  if (day > daysInMonth(year, month)) return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const ms = local - (offset ?? 0) * 60_000;
  return {
    ms,
    iso: new Date(ms).toISOString(),
    offsetMinutes: offset ?? 0,
    zoneKnown: offset !== undefined,
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 0 = January). */
function daysInMonth(year: number, month: number): number {
  // An ISO text can name month 00 or 13+, which Date.UTC rolls into a neighbouring year: ask it.
  if (month < 0 || month > 11) return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  if (month !== 1) return DAYS_IN_MONTH[month] ?? 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** Drops parenthesised comments (nested ones too) in one pass. */
function removeComments(s: string): string {
  // Most dates carry no comment: skip the character-by-character copy for them.
  if (!s.includes("(")) return s;
  let depth = 0;
  let out = "";
  for (const c of s) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** Only the end of a header value is searched for a date that ends it. */
const DATE_TAIL_LENGTH = 120;
/** A date-time that ends the value: RFC 5322 ("Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)") or ISO-like. */
const TRAILING_DATE = [
  /(?:^|\s)((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*(?:[+-]\d{4}|[a-z]{1,5}))?(?:\s*\([^()]{0,40}\))?)\s*$/i,
  /(?:^|\s)(\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:\s*(?:z|[+-]\d{2}:?\d{2}))?(?:\s+utc)?)\s*$/i,
];

/**
 * Where a date-time that ends `raw` begins, or -1. For Received values whose date comes without
 * the ";" RFC 5321 puts before it (SendGrid writes "by filter… with SMTP id … 2018-04-22
 * 02:54:17.028 +0000 UTC"): without it the date was read as part of the id and the hop had no
 * time. The match only finds where the date starts; parseMailDate reads it.
 */
export function trailingDateStart(raw: string): number {
  const from = Math.max(0, raw.length - DATE_TAIL_LENGTH);
  const tail = raw.slice(from);
  for (const re of TRAILING_DATE) {
    const m = re.exec(tail);
    if (m?.[1]) return from + m.index + m[0].indexOf(m[1]);
  }
  return -1;
}
