/**
 * SPF (RFC 7208): parse a record and count what a receiver would have to look up.
 * The count is static (no client IP): every DNS-querying term in the whole include/redirect
 * tree, which is what a receiver may reach in the worst case and what admin tools report.
 * Pure: DNS comes from an injected lookup.
 */
import type { SpfAnalysis } from "../model/facts";
import { clip as clipText } from "../text/clip";
import {
  askSafely,
  boundedErrors,
  isEmptyAnswer,
  isIndeterminate,
  normalizeName,
  recordsOf,
  txtStrings,
  type DnsAnswer,
  type DnsLookup,
} from "./types";

export type SpfQualifier = "+" | "-" | "~" | "?";

export interface SpfMechanism {
  kind: "mechanism";
  qualifier: SpfQualifier;
  /** all, include, a, mx, ptr, ip4, ip6, exists (lower-case). */
  name: string;
  /** The domain-spec or address after ":" (without a "/cidr"), when given. */
  value?: string | undefined;
  raw: string;
}

export interface SpfModifier {
  kind: "modifier";
  name: string;
  value: string;
  raw: string;
}

export type SpfTerm = SpfMechanism | SpfModifier;

export interface ParsedSpf {
  terms: SpfTerm[];
  redirect?: string | undefined;
  /** Syntax errors; any of them makes the record a permerror. */
  errors: string[];
}

/** RFC 7208 §4.6.4. */
export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LOOKUP_LIMIT = 2;
/** RFC 7208 §4.6.4: an "mx" term may look at no more than 10 exchanges. */
const SPF_MX_LIMIT = 10;
/** We stop following the tree here: enough to prove "over the limit" without hammering DNS. */
const FOLLOW_CAP = 40;
const DEPTH_CAP = 12;

/** Microsoft 365's SPF includes: worldwide, GCC High/DoD, and 21Vianet. */
export const MICROSOFT_365_SPF_INCLUDES = [
  "spf.protection.outlook.com",
  "spf.protection.office365.us",
  "spf.protection.partner.outlook.cn",
];

const MECHANISMS = new Set(["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"]);
const LOOKUP_MECHANISMS = new Set(["include", "a", "mx", "ptr", "exists"]);
const NEEDS_VALUE = new Set(["include", "exists", "ip4", "ip6"]);
const NAME = /^[a-z][a-z0-9_.-]*$/i;

export function isSpfRecord(txt: string): boolean {
  return /^v=spf1(?:\s|$)/i.test(txt.trimStart());
}

/** Parses one "v=spf1 …" record. Never throws; linear in the record length. */
export function parseSpf(record: string): ParsedSpf {
  const out: ParsedSpf = { terms: [], errors: [] };
  const text = typeof record === "string" ? record.trim() : "";
  if (!isSpfRecord(text)) {
    out.errors.push('the record does not start with "v=spf1"');
    return out;
  }
  const words = text.split(/\s+/).slice(1);
  let exp = 0;
  for (const raw of words) {
    if (raw === "") continue;
    const eq = raw.indexOf("=");
    const colon = raw.indexOf(":");
    const slash = raw.indexOf("/");
    const nameEnd = Math.min(...[colon, slash].filter((i) => i >= 0), raw.length);
    if (eq > 0 && eq < nameEnd) {
      const name = raw.slice(0, eq).toLowerCase();
      const value = raw.slice(eq + 1);
      if (!NAME.test(name)) {
        out.errors.push(`"${clip(raw)}" is not a valid term`);
        continue;
      }
      out.terms.push({ kind: "modifier", name, value, raw });
      if (name === "redirect") {
        if (out.redirect !== undefined) out.errors.push('"redirect=" appears more than once');
        else if (value === "") out.errors.push('"redirect=" has no domain');
        else out.redirect = value;
      } else if (name === "exp" && ++exp > 1) out.errors.push('"exp=" appears more than once');
      continue;
    }
    let qualifier: SpfQualifier = "+";
    let body = raw;
    const first = raw[0];
    if (first === "+" || first === "-" || first === "~" || first === "?") {
      qualifier = first;
      body = raw.slice(1);
    }
    const sep = body.search(/[:/]/);
    const name = (sep < 0 ? body : body.slice(0, sep)).toLowerCase();
    if (!MECHANISMS.has(name)) {
      out.errors.push(`unknown mechanism "${clip(raw)}"`);
      continue;
    }
    let value: string | undefined;
    if (sep >= 0 && body[sep] === ":") {
      // "/" starts a prefix length (also for ip6, whose own ":" come before it).
      value = body.slice(sep + 1).split("/")[0];
    }
    if (NEEDS_VALUE.has(name) && !value) {
      out.errors.push(`"${clip(raw)}" needs a value after ":"`);
      continue;
    }
    if (name === "all" && sep >= 0) {
      out.errors.push(`"${clip(raw)}" takes no value`);
      continue;
    }
    out.terms.push({ kind: "mechanism", qualifier, name, value, raw });
  }
  out.errors = boundedErrors(out.errors);
  return out;
}

