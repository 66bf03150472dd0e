/**
 * Element events for an HTML string, read at the level of htmlparser2's Tokenizer: open and
 * close events (with the same implied opens and closes htmlparser2's Parser produces in HTML
 * mode), and text as index ranges into the string. The Parser builds every tag's attribute
 * object and slices every text node; on a 2 MB body that cost about as much as tokenizing
 * itself, while the body checks need only tag names, one attribute (href) and some of the text.
 * The differential test (html-elements.test.ts) holds these events to the Parser's on
 * generated markup.
 */
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from "htmlparser2";
import { keepShape } from "./shapes";

/** An element name (lower case) and what the handler made of it, once per name and document. */
export interface Tag {
  readonly name: string;
  readonly role: number;
}

export interface ElementHandler {
  /** Called once for each element name met: a number the handler reads back from Tag.role. */
  roleOf(name: string): number;
  /** A start tag (or an implied one); `href` is its first href attribute, if it has one. */
  open(tag: Tag, href: string | undefined): void;
  /** An end tag, written or implied (by another tag, a parent's end, or the end of the input). */
  close(tag: Tag): void;
  /** Text (raw: entities not decoded) between `start` and `end` of the input. */
  text(start: number, end: number): void;
}

function setsOf(groups: Record<string, string>): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const [closers, closed] of Object.entries(groups)) {
    const set = new Set(closed.split(" "));
    for (const name of closers.split(" ")) out.set(name, set);
  }
  return out;
}

/** Start tags that first end open elements of these names on top of the stack (HTML's implied end tags). */
const IMPLIED_CLOSE = setsOf({
  tr: "tr th td",
  th: "th",
  td: "thead th td",
  body: "head link script",
  li: "li",
  "p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul":
    "p",
  "select input output button datalist textarea":
    "input option optgroup select button datalist textarea",
  option: "option",
  optgroup: "optgroup option",
  "dd dt": "dd dt",
  "rt rp": "rt rp",
  "tbody tfoot": "thead tbody",
});
/** Elements without content: never on the stack, closed right after they open. */
const VOID = new Set(
  "area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr".split(
    " "
  )
);
/** Inside these, "<x/>" closes x (as in XML); inside the integration points it does not. */
const FOREIGN = new Set(["math", "svg"]);
const INTEGRATION = new Set("mi mo mn ms mtext annotation-xml foreignobject desc title".split(" "));

const HREF = "href";

/** What the stack rules need to know of one element name, looked up once per name and document. */
class ElementKind implements Tag {
  readonly isVoid: boolean;
  readonly isForeign: boolean;
  readonly isIntegration: boolean;
  readonly closes: ReadonlySet<string> | undefined;
  /** How many elements of this name are open: an end tag with none open costs no search. */
  open = 0;

  constructor(
    readonly name: string,
    readonly role: number
  ) {
    this.isVoid = VOID.has(name);
    this.isForeign = FOREIGN.has(name);
    this.isIntegration = INTEGRATION.has(name);
    this.closes = IMPLIED_CLOSE.get(name);
  }
}

/** Whether html[start, end), ASCII letters lower-cased, is `name`. */
function sameAsciiName(name: string, html: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = start; i < end; i++) {
    let c = html.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== name.charCodeAt(i - start)) return false;
  }
  return true;
}

class ElementReader implements TokenizerCallbacks {
  /** Open elements, innermost last. */
  private readonly stack: ElementKind[] = [];
  /** Kinds by the name as written ("P" and "p" share one kind). */
  private readonly kinds = new Map<string, ElementKind>();
  /** The kind last found for a hash of an ASCII name (see kindAt). */
  private readonly kindsByHash = new Map<number, ElementKind>();
  /** Whether "<x/>" self-closes here; innermost last. */
  private readonly foreign: boolean[] = [false];
  private tag: ElementKind | undefined;
  private href: string | undefined;
  private readingHref = false;
  private hrefValue = "";

  constructor(
    private readonly html: string,
    private readonly handler: ElementHandler
  ) {}

