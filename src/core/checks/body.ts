/**
 * Item 9: does the body look like spam or phishing to a filter? Links (count, domains,
 * shorteners, a visible URL that differs from the target, bare IP addresses), a Japanese mail
 * that is mostly Latin letters, long quoted history, an image-only or empty body, and text and
 * HTML parts that say different things. Thresholds come from the policy; the share of Latin
 * letters is a product choice (no sourced number exists), labelled as such below.
 */
import type { Finding } from "../model/finding";
import { say, sayAs, text } from "../messages";
import type { MessageSnapshot } from "../model/snapshot";
import { bodyView, HTML_TEXT_SAMPLE_CHARS, type BodyView } from "../text/body-view";
import { clip, listSome } from "../text/clip";
import { isIpHost, isPrivateIp, registrableDomain } from "../text/domain";
import { claimedHost, isOpaqueRewriter } from "../text/links";
import { isJapaneseText, scriptShare, textWeight } from "../text/script";
import { isUrlShortener } from "../text/shorteners";
import { RTF_ONLY_NOTE, SMIME_NOTE } from "../mime/msg-notes";
import { utf8Length } from "./size";
import type { CheckInput, NamedCheck } from "./types";

/** Above this share of English content a Japanese mail reads as "mostly English" (product choice). */
export const LATIN_SHARE_LIMIT = 0.5;
/** Quoted share is judged only on bodies at least this long (non-blank characters). */
const MIN_CHARS_FOR_QUOTED_SHARE = 200;
/** A body with an image and less visible text than this is "image only". */
const IMAGE_ONLY_MAX_CHARS = 30;
/** Fewer visible characters than this is "nearly empty". */
const NEARLY_EMPTY_CHARS = 5;
/** Text and HTML parts must share at least this part of their words (both ways). */
const PARTS_MIN_OVERLAP = 0.5;
const PARTS_MIN_TOKENS = 10;
/**
 * The parts are compared on their first characters only: a generated text part and its HTML
 * agree from the start, and a disguised one differs from the start, while a long quoted history
 * would only make the comparison slow.
 */
const PARTS_SAMPLE_CHARS = HTML_TEXT_SAMPLE_CHARS;

/** Non-blank characters, counting no further than `limit` (only "fewer than N" is asked). */
function nonBlankLength(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    // A CJK character counts twice: "了解です" is a whole reply (textWeight).
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0) n += textWeight(c);
  }
  return n;
}

function linkFindings(view: BodyView, input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { maxLinks, maxLinkDomains } = input.policy.limits;
  const links = view.links;
  if (links.length > maxLinks) {
    out.push(
      say(
        9,
        "body.link-count",
        "warning",
        { length: links.length, maxLinks },
        {
          evidence: listSome(
            links.map((l) => clip(l.href, 80)),
            3
          ),
        }
      )
    );
  }
  const domains = [...new Set(links.map((l) => l.domain).filter((d) => d !== ""))];
  if (domains.length > maxLinkDomains) {
    out.push(
      say(
        9,
        "body.link-domains",
        "warning",
        { length: domains.length, maxLinkDomains },
        {
          evidence: listSome(
            domains.map((d) => clip(d, 80)),
            8
          ),
        }
      )
    );
  }
  const shortenerHosts = new Map<string, string>();
  for (const l of links)
    if (l.host && isUrlShortener(l.host) && !shortenerHosts.has(l.host))
      shortenerHosts.set(l.host, l.href);
  for (const [host, href] of shortenerHosts) {
    out.push(say(9, "body.url-shortener", "warning", { host }, { evidence: clip(href, 200) }));
  }
  const mismatches: string[] = [];
  for (const l of links) {
    if (l.source !== "html" || !l.text || !l.host || isOpaqueRewriter(l.host)) continue;
    const claimed = claimedHost(l.text);
    if (!claimed || isIpHost(claimed)) continue;
    if (registrableDomain(claimed) !== l.domain)
      mismatches.push(`${clip(l.text, 80)} → ${clip(l.href, 120)}`);
  }
  if (mismatches.length > 0) {
    out.push(
      say(
        9,
        "body.link-text-mismatch",
        "warning",
        { length: mismatches.length },
        { evidence: listSome(mismatches, 3) }
      )
    );
  }
  const ipLinks = links.filter((l) => l.host && isIpHost(l.host));
  const publicIp = ipLinks.filter((l) => !isPrivateIp(l.host));
  const privateIp = ipLinks.filter((l) => isPrivateIp(l.host));
  if (publicIp.length > 0) {
    out.push(
      say(
        9,
        "body.ip-link",
        "warning",
        { example: "https://www.example.co.jp/…" },
        {
          evidence: listSome(
            publicIp.map((l) => clip(l.href, 120)),
            3
          ),
        }
      )
    );
  }
  if (privateIp.length > 0) {
    out.push(
      say(
        9,
        "body.private-ip-link",
        "info",
        {},
        {
          evidence: listSome(
            privateIp.map((l) => clip(l.href, 120)),
            3
          ),
        }
      )
    );
  }
  return out;
}

