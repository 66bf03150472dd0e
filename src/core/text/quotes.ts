/**
 * Finds quoted history in a plain-text body, line by line in one pass:
 * - "> " quoting, including nested "> > >" / ">>>" and the full-width "＞" some Japanese clients use;
 * - reply headers that start unprefixed history (Outlook's top-posted replies):
 *   "-----Original Message-----" (also "-----元のメッセージ-----"), Outlook's underscore rule, and a
 *   header block "From:/差出人:" followed within a few lines by "Sent:/Date:/送信日時:/To:/宛先:/Subject:/件名:";
 * - attribution lines: "On … wrote:", "… さんは書きました:", Gmail's "2024年1月1日(月) 10:00 Name <a@b>:".
 * Each unprefixed history block adds one level; ">" quoting inside it adds more.
 * Every test looks at one line (plus a bounded look-ahead), so the work is linear in the text.
 * Lines are read in place (index ranges), not split into strings: on a 1 MB body the per-line
 * strings and objects cost more than the analysis itself.
 */

import { keepShape } from "./shapes";

export interface QuoteLine {
  text: string;
  /** 0 for the author's own text. */
  depth: number;
}

export interface QuoteAnalysis {
  lines: QuoteLine[];
  /** The author's own lines (depth 0), joined with "\n". */
  ownText: string;
  /** Deepest level found. */
  maxDepth: number;
  /** Non-blank characters in quoted lines and in all lines. */
  quotedChars: number;
  totalChars: number;
  /** quotedChars / totalChars (0 for an empty text). */
  quotedShare: number;
  /** The first line (as written) that starts the history, if any. */
  firstMarker?: string | undefined;
}

const HEADER_LOOKAHEAD = 6;
/** Longest line looked at as a separator or attribution; real ones are short. */
const MAX_MARKER_LINE = 400;

const SEPARATOR =
  /^\s*-{2,}\s*(original message|元のメッセージ|元のメール|forwarded message|転送されたメッセージ)\s*-{2,}\s*$/i;
const UNDERSCORE_RULE = /^\s*_{20,}\s*$/;
const FROM_LINE = /^\s*\*?(from|差出人|送信者|送信元)\*?\s*[:：]/i;
const HEADER_LINE = /^\s*\*?(sent|date|to|cc|subject|送信日時|日時|日付|宛先|件名|cc)\*?\s*[:：]/i;

/** Counts leading quote marks (">" and "＞"), spaces allowed between them, in text[start, end). */
function quoteDepthAt(text: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e || c === 0xff1e) depth++;
    else if (c === 0x20 || c === 0x09 || c === 0x3000) {
      if (depth === 0 && i - start > 3) break; // indented text, not quoting
    } else break;
  }
  return depth;
}

function quotePrefixDepth(line: string): number {
  return quoteDepthAt(line, 0, line.length);
}

/** First characters a separator or header line can start with (after spaces): - _ * F S 差 送. */
const MARKER_STARTS = new Set(
  ["-", "_", "*", "f", "F", "s", "S", "差", "送"].map((c) => c.charCodeAt(0))
);

function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * A cheap look at the first and last visible characters of text[start, end), so that the regular
 * expressions run only on lines that could be a separator, a header line or an attribution (few do).
 */
function mayBeMarkerAt(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && isBlankCode(text.charCodeAt(first))) first++;
  let last = end - 1;
  while (last > first && (isBlankCode(text.charCodeAt(last)) || text.charCodeAt(last) === 0x0d))
    last--;
  if (first < end && MARKER_STARTS.has(text.charCodeAt(first))) return true;
  if (last < start) return false;
  const c = text.charCodeAt(last);
  return c === 0x3a || c === 0xff1a; // ":" or "："
}

function isAttribution(line: string): boolean {
  const t = line.trim();
  if (t.length < 6 || t.length > MAX_MARKER_LINE) return false;
  if (/wrote\s*[:：]$/i.test(t)) return true;
  if (/(書きました|書いています|書かれました)\s*[:：]$/.test(t)) return true;
  // Gmail (ja) and Apple Mail: "<date> <name> <address>:" or "…のメール:" with a date in it.
  if (/>\s*[:：]$/.test(t) && t.includes("@") && /\d/.test(t)) return true;
  if (/(のメール|のメッセージ)\s*[:：]$/.test(t) && /\d{1,4}[/年:]/.test(t)) return true;
  return false;
}

/**
 * The lines of a text as split(/\r?\n/) cuts them, kept as index ranges: the scan reads the text
 * in place, and only the few lines that may be markers (and their look-ahead) become strings.
 */
