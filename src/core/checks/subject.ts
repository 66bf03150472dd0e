/**
 * Item 9, the subject line: empty or very short, only Latin letters on a Japanese mail, all
 * capitals, runs of "!", and long "RE: RE: FW:" chains. Each is a small spam signal on its own
 * (SpamAssassin's SUBJ_ALL_CAPS, __SUBJECT_EMPTY, __SUBJ_SHORT…) and makes the mail easy to miss;
 * Gmail's sender guidelines also ask for "Re:" only on real replies.
 */
import { finding, type Finding } from "../model/finding";
import { bodyView } from "../text/body-view";
import { clip } from "../text/clip";
import { hasJapanese, isJapaneseText } from "../text/script";
import { headerValues, type MessageSnapshot } from "../model/snapshot";
import { caseCounts, longestBangRun, readSubjectPrefixes, REPLY_PREFIXES } from "../text/subject";
import type { CheckInput, NamedCheck } from "./types";

/** Fewer characters than this (after RE:/FW:) is "very short". */
const SHORT_SUBJECT_CHARS = 3;
/** All-capital subjects are judged only with at least this many letters (short acronyms are fine). */
const CAPS_MIN_LETTERS = 8;
/** This many chained reply/forward prefixes or more is a long chain. */
const LONG_CHAIN = 3;

/**
 * Only a mail read with its headers can be judged: a reply carries In-Reply-To or References.
 * (Outlook drafts give no headers, so a draft is never called a fake reply.)
 */
function isNewThread(snapshot: MessageSnapshot): boolean {
  if (!snapshot.headers || snapshot.headers.length === 0) return false;
  if (snapshot.kind !== "sent" && snapshot.kind !== "draft") return false;
  return (
    headerValues(snapshot, "in-reply-to").length === 0 &&
    headerValues(snapshot, "references").length === 0
  );
}

function runSubjectChecks(input: CheckInput): Finding[] {
  const subject = input.snapshot.subject ?? "";
  const evidence = clip(subject, 200);
  const { count: prefixCount, rest, first } = readSubjectPrefixes(subject);
  const out: Finding[] = [];
  if (rest === "") {
    out.push(
      finding(
        9,
        "subject.empty",
        "warning",
        {
          ja: "件名がありません。件名のないメールは迷惑メールと判定されやすく、受信者にも見落とされがちです。",
          en: "The subject is empty. Mail without a subject is more often filtered as spam and easily overlooked.",
        },
        {
          evidence: subject === "" ? "(empty)" : evidence,
          fix: {
            ja: "用件が分かる件名を付けてください（例：「4月分請求書の送付」）。",
            en: 'Add a subject that says what the mail is about (for example "Invoice for April").',
          },
        }
      )
    );
    return out;
  }
  const length = Array.from(rest).length;
  if (length < SHORT_SUBJECT_CHARS) {
    out.push(
      finding(
        9,
        "subject.short",
        "warning",
        {
          ja: `件名が ${length} 文字しかありません。短すぎる件名は迷惑メールの特徴の1つです。`,
          en: `The subject has only ${length} character(s). Very short subjects are one of the signs filters look for.`,
        },
        {
          evidence,
          fix: {
            ja: "用件が分かる件名にしてください。",
            en: "Write a subject that says what the mail is about.",
          },
        }
      )
    );
  }
  const body = bodyView(input.snapshot, input).authorScripts;
  const cases = caseCounts(rest);
  const latinLetters = cases.upper + cases.lower;
  // A reply or forward keeps the subject whoever started the thread chose (often an English
  // one from abroad); the replier did not write it and should not rewrite it.
  const inherited = prefixCount > 0;
  if (!inherited && isJapaneseText(body) && latinLetters >= 3 && !hasJapanese(rest)) {
    out.push(
      finding(
        9,
        "subject.latin-only",
        "warning",
        {
          ja: "本文は日本語ですが、件名が英字だけです。日本語のメールで英字だけの件名は、受信側で迷惑メールと判定されることがあります。",
          en: "The body is in Japanese but the subject has only Latin letters. On Japanese mail this is sometimes taken as a spam sign.",
        },
        {
          evidence,
          fix: {
            ja: "件名に日本語で用件を書いてください。",
            en: "Write the subject in Japanese, like the body.",
          },
        }
      )
    );
  }
  if (cases.upper >= CAPS_MIN_LETTERS && cases.lower === 0 && !hasJapanese(rest)) {
    out.push(
      finding(
        9,
        "subject.all-caps",
        "warning",
        {
          ja: "件名がすべて大文字です。迷惑メールの特徴として扱われます。",
          en: "The subject is in capital letters only. Filters treat this as a spam sign.",
        },
        {
          evidence,
          fix: {
            ja: "通常の大文字・小文字で書いてください。",
            en: "Write the subject in normal upper and lower case.",
          },
        }
      )
    );
  }
  const bangs = longestBangRun(subject);
  if (bangs >= 2) {
    out.push(
      finding(
        9,
        "subject.exclamations",
        "warning",
        {
          ja: `件名に「!」が ${bangs} 個続いています。広告や迷惑メールによくある書き方です。`,
          en: `The subject has ${bangs} exclamation marks in a row, as advertising and spam often do.`,
        },
        {
          evidence,
          fix: {
            ja: "「!」は使わないか、1つにしてください。",
            en: "Use one exclamation mark at most.",
          },
        }
      )
    );
  }
  if (prefixCount >= LONG_CHAIN) {
    out.push(
      finding(
        9,
        "subject.reply-chain",
        "warning",
        {
          ja: `件名に「RE:」「FW:」などが ${prefixCount} 回重なっています。長いやり取りの転送は内容が分かりにくく、フィルターにも不利です。`,
          en: `The subject carries ${prefixCount} stacked "RE:"/"FW:" prefixes. Long chains hide the topic and do not help with filters.`,
        },
        {
          evidence,
          fix: {
            ja: "「RE:」などは1つにまとめ、今回の用件が分かる件名にしてください。",
            en: 'Keep a single "RE:" and make the subject say what this mail is about.',
          },
        }
      )
    );
  }
  if (first && REPLY_PREFIXES.has(first) && isNewThread(input.snapshot)) {
    out.push(
      finding(
        9,
        "subject.fake-reply",
        "warning",
        {
          ja: "件名が「Re:」で始まっていますが、このメールは返信ではありません（返信元を示すヘッダーがありません）。返信でないメールに「Re:」を付けるのは、Gmail などが迷惑メールの特徴として挙げている書き方です。",
          en: 'The subject starts with "Re:" but this mail is not a reply (it has no header pointing to an earlier mail). Gmail and others name a "Re:" on a mail that is not a reply as a spam sign.',
        },
        {
          evidence,
          fix: {
            ja: "「Re:」を外し、用件が分かる件名にしてください。",
            en: 'Remove the "Re:" and write a subject that says what the mail is about.',
          },
        }
      )
    );
  }
  if (out.length > 0) return out;
  return [
    finding(
      9,
      "subject.checked",
      "ok",
      {
        ja: "件名を確認しました。空・短すぎ・英字だけ・すべて大文字・「!」の連続・RE:/FW: の重なりはありません。",
        en: 'Subject checked: not empty or too short, not Latin-only on a Japanese mail, not all capitals, no "!!", no long RE:/FW: chain.',
      },
      { evidence }
    ),
  ];
}

export const subjectCheck: NamedCheck = { name: "subject", items: [9], run: runSubjectChecks };
