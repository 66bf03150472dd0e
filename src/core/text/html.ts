/**
 * Reads an HTML body without rendering it and without a DOM (the core runs in Node too):
 * the visible text, the links with their visible text, and how many images there are.
 * htmlparser2's Tokenizer does the tokenizing (a linear, forgiving state machine; see
 * html-elements.ts for why not its Parser); this module only keeps what the checks need and
 * caps every buffer, so hostile input cannot blow up memory.
 * Entities are decoded by the `entities` package only in the text and hrefs that contain "&":
 * letting the tokenizer decode them costs about half of its time on a large body.
 */
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { readElements, type ElementHandler, type Tag } from "./html-elements";
import { keepShape } from "./shapes";

export interface HtmlAnchor {
  href: string;
  /** Visible text inside the anchor, whitespace collapsed, at most ANCHOR_TEXT_CAP characters. */
  text: string;
}

export interface HtmlSummary {
  /** Visible text; lines inside <blockquote> are prefixed with "> " per level, like a plain-text reply. */
  text: string;
  /** Visible text outside any link that may hold a typed URL (where bare URLs are looked for). */
  textOutsideLinks: string;
  anchors: HtmlAnchor[];
  images: number;
}

const ANCHOR_TEXT_CAP = 500;
const HREF_CAP = 4096;
/** Elements whose content is never shown. */
const HIDDEN = new Set(["script", "style", "head", "title", "template", "noscript", "xml"]);
/** Elements that start a new line in the rendered text. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** What an element means for the summary (Tag.role), worked out once per element name. */
const HIDDEN_ROLE = 1;
const BLOCK_ROLE = 2;
const ANCHOR_ROLE = 4;
const IMAGE_ROLE = 8;
const QUOTE_ROLE = 16;

const MAY_HOLD_URL = /:\/\/|www\./i;

/** Deepest blockquote level written as "> " prefixes. */
const MAX_DEPTH = 50;

/**
 * Builds the visible lines as the parser goes: text chunks are appended to the current line,
 * which is finished when a block element ends it. Whitespace is folded only inside lines that
 * still hold a raw newline after trimming: a regex pass per text node, or one over the whole
 * body, cost more than the tokenizer itself on large bodies.
 */
class TextBuilder {
  private readonly lines: string[] = [];
  private current = "";
  private depth = 0;
  private readonly prefixes: string[] = [""];
  private length = 0;

  /** `limit`: stop collecting once this many characters are kept (the rest is not needed). */
  constructor(private readonly limit: number) {}

  text(raw: string): void {
    if (this.length < this.limit) this.current += raw;
  }

  /** Ends the current line; the next one starts at this blockquote depth. */
  lineBreak(quoteDepth: number): void {
    this.flush();
    this.depth = Math.min(quoteDepth, MAX_DEPTH);
  }

  private prefix(depth: number): string {
    return (this.prefixes[depth] ??= "> ".repeat(depth));
  }

  private flush(): void {
    if (this.current === "") return;
    let line = this.current.trim();
    this.current = "";
    if (line === "") return;
    if (line.includes("\n") || line.includes("\r")) line = line.replace(/[ \t\r\n\f]+/g, " ");
    const full = this.depth > 0 ? this.prefix(this.depth) + line : line;
    this.lines.push(full);
    this.length += full.length + 1;
  }

  /** Whether more text is still collected (the limit is not reached yet). */
  wantsMore(): boolean {
    return this.length < this.limit;
  }

  toString(): string {
    this.flush();
    return this.lines.join("\n");
  }
}

export interface ReadHtmlOptions {
  /**
   * Keep about this many characters of visible text (whole lines), for callers that only look
   * at its start; links and images are still read from the whole body. Default: all of it.
   */
  maxTextChars?: number | undefined;
}

/** A possible URL in text: what MAY_HOLD_URL looks for. */
const URL_MARK = /:\/\/|www\./gi;
const NONE_LEFT = -1;
const NOT_SEARCHED = -2;

/**
 * Keeps what the checks need from the element events. Text is sliced out of the input only
 * where it is kept: the visible text up to the limit, anchor text, and text outside links
 * that may hold a typed URL (found by one forward search over the input, not per text node).
 */
class SummaryBuilder implements ElementHandler {
  private hiddenDepth = 0;
  private quoteDepth = 0;
  images = 0;
  readonly anchors: HtmlAnchor[] = [];
  private openAnchor: { href: string; text: string[]; length: number } | undefined;
  readonly all: TextBuilder;
  /** Only text that may hold a typed URL is kept for the "outside links" view. */
  readonly outside: string[] = [];
  /** Next "&" and next URL mark at or after the text last looked at (NONE_LEFT, or NOT_SEARCHED yet). */
  private nextAmp = NOT_SEARCHED;
  private nextMark = NOT_SEARCHED;
  private nextMarkEnd = NOT_SEARCHED;