class Lines {
  readonly starts: number[] = [];
  /** Where each line ends, its "\n" or "\r\n" excluded. */
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    let at = 0;
    for (;;) {
      const nl = text.indexOf("\n", at);
      this.starts.push(at);
      if (nl < 0) {
        this.ends.push(text.length);
        return;
      }
      this.ends.push(nl > at && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
      at = nl + 1;
    }
  }

  get count(): number {
    return this.starts.length;
  }

  length(i: number): number {
    return (this.ends[i] as number) - (this.starts[i] as number);
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }
}

keepShape(new Lines("")); // see shapes.ts

function isHeaderBlockStart(lines: Lines, i: number): boolean {
  const line = lines.line(i);
  if (line.length > MAX_MARKER_LINE || !FROM_LINE.test(line)) return false;
  let headers = 0;
  for (let j = i + 1; j < lines.count && j <= i + HEADER_LOOKAHEAD; j++) {
    if (lines.length(j) <= MAX_MARKER_LINE && HEADER_LINE.test(lines.line(j))) headers++;
  }
  return headers >= 2;
}

/** Characters other than space, tab, CR and the ideographic space in text[start, end). */
function nonBlankAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000) n++;
  }
  return n;
}

function nextNonEmpty(lines: Lines, i: number): string | undefined {
  for (let j = i + 1; j < lines.count && j <= i + 3; j++) {
    const l = lines.line(j);
    if (l.trim() !== "") return l;
  }
  return undefined;
}

/** The lines of depth 0 joined with "\n": whole runs of them are cut from the text at once. */
function ownLines(lines: Lines, depths: Uint32Array): string {
  const { text, starts, ends } = lines;
  const parts: string[] = [];
  // With "\r\n" line ends a run would keep its "\r"s: then the lines are joined one by one.
  const runs = !text.includes("\r");
  for (let i = 0; i < depths.length; i++) {
    if (depths[i] !== 0) continue;
    let last = i;
    if (runs) while (last + 1 < depths.length && depths[last + 1] === 0) last++;
    parts.push(text.slice(starts[i], ends[last]));
    i = last;
  }
  return parts.join("\n");
}

export function analyzeQuotes(text: string): QuoteAnalysis {
  const lines = new Lines(text);
  const { starts, ends } = lines;
  const depths = new Uint32Array(lines.count);
  let base = 0; // levels opened by unprefixed history blocks
  let maxDepth = 0;
  let quotedChars = 0;
  let totalChars = 0;
  let firstMarker: string | undefined;
  // A header block right after a separator belongs to that separator: it must not open a second level.
  let headerBlockBelongsToSeparatorUntil = -1;

  for (let i = 0; i < lines.count; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const prefix = quoteDepthAt(text, start, end);
    let depth = base + prefix;
    if (prefix === 0 && end - start <= MAX_MARKER_LINE && mayBeMarkerAt(text, start, end)) {
      const line = lines.line(i);
      const separator =
        SEPARATOR.test(line) ||
        (UNDERSCORE_RULE.test(line) && FROM_LINE.test(nextNonEmpty(lines, i) ?? ""));
      if (separator) {
        base++;
        depth = base;
        headerBlockBelongsToSeparatorUntil = i + 3;
        firstMarker ??= line.trim();
      } else if (isHeaderBlockStart(lines, i)) {
        if (i > headerBlockBelongsToSeparatorUntil) base++;
        depth = base;
        headerBlockBelongsToSeparatorUntil = i + HEADER_LOOKAHEAD;
        firstMarker ??= line.trim();
      } else if (isAttribution(line)) {
        const next = nextNonEmpty(lines, i);
        const quotedNext = next !== undefined && quotePrefixDepth(next) > 0;
        // "On … wrote:" before "> " lines introduces them; without them, what follows is the history.
        if (!quotedNext) base++;
        depth = base + (quotedNext ? 1 : 0);
        firstMarker ??= line.trim();
      }
    }
    const chars = nonBlankAt(text, start, end);
    totalChars += chars;
    if (depth > 0) quotedChars += chars;
    if (depth > maxDepth) maxDepth = depth;
    depths[i] = depth;
  }
  // The per-line list and the author's text are built when first read: the body checks read
  // only the latter, and a long body has many lines.
  let lineList: QuoteLine[] | undefined;
  let own: string | undefined;
  return {
    get lines(): QuoteLine[] {
      return (lineList ??= Array.from(depths, (depth, i) => ({ text: lines.line(i), depth })));
    },
    get ownText(): string {
      return (own ??= ownLines(lines, depths));
    },
    maxDepth,
    quotedChars,
    totalChars,
    quotedShare: totalChars === 0 ? 0 : quotedChars / totalChars,
    firstMarker,
  };
}

/** The author's own text: every line that is not quoted history (resending a mail without its history). */
export function stripQuotedHistory(text: string): string {
  return analyzeQuotes(text).ownText.trimEnd();
}