/**
 * The same sentence takes about three times as many letters in English as in Japanese (kana and
 * kanji carry more per character), so letters are weighed by this before comparing the two: a
 * bilingual notice (各位 / Dear all) is then about half English, as a reader would say.
 */
const LATIN_LETTERS_PER_JAPANESE = 3;

/** How much of the text is English, by content rather than by letter count. */
function englishShare(latin: number, japanese: number): number {
  const english = latin / LATIN_LETTERS_PER_JAPANESE;
  return english + japanese === 0 ? 0 : english / (english + japanese);
}

/** The first line of the author's words written in English prose, as an example of what counted. */
function firstEnglishLine(authorText: string): string | undefined {
  let at = 0;
  const end = Math.min(authorText.length, 128 * 1024);
  while (at < end) {
    let nl = authorText.indexOf("\n", at);
    if (nl < 0 || nl > end) nl = end;
    const line = authorText.slice(at, nl).trim();
    const share = scriptShare(line);
    if (share.japanese === 0 && share.latin >= 20) return clip(line, 120);
    at = nl + 1;
  }
  return undefined;
}

function languageFindings(view: BodyView): Finding[] {
  const share = view.authorScripts;
  if (!isJapaneseText(share)) return [];
  const english = englishShare(share.latin, share.japanese);
  if (english <= LATIN_SHARE_LIMIT) return [];
  const percent = Math.round(english * 100);
  return [
    say(
      9,
      "body.latin-share",
      "warning",
      { percent, value: LATIN_SHARE_LIMIT * 100, latin: share.latin, japanese: share.japanese },
      { evidence: firstEnglishLine(view.authorText) }
    ),
  ];
}

/**
 * Gmail clips a message whose HTML is larger than about 102 KB ("[Message clipped]"), hiding the
 * rest and its footer: the one sourced harm of long quoted history. Below that, a deep or mostly
 * quoted thread is how ordinary business replies look (especially in Japan), so it is a note.
 */
const CLIPPED_BODY_BYTES = 102 * 1024;

/** The larger body part's UTF-8 size (exact when it may pass the clipping size). */
function bodyBytes(snapshot: MessageSnapshot): number {
  const part =
    (snapshot.bodyHtml?.length ?? 0) >= (snapshot.bodyText?.length ?? 0)
      ? snapshot.bodyHtml
      : snapshot.bodyText;
  if (!part) return 0;
  return part.length * 3 <= CLIPPED_BODY_BYTES ? part.length : utf8Length(part);
}

function quoteFindings(view: BodyView, input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { maxQuoteDepth, maxQuotedShare } = input.policy.limits;
  const q = view.quotes;
  const long = q.maxDepth > maxQuoteDepth || q.quotedShare > maxQuotedShare;
  const bytes = long ? bodyBytes(input.snapshot) : 0;
  const clipped = bytes > CLIPPED_BODY_BYTES;
  const note = clipped ? text("body.note.clipped", { size: bytes }) : text("body.note.small", {});
  if (q.maxDepth > maxQuoteDepth) {
    out.push(
      say(
        9,
        "body.quote-depth",
        clipped ? "warning" : "info",
        { maxDepth: q.maxDepth, maxQuoteDepth, note },
        {
          evidence: q.firstMarker ? clip(q.firstMarker, 120) : ">".repeat(Math.min(q.maxDepth, 20)),
        }
      )
    );
  }
  if (q.totalChars >= MIN_CHARS_FOR_QUOTED_SHARE && q.quotedShare > maxQuotedShare) {
    const percent = Math.round(q.quotedShare * 100);
    out.push(
      say(
        9,
        "body.quoted-share",
        clipped ? "warning" : "info",
        { percent, value: Math.round(maxQuotedShare * 100), note },
        { evidence: `${q.quotedChars} / ${q.totalChars}` }
      )
    );
  }
  return out;
}

/** An S/MIME enveloped or opaque-signed mail: the body is inside application/pkcs7-mime. */
function isSmimeEnvelope(snapshot: MessageSnapshot): boolean {
  return snapshot.attachments.some(
    (a) =>
      /^application\/(x-)?pkcs7-mime\b/i.test(a.contentType ?? "") ||
      /^smime\.p7m$/i.test(a.name ?? "")
  );
}

/** A meeting request or response: its content is the calendar part, the text may well be empty. */
function isCalendarItem(snapshot: MessageSnapshot): boolean {
  return snapshot.attachments.some(
    (a) => /^text\/calendar\b/i.test(a.contentType ?? "") || /\.ics$/i.test(a.name ?? "")
  );
}

