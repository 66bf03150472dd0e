/**
 * The web links of a message: from the HTML anchors (with their visible text) and from URLs
 * typed into the text. Pure: no DOM, no network.
 */
import type { MessageSnapshot } from "../model/snapshot";
import { domainParts, registrableDomain } from "./domain";
import { readHtml, type HtmlSummary } from "./html";
import { findUrlsInText } from "./urls";
import { parseAbsoluteWebUrl, type WebUrl } from "./web-url";

export interface Link {
  /** The target as written in the message (used as evidence). */
  href: string;
  /** Lower-cased host of the target; "" when the target cannot be parsed. */
  host: string;
  /** Registrable domain of the host (see registrableDomain). */
  domain: string;
  /** Visible text of an HTML anchor. */
  text?: string | undefined;
  source: "html" | "text";
}

function parseWebUrl(raw: string): WebUrl | undefined {
  const trimmed = raw.trim();
  let candidate: string;
  if (/^https?:\/\//i.test(trimmed)) candidate = trimmed;
  else if (trimmed.startsWith("//")) candidate = `https:${trimmed}`;
  else if (/^www\./i.test(trimmed)) candidate = `http://${trimmed}`;
  else return undefined;
  return parseAbsoluteWebUrl(candidate);
}

/** True when the href points at the web (not mailto:, tel:, cid:, an in-page #anchor…). */
export function isWebHref(href: string): boolean {
  return /^\s*(https?:\/\/|\/\/|www\.)/i.test(href);
}

/*
 * Mail security gateways rewrite every link of a received mail to pass through their checker, so
 * quoted history and forwards are full of them. The real target is judged where the rewrite
 * carries it: Microsoft Defender Safe Links, Proofpoint URL Defense (v1, v2, v3), Barracuda Link
 * Protection, Trend Micro Click-Time and Google's redirect. Others (Mimecast, Cisco) keep the
 * target on their server: those links are known for what they are, not judged by their host.
 */
const SAFE_LINKS = /(^|\.)safelinks\.protection\.outlook\.com$/;
const PROOFPOINT_V1_V2 = /^urldefense\.proofpoint\.com$/;
const PROOFPOINT_V3 = /^urldefense\.com$/;
const BARRACUDA = /^linkprotect\.cudasvc\.com$/;
const TREND_MICRO = /(^|\.)trendmicro\.com$/;
const GOOGLE_REDIRECT = /^(www\.)?google\.[a-z.]+$/;
const OPAQUE_REWRITERS = /(^|\.)(mimecast\.com|secure-web\.cisco\.com)$/;

/** Proofpoint v2 writes "%" as "-" and "/" as "_" in its `u` parameter. */
function proofpointV2(u: string): string {
  try {
    return decodeURIComponent(u.replace(/_/g, "/").replace(/-/g, "%"));
  } catch {
    return "";
  }
}

/** The target a known link-rewriting gateway carries inside `url`, or undefined. */
function rewrittenTarget(url: WebUrl): string | undefined {
  const host = url.hostname;
  const param = (name: string) => url.param(name);
  if (SAFE_LINKS.test(host)) return param("url");
  if (PROOFPOINT_V1_V2.test(host)) {
    const u = param("u");
    if (!u) return undefined;
    return url.pathname.startsWith("/v2/") ? proofpointV2(u) : u;
  }
  if (PROOFPOINT_V3.test(host)) {
    // https://urldefense.com/v3/__<target>__;<token>!!<signature>
    const m = /^\/v3\/__(.+?)__;/.exec(url.pathname + url.search);
    return m?.[1];
  }
  if (BARRACUDA.test(host)) return param("a");
  if (TREND_MICRO.test(host) && url.pathname.includes("clicktime")) return param("url");
  if (GOOGLE_REDIRECT.test(host) && url.pathname === "/url") return param("q") ?? param("url");
  return undefined;
}

/** A link in running text; brackets end it, as in "host[http://…]" of a rewritten reply. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"'[\]]{1,4096}/gi;

/**
 * Text with the links a gateway rewrote put back to what they carried: a bounce that passed a
 * Proofpoint or Safe Links gateway shows "mx.example.com[https://urldefense.proofpoint.com/v2/
 * url?u=http-3A__192.0.2.16&d=…]" where the server wrote "mx.example.com[192.0.2.16]". A target
 * that is only a host (the gateway added the scheme to a bare name or IP) is shown as the host.
 */
export function unwrapRewrittenLinks(text: string): string {
  if (!text.includes("://")) return text;
  return text.replace(URL_IN_TEXT, (found) => {
    const url = parseWebUrl(found);
    const inner = url ? rewrittenTarget(url) : undefined;
    if (!inner) return found;
    const bare = /^https?:\/\/([^/?#\s]+)\/?$/i.exec(inner);
    return bare?.[1] ?? inner;
  });
}

/** True for a gateway that keeps the real target on its own server (it cannot be read here). */
export function isOpaqueRewriter(host: string): boolean {
  return OPAQUE_REWRITERS.test(host);
}

/** Host of a web URL, seen through known link-rewriting gateways; "" when it cannot be parsed. */
export function hostOf(href: string): string {
  const url = parseWebUrl(href);
  if (!url) return "";
  const inner = rewrittenTarget(url);
  const innerUrl = inner ? parseWebUrl(inner) : undefined;
  return (innerUrl ?? url).hostname;
}

function makeLink(href: string, source: Link["source"], text?: string): Link {
  const host = hostOf(href);
  const domain = host ? registrableDomain(host) : "";
  // Two literals rather than adding `text` later: a shape made by adding a property is dropped
  // with its last object at a collection, and the code compiled for it with it (text/shapes.ts).
  return text === undefined ? { href, host, domain, source } : { href, host, domain, source, text };
}

export function linksFromText(text: string): Link[] {
  return findUrlsInText(text).map((u) => makeLink(u.url, "text"));
}

export function linksFromHtml(summary: HtmlSummary): Link[] {
  const out: Link[] = [];
  for (const a of summary.anchors)
    if (isWebHref(a.href)) out.push(makeLink(a.href, "html", a.text));
  out.push(...linksFromText(summary.textOutsideLinks));
  return out;
}

/** All web links of the message: the HTML body's when there is one, else the text body's. */
export function extractLinks(snapshot: MessageSnapshot): Link[] {
  if (snapshot.bodyHtml) return linksFromHtml(readHtml(snapshot.bodyHtml));
  return linksFromText(snapshot.bodyText ?? "");
}

/** Top-level domains that are also everyday file extensions (archive.zip, design.ai, README.md…). */
const FILE_LIKE_SUFFIXES = new Set([
  "zip",
  "mov",
  "ai",
  "md",
  "py",
  "rs",
  "sh",
  "pl",
  "ps",
  "ts",
  "cs",
  "cc",
]);

const BARE_DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,62}\.){1,10}[a-z]{2,24}(?:[/:?#]\S*)?$/i;

/**
 * The host a link's visible text claims to go to, when the text is itself a URL or a domain
 * ("https://bank.example/login", "www.example.co.jp", "example.com"); undefined for ordinary text.
 */
export function claimedHost(visibleText: string): string | undefined {
  const text = visibleText.trim();
  if (text === "" || text.length > 500) return undefined;
  const inText = findUrlsInText(text)[0];
  if (inText) return hostOf(inText.url) || undefined;
  if (/\s/.test(text) || !BARE_DOMAIN.test(text)) return undefined;
  const host = hostOf(`http://${text}`);
  if (!host) return undefined;
  // "report.pdf" or "photos.zip" name a file, not a site: only a real suffix that is not also a
  // common file extension makes bare text a domain.
  const { suffix, knownSuffix } = domainParts(host);
  if (!knownSuffix || FILE_LIKE_SUFFIXES.has(suffix.slice(suffix.lastIndexOf(".") + 1)))
    return undefined;
  return host;
}
