/**
 * Host and domain helpers. The public suffix list comes from tldts (kept up to date by its
 * maintainers), so "example.co.jp" and "example.com" are both registrable domains and
 * "co.jp" never is.
 */
import { parse } from "tldts";

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, "");
}

/** True for a dotted IPv4 address or a bracketed/plain IPv6 address. */
export function isIpHost(host: string): boolean {
  const h = normalizeHost(host);
  if (IPV4.test(h)) return true;
  return h.includes(":") && /^\[?[0-9a-f:.]+\]?$/.test(h);
}

/** Private, loopback and link-local addresses: a link to them only works inside one network. */
export function isPrivateIp(host: string): boolean {
  const h = normalizeHost(host).replace(/^\[|\]$/g, "");
  const m = IPV4.exec(h);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  return h === "::1" || h.startsWith("fc") || h.startsWith("fd") || h.startsWith("fe80");
}

/**
 * Recent answers of registrableDomain: a body with thousands of links names few hosts, and the
 * suffix-list lookup costs more than everything else done per link. Bounded in entries and in
 * key length (a host name has at most 253 characters).
 */
const domainCache = new Map<string, string>();
const DOMAIN_CACHE_SIZE = 2048;
const MAX_CACHED_HOST = 253;

/**
 * The registrable domain ("eTLD+1") of a host: "www.shop.example.co.jp" → "example.co.jp".
 * An IP address, or a host with no known suffix, is returned as it is (lower-cased).
 */
export function registrableDomain(host: string): string {
  const known = domainCache.get(host);
  if (known !== undefined) return known;
  const h = normalizeHost(host);
  let domain = h;
  if (h !== "" && !isIpHost(h)) domain = parse(h, { allowPrivateDomains: false }).domain ?? h;
  if (host.length <= MAX_CACHED_HOST) {
    if (domainCache.size >= DOMAIN_CACHE_SIZE) domainCache.clear();
    domainCache.set(host, domain);
  }
  return domain;
}

export interface DomainParts {
  /** Lower-cased host without a trailing dot. */
  host: string;
  /** The public suffix ("co.jp", "com"); for an unknown top-level label, that label. */
  suffix: string;
  /** False when the top-level label is not in the public suffix list (e.g. ".con"). */
  knownSuffix: boolean;
  /** The host without its suffix ("mail.example" for "mail.example.co.jp"). */
  beforeSuffix: string;
}

export function domainParts(host: string): DomainParts {
  const h = normalizeHost(host);
  const parsed = parse(h, { allowPrivateDomains: false });
  const suffix = parsed.publicSuffix ?? h.slice(h.lastIndexOf(".") + 1);
  const knownSuffix = parsed.isIcann === true;
  const beforeSuffix = h.length > suffix.length ? h.slice(0, h.length - suffix.length - 1) : "";
  return { host: h, suffix, knownSuffix, beforeSuffix };
}

/** True when `host` is `domain` itself or one of its subdomains. */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  const h = normalizeHost(host);
  const d = normalizeHost(domain);
  return d !== "" && (h === d || h.endsWith(`.${d}`));
}

/**
 * True when `host` is one of `domains` or a subdomain of one; `domains` are lower-cased without a
 * trailing dot. One set lookup per label of the host, for checks that run on every recipient.
 */
export function isWithinAny(host: string, domains: ReadonlySet<string>): boolean {
  let h = normalizeHost(host);
  for (;;) {
    if (domains.has(h)) return true;
    const dot = h.indexOf(".");
    if (dot < 0) return false;
    h = h.slice(dot + 1);
  }
}