function emptinessFindings(view: BodyView, snapshot: MessageSnapshot): Finding[] {
  if (isCalendarItem(snapshot)) return [];
  const chars = nonBlankLength(
    view.visibleText,
    Math.max(IMAGE_ONLY_MAX_CHARS, NEARLY_EMPTY_CHARS)
  );
  const images = view.html?.images ?? 0;
  const hasAttachments = snapshot.attachments.some((a) => !a.isInline);
  if (images > 0 && chars < IMAGE_ONLY_MAX_CHARS) {
    return [
      say(
        9,
        "body.image-only",
        "warning",
        {},
        { evidence: clip(view.visibleText.trim(), 80) || undefined }
      ),
    ];
  }
  if (chars < NEARLY_EMPTY_CHARS) {
    return [
      hasAttachments
        ? sayAs(9, "body.empty", "body.empty-with-attachments", "warning", {})
        : say(9, "body.empty", "warning", {}),
    ];
  }
  return [];
}

/**
 * Words for comparing the parts: Latin/digit runs of 2+ characters, and pairs of Japanese
 * letters. A pair is kept as a small integer (both letters numbered within the two Japanese
 * ranges below, 15 bits each), not a string: a long body has tens of thousands of pairs, and
 * the integer fits V8's unboxed range. Words and pairs can never be equal to each other.
 */
function tokens(text: string): Set<string | number> {
  const out = new Set<string | number>();
  const norm = text.normalize("NFKC").toLowerCase();
  let wordStart = -1;
  let prevJa = -1;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 0;
    const latin = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (latin) {
      if (wordStart < 0) wordStart = i;
      prevJa = -1;
      continue;
    }
    if (wordStart >= 0 && i - wordStart >= 2)
      out.add(norm.slice(wordStart, Math.min(i, wordStart + 64)));
    wordStart = -1;
    const kana = c >= 0x3041 && c <= 0x30ff;
    if (kana || (c >= 0x3400 && c <= 0x9fff)) {
      const letter = kana ? c - 0x3041 : c - 0x3400 + (0x30ff - 0x3041 + 1);
      if (prevJa >= 0) out.add(prevJa * 0x8000 + letter);
      prevJa = letter;
    } else prevJa = -1;
  }
  return out;
}

function overlap(a: Set<string | number>, b: Set<string | number>): number {
  if (a.size === 0) return 1;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / a.size;
}

function partsFindings(view: BodyView, snapshot: MessageSnapshot): Finding[] {
  const text = snapshot.bodyText ?? "";
  if (!view.html || text.trim() === "") return [];
  const textTokens = tokens(text.slice(0, PARTS_SAMPLE_CHARS));
  const htmlTokens = tokens(view.visibleText.slice(0, PARTS_SAMPLE_CHARS));
  if (textTokens.size < PARTS_MIN_TOKENS && htmlTokens.size < PARTS_MIN_TOKENS) return [];
  // Links may be shown as "text <url>" in one part and as an anchor in the other: count hrefs as HTML words.
  const htmlWithHrefs = new Set([
    ...htmlTokens,
    ...tokens(view.html.anchors.map((a) => a.href).join(" ")),
  ]);
  const textCovered = overlap(textTokens, htmlWithHrefs);
  const htmlCovered = overlap(htmlTokens, textTokens);
  if (Math.min(textCovered, htmlCovered) >= PARTS_MIN_OVERLAP) return [];
  return [
    say(
      9,
      "body.parts-differ",
      "warning",
      {},
      { evidence: `${clip(text.trim(), 80)} | ${clip(view.visibleText, 80)}` }
    ),
  ];
}

/**
 * Neither a text nor an HTML body is known and there is no attachment: the source did not give
 * the body (a bounce that returned only the original's headers, for instance). An empty body
 * reads as "" instead, and a mail of attachments only still has its attachments listed.
 */
function bodyUnknown(snapshot: MessageSnapshot): boolean {
  return (
    snapshot.bodyText === undefined &&
    snapshot.bodyHtml === undefined &&
    !snapshot.attachments.some((a) => !a.isInline)
  );
}

/** The file reader could not read the body (RTF-only or encrypted .msg): input-notes says so. */
function bodyUnreadable(snapshot: MessageSnapshot): boolean {
  return (snapshot.notes ?? []).some(
    (n) => n.startsWith(RTF_ONLY_NOTE) || (n.startsWith(SMIME_NOTE) && /encrypted/.test(n))
  );
}

function runBodyChecks(input: CheckInput): Finding[] {
  if (bodyUnreadable(input.snapshot)) return [];
  if (bodyUnknown(input.snapshot)) {
    return [say(9, "body.unavailable", "info", {})];
  }
  if (isSmimeEnvelope(input.snapshot)) {
    return [say(9, "body.encrypted", "info", {})];
  }
  const view = bodyView(input.snapshot, input);
  const problems = [
    ...linkFindings(view, input),
    ...languageFindings(view),
    ...quoteFindings(view, input),
    ...emptinessFindings(view, input.snapshot),
    ...partsFindings(view, input.snapshot),
  ];
  if (problems.some((f) => f.severity === "warning" || f.severity === "problem")) return problems;
  const domains = new Set(view.links.map((l) => l.domain).filter((d) => d !== "")).size;
  return [
    ...problems,
    say(9, "body.checked", "ok", {
      length: view.links.length,
      domains,
      maxDepth: view.quotes.maxDepth,
    }),
  ];
}

export const bodyCheck: NamedCheck = { name: "body", items: [9], run: runBodyChecks };
