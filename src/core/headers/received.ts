/**
 * Received header parsing (RFC 5321 4.4 trace fields) and the hop list with delays.
 *
 * Headers are prepended by each server, so the first Received field is the last hop. The hop
 * list here is in delivery order (oldest first), and each hop's delay is the time since the
 * previous known time (for the first hop: since the Date header, when there is one).
 */
import { parseMailDate, trailingDateStart } from "./dates";
import { Scanner } from "./scan";

export interface ReceivedFields {
  from?: string | undefined;
  /** The comment after the from-domain, e.g. "mail.example.jp [203.0.113.5]". */
  fromComment?: string | undefined;
  /** The connecting IP found in the from-clause, when written. */
  fromIp?: string | undefined;
  by?: string | undefined;
  via?: string | undefined;
  with?: string | undefined;
  id?: string | undefined;
  for?: string | undefined;
  /** The date text after the last ";", as written. */
  dateText?: string | undefined;
}

export interface ReceivedHop extends ReceivedFields {
  /** 1-based position in delivery order (1 = the first server that received it). */
  hop: number;
  /** ISO 8601 (UTC) time of this hop; undefined when the date is missing or unreadable. */
  time?: string | undefined;
  timeMs?: number | undefined;
  /**
   * Seconds since the previous known time. Negative means the clocks of two servers disagree
   * (the times cannot be trusted for this hop); undefined when either time is unknown.
   */
  delaySeconds?: number | undefined;
  /**
   * Set when this hop's wait is not time in transit (analyzeHeaders): "mailbox", the mail lay
   * delivered in a mailbox until a program fetched it (POP3/IMAP); "implausible", longer than any
   * server queues a mail, so a clock is wrong or Received lines were spliced.
   */
  waitKind?: "mailbox" | "implausible" | undefined;
  /**
   * True when delaySeconds is measured from the Date header (the first hop with a time): the wait
   * before the first server took the mail, in the sending device or program, not between servers.
   */
  sinceDate?: true | undefined;
  raw: string;
}

type ClauseKey = "from" | "by" | "via" | "with" | "id" | "for";
const KEYWORDS = new Set<string>(["from", "by", "via", "with", "id", "for"]);
const MAX_VALUE_LENGTH = 16 * 1024;

/** Parses one Received value. Never throws; unknown parts are ignored. */
export function parseReceived(value: string): ReceivedFields {
  const raw = typeof value === "string" ? value.slice(0, MAX_VALUE_LENGTH) : "";
  const out: ReceivedFields = {};
  const semi = lastSemicolonOutsideComments(raw);
  let clauses = semi >= 0 ? raw.slice(0, semi) : raw;
  if (semi >= 0) {
    const dateText = raw.slice(semi + 1).trim();
    if (dateText) out.dateText = dateText;
  } else {
    const at = trailingDateStart(raw);
    if (at >= 0) {
      out.dateText = raw.slice(at).trim();
      clauses = raw.slice(0, at);
    }
  }
  const s = new Scanner(clauses);
  // A clause is a keyword and the words up to the next keyword ("with Microsoft SMTP Server").
  let key: ClauseKey | undefined;
  let words: string[] = [];
  const flush = () => {
    if (key !== undefined && words.length > 0 && out[key] === undefined) out[key] = words.join(" ");
    words = [];
  };
  while (!s.done) {
    const comments = s.skipCfws();
    if (comments.length > 0 && key === "from" && out.fromComment === undefined)
      out.fromComment = comments.join(" ");
    if (s.done) break;
    const word = s.peek() === "<" ? readAngle(s) : s.readUntil("");
    if (!word) {
      s.pos++;
      continue;
    }
    const lower = word.toLowerCase();
    if (KEYWORDS.has(lower) && (words.length > 0 || key === undefined)) {
      flush();
      key = lower as ClauseKey;
      continue;
    }
    if (key !== undefined && words.length < 8) words.push(word);
  }
  flush();
  const ip = findIp(out.fromComment) ?? findIp(out.from);
  if (ip) out.fromIp = ip;
  return out;
}

/** Reads "<…>" as one word (a for-clause address may contain spaces in broken headers). */
function readAngle(s: Scanner): string {
  const start = s.pos;
  const end = s.text.indexOf(">", start);
  s.pos = end < 0 ? s.text.length : end + 1;
  return s.text.slice(start, s.pos);
}

function lastSemicolonOutsideComments(s: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (c === ";" && depth === 0) last = i;
  }
  return last;
}

