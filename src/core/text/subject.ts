/** Reading a subject line: reply/forward prefixes, letters, capitals and exclamation marks. */

/**
 * One reply or forward prefix: English (Re, Fw, Fwd), German (AW, WG), Nordic (SV, VS),
 * French (TR, RE), Spanish (RV), Japanese (返信, 転送) and Chinese (回复, 答复, 转发), with an
 * optional counter ("Re[2]:", "Re^2:") and a half- or full-width colon. Sticky, so the loop
 * below never re-reads text it has passed (linear on a subject of a million "Re:").
 */
const PREFIX =
  /(re|fwd?|aw|wg|sv|vs|tr|rv|返信|転送|回复|答复|转发)[ \t]*(?:(?:\[(\d{1,4})\]|\^(\d{1,4})|\((\d{1,4})\))[ \t]*)?[:：]/iy;

export interface SubjectPrefixes {
  /** How many reply/forward steps the prefixes add up to ("Re[3]:" counts 3). */
  count: number;
  /** The subject without its prefixes, trimmed. */
  rest: string;
  /** The first prefix word, lower-cased ("re", "fw", "返信"…), when there is one. */
  first?: string | undefined;
}

export function readSubjectPrefixes(subject: string): SubjectPrefixes {
  const re = new RegExp(PREFIX.source, "iy");
  let count = 0;
  let at = 0;
  let afterPrefixes = 0;
  let first: string | undefined;
  for (;;) {
    while (
      at < subject.length &&
      (subject[at] === " " || subject[at] === "\t" || subject[at] === "\u3000")
    )
      at++;
    re.lastIndex = at;
    const m = re.exec(subject);
    if (!m) {
      at = afterPrefixes;
      break;
    }
    first ??= (m[1] ?? "").toLowerCase();
    const counter = m[2] ?? m[3] ?? m[4];
    count += counter ? Math.max(1, Number(counter)) : 1;
    at = re.lastIndex;
    afterPrefixes = at;
  }
  return { count, rest: subject.slice(at).trim(), first };
}

/** Prefix words that say "this is a reply" (forwards are left out: they start a new thread). */
export const REPLY_PREFIXES: ReadonlySet<string> = new Set([
  "re",
  "aw",
  "sv",
  "vs",
  "rv",
  "返信",
  "回复",
  "答复",
]);

/** Longest run of "!" or "！" in the text. */
export function longestBangRun(text: string): { count: number; mark: "!" | "！" } {
  let best = 0;
  let mark: "!" | "！" = "!";
  let run = 0;
  let fullWidth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x21 || c === 0xff01) {
      run++;
      if (c === 0xff01) fullWidth++;
      if (run > best) {
        best = run;
        // The mark the writer typed most in that run, to quote it back as written.
        mark = fullWidth * 2 > run ? "！" : "!";
      }
    } else run = fullWidth = 0;
  }
  return { count: best, mark };
}

/** Counts ASCII/full-width Latin capitals and lower-case letters. */
export function caseCounts(text: string): { upper: number; lower: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a)) upper++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xff41 && c <= 0xff5a)) lower++;
  }
  return { upper, lower };
}
