/**
 * Item 9, the subject line: empty or very short, only Latin letters on a Japanese mail, all
 * capitals, runs of "!", and long "RE: RE: FW:" chains. Each is a small spam signal on its own
 * (SpamAssassin's SUBJ_ALL_CAPS, __SUBJECT_EMPTY, __SUBJ_SHORT…) and makes the mail easy to miss;
 * Gmail's sender guidelines also ask for "Re:" only on real replies.
 */
import type { Finding } from "../model/finding";
import { say } from "../messages";
import { bodyView } from "../text/body-view";
import { clip } from "../text/clip";
import { hasJapanese, isJapaneseText, textWeight } from "../text/script";
import { headerValues, type MessageSnapshot } from "../model/snapshot";
import { caseCounts, longestBangRun, readSubjectPrefixes, REPLY_PREFIXES } from "../text/subject";
import type { CheckInput, NamedCheck } from "./types";

/**
 * A subject narrower than this (after RE:/FW:) is "very short"; a CJK character counts as two,
 * since two of them make a whole Japanese subject (御礼, 日程, 資料) and filters count bytes.
 */
const SHORT_SUBJECT_WIDTH = 3;
/** All-capital subjects are judged only with at least this many letters (short acronyms are fine). */
const CAPS_MIN_LETTERS = 8;
/**
 * This many chained reply/forward prefixes or more is a long chain. Japanese Outlook stacks
 * "RE: RE: RE:" on every round of an ordinary thread, so three is everyday, not a sign.
 */
const LONG_CHAIN = 5;
/** A run of this many "!" or more in the subject is a warning; two is said as information. */
const LOUD_BANG_RUN = 3;

function subjectWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += textWeight(ch.codePointAt(0) ?? 0);
  return width;
}

/**
 * Only a mail read with its headers can be judged: a reply carries In-Reply-To or References, and
 * Outlook's replies Thread-Index as well. (Outlook drafts give no headers, so a draft is never
 * called a fake reply.) A body that quotes an earlier mail ("-----Original Message-----", "On …
 * wrote:", "> " lines) is a reply too, whatever its headers: Lotus Notes and some gateways drop
 * the reply headers, and a draft saved before sending may not have them yet.
 */
function isNewThread(snapshot: MessageSnapshot, quotesHistory: boolean): boolean {
  if (!snapshot.headers || snapshot.headers.length === 0) return false;
  if (snapshot.kind !== "sent" && snapshot.kind !== "draft") return false;
  if (quotesHistory) return false;
  return ["in-reply-to", "references", "thread-index"].every(
    (name) => headerValues(snapshot, name).length === 0
  );
}

/**
 * Only the start of a subject is read: real ones are a few hundred characters (Outlook stops at
 * 255), and a crafted item's 8-million-character subject took seconds to count out.
 */
const MAX_SUBJECT_CHARS = 4096;

function runSubjectChecks(input: CheckInput): Finding[] {
  const subject = (input.snapshot.subject ?? "").slice(0, MAX_SUBJECT_CHARS);
  const evidence = clip(subject, 200);
  const { count: prefixCount, rest, first } = readSubjectPrefixes(subject);
  const out: Finding[] = [];
  if (rest === "") {
    out.push(
      say(9, "subject.empty", "warning", {}, { evidence: subject === "" ? undefined : evidence })
    );
    return out;
  }
  const length = Array.from(rest).length;
  if (subjectWidth(rest) < SHORT_SUBJECT_WIDTH) {
    out.push(say(9, "subject.short", "warning", { length }, { evidence }));
  }
  const view = bodyView(input.snapshot, input);
  const body = view.authorScripts;
  const cases = caseCounts(rest);
  const latinLetters = cases.upper + cases.lower;
  // A reply or forward keeps the subject whoever started the thread chose (often an English
  // one from abroad); the replier did not write it and should not rewrite it.
  const inherited = prefixCount > 0;
  if (!inherited && isJapaneseText(body) && latinLetters >= 3 && !hasJapanese(rest)) {
    // Advice from the triage (try a Japanese subject), not a filter rule: said, not warned.
    out.push(say(9, "subject.latin-only", "info", {}, { evidence }));
  }
  if (cases.upper >= CAPS_MIN_LETTERS && cases.lower === 0 && !hasJapanese(rest)) {
    out.push(say(9, "subject.all-caps", "warning", {}, { evidence }));
  }
  const bangs = longestBangRun(subject);
  if (bangs.count >= 2) {
    // Two in a row is everyday emphasis in casual Japanese (お盆の帰省の件！！) and a weak sign
    // alone; a run of three or more is the advertising style filters score.
    const severity = bangs.count >= LOUD_BANG_RUN ? "warning" : "info";
    out.push(say(9, "subject.exclamations", severity, { ...bangs }, { evidence }));
  }
  if (prefixCount >= LONG_CHAIN) {
    out.push(say(9, "subject.reply-chain", "warning", { count: prefixCount }, { evidence }));
  }
  if (first && REPLY_PREFIXES.has(first) && isNewThread(input.snapshot, view.quotes.maxDepth > 0)) {
    out.push(say(9, "subject.fake-reply", "warning", {}, { evidence }));
  }
  if (out.length > 0) return out;
  return [say(9, "subject.checked", "ok", {}, { evidence })];
}

export const subjectCheck: NamedCheck = { name: "subject", items: [9], run: runSubjectChecks };
