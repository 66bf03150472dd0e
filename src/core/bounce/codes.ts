/** Finding SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) in server text. */

// Not part of an IP address or a version number: no digit or dot on either side.
const ENHANCED_IN_TEXT = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const REPLY_IN_TEXT = /(?<![\d.#-])([245][0-5]\d)(?:[ -]|$)(?![\d.]*\.\d+\.\d+\.\d+)/gm;

/** All enhanced status codes in the text, in order. */
export function enhancedCodes(text: string): string[] {
  const out: string[] = [];
  ENHANCED_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  while ((m = ENHANCED_IN_TEXT.exec(t)) !== null) {
    out.push(`${m[1]}.${Number(m[2])}.${Number(m[3])}`);
    if (out.length > 20) break;
  }
  return out;
}

/** The first SMTP reply code that starts a reply in the text ("550 5.1.1 …", "550-…", "said: 550 …"). */
export function replyCodeIn(text: string): string | null {
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  REPLY_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REPLY_IN_TEXT.exec(t)) !== null) {
    const code = m[1] as string;
    // "550" inside "Socket error 10061" or a date is excluded by the look-behind; years are 19xx/20xx.
    if (!code.startsWith("2")) return code;
  }
  return null;
}

/** Normalises a Status field value: "5.1.1 (user unknown)" → "5.1.1"; null when absent. */
export function statusFromField(value: string | undefined): string | null {
  if (!value) return null;
  const m = /([245])\.(\d{1,3})\.(\d{1,3})/.exec(value);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : null;
}

/** X.0.0 says nothing beyond the class. */
export function isGeneric(status: string | null): boolean {
  return !status || /^\d\.0\.0$/.test(status);
}
