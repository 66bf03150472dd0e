/**
 * What the body checks read: the HTML summary, the visible text, the links and the
 * quoted-history analysis. Computed once per check run and shared by the checks that need it
 * (body and subject): the cache is keyed by the run's input object, so a later run on the same
 * snapshot (a benchmark, a re-check after an edit) parses again rather than trusting old results.
 */
import type { MessageSnapshot } from "../model/snapshot";
import { readHtml, type HtmlSummary } from "./html";
import { linksFromHtml, linksFromText, type Link } from "./links";
import { analyzeQuotes, type QuoteAnalysis } from "./quotes";
import { scriptShare, type ScriptShare } from "./script";
import { findUrlsInText } from "./urls";

export interface BodyView {
  html?: HtmlSummary | undefined;
  /**
   * What the reader sees: the HTML's text when there is HTML, else the text part. When both
   * parts exist, only the start of the HTML's text (HTML_TEXT_SAMPLE_CHARS) is kept.
   */
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

/** How much of the HTML's visible text is kept when there is a text part (see PARTS_SAMPLE_CHARS in body.ts). */
export const HTML_TEXT_SAMPLE_CHARS = 64 * 1024;

/** Keyed by the check run's input; the body strings are kept to notice a body changed meanwhile. */
const cache = new WeakMap<
  object,
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

/** Reads the body of `snapshot`; with `runKey` (the CheckInput of one run), once per run. */
export function bodyView(snapshot: MessageSnapshot, runKey?: object): BodyView {
  const cached = runKey ? cache.get(runKey) : undefined;
  if (cached && cached.text === snapshot.bodyText && cached.html === snapshot.bodyHtml)
    return cached.view;
  const text = snapshot.bodyText ?? "";
  const hasText = text.trim() !== "";
  // With a text part, quoted history and the author's words are read from it, and the HTML's
  // text is only compared at its start and checked for emptiness: its start is enough.
  const html = snapshot.bodyHtml
    ? readHtml(snapshot.bodyHtml, { maxTextChars: hasText ? HTML_TEXT_SAMPLE_CHARS : undefined })
    : undefined;
  const visibleText = html ? html.text : text;
  const links = html ? linksFromHtml(html) : linksFromText(text);
  const quotes = analyzeQuotes(hasText ? text : visibleText);
  const authorText = withoutUrls(quotes.ownText);
  const view: BodyView = {
    html,
    visibleText,
    links,
    quotes,
    authorText,
    authorScripts: scriptShare(authorText.slice(0, SCRIPT_SAMPLE_CHARS)),
  };
  if (runKey) cache.set(runKey, { text: snapshot.bodyText, html: snapshot.bodyHtml, view });
  return view;
}
