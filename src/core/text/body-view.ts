/**
 * What the body checks read, computed once per snapshot: the HTML summary (parsed once even when
 * several checks need it), the visible text, the links and the quoted-history analysis.
 */
import type { MessageSnapshot } from "../model/snapshot";
import { readHtml, type HtmlSummary } from "./html";
import { linksFromHtml, linksFromText, type Link } from "./links";
import { analyzeQuotes, type QuoteAnalysis } from "./quotes";
import { scriptShare, type ScriptShare } from "./script";
import { findUrlsInText } from "./urls";

export interface BodyView {
  html?: HtmlSummary | undefined;
  /** What the reader sees: the HTML's text when there is HTML, else the text part. */
  visibleText: string;
  links: Link[];
  /** Quoted history, read from the text part when there is one (it keeps "> " quoting), else the HTML's text. */
  quotes: QuoteAnalysis;
  /** The author's own words: visible text without quoted history and without URLs. */
  authorText: string;
  /** Latin and Japanese letters of the author's words (the first SCRIPT_SAMPLE_CHARS of them). */
  authorScripts: ScriptShare;
}

/** The letter mix is judged on a sample: the start of the author's text says which language it is in. */
const SCRIPT_SAMPLE_CHARS = 128 * 1024;

/** Keyed by snapshot; the body strings are kept to notice a snapshot whose body was changed. */
const cache = new WeakMap<
  MessageSnapshot,
  { text?: string | undefined; html?: string | undefined; view: BodyView }
>();

function withoutUrls(text: string): string {
  const urls = findUrlsInText(text);
  if (urls.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const u of urls) {
    parts.push(text.slice(at, u.start));
    at = u.end;
  }
  parts.push(text.slice(at));
  return parts.join(" ");
}

export function bodyView(snapshot: MessageSnapshot): BodyView {
  const cached = cache.get(snapshot);
  if (cached && cached.text === snapshot.bodyText && cached.html === snapshot.bodyHtml)
    return cached.view;
  const html = snapshot.bodyHtml ? readHtml(snapshot.bodyHtml) : undefined;
  const text = snapshot.bodyText ?? "";
  const visibleText = html ? html.text : text;
  const links = html ? linksFromHtml(html) : linksFromText(text);
  const quotes = analyzeQuotes(text.trim() !== "" ? text : visibleText);
  const own = quotes.lines
    .filter((l) => l.depth === 0)
    .map((l) => l.text)
    .join("\n");
  const authorText = withoutUrls(own);
  const view: BodyView = {
    html,
    visibleText,
    links,
    quotes,
    authorText,
    authorScripts: scriptShare(authorText.slice(0, SCRIPT_SAMPLE_CHARS)),
  };
  cache.set(snapshot, { text: snapshot.bodyText, html: snapshot.bodyHtml, view });
  return view;
}
