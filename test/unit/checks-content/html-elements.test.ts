/**
 * readHtml reads at htmlparser2's Tokenizer level for speed (src/core/text/html-elements.ts).
 * These differential tests hold it to htmlparser2's Parser: the same open/close/text events on
 * generated markup (implied ends, stray end tags, void and foreign elements, broken tags), and
 * the same summary as a plain Parser-based reader, with and without a text limit.
 */
import fc from "fast-check";
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { Parser } from "htmlparser2";
import { readElements } from "../../../src/core/text/html-elements";
import { readHtml, type HtmlSummary } from "../../../src/core/text/html";

type Event = ["open", string, string | undefined] | ["close", string] | ["text", string];

function parserEvents(html: string): Event[] {
  const out: Event[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attribs) => out.push(["open", name, attribs.href]),
      onclosetag: (name) => out.push(["close", name]),
      ontext: (text) => out.push(["text", text]),
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  return out;
}

function elementEvents(html: string): Event[] {
  const out: Event[] = [];
  readElements(html, {
    roleOf: () => 0,
    open: (tag, href) => out.push(["open", tag.name, href]),
    close: (tag) => out.push(["close", tag.name]),
    text: (start, end) => out.push(["text", html.slice(start, end)]),
  });
  return out;
}

/**
 * Compared as the reader uses them: adjacent text joined (where a text node ends is not part of
 * the contract), and an href only on anchors (the Parser reports every tag's attributes).
 */
function joinText(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const e: Event =
      event[0] === "open" && event[1] !== "a" ? ["open", event[1], undefined] : event;
    const last = out[out.length - 1];
    if (e[0] === "text" && last?.[0] === "text") last[1] += e[1];
    else out.push(e[0] === "text" ? ["text", e[1]] : e);
  }
  return out;
}

/** What readHtml did with htmlparser2's Parser before it read tokens: the reference. */
function referenceReadHtml(html: string, maxTextChars = Infinity): HtmlSummary {
  const HIDDEN = new Set(["script", "style", "head", "title", "template", "noscript", "xml"]);
  const BLOCK = new Set(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split(
      " "
    )
  );
  const lines: string[] = [];
  let current = "";
  let depth = 0;
  let length = 0;
  const flush = () => {
    let line = current.trim();
    current = "";
    if (line === "") return;
    if (/[\r\n]/.test(line)) line = line.replace(/[ \t\r\n\f]+/g, " ");
    const full = "> ".repeat(Math.min(depth, 50)) + line;
    lines.push(full);
    length += full.length + 1;
  };
  let hidden = 0;
  let quote = 0;
  let images = 0;
  const anchors: HtmlSummary["anchors"] = [];
  let open: { href: string; text: string } | undefined;
  const outside: string[] = [];
  const closeAnchor = () => {
    if (open) anchors.push({ href: open.href, text: open.text.replace(/\s+/g, " ").trim() });
    open = undefined;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (HIDDEN.has(name)) return void hidden++;
        if (hidden > 0) return;
        if (name === "img") images++;
        if (name === "blockquote") quote++;
        if (BLOCK.has(name)) {
          flush();
          depth = quote;
        }
        if (name === "a" && typeof attribs.href === "string") {
          closeAnchor();
          const href = attribs.href.slice(0, 4096);
          open = { href: (href.includes("&") ? decodeHTMLAttribute(href) : href).trim(), text: "" };
        }
      },
      ontext(raw) {
        if (hidden > 0) return;
        const text = raw.includes("&") ? decodeHTML(raw) : raw;
        if (length < maxTextChars) current += text;
        if (open) open.text = (open.text + text).slice(0, 500);
        else if (/:\/\/|www\./i.test(text)) outside.push(text);
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) return void (hidden = Math.max(0, hidden - 1));
        if (hidden > 0) return;
        if (name === "a") closeAnchor();
        if (name === "blockquote") quote = Math.max(0, quote - 1);
        if (BLOCK.has(name)) {
          flush();
          depth = quote;
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }
  );
  parser.write(html);
  parser.end();
  closeAnchor();
  flush();
  return { text: lines.join("\n"), textOutsideLinks: outside.join("\n"), anchors, images };
}

const TAGS =
  "p div a A blockquote br img hr svg math mi foreignObject desc title script style head body html table tr td th tbody thead li ul option select input textarea dd dt b span xml template noscript".split(
    " "
  );
const fragment = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom(...TAGS).map((t) => `<${t}/>`),
  fc.constantFrom(
    '<a href="https://a.example/x?b=1&amp;c=2">',
    "<A HREF=https://b.example/>",
    "<a href>",
    "<a name=x>",
    '<a href="https://first.example" href="https://second.example">',
    "<a id=1 href='//c.example' class=x>",
    "<svg><path/></svg>",
    "<!-- comment <p> -->",
    "<![CDATA[x<p>y]]>",
    "<!doctype html>",
    "<?xml version='1.0'?>",
    "< p>",
    "<",
    "</",
    "&amp;",
    "&lt;p&gt;",
    "http&#58;//d.example",
    "https://e.example/path",
    "www.f.example",
    " see www.g.example. ",
    "本文です。",
    "\n",
    "  ",
    '<a href="https://h.example/">https://i.example/</a>',
    "<blockquote><p>quoted</p></blockquote>",
    "<p class=x id=",
    '<a href="https://unterminated'
  ),
  fc.string({ maxLength: 12 })
);
const markup = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(""));

describe("element events read from the tokenizer", () => {
  it("match htmlparser2's Parser on generated markup", () => {
    fc.assert(
      fc.property(markup, (html) => {
        expect(joinText(elementEvents(html))).toEqual(joinText(parserEvents(html)));
      }),
      { numRuns: 3000 }
    );
  });

  it("match on hand-picked cases", () => {
    for (const html of [
      "<p>a<p>b</p></p><div>c</div></br></p>",
      "<table><tr><td>1<td>2<tr><td>3</table>",
      "<head><title>t</title><body>x",
      "<svg><g/><foreignObject><p/></foreignObject></svg><p/>after",
      "<ul><li>a<li>b</ul><select><option>1<option>2</select>",
      "<a href=x>one<div>two</a>three",
      "<img src=a></img><br/><input>",
      "<P>a</p><Div>b<dIV>c</DIV></div><BLOCKQUOTE>q</blockquote>",
      "<pİ>x</pi̇><Ǆ>y</ǆ><p>z</P>",
    ])
      expect(joinText(elementEvents(html))).toEqual(joinText(parserEvents(html)));
  });
});

describe("readHtml", () => {
  it("gives the same summary as a Parser-based reader, with and without a text limit", () => {
    fc.assert(
      fc.property(markup, fc.constantFrom(Infinity, 0, 10, 40), (html, limit) => {
        expect(readHtml(html, { maxTextChars: limit })).toEqual(referenceReadHtml(html, limit));
      }),
      { numRuns: 3000 }
    );
  });
});

describe("crafted markup stays linear", () => {
  it("200,000 open elements followed by 200,000 end tags of another name", () => {
    // Each stray end tag is answered from a per-name count, not by searching the open elements
    // (htmlparser2's Parser searches them: quadratic here).
    const html = `${"<div>".repeat(200_000)}${"</span>".repeat(200_000)}x`;
    expect(readHtml(html).text).toBe("x");
  });

  it("200,000 nested blockquotes closed by one end tag of their parent", () => {
    const html = `<section>${"<blockquote>".repeat(200_000)}deep</section>after`;
    const lines = readHtml(html).text.split("\n");
    expect(lines).toEqual([`${"> ".repeat(50)}deep`, "after"]);
  });
});
