/**
 * Finds web addresses in plain text by a single left-to-right scan (no backtracking regex):
 * "http://…", "https://…" and "www.…". Written by hand because the checks need exact spans,
 * bounded work on hostile input and the Japanese punctuation rules below; general linkifiers
 * also guess bare domains, which would turn ordinary words into "links".
 */

export interface TextUrl {
  /** The URL as it appears in the text (trailing punctuation removed). */
  url: string;
  start: number;
  end: number;
}

/** Longest URL kept; a longer run is cut (and still counted once). */
const MAX_URL = 4096;
const START = /https?:\/\/|www\./gi;

/** Characters that end a URL: whitespace, quotes, brackets and Japanese punctuation/letters. */
function endsUrl(code: number): boolean {
  if (code <= 0x20 || code === 0x7f) return true;
  // " < > ` { } | \ ^
  if (
    code === 0x22 ||
    code === 0x3c ||
    code === 0x3e ||
    code === 0x60 ||
    code === 0x7b ||
    code === 0x7d ||
    code === 0x7c ||
    code === 0x5c ||
    code === 0x5e
  )
    return true;
  // Anything outside ASCII: full-width punctuation (、。「」（）), kana and kanji follow URLs directly in Japanese text.
  return code > 0x7e;
}

const TRAILING = new Set([".", ",", ";", ":", "!", "?", "'", ")", "]", "*"]);

function trimTrailing(url: string): string {
  let open = 0;
  let close = 0;
  for (const ch of url) {
    if (ch === "(") open++;
    else if (ch === ")") close++;
  }
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1] as string;
    if (!TRAILING.has(ch)) break;
    // Keep a closing bracket that closes one opened inside the URL (Wikipedia-style links).
    if (ch === ")") {
      if (open >= close) break;
      close--;
    }
    end--;
  }
  return url.slice(0, end);
}

/** All URLs in the text, in order. Linear in the text's length. */
export function findUrlsInText(text: string): TextUrl[] {
  const out: TextUrl[] = [];
  const re = new RegExp(START.source, "gi");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    // "www." only counts at a word start (not inside "awww.", and not inside an address "a@www.x").
    if (
      m[0].toLowerCase() === "www." &&
      start > 0 &&
      /[A-Za-z0-9.@_/-]/.test(text[start - 1] as string)
    )
      continue;
    let end = start + m[0].length;
    while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
    const url = trimTrailing(text.slice(start, Math.min(end, start + MAX_URL)));
    re.lastIndex = Math.max(end, start + 1);
    if (url.length <= m[0].length) continue; // "http://" alone
    out.push({ url, start, end: start + url.length });
  }
  return out;
}