/** Record text quoted in an error is cut to this many characters. */
const QUOTED_CHARS = 80;

function clip(s: string): string {
  return clipText(s, QUOTED_CHARS);
}

function hasMacro(spec: string): boolean {
  return spec.includes("%");
}

export type SpfEvaluation =
  | { status: "ok"; analysis: SpfAnalysis }
  /** The sender domain's own TXT lookup failed: we cannot say anything. */
  | { status: "indeterminate"; answer: DnsAnswer };

function isMicrosoftInclude(domain: string): boolean {
  return MICROSOFT_365_SPF_INCLUDES.includes(normalizeName(domain));
}

/**
 * Reads the SPF record of `domain` and walks its includes and redirect, counting DNS-querying
 * terms and void lookups. Loops are reported, not followed.
 */
export async function evaluateSpf(domain: string, lookup: DnsLookup): Promise<SpfEvaluation> {
  const root = normalizeName(domain);
  const first = await askSafely(lookup, root, "TXT");
  if (isIndeterminate(first)) return { status: "indeterminate", answer: first };
  const analysis: SpfAnalysis = {
    records: txtStrings(first).filter(isSpfRecord),
    lookupCount: 0,
    voidLookupCount: 0,
    includesMicrosoft365: false,
    errors: [],
    warnings: [],
    countedTerms: [],
  };
  if (analysis.records.length === 0) return { status: "ok", analysis };
  if (analysis.records.length > 1) {
    analysis.errors.push(
      `${root} publishes ${analysis.records.length} SPF records; receivers treat that as a permanent error`
    );
  }
  const state: WalkState = { analysis, lookup, followed: 0, capped: false };
  const all = await walkRecord(root, analysis.records[0] as string, [root], state);
  if (all) analysis.allQualifier = all;
  if (state.capped) analysis.errors.push(`stopped following after ${FOLLOW_CAP} lookups`);
  if (analysis.lookupCount > SPF_LOOKUP_LIMIT) {
    analysis.errors.push(`${analysis.lookupCount} DNS lookups (the limit is ${SPF_LOOKUP_LIMIT})`);
  }
  if (analysis.voidLookupCount > SPF_VOID_LOOKUP_LIMIT) {
    analysis.errors.push(
      `${analysis.voidLookupCount} lookups found nothing (the limit is ${SPF_VOID_LOOKUP_LIMIT})`
    );
  }
  return { status: "ok", analysis };
}

interface WalkState {
  analysis: SpfAnalysis;
  lookup: DnsLookup;
  followed: number;
  capped: boolean;
}

function warn(state: WalkState, text: string): void {
  (state.analysis.warnings ??= []).push(text);
}

function count(state: WalkState, term: string): boolean {
  state.analysis.lookupCount++;
  state.analysis.countedTerms?.push(term);
  if (state.followed >= FOLLOW_CAP) {
    state.capped = true;
    return false;
  }
  state.followed++;
  return true;
}

