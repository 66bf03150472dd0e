/**
 * Spots a mistyped recipient domain ("gmial.com", "docono.ne.jp", "yahoo.co.jpp") without ever
 * "correcting" a valid Japanese domain. Written here rather than taken from mailcheck or
 * @zootools/email-spell-checker: on their defaults those turn docomo.ne.jp into docomo.co.jp,
 * au.com into qq.com and example.or.jp into example.org, and even with extra domains they still
 * rewrite the JP second levels (ac.jp, or.jp, go.jp…) because they substitute suffixes freely.
 * The rules here are narrower:
 *  1. a domain we know (or the organisation's own) is never changed;
 *  2. a near miss of a known domain with the SAME public suffix is suggested ("docono.ne.jp");
 *  3. a brand that has only one mail domain keeps it whatever suffix was typed ("gmail.co.jp"),
 *     and a known provider's own domain with one key slipped in its suffix is that domain
 *     ("docomo.ne.jo": the provider's name, one key off its real suffix);
 *  4. an unknown top-level label is suggested against known domains, then common suffixes.
 * Otherwise a valid suffix is never swapped for another valid one: "example.co.jp" stays as it is.
 */
import { domainParts, type DomainParts } from "./domain";

/** Consumer and carrier mail domains common in Japan, plus the big international ones. */
export const KNOWN_MAIL_DOMAINS: readonly string[] = [
  "docomo.ne.jp",
  "ezweb.ne.jp",
  "au.com",
  "softbank.ne.jp",
  "i.softbank.jp",
  "ymobile.ne.jp",
  "yahoo.co.jp",
  "ybb.ne.jp",
  "outlook.jp",
  "hotmail.co.jp",
  "live.jp",
  "nifty.com",
  "biglobe.ne.jp",
  "ocn.ne.jp",
  "so-net.ne.jp",
  "plala.or.jp",
  "icloud.com",
  "me.com",
  "mac.com",
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "aol.com",
  "protonmail.com",
  "proton.me",
];

const KNOWN_SET = new Set(KNOWN_MAIL_DOMAINS);
/** Parsed once: suggestDomain runs for every recipient. */
const KNOWN_PARTS = KNOWN_MAIL_DOMAINS.map(known);

/** A domain suggestions are made against, with what the rules compare of it. */
interface KnownDomain {
  domain: string;
  parts: DomainParts;
  labels: string[];
}

function known(domain: string): KnownDomain {
  return { domain, parts: domainParts(domain), labels: domain.split(".") };
}

/** Brands whose mail domain exists under one suffix only, so another suffix is a slip. */
const SINGLE_DOMAIN_BRANDS: Readonly<Record<string, string>> = {
  gmail: "gmail.com",
  googlemail: "googlemail.com",
  icloud: "icloud.com",
  ezweb: "ezweb.ne.jp",
  docomo: "docomo.ne.jp",
};

/** Suffixes an unknown top-level label is compared with. */
const COMMON_SUFFIXES: readonly string[] = [
  "com",
  "net",
  "org",
  "jp",
  "co.jp",
  "ne.jp",
  "or.jp",
  "ac.jp",
  "ad.jp",
  "ed.jp",
  "go.jp",
  "gr.jp",
  "lg.jp",
  "info",
  "biz",
  "io",
  "co",
  "us",
  "uk",
  "co.uk",
  "de",
  "fr",
  "cn",
  "kr",
  "tw",
  "hk",
  "sg",
  "edu",
  "gov",
];

export interface DomainSuggestion {
  suggestion: string;
  /** Why: a near miss of a known domain, a brand under the wrong suffix, or an unknown suffix. */
  reason: "near-known" | "brand-suffix" | "unknown-suffix";
  /** False when the typed domain's top-level label does not exist at all: it cannot receive mail. */
  suffixExists: boolean;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early once it
 * exceeds `max`. Inputs are domains (≤ 255 characters), so the table stays small.
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 255 || b.length > 255) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rows reused in turn: this runs for every known domain of every recipient.
  let prev2 = new Array<number>(cols).fill(0);
  let prev = new Array<number>(cols);
  let cur = new Array<number>(cols).fill(0);
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i < rows; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost
      );
      if (
        i > 1 &&
        j > 1 &&
        ai === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[cols - 1] as number;
}

/** How far a name of this length may be from a known one and still count as a slip. */
function allowedDistance(name: string): number {
  if (name.length < 5) return 0; // "au", "msn", "live": too short to guess (line.jp is not live.jp)
  return name.length < 8 ? 1 : 2;
}

