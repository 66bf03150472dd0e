/**
 * The pieces of a report, whatever the source: from raw MIME (an .eml file, getAsFileAsync)
 * or, in Outlook without the MIME, from the item's body and attachments.
 */
import type { MessageSnapshot, HeaderField } from "../model/snapshot";
import { htmlToText } from "../text/html";
import { allParts, decodeCharset, parseMime, partBytes, partText, type MimePart } from "./mime";
import { inlineOriginalStart } from "./text";

export interface ReportView {
  headers: HeaderField[];
  /** The report-type parameter of a multipart/report, lowercased ("" when none). */
  reportType: string;
  /** Human-readable text of the report, without the returned original. */
  text: string;
  dsnTexts: string[];
  feedbackText: string | null;
  /** The fields of a read receipt's message/disposition-notification part (RFC 8098). */
  mdnText: string | null;
  original: { bytes: Uint8Array; whole: boolean } | null;
  readFrom: "mime" | "body";
}

const MAX_TEXT = 128 * 1024;
const DSN_TYPES = new Set(["message/delivery-status", "message/global-delivery-status"]);
const MDN_TYPES = new Set([
  "message/disposition-notification",
  "message/global-disposition-notification",
]);
const ORIGINAL_TYPES = new Set([
  "message/rfc822",
  "message/global",
  "message/rfc822-headers",
  "text/rfc822-headers",
  "message/global-headers",
  "message/partial",
]);

function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** A quoted line ("> …", ">> …"); sendmail's own transcript lines (">>> DATA") are not quotes. */
const QUOTED_LINE = /^>(?!>> )/;

/**
 * A report forwarded inline by a mail program that quotes what it forwards (Apple Mail's "Begin
 * forwarded message:", mutt): a user sends a bounce to the help desk that way. When most lines
 * are quoted, one level of "> " is taken off so the report reads as written (its DSN fields
 * pasted in the text included); a report with only a few quoted lines is left as it is.
 */
export function unquoteForwarded(text: string): string {
  const lines = text.split("\n");
  let filled = 0;
  let quoted = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    filled++;
    if (QUOTED_LINE.test(line)) quoted++;
  }
  if (quoted < 5 || quoted * 2 < filled) return text;
  return lines.map((line) => (QUOTED_LINE.test(line) ? line.replace(/^> ?/, "") : line)).join("\n");
}

/** Moves an inline copy of the original (common in single-part reports) out of the text. */
function splitInlineOriginal(view: ReportView): void {
  if (view.original) return;
  const at = inlineOriginalStart(view.text);
  if (at <= 0) return;
  const tail = view.text.slice(at);
  view.text = view.text.slice(0, at);
  view.original = { bytes: new TextEncoder().encode(tail), whole: hasBodyAfterHeaders(tail) };
}

/** A blank line followed by any text: the pasted original has a body, not only headers. */
function hasBodyAfterHeaders(text: string): boolean {
  const blank = text.indexOf("\n\n");
  return blank >= 0 && text.slice(blank + 2).trim() !== "";
}

export function viewFromMime(raw: Uint8Array): ReportView {
  const tree = parseMime(raw);
  const root = tree.root;
  const view: ReportView = {
    headers: root.headers,
    // A multipart/report whose parts are missing (no boundary in the body) is read as text, but
    // its header still says what it reports.
    reportType:
      root.type === "multipart/report"
        ? (root.params["report-type"] ?? "").toLowerCase()
        : reportTypeOf(root.headers),
    text: "",
    dsnTexts: [],
    feedbackText: null,
    mdnText: null,
    original: null,
    readFrom: "mime",
  };
  const plain: string[] = [];
  const html: MimePart[] = [];
  let textSize = 0;
  for (const part of allParts(root)) {
    if (part.children.length > 0 || part.type.startsWith("multipart/")) {
      if (part !== root && part.type === "multipart/report" && !view.reportType)
        view.reportType = (part.params["report-type"] ?? "").toLowerCase();
      continue;
    }
    if (DSN_TYPES.has(part.type)) {
      view.dsnTexts.push(partText(tree, part));
    } else if (part.type === "message/feedback-report") {
      view.feedbackText = partText(tree, part);
    } else if (MDN_TYPES.has(part.type)) {
      view.mdnText ??= partText(tree, part);
    } else if (ORIGINAL_TYPES.has(part.type)) {
      if (!view.original)
        view.original = { bytes: partBytes(tree, part), whole: !/headers$/.test(part.type) };
    } else if (part.type === "text/html" && !isAttachedFile(part)) {
      html.push(part); // decoded only when there is no plain text (Exchange sends both)
    } else if (part.type === "text/plain" && !isAttachedFile(part) && textSize < MAX_TEXT) {
      const t = normalise(partText(tree, part));
      textSize += t.length;
      plain.push(t);
    }
  }
  const texts =
    plain.length > 0 ? plain : html.slice(0, 8).map((p) => normalise(partText(tree, p)));
  view.text = unquoteForwarded(texts.join("\n\n").slice(0, MAX_TEXT));
  splitInlineOriginal(view);
  return view;
}

