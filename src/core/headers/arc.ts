/** ARC (RFC 8617): the sets of ARC-Seal / ARC-Message-Signature / ARC-Authentication-Results. */
import { parseArcAuthenticationResults, type AuthenticationResults } from "./auth-results";

export interface ArcSet {
  instance: number;
  /** ARC-Seal cv=: none (first set), pass, fail. */
  chainValidation?: string | undefined;
  /** The domain that sealed this set (ARC-Seal d=). */
  sealedBy?: string | undefined;
  authResults?: AuthenticationResults | undefined;
}

/** Parses a DKIM-style tag list ("a=…; d=…; cv=…") into lower-cased tags. */
export function parseTagList(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = typeof value === "string" ? value.slice(0, 64 * 1024) : "";
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    const tag = part.slice(0, eq).trim().toLowerCase();
    if (tag && !(tag in out)) out[tag] = part.slice(eq + 1).replace(/\s+/g, "");
  }
  return out;
}

/** Groups the ARC headers by instance, lowest first. */
export function arcSets(seals: readonly string[], authResults: readonly string[]): ArcSet[] {
  const byInstance = new Map<number, ArcSet>();
  const get = (i: number) => {
    let set = byInstance.get(i);
    if (!set) byInstance.set(i, (set = { instance: i }));
    return set;
  };
  for (const seal of seals) {
    const tags = parseTagList(seal);
    const i = Number(tags.i);
    if (!Number.isInteger(i) || i < 1 || i > 50) continue;
    const set = get(i);
    if (tags.cv) set.chainValidation = tags.cv.toLowerCase();
    if (tags.d) set.sealedBy = tags.d;
  }
  for (const value of authResults) {
    const ar = parseArcAuthenticationResults(value);
    const i = ar.arcInstance;
    if (i === undefined || i < 1 || i > 50) continue;
    get(i).authResults = ar;
  }
  return [...byInstance.values()].sort((a, b) => a.instance - b.instance);
}