/** Returns the `all` qualifier that ends this record (directly or through its redirect). */
async function walkRecord(
  domain: string,
  record: string,
  stack: string[],
  state: WalkState
): Promise<SpfQualifier | undefined> {
  const parsed = parseSpf(record);
  for (const e of parsed.errors) state.analysis.errors.push(`${domain}: ${e}`);
  let all: SpfQualifier | undefined;
  for (const term of parsed.terms) {
    if (term.kind !== "mechanism") continue;
    if (term.name === "all") {
      all ??= term.qualifier;
      continue;
    }
    if (!LOOKUP_MECHANISMS.has(term.name)) continue;
    const target = term.value ? normalizeName(term.value) : domain;
    if (!count(state, term.raw)) continue;
    if (term.name === "ptr") {
      warn(
        state,
        `${domain}: "ptr" is slow and deprecated (RFC 7208 §5.5); some receivers skip it`
      );
      continue;
    }
    if (hasMacro(target)) continue; // depends on the sender's address: cannot be resolved here
    if (term.name === "include") {
      if (isMicrosoftInclude(target)) state.analysis.includesMicrosoft365 = true;
      await follow(domain, target, "include", stack, state);
    } else if (term.name === "mx") {
      await checkMx(domain, target, state);
    } else {
      await checkAddress(domain, target, term.name, state);
    }
  }
  if (parsed.redirect !== undefined && all === undefined) {
    const target = normalizeName(parsed.redirect);
    if (count(state, `redirect=${parsed.redirect}`) && !hasMacro(target)) {
      if (isMicrosoftInclude(target)) state.analysis.includesMicrosoft365 = true;
      return follow(domain, target, "redirect", stack, state);
    }
  }
  return all;
}

async function follow(
  from: string,
  target: string,
  how: "include" | "redirect",
  stack: string[],
  state: WalkState
): Promise<SpfQualifier | undefined> {
  const errors = state.analysis.errors;
  if (stack.includes(target)) {
    errors.push(`${from}: ${how} of ${target} loops back (${[...stack, target].join(" → ")})`);
    return undefined;
  }
  if (stack.length >= DEPTH_CAP) {
    errors.push(`${from}: includes nested deeper than ${DEPTH_CAP} levels`);
    return undefined;
  }
  const answer = await askSafely(state.lookup, target, "TXT");
  if (isIndeterminate(answer)) {
    warn(
      state,
      `${from}: ${how} of ${target} could not be resolved just now (${describeAnswer(answer)})`
    );
    return undefined;
  }
  if (isEmptyAnswer(answer, "TXT")) state.analysis.voidLookupCount++;
  const records = txtStrings(answer).filter(isSpfRecord);
  if (records.length === 0) {
    errors.push(`${from}: ${how} of ${target} finds no SPF record`);
    return undefined;
  }
  if (records.length > 1) errors.push(`${target} publishes ${records.length} SPF records`);
  return walkRecord(target, records[0] as string, [...stack, target], state);
}

async function checkMx(from: string, target: string, state: WalkState): Promise<void> {
  const answer = await askSafely(state.lookup, target, "MX");
  if (isIndeterminate(answer)) return;
  if (isEmptyAnswer(answer, "MX")) {
    state.analysis.voidLookupCount++;
    return;
  }
  const n = recordsOf(answer, "MX").length;
  if (n > SPF_MX_LIMIT)
    state.analysis.errors.push(
      `${from}: mx:${target} has ${n} mail servers (at most ${SPF_MX_LIMIT} are looked at)`
    );
}

async function checkAddress(
  from: string,
  target: string,
  how: string,
  state: WalkState
): Promise<void> {
  const a = await askSafely(state.lookup, target, "A");
  if (isIndeterminate(a) || !isEmptyAnswer(a, "A")) return;
  if (how === "a") {
    // "a" also matches IPv6 senders, so only an empty AAAA as well makes it void.
    const aaaa = await askSafely(state.lookup, target, "AAAA");
    if (isIndeterminate(aaaa) || !isEmptyAnswer(aaaa, "AAAA")) return;
  }
  state.analysis.voidLookupCount++;
  if (how === "a") warn(state, `${from}: a:${target} has no address`);
}

export function describeAnswer(answer: DnsAnswer): string {
  if (answer.kind === "failure") return answer.reason;
  return answer.rcode === 2
    ? "SERVFAIL"
    : answer.rcode === 3
      ? "NXDOMAIN"
      : answer.rcode === 5
        ? "REFUSED"
        : `RCODE ${answer.rcode}`;
}