function isAttachedFile(part: MimePart): boolean {
  const disposition =
    part.headers.find((h) => h.name.toLowerCase() === "content-disposition")?.value ?? "";
  return /^\s*attachment/i.test(disposition) && /\.(txt|html?)\b/i.test(disposition) === false;
}

/**
 * Outlook without getAsFileAsync: the body text, the report's attachments and the top-level
 * internet headers (getAllInternetHeadersAsync), read as close to the MIME path as they allow.
 */
export function viewFromBody(snapshot: MessageSnapshot): ReportView {
  const headers = snapshot.headers ?? syntheticHeaders(snapshot);
  const view: ReportView = {
    headers,
    reportType: reportTypeOf(headers),
    text: normalise(
      snapshot.bodyText ?? (snapshot.bodyHtml ? htmlToText(snapshot.bodyHtml) : "")
    ).slice(0, MAX_TEXT),
    dsnTexts: [],
    feedbackText: null,
    mdnText: null,
    original: null,
    readFrom: "body",
  };
  for (const a of snapshot.attachments) {
    const type = (a.contentType ?? "").toLowerCase();
    const name = a.name.toLowerCase();
    const content = a.content;
    if (!content) continue;
    if (DSN_TYPES.has(type) || name.endsWith(".dsn"))
      view.dsnTexts.push(decodeCharset(content.subarray(0, MAX_TEXT), "utf-8"));
    else if (type === "message/feedback-report")
      view.feedbackText = decodeCharset(content.subarray(0, MAX_TEXT), "utf-8");
    else if (MDN_TYPES.has(type))
      view.mdnText ??= decodeCharset(content.subarray(0, MAX_TEXT), "utf-8");
    else if (
      !view.original &&
      (ORIGINAL_TYPES.has(type) || a.kind === "item" || name.endsWith(".eml"))
    ) {
      view.original = { bytes: content, whole: !/headers$/.test(type) };
    } else if (isTextFile(type, name) && view.text.length < MAX_TEXT) {
      // The MIME path reads an attached .txt as part of the report (some MTAs put the error or
      // the returned headers there), and Exchange turns every text section after the first
      // into an ATT0000n.txt attachment: the body path reads them the same way.
      const text = normalise(decodeCharset(content.subarray(0, MAX_TEXT), "utf-8"));
      view.text = (view.text ? `${view.text}\n\n${text}` : text).slice(0, MAX_TEXT);
    }
  }
  view.text = unquoteForwarded(view.text);
  splitInlineOriginal(view);
  return view;
}

function isTextFile(type: string, name: string): boolean {
  return (
    type === "text/plain" ||
    ((type === "" || type === "application/octet-stream") && name.endsWith(".txt"))
  );
}

/** The report-type of a multipart/report, from the top Content-Type as Outlook passes it on. */
function reportTypeOf(headers: HeaderField[]): string {
  const value = headers.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "";
  if (!/^\s*multipart\/report\b/i.test(value)) return "";
  return (/report-type\s*=\s*"?([\w.-]+)/i.exec(value)?.[1] ?? "").toLowerCase();
}

function syntheticHeaders(snapshot: MessageSnapshot): HeaderField[] {
  const out: HeaderField[] = [{ name: "Subject", value: snapshot.subject }];
  if (snapshot.from)
    out.push({
      name: "From",
      value: snapshot.from.name
        ? `${snapshot.from.name} <${snapshot.from.address}>`
        : snapshot.from.address,
    });
  for (const t of snapshot.to) out.push({ name: "To", value: t.address });
  return out;
}
