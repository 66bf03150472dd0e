/**
 * DKIM selectors of the sender domain: Microsoft 365's selector1/selector2 pair (CNAMEs whose
 * targets depend on the tenant and its age, so we only follow them, never predict them) and the
 * selectors named in the message's own DKIM-Signature fields. Pure: DNS is injected.
 */
import type { DkimSelectorState } from "../model/facts";
import type { MessageSnapshot } from "../model/snapshot";
import { headerValues } from "../model/snapshot";
import {
  askSafely,
  isIndeterminate,
  normalizeName,
  RCODE,
  RR_TYPE,
  type DnsAnswer,
  type DnsLookup,
} from "./types";

export interface DkimSelectorQuery {
  selector: string;
  domain: string;
  source: "microsoft365" | "signature";
}

export interface DkimSignatureRef {
  selector: string;
  domain: string;
}

/** s= and d= of each DKIM-Signature field (tag list per RFC 6376 §3.2). */
export function dkimSignatureRefs(snapshot: MessageSnapshot): DkimSignatureRef[] {
  const out: DkimSignatureRef[] = [];
  for (const value of headerValues(snapshot, "DKIM-Signature")) {
    const tags = parseTagList(value);
    const s = tags.get("s");
    const d = tags.get("d");
    if (s && d && /^[A-Za-z0-9._-]{1,253}$/.test(s) && /^[A-Za-z0-9._-]{1,253}$/.test(d)) {
      out.push({ selector: s.toLowerCase(), domain: normalizeName(d) });
    }
  }
  return out;
}

/** A DKIM tag list: "a=rsa-sha256; d=example.com; …" (whitespace inside values is dropped). */
export function parseTagList(value: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const part of value.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const tag = part.slice(0, eq).trim().toLowerCase();
    if (tag !== "" && !tags.has(tag)) tags.set(tag, part.slice(eq + 1).replace(/\s+/g, ""));
  }
  return tags;
}

export type DkimEvaluation =
  { status: "ok"; selectors: DkimSelectorState[] } | { status: "indeterminate"; answer: DnsAnswer };

/** Looks each selector up; one that cannot be resolved makes the whole answer indeterminate. */
export async function evaluateDkim(
  senderDomain: string,
  queries: readonly DkimSelectorQuery[],
  lookup: DnsLookup
): Promise<DkimEvaluation> {
  const sender = normalizeName(senderDomain);
  const results = await Promise.all(
    queries.map(async (q) => ({
      q,
      answer: await askSafely(lookup, `${q.selector}._domainkey.${q.domain}`, "TXT"),
    }))
  );
  const selectors: DkimSelectorState[] = [];
  for (const { q, answer } of results) {
    if (isIndeterminate(answer)) return { status: "indeterminate", answer };
    const state = selectorState(answer);
    const entry: DkimSelectorState = { selector: q.selector, state: state.state, source: q.source };
    if (state.cnameTarget) entry.cnameTarget = state.cnameTarget;
    if (state.keyBits) entry.keyBits = state.keyBits;
    if (normalizeName(q.domain) !== sender) entry.domain = q.domain;
    selectors.push(entry);
  }
  return { status: "ok", selectors };
}

function selectorState(answer: DnsAnswer): {
  state: DkimSelectorState["state"];
  cnameTarget?: string;
  keyBits?: number;
} {
  if (answer.kind !== "response") return { state: "missing" };
  // A CNAME is returned even when its target does not exist (NXDOMAIN after the CNAME).
  const cname = answer.records.find((r) => r.type === RR_TYPE.CNAME)?.data;
  const base = cname ? { cnameTarget: normalizeName(cname) } : {};
  if (answer.rcode !== RCODE.NOERROR) return { state: "missing", ...base };
  const keys = answer.records
    .filter((r) => r.type === RR_TYPE.TXT)
    .map((r) => parseTagList(r.data));
  const key = keys.find((t) => t.has("p") || t.get("v") === "DKIM1");
  if (!key) return { state: "missing", ...base };
  const p = key.get("p") ?? "";
  if (p === "") return { state: "revoked", ...base };
  const bits = (key.get("k") ?? "rsa").toLowerCase() === "rsa" ? rsaKeyBits(p) : undefined;
  return bits ? { state: "published", ...base, keyBits: bits } : { state: "published", ...base };
}

/**
 * Approximate RSA modulus size from the base64 SubjectPublicKeyInfo in p=: the DER wrapper
 * adds about 38 bytes around the modulus. Rounded to the usual sizes; enough to tell 1024
 * from 2048 (Gmail asks for at least 1024 bits).
 */
export function rsaKeyBits(p: string): number | undefined {
  const clean = p.replace(/[^A-Za-z0-9+/]/g, "");
  if (clean.length < 40) return undefined;
  const bytes = Math.floor((clean.length * 3) / 4);
  const modulusBits = (bytes - 38) * 8;
  const sizes = [512, 768, 1024, 1536, 2048, 3072, 4096];
  let best = sizes[0] as number;
  for (const s of sizes) if (Math.abs(s - modulusBits) < Math.abs(best - modulusBits)) best = s;
  return best;
}
