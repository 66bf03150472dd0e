/**
 * Finds quoted history in a plain-text body, line by line in one pass:
 * - "> " quoting, including nested "> > >" / ">>>" and the full-width "＞" some Japanese clients use;
 * - reply headers that start unprefixed history (Outlook's top-posted replies):
 *   "-----Original Message-----" (also "-----元のメッセージ-----"), Outlook's underscore rule, and a
 *   header block "From:/差出人:" followed within a few lines by "Sent:/Date:/送信日時:/To:/宛先:/Subject:/件名:";
 * - attribution lines: "On … wrote:", "… さんは書きました:", Gmail's "2024年1月1日(月) 10:00 Name <a@b>:".
 * Each unprefixed history block adds one level; ">" quoting inside it adds more.
 * Every test looks at one line (plus a bounded look-ahead), so the work is linear in the text.
 */

export interface QuoteLine {
  text: string;
  /** 0 for the author's own text. */
  depth: number;
}

export interface QuoteAnalysis {
  lines: QuoteLine[];
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

/** Counts leading quote marks (">" and "＞"), spaces allowed between them. */
function quotePrefixDepth(line: string): { depth: number } {
  let depth = 0;
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === ">" || ch === "＞") {
      depth++;
      i++;
    } else if (ch === " " || ch === "\t" || ch === "\u3000") {
      if (depth === 0 && i > 3) break; // indented text, not quoting
      i++;
    } else break;
  }
  return { depth };
}

/** First characters a separator or header line can start with (after spaces): - _ * F S 差 送. */
const MARKER_STARTS = new Set(["-", "_", "*", "f", "F", "s", "S", "差", "送"]);

/**
 * A cheap look at the first and last visible characters, so that the regular expressions run
 * only on lines that could be a separator, a header line or an attribution (few do).
 */
function mayBeMarker(line: string): boolean {
  let start = 0;
  while (
    start < line.length &&
    (line[start] === " " || line[start] === "\t" || line[start] === "\u3000")
  )
    start++;
  let end = line.length - 1;
  while (
    end > start &&
    (line[end] === " " || line[end] === "\t" || line[end] === "\r" || line[end] === "\u3000")
  )
    end--;
  const last = line[end];
  return MARKER_STARTS.has(line[start] ?? "") || last === ":" || last === "：";
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

function isHeaderBlockStart(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? "";
  if (line.length > MAX_MARKER_LINE || !FROM_LINE.test(line)) return false;
  let headers = 0;
  for (let j = i + 1; j < lines.length && j <= i + HEADER_LOOKAHEAD; j++) {
    const next = lines[j] ?? "";
    if (next.length <= MAX_MARKER_LINE && HEADER_LINE.test(next)) headers++;
  }
  return headers >= 2;
}

function nonBlank(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x3000) n++;
  }
  return n;
}

function nextNonEmpty(lines: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const l = lines[j] ?? "";
    if (l.trim() !== "") return l;
  }
  return undefined;
}

export function analyzeQuotes(text: string): QuoteAnalysis {
  const raw = text.split(/\r?\n/);
  const lines: QuoteLine[] = [];
  let base = 0; // levels opened by unprefixed history blocks
  let maxDepth = 0;
  let quotedChars = 0;
  let totalChars = 0;
  let firstMarker: string | undefined;
  // A header block right after a separator belongs to that separator: it must not open a second level.
  let headerBlockBelongsToSeparatorUntil = -1;

  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? "";
    const { depth: prefix } = quotePrefixDepth(line);
    let depth = base + prefix;
    if (prefix === 0 && line.length <= MAX_MARKER_LINE && mayBeMarker(line)) {
      const separator =
        SEPARATOR.test(line) ||
        (UNDERSCORE_RULE.test(line) && FROM_LINE.test(nextNonEmpty(raw, i) ?? ""));
      if (separator) {
        base++;
        depth = base;
        headerBlockBelongsToSeparatorUntil = i + 3;
        firstMarker ??= line.trim();
      } else if (isHeaderBlockStart(raw, i)) {
        if (i > headerBlockBelongsToSeparatorUntil) base++;
        depth = base;
        headerBlockBelongsToSeparatorUntil = i + HEADER_LOOKAHEAD;
        firstMarker ??= line.trim();
      } else if (isAttribution(line)) {
        const next = nextNonEmpty(raw, i);
        const quotedNext = next !== undefined && quotePrefixDepth(next).depth > 0;
        // "On … wrote:" before "> " lines introduces them; without them, what follows is the history.
        if (!quotedNext) base++;
        depth = base + (quotedNext ? 1 : 0);
        firstMarker ??= line.trim();
      }
    }
    const chars = nonBlank(line);
    totalChars += chars;
    if (depth > 0) quotedChars += chars;
    if (depth > maxDepth) maxDepth = depth;
    lines.push({ text: line, depth });
  }
  return {
    lines,
    maxDepth,
    quotedChars,
    totalChars,
    quotedShare: totalChars === 0 ? 0 : quotedChars / totalChars,
    firstMarker,
  };
}

/** The author's own text: every line that is not quoted history (resending a mail without its history). */
export function stripQuotedHistory(text: string): string {
  return analyzeQuotes(text)
    .lines.filter((l) => l.depth === 0)
    .map((l) => l.text)
    .join("\n")
    .trimEnd();
}