function closest(
  name: string,
  candidates: Iterable<{ key: string; domain: string }>
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const limit = allowedDistance(c.key);
    if (limit === 0) continue;
    const d = editDistance(name, c.key, limit);
    if (d <= limit && d < bestDistance) {
      best = c.domain;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A likely intended domain for `domain`, or undefined when it looks fine (or we cannot tell).
 * `ownDomains` are the organisation's and the sender's domains: never changed, and typos of
 * them are suggested too ("exmaple.co.jp" → "example.co.jp").
 */
export function suggestDomain(
  domain: string,
  ownDomains: readonly string[] = []
): DomainSuggestion | undefined {
  const host = domain.trim().toLowerCase().replace(/\.$/, "");
  if (host === "" || host.length > 255 || !host.includes(".") || host.startsWith("["))
    return undefined;
  const own = ownDomains.map((d) => d.toLowerCase().replace(/\.$/, ""));
  if (KNOWN_SET.has(host) || own.includes(host)) return undefined;
  // A subdomain of the organisation's own domain (mail.example.co.jp) is its own business.
  if (own.some((d) => host.endsWith(`.${d}`))) return undefined;

  const parts = domainParts(host);
  const extra = own.filter((d) => !KNOWN_SET.has(d));
  const knownParts = extra.length === 0 ? KNOWN_PARTS : [...KNOWN_PARTS, ...extra.map(known)];

  if (parts.knownSuffix) {
    // Rule 2: same suffix, the name in front is a near miss.
    const sameSuffix = knownParts
      .filter((k) => k.parts.suffix === parts.suffix)
      .map((k) => ({ key: k.parts.beforeSuffix, domain: k.domain }));
    const near = closest(parts.beforeSuffix, sameSuffix);
    if (near) return { suggestion: near, reason: "near-known", suffixExists: true };
    // Rule 3: a single-domain brand typed with another suffix.
    const brand = SINGLE_DOMAIN_BRANDS[parts.beforeSuffix];
    if (brand && brand !== host)
      return { suggestion: brand, reason: "brand-suffix", suffixExists: true };
    // Rule 3b: a known domain with one key slipped in its suffix ("docomo.ne.jo", "yahoo.co.jo":
    // o is next to p). The suffix exists elsewhere in the world, but the name in front is the
    // known provider's, which lives under the other one.
    const labels = host.split(".");
    const slipped = knownParts.find(
      (k) => sameNameLabels(labels, k.labels) && editDistance(host, k.domain, 1) === 1
    );
    if (slipped) return { suggestion: slipped.domain, reason: "near-known", suffixExists: true };
    return undefined;
  }

  // Rule 4: the top-level label does not exist ("gmail.con", "example.co.jpp", "example.cojp").
  const brand = SINGLE_DOMAIN_BRANDS[parts.beforeSuffix.split(".").pop() ?? ""];
  const nearKnown = closest(
    host,
    knownParts.map((k) => ({ key: k.domain, domain: k.domain }))
  );
  if (nearKnown) return { suggestion: nearKnown, reason: "near-known", suffixExists: false };
  if (brand) return { suggestion: brand, reason: "brand-suffix", suffixExists: false };
  const suffixFix = closestSuffix(host);
  if (suffixFix) return { suggestion: suffixFix, reason: "unknown-suffix", suffixExists: false };
  return undefined;
}

/** Same number of labels and the same first label (the provider's name): only the suffix may differ. */
function sameNameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.length >= 2 && a[0] === b[0];
}

/** Replaces the last one or two labels by the nearest common suffix (distance 1), if any. */
function closestSuffix(host: string): string | undefined {
  const labels = host.split(".");
  const last = labels[labels.length - 1] ?? "";
  // "example.cojp" → "example.co.jp": a JP second level typed without its dot.
  const glued = /^(ac|ad|co|ed|go|gr|lg|ne|or)jp$/.exec(last);
  if (glued && labels.length >= 2) return [...labels.slice(0, -1), `${glued[1]}.jp`].join(".");
  let best: string | undefined;
  for (const suffix of COMMON_SUFFIXES) {
    if (suffix.includes(".")) continue;
    if (editDistance(last, suffix, 1) <= 1 && last.length >= 2) {
      best = suffix;
      break;
    }
  }
  if (!best || labels.length < 2) return undefined;
  return [...labels.slice(0, -1), best].join(".");
}
