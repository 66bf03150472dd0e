/**
 * Reads an HTML body without rendering it and without a DOM (the core runs in Node too):
 * the visible text, the links with their visible text, and how many images there are.
 * htmlparser2 does the tokenizing (a linear, forgiving state machine); this module only keeps
 * what the checks need and caps every buffer, so hostile input cannot blow up memory.
 * Entities are decoded by the `entities` package only in the text and hrefs that contain "&":
 * letting the tokenizer decode them costs about half of its time on a large body.
 */
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { Parser } from "htmlparser2";

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

/** Never throws: htmlparser2 accepts any string, and the callbacks only append to capped buffers. */
export function readHtml(html: string, options: ReadHtmlOptions = {}): HtmlSummary {
  let hiddenDepth = 0;
  let quoteDepth = 0;
  let images = 0;
  const anchors: HtmlAnchor[] = [];
  let openAnchor: { href: string; text: string[]; length: number } | undefined;
  const all = new TextBuilder(options.maxTextChars ?? Infinity);
  // Only text that may hold a typed URL is kept for the "outside links" view.
  const outside: string[] = [];

  const closeAnchor = () => {
    if (!openAnchor) return;
    anchors.push({
      href: openAnchor.href,
      text: openAnchor.text.join("").replace(/\s+/g, " ").trim(),
    });
    openAnchor = undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (HIDDEN.has(name)) {
          hiddenDepth++;
          return;
        }
        if (hiddenDepth > 0) return;
        if (name === "img") images++;
        if (name === "blockquote") quoteDepth++;
        if (BLOCK.has(name)) all.lineBreak(quoteDepth);
        if (name === "a" && typeof attribs.href === "string") {
          closeAnchor(); // <a> cannot nest: a new one ends the previous, as browsers do
          const href = attribs.href.slice(0, HREF_CAP);
          openAnchor = {
            href: (href.includes("&") ? decodeHTMLAttribute(href) : href).trim(),
            text: [],
            length: 0,
          };
        }
      },
      ontext(raw) {
        if (hiddenDepth > 0) return;
        const text = raw.includes("&") ? decodeHTML(raw) : raw;
        all.text(text);
        if (openAnchor) {
          if (openAnchor.length < ANCHOR_TEXT_CAP) {
            const piece = text.slice(0, ANCHOR_TEXT_CAP - openAnchor.length);
            openAnchor.text.push(piece);
            openAnchor.length += piece.length;
          }
        } else if (MAY_HOLD_URL.test(text)) {
          outside.push(text);
        }
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (name === "a") closeAnchor();
        if (name === "blockquote") quoteDepth = Math.max(0, quoteDepth - 1);
        if (BLOCK.has(name)) all.lineBreak(quoteDepth);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  closeAnchor();
  return { text: all.toString(), textOutsideLinks: outside.join("\n"), anchors, images };
}

/** The visible text of an HTML body (see readHtml). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}
