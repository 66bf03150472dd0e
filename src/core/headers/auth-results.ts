/**
 * Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617) parsing.
 *
 * Real headers bend the grammar: Exchange Online writes no authserv-id and adds properties
 * without a ptype ("action=none", "reason=100"); Gmail puts long comments everywhere. The
 * parser keeps what it can read, records what it could not, and never throws.
 */
import { Scanner } from "./scan";

export type AuthMethod = "spf" | "dkim" | "dmarc" | "compauth" | "arc" | string;

export interface AuthProperty {
  /** "smtp", "header", "body", "policy"; empty for vendor extras written without one ("action=none"). */
  ptype: string;
  property: string;
  value: string;
}

export interface AuthMethodResult {
  /** Lower-cased method name, e.g. "spf", "dkim", "dmarc", "compauth", "arc", "auth". */
  method: AuthMethod;
  /** The method version, when written ("dkim/1=pass"). */
  methodVersion?: string | undefined;
  /** Lower-cased result, e.g. "pass", "fail", "softfail", "none", "neutral", "temperror", "permerror". */
  result: string;
  /** The reason=… value, when given. */
  reason?: string | undefined;
  properties: AuthProperty[];
  /** Comments written with this result, e.g. "(sender IP is 203.0.113.5)". */
  comments: string[];
}

export interface AuthenticationResults {
  /** The host that did the checks; empty when the header has none (Exchange Online). */
  authservId: string;
  version?: string | undefined;
  /** ARC instance (i=N) for ARC-Authentication-Results. */
  arcInstance?: number | undefined;
  results: AuthMethodResult[];
  /** Comments that belong to no result (e.g. after the authserv-id). */
  comments: string[];
  /** What could not be read, in plain words (for diagnostics; the rest is still usable). */
  errors: string[];
  raw: string;
}

/** Header values longer than this are cut before parsing (a real one is a few kilobytes). */
const MAX_VALUE_LENGTH = 64 * 1024;

export function parseAuthenticationResults(value: string): AuthenticationResults {
  const raw = typeof value === "string" ? value : "";
  const s = new Scanner(raw.length > MAX_VALUE_LENGTH ? raw.slice(0, MAX_VALUE_LENGTH) : raw);
  const out: AuthenticationResults = {
    authservId: "",
    results: [],
    comments: [],
    errors: s.errors,
    raw,
  };
  out.comments.push(...s.skipCfws());
  readAuthservId(s, out);
  readResults(s, out);
  return out;
}

/** ARC-Authentication-Results: "i=N;" then the same shape as Authentication-Results. */
export function parseArcAuthenticationResults(value: string): AuthenticationResults {
  const raw = typeof value === "string" ? value : "";
  const m = /^\s*i\s*=\s*(\d{1,3})\s*;/i.exec(raw);
  if (!m) {
    const parsed = parseAuthenticationResults(raw);
    parsed.errors.push("no ARC instance (i=) at the start");
    return parsed;
  }
  const parsed = parseAuthenticationResults(raw.slice(m[0].length));
  parsed.raw = raw;
  parsed.arcInstance = Number(m[1]);
  return parsed;
}

function readAuthservId(s: Scanner, out: AuthenticationResults): void {
  const start = s.pos;
  const id = s.readValue(";=");
  const afterId = s.pos;
  out.comments.push(...s.skipCfws());
  if (s.peek() === "=" || id === "") {
    // No authserv-id (Exchange Online starts directly with "spf=…"): read from the start again.
    s.pos = id === "" ? afterId : start;
    return;
  }
  out.authservId = id;
  if (/^\d+$/.test(s.peek())) {
    const version = s.readUntil(";");
    if (/^\d+$/.test(version)) out.version = version;
    else out.errors.push(`unexpected text after the authserv-id: ${version.slice(0, 40)}`);
    out.comments.push(...s.skipCfws());
  }
}

function readResults(s: Scanner, out: AuthenticationResults): void {
  while (!s.done) {
    out.comments.push(...s.skipCfws());
    if (s.done) break;
    if (s.eat(";")) continue;
    const before = s.pos;
    const result = readOneResult(s, out);
    if (result) out.results.push(result);
    if (s.pos === before) s.pos++; // cannot happen by construction; guards linear time anyway
  }
}

/** One "method=result [reason=…] [ptype.property=value]…" up to the next ";". */
function readOneResult(s: Scanner, out: AuthenticationResults): AuthMethodResult | undefined {
  const method = s.readUntil(";=/");
  const comments = s.skipCfws();
  let methodVersion: string | undefined;
  if (s.eat("/")) {
    comments.push(...s.skipCfws());
    methodVersion = s.readUntil(";=");
    comments.push(...s.skipCfws());
  }
  if (!s.eat("=")) {
    if (method.toLowerCase() !== "none") out.errors.push(`no result for "${method.slice(0, 40)}"`);
    s.skipPast(";");
    return undefined;
  }
  comments.push(...s.skipCfws());
  const result = s.readValue(";");
  const entry: AuthMethodResult = {
    method: method.toLowerCase(),
    result: result.toLowerCase(),
    properties: [],
    comments,
  };
  if (methodVersion) entry.methodVersion = methodVersion;
  if (!method || !result) out.errors.push(`incomplete result "${method}=${result}"`);
  readProperties(s, entry, out);
  return entry;
}

function readProperties(s: Scanner, entry: AuthMethodResult, out: AuthenticationResults): void {
  for (;;) {
    entry.comments.push(...s.skipCfws());
    if (s.done || s.peek() === ";") return;
    const name = s.readUntil(";=");
    entry.comments.push(...s.skipCfws());
    if (!name || !s.eat("=")) {
      out.errors.push(`property without a value after ${entry.method}: "${name.slice(0, 40)}"`);
      if (!name) s.pos++; // a stray character: step over it
      continue;
    }
    entry.comments.push(...s.skipCfws());
    const value = s.readValue(";");
    const lower = name.toLowerCase();
    if (lower === "reason") {
      entry.reason = value;
      continue;
    }
    const dot = lower.indexOf(".");
    if (dot > 0)
      entry.properties.push({ ptype: lower.slice(0, dot), property: lower.slice(dot + 1), value });
    else entry.properties.push({ ptype: "", property: lower, value });
  }
}

/** The first result for a method, e.g. resultFor(ar, "dmarc"). */
export function resultFor(
  ar: AuthenticationResults,
  method: AuthMethod
): AuthMethodResult | undefined {
  return ar.results.find((r) => r.method === method);
}

/** A property's value, e.g. propertyOf(dkim, "header", "d"); ptype "" matches vendor extras. */
export function propertyOf(
  result: AuthMethodResult,
  ptype: string,
  property: string
): string | undefined {
  return result.properties.find((p) => p.ptype === ptype && p.property === property)?.value;
}
