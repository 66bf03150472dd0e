/** Counts Latin and Japanese letters, to tell a Japanese mail from an English one. */

export interface ScriptShare {
  /** Latin letters (ASCII, accented, full-width). */
  latin: number;
  /** Hiragana, katakana (also half-width) and kanji. */
  japanese: number;
  /** latin / (latin + japanese), 0 when there are no letters. */
  latinShare: number;
}

function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

function isJapaneseLetter(c: number): boolean {
  return (
    (c >= 0x3041 && c <= 0x309f) || // hiragana
    (c >= 0x30a1 && c <= 0x30ff) || // katakana, including ー
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xff66 && c <= 0xff9d) || // half-width katakana
    (c >= 0x4e00 && c <= 0x9fff) || // kanji
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005 // 々
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;
}

/** Characters that join the parts of code, paths, URLs and log fields, not of words. */
function isJoiner(c: number): boolean {
  return (
    c === 0x2e || // .
    c === 0x2f || // /
    c === 0x5c || // \
    c === 0x5f || // _
    c === 0x3d || // =
    c === 0x3a || // :
    c === 0x40 || // @
    c === 0x28 || // (
    c === 0x24 || // $
    c === 0x5b || // [
    c === 0x7b // {
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Latin and Japanese letters, counted word by word. A Latin word that is machine text — a stack
 * frame, a path, a URL, a user agent, key=value (a joiner such as "." or "/" between two letters
 * or digits) — is not prose and is left out: an error log pasted into a Japanese mail does not
 * make it an English one. A word with Japanese letters always counts.
 */
export function scriptShare(text: string): ScriptShare {
  let latin = 0;
  let japanese = 0;
  let wordLatin = 0;
  let wordJapanese = 0;
  let machine = false;
  const endWord = () => {
    japanese += wordJapanese;
    if (wordJapanese > 0 || !machine) latin += wordLatin;
    wordLatin = 0;
    wordJapanese = 0;
    machine = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      endWord();
      continue;
    }
    if (isLatinLetter(c)) wordLatin++;
    else if (isJapaneseLetter(c)) wordJapanese++;
    else if (
      !machine &&
      isJoiner(c) &&
      isAsciiAlnum(text.charCodeAt(i - 1)) &&
      isAsciiAlnum(text.charCodeAt(i + 1))
    )
      machine = true;
  }
  endWord();
  const letters = latin + japanese;
  return { latin, japanese, latinShare: letters === 0 ? 0 : latin / letters };
}

/**
 * How much a character says, for "too short" and "nearly empty": a CJK character (U+2E80 up,
 * the ideographic space aside) counts as two, since two of them make a word (御礼, 了解) and
 * filters that count text count its bytes.
 */
export function textWeight(code: number): 1 | 2 {
  return code >= 0x2e80 && code !== 0x3000 ? 2 : 1;
}

export function hasJapanese(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isJapaneseLetter(text.charCodeAt(i))) return true;
  return false;
}

/** Fewest Japanese letters for a body to count as "written in Japanese". */
export const JAPANESE_MAIL_MIN_LETTERS = 20;

/** A body is Japanese when it has a fair amount of Japanese letters (Latin words may be mixed in). */
export function isJapaneseText(share: ScriptShare): boolean {
  return share.japanese >= JAPANESE_MAIL_MIN_LETTERS;
}
