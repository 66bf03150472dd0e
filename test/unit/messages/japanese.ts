/**
 * Test helper (not a test): what counts as English or half-width punctuation in a Japanese text,
 * shared by the catalogue test and the text report test.
 */
import { PLACEHOLDER } from "../../../src/core/messages/format";

/** Names a Japanese sentence may carry in Latin letters: products, protocols, standard codes. */
// prettier-ignore
export const ALLOWED_LATIN = new Set([
  "Outlook", "Microsoft", "Exchange", "Online", "Office", "Teams", "OneDrive", "SharePoint",
  "Gmail", "Google", "Workspace", "Yahoo", "Outlook.com", "iCloud", "Apple", "Windows", "Mac",
  "Todoku", "Safe", "Links", "Defender", "Protection", "SCL", "BCL", "docomo", "au", "SoftBank", "JSON", "HTTP", "HTTPS", "A", "AAAA", "A/AAAA", "RTF", "Web", "ISP",
  "SPF", "DKIM", "DMARC", "ARC", "DNS", "MX", "TXT", "CNAME", "TLS", "SSL", "STARTTLS", "MTA-STS",
  "DANE", "SMTP", "MIME", "HTML", "URL", "IP", "IPv4", "IPv6", "ID", "IT", "PC", "ZIP", "PDF",
  "RAR", "7z", "LZH", "TAR", "UTF-8", "S/MIME", "PPAP", "NDR", "DSN", "API", "Graph",
  "CC", "BCC", "Cc", "Bcc", "From", "To", "Date", "Sender", "Subject", "Reply-To", "Message-ID", "Received", "Return-Path",
  "RE", "Re", "FW", "Fw", "Fwd", "FWD", "KB", "MB", "GB", "OK", "Word", "Excel", "PowerPoint",
]);

export const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const LATIN_WORD = /[A-Za-z0-9][A-Za-z0-9]*(?:[-./+][A-Za-z0-9]+)*/g;

export const withoutPlaceholders = (s: string) => s.replace(PLACEHOLDER, " ");
/** Words quoted in 「」 are mentions of what the reader sees literally (a header, the server's words). */
export const withoutQuoted = (s: string) => s.replace(/「[^「」]*」/g, "「」");

/** Product names of several words, allowed as a whole ("on", "the" are not allowed alone). */
const ALLOWED_PHRASES = [
  "Outlook on the web",
  "Exchange Online Protection",
  "Microsoft 365",
  "Google Workspace",
];

/** Latin words in a Japanese text that are not allowed names (placeholders are user data). */
export function strayLatin(ja: string): string[] {
  let s = withoutQuoted(withoutPlaceholders(ja));
  for (const p of ALLOWED_PHRASES) s = s.split(p).join(" ");
  const words = s.match(LATIN_WORD) ?? [];
  return words.filter(
    (w) => /[A-Za-z]/.test(w) && !ALLOWED_LATIN.has(w) && !/^UTC[+-]\d\d$/.test(w)
  );
}

/** Half-width punctuation touching a Japanese character, or ASCII quotes anywhere in Japanese. */
export function halfWidthAroundJapanese(ja: string): string[] {
  const s = withoutPlaceholders(ja);
  const bad: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '"') bad.push(`"${s.slice(Math.max(0, i - 4), i + 5)}"`);
    if (!"(),:;!?".includes(c)) continue;
    const before = s[i - 1] ?? "";
    const after = s[i + 1] ?? "";
    if (
      JAPANESE.test(before) ||
      JAPANESE.test(after) ||
      (c === "(" && JAPANESE.test(s.slice(i, i + 4)))
    ) {
      bad.push(s.slice(Math.max(0, i - 4), i + 5));
    }
  }
  return bad;
}
