/** Links to Microsoft's documentation in the reader's language, with words instead of a bare URL. */
import type { Lang } from "../core/model/i18n";

const LOCALE: Record<Lang, string> = { ja: "ja-jp", en: "en-us" };
const MICROSOFT_DOCS = /^(?:learn|support|docs)\.microsoft\.com$/i;

/** Microsoft's pages carry the locale in the path; any other URL is returned as it is. */
export function localizedDocsUrl(url: string, lang: Lang): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== "https:" || !MICROSOFT_DOCS.test(parsed.hostname)) return url;
  parsed.pathname = parsed.pathname.replace(/^\/[a-z]{2}-[a-z]{2}(?=\/)/i, `/${LOCALE[lang]}`);
  return parsed.toString();
}

/** Whether a link may be opened at all: only http(s), never javascript: or data:. */
export function isSafeLink(url: string): boolean {
  try {
    const p = new URL(url).protocol;
    return p === "https:" || p === "http:";
  } catch {
    return false;
  }
}

/** Words for a documentation link: whose page it is and, for an NDR, the code it explains. */
export function docsLinkText(url: string, code: string, lang: Lang): string {
  let host = "";
  try {
    host = new URL(url).hostname;
  } catch {
    host = "";
  }
  const microsoft = MICROSOFT_DOCS.test(host);
  if (lang === "ja")
    return microsoft
      ? `Microsoft の解説${code ? `(エラー ${code})` : ""}`
      : `詳しい説明(${host || url})`;
  return microsoft
    ? `Microsoft's explanation${code ? ` of ${code}` : ""}`
    : `More information (${host || url})`;
}