const IPV4 = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/;
const BRACKETED = /\[(?:IPv6:)?([0-9a-f:.]{2,45})\]/i;
const BARE_IPV6 = /(?:^|[\s(])((?:[0-9a-f]{1,4}:){2,7}[0-9a-f:]{0,4}[0-9a-f])(?=$|[\s)%])/i;

function findIp(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return BRACKETED.exec(text)?.[1] ?? IPV4.exec(text)?.[1] ?? BARE_IPV6.exec(text)?.[1];
}

/**
 * The hops of a message in delivery order, with times and delays.
 * @param receivedValues the Received values in header order (newest first), as in the message
 * @param sentDate the Date header, used as the starting time of the first hop
 */
export function receivedHops(
  receivedValues: readonly string[],
  sentDate?: string | undefined
): ReceivedHop[] {
  return hopsSince(receivedValues, parseMailDate(sentDate)?.ms);
}

/** receivedHops with the Date header already parsed (analyzeHeaders reads it once for all uses). */
export function hopsSince(
  receivedValues: readonly string[],
  sentMs: number | undefined
): ReceivedHop[] {
  const hops: ReceivedHop[] = [];
  let previousMs = sentMs;
  const ordered = [...receivedValues].reverse();
  ordered.forEach((raw, i) => {
    const fields = parseReceived(raw);
    const hop: ReceivedHop = { hop: i + 1, ...fields, raw };
    const parsed = parseMailDate(fields.dateText);
    // A time in a zone not known here may be hours off: no delay is measured from or to it.
    if (parsed?.zoneKnown) {
      hop.time = parsed.iso;
      hop.timeMs = parsed.ms;
      if (previousMs !== undefined) hop.delaySeconds = Math.round((parsed.ms - previousMs) / 1000);
      previousMs = parsed.ms;
    }
    hops.push(hop);
  });
  return hops;
}

/**
 * A hop written by a program that fetched the mail from a mailbox (fetchmail "with POP3", "with
 * IMAP"): its wait is the time the mail lay delivered in that mailbox, not a delay in transit.
 */
export function isMailboxFetch(hop: Pick<ReceivedHop, "with">): boolean {
  return /^(pop|imap)/i.test(hop.with ?? "");
}

/** Seconds from the first known time (Date header or first hop) to the last hop; undefined if unknown. */
export function totalDelaySeconds(
  hops: readonly ReceivedHop[],
  sentDate?: string | undefined
): number | undefined {
  return totalDelaySince(hops, parseMailDate(sentDate)?.ms);
}

/** totalDelaySeconds with the Date header already parsed. */
export function totalDelaySince(
  hops: readonly ReceivedHop[],
  sentMs: number | undefined
): number | undefined {
  const times = hops.map((h) => h.timeMs).filter((t): t is number => t !== undefined);
  const start = sentMs ?? times[0];
  const end = times[times.length - 1];
  if (start === undefined || end === undefined) return undefined;
  return Math.round((end - start) / 1000);
}

/** A Received line shown as evidence is at most this long; its date at most this. */
const EVIDENCE_MAX = 300;
const EVIDENCE_DATE_MAX = 100;
/** A line cut before its date keeps at least this much of its start. */
const EVIDENCE_HEAD_MIN = 20;

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * The start of `s` in at most `max` UTF-16 units, the last one an ellipsis: at a space when one is
 * near the end (no half word), never inside a surrogate pair.
 */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const space = s.lastIndexOf(" ", end);
  if (space > 0 && space >= end - 30) end = space;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end -= 1;
  return `${s.slice(0, end).trimEnd()}…`;
}

/**
 * A hop's Received line as evidence, on one line. A long line is cut before its date, with an
 * ellipsis, and the date is kept whole ("from a.example (…) by b.example …; Tue, 03 Oct 2000
 * 14:56:57 -0700 (PDT)"): the date is what a delay is read from. A line without a date, or with
 * an overlong one, is cut at its end with an ellipsis.
 */
export function receivedEvidence(
  hop: Pick<ReceivedHop, "raw" | "dateText">,
  max = EVIDENCE_MAX
): string {
  const line = collapse(hop.raw);
  if (line.length <= max) return line;
  const date = collapse(hop.dateText ?? "");
  const room = max - date.length - 2;
  if (!date || date.length > EVIDENCE_DATE_MAX || room < EVIDENCE_HEAD_MIN || !line.endsWith(date))
    return cut(line, max);
  const head = line.slice(0, line.length - date.length).replace(/\s*;\s*$/, "");
  return `${cut(head, room)}; ${date}`;
}