  /**
   * The kind of the tag name in html[start, end). A 2 MB body has some 100,000 tags: an ASCII
   * name is found by a hash of its lower-cased characters and compared in place, so no string
   * is made per tag; other names (and hash collisions) take the slice-and-map path.
   */
  private kindAt(start: number, end: number): ElementKind {
    const html = this.html;
    let hash = end - start;
    let ascii = true;
    for (let i = start; i < end; i++) {
      let c = html.charCodeAt(i);
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      else if (c >= 0x80) ascii = false;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    const known = ascii ? this.kindsByHash.get(hash) : undefined;
    if (known && sameAsciiName(known.name, html, start, end)) return known;
    const written = html.slice(start, end);
    let kind = this.kinds.get(written);
    if (!kind) {
      const name = written.toLowerCase();
      kind = this.kinds.get(name) ?? new ElementKind(name, this.handler.roleOf(name));
      this.kinds.set(written, kind);
      this.kinds.set(name, kind);
    }
    if (ascii) this.kindsByHash.set(hash, kind);
    return kind;
  }

  private pop(): ElementKind {
    const kind = this.stack.pop() as ElementKind;
    kind.open--;
    return kind;
  }

  private startTag(kind: ElementKind): void {
    this.tag = kind;
    this.href = undefined;
    this.readingHref = false;
    this.hrefValue = "";
    const closes = kind.closes;
    if (closes) {
      while (
        this.stack.length > 0 &&
        closes.has((this.stack[this.stack.length - 1] as ElementKind).name)
      )
        this.handler.close(this.pop());
    }
    if (kind.isVoid) return;
    this.stack.push(kind);
    kind.open++;
    if (kind.isForeign) this.foreign.push(true);
    else if (kind.isIntegration) this.foreign.push(false);
  }

  private finishStartTag(): ElementKind | undefined {
    const kind = this.tag;
    if (!kind) return undefined;
    this.tag = undefined;
    this.handler.open(kind, this.href);
    if (kind.isVoid) this.handler.close(kind);
    return kind;
  }

  /** A start tag that also ends itself ("<p/>" in foreign content, or an implied "<p>" for "</p>"). */
  private finishSelfClosingTag(): void {
    const kind = this.finishStartTag();
    if (kind && this.stack[this.stack.length - 1] === kind) {
      this.pop();
      this.handler.close(kind);
    }
  }

  onopentagname(start: number, end: number): void {
    this.startTag(this.kindAt(start, end));
  }

  onattribname(start: number, end: number): void {
    // Only an anchor's first href is read; other attributes are skipped without a copy.
    this.readingHref =
      this.href === undefined &&
      this.tag?.name === "a" &&
      end - start === HREF.length &&
      this.html.slice(start, end).toLowerCase() === HREF;
  }

  onattribdata(start: number, end: number): void {
    if (this.readingHref) this.hrefValue += this.html.slice(start, end);
  }

  onattribentity(): void {
    // Not called: entities are left for the handler (decodeEntities: false).
  }

  onattribend(_quote: QuoteType, _end: number): void {
    if (!this.readingHref) return;
    this.href = this.hrefValue;
    this.hrefValue = "";
    this.readingHref = false;
  }

  onopentagend(): void {
    this.finishStartTag();
  }

  onselfclosingtag(): void {
    if (this.foreign[this.foreign.length - 1] === true) this.finishSelfClosingTag();
    else this.finishStartTag();
  }

  onclosetag(start: number, end: number): void {
    const kind = this.kindAt(start, end);
    if (kind.isForeign || kind.isIntegration) this.foreign.pop();
    if (kind.isVoid) {
      if (kind.name === "br") {
        // "</br>" is read as a line break, as browsers do.
        this.handler.open(kind, undefined);
        this.handler.close(kind);
      }
      return;
    }
    if (kind.open > 0) {
      // Ends every element opened inside it too, innermost first.
      for (;;) {
        const top = this.pop();
        this.handler.close(top);
        if (top === kind) break;
      }
    } else if (kind.name === "p") {
      // A stray "</p>" makes an empty paragraph.
      this.startTag(kind);
      this.finishSelfClosingTag();
    }
  }

  ontext(start: number, end: number): void {
    this.handler.text(start, end);
  }

  ontextentity(): void {
    // Not called (decodeEntities: false).
  }

  oncdata(): void {
    // CDATA in HTML is a comment: not shown.
  }

  oncomment(): void {}

  ondeclaration(): void {}

  onprocessinginstruction(): void {}

  onend(): void {
    for (let i = this.stack.length - 1; i >= 0; i--)
      this.handler.close(this.stack[i] as ElementKind);
  }
}

const OPTIONS = { xmlMode: false, decodeEntities: false };

// Idle objects shaped like a read's, so a collection between reads keeps the reader compiled.
const IDLE_HANDLER: ElementHandler = { roleOf: () => 0, open() {}, close() {}, text() {} };
keepShape(new Tokenizer(OPTIONS, new ElementReader("", IDLE_HANDLER)));
keepShape(new ElementKind("", 0));

/** Reads `html` once, calling `handler` in document order. Never throws on any input. */
export function readElements(html: string, handler: ElementHandler): void {
  const tokenizer = new Tokenizer(OPTIONS, new ElementReader(html, handler));
  tokenizer.write(html);
  tokenizer.end();
}
