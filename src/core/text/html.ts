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
  /** Visible text outside any link (where bare URLs typed into the text are looked for). */
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

class TextBuilder {
  private readonly parts: string[] = [];
  private atLineStart = true;
  private pendingSpace = false;

  constructor(private readonly prefix: () => string) {}

  text(raw: string): void {
    const collapsed = raw.replace(/[ \t\r\n\f]+/g, " ");
    if (collapsed === " " || collapsed === "") {
      if (!this.atLineStart) this.pendingSpace = true;
      return;
    }
    let chunk = collapsed;
    if (this.atLineStart) {
      chunk = chunk.replace(/^ /, "");
      this.parts.push(this.prefix());
      this.atLineStart = false;
    } else if (this.pendingSpace && !chunk.startsWith(" ")) {
      chunk = ` ${chunk}`;
    }
    this.pendingSpace = false;
    this.parts.push(chunk);
  }

  newline(): void {
    if (!this.atLineStart) {
      const last = this.parts.length - 1;
      const tail = this.parts[last] ?? "";
      if (tail.endsWith(" ")) this.parts[last] = tail.trimEnd();
      this.parts.push("\n");
    }
    this.atLineStart = true;
    this.pendingSpace = false;
  }

  toString(): string {
    return this.parts.join("").trim();
  }
}

/** Never throws: htmlparser2 accepts any string, and the callbacks only append to capped buffers. */
export function readHtml(html: string): HtmlSummary {
  let hiddenDepth = 0;
  let quoteDepth = 0;
  let images = 0;
  const anchors: HtmlAnchor[] = [];
  let openAnchor: { href: string; text: string[]; length: number } | undefined;
  const all = new TextBuilder(() => (quoteDepth > 0 ? "> ".repeat(Math.min(quoteDepth, 50)) : ""));
  const outside = new TextBuilder(() => "");

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
        if (BLOCK.has(name)) {
          all.newline();
          outside.newline();
        }
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
        } else {
          outside.text(text);
        }
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (name === "a") closeAnchor();
        if (BLOCK.has(name)) {
          all.newline();
          outside.newline();
        }
        if (name === "blockquote") quoteDepth = Math.max(0, quoteDepth - 1);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  closeAnchor();
  return { text: all.toString(), textOutsideLinks: outside.toString(), anchors, images };
}

/** The visible text of an HTML body (see readHtml). */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}