  constructor(
    private readonly html: string,
    maxTextChars: number
  ) {
    this.all = new TextBuilder(maxTextChars);
  }

  closeAnchor(): void {
    const a = this.openAnchor;
    if (!a) return;
    this.anchors.push({ href: a.href, text: a.text.join("").replace(/\s+/g, " ").trim() });
    this.openAnchor = undefined;
  }

  roleOf(name: string): number {
    if (HIDDEN.has(name)) return HIDDEN_ROLE;
    return (
      (BLOCK.has(name) ? BLOCK_ROLE : 0) |
      (name === "a" ? ANCHOR_ROLE : 0) |
      (name === "img" ? IMAGE_ROLE : 0) |
      (name === "blockquote" ? QUOTE_ROLE : 0)
    );
  }

  open({ role }: Tag, href: string | undefined): void {
    if (role === 0) return; // most tags (<b>, <span>, <font>…) change nothing here
    if (role & HIDDEN_ROLE) {
      this.hiddenDepth++;
      return;
    }
    if (this.hiddenDepth > 0) return;
    if (role & IMAGE_ROLE) this.images++;
    if (role & QUOTE_ROLE) this.quoteDepth++;
    if (role & BLOCK_ROLE) this.all.lineBreak(this.quoteDepth);
    if (role & ANCHOR_ROLE && href !== undefined) {
      this.closeAnchor(); // <a> cannot nest: a new one ends the previous, as browsers do
      const capped = href.slice(0, HREF_CAP);
      this.openAnchor = {
        href: (capped.includes("&") ? decodeHTMLAttribute(capped) : capped).trim(),
        text: [],
        length: 0,
      };
    }
  }

  close({ role }: Tag): void {
    if (role === 0) return;
    if (role & HIDDEN_ROLE) {
      this.hiddenDepth = Math.max(0, this.hiddenDepth - 1);
      return;
    }
    if (this.hiddenDepth > 0) return;
    if (role & ANCHOR_ROLE) this.closeAnchor();
    if (role & QUOTE_ROLE) this.quoteDepth = Math.max(0, this.quoteDepth - 1);
    if (role & BLOCK_ROLE) this.all.lineBreak(this.quoteDepth);
  }

  text(start: number, end: number): void {
    if (this.hiddenDepth > 0) return;
    const anchor = this.openAnchor;
    if (!anchor && !this.all.wantsMore()) {
      // Past the visible-text limit: outside links, only text that may hold a URL is kept.
      if (!this.ampIn(start, end) && !this.markIn(start, end)) return;
    }
    const raw = this.html.slice(start, end);
    const text = raw.includes("&") ? decodeHTML(raw) : raw;
    this.all.text(text);
    if (anchor) {
      if (anchor.length < ANCHOR_TEXT_CAP) {
        const piece = text.slice(0, ANCHOR_TEXT_CAP - anchor.length);
        anchor.text.push(piece);
        anchor.length += piece.length;
      }
    } else if (MAY_HOLD_URL.test(text)) {
      this.outside.push(text);
    }
  }

  /** Whether an "&" lies in [start, end). Text ranges come in order, so each search starts past the last. */
  private ampIn(start: number, end: number): boolean {
    if (this.nextAmp < start && this.nextAmp !== NONE_LEFT)
      this.nextAmp = this.html.indexOf("&", start);
    return this.nextAmp >= 0 && this.nextAmp < end;
  }

  /** Whether a URL mark ("://", "www.") lies whole in [start, end); searched forward like ampIn. */
  private markIn(start: number, end: number): boolean {
    if (this.nextMark < start && this.nextMark !== NONE_LEFT) {
      URL_MARK.lastIndex = start;
      const m = URL_MARK.exec(this.html);
      this.nextMark = m ? m.index : NONE_LEFT;
      this.nextMarkEnd = m ? m.index + m[0].length : NONE_LEFT;
    }
    return this.nextMark >= 0 && this.nextMarkEnd <= end;
  }
}

keepShape(new SummaryBuilder("", 0)); // see shapes.ts

/** Never throws: htmlparser2's Tokenizer accepts any string, and the handler only appends to capped buffers. */
export function readHtml(html: string, options: ReadHtmlOptions = {}): HtmlSummary {
  const summary = new SummaryBuilder(html, options.maxTextChars ?? Infinity);
  readElements(html, summary);
  summary.closeAnchor();
  return {
    text: summary.all.toString(),
    textOutsideLinks: summary.outside.join("\n"),
    anchors: summary.anchors,
    images: summary.images,
  };
}

/** The visible text of an HTML body (see readHtml). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}
