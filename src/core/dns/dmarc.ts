/**
 * DMARC (RFC 7489): parse the `_dmarc` TXT record and find it the way receivers do — at the
 * From domain, else at its organizational domain (the registrable domain, from the public
 * suffix list via tldts). Pure: DNS comes from an injected lookup.
 */
import type { DmarcAnalysis } from "../model/facts";
import { clip as clipText } from "../text/clip";
import { registrableDomain } from "../text/domain";
import {
  askSafely,
  boundedErrors,
  isIndeterminate,
  normalizeName,
  txtStrings,
  type DnsAnswer,
  type DnsLookup,
} from "./types";

type DmarcPolicy = "none" | "quarantine" | "reject";
const POLICIES = new Set<string>(["none", "quarantine", "reject"]);

export type ParsedDmarc = Omit<DmarcAnalysis, "foundAt">;

export function isDmarcRecord(txt: string): boolean {
  return /^v\s*=\s*DMARC1\s*(?:;|$)/i.test(txt.trimStart());
}

/** A reporting URI: mailto: (the only kind receivers use in practice) or another scheme, with an optional "!size". */
const REPORT_URI = /^[a-z][a-z0-9+.-]*:[^\s,!]+(?:![0-9]+[kmgt]?)?$/i;

/** Parses one DMARC record. Never throws; linear in the record length. */
export function parseDmarc(record: string): ParsedDmarc {
  const out: ParsedDmarc = { record, rua: [], ruf: [], errors: [] };
  const errors: string[] = [];
  const text = typeof record === "string" ? record.trim() : "";
  const seen = new Set<string>();
  const parts = text.split(";");
  let index = 0;
  for (const rawPart of parts) {
    const part = rawPart.trim();
    if (part === "") continue; // a trailing ";" is allowed
    const eq = part.indexOf("=");
    const tag = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? "" : part.slice(eq + 1).trim();
    const first = index++ === 0;
    if (first && tag !== "v") {
      errors.push('the record must start with "v=DMARC1"');
    }
    if (eq < 0) {
      errors.push(`"${clip(part)}" is not a tag=value pair`);
      continue;
    }
    if (seen.has(tag)) {
      errors.push(`"${tag}" appears more than once`);
      continue;
    }
    seen.add(tag);
    switch (tag) {
      case "v":
        if (!first) errors.push('"v=DMARC1" must come first');
        if (value !== "DMARC1") errors.push(`v=${clip(value)} is not "DMARC1"`);
        break;
      case "p":
      case "sp": {
        const policy = value.toLowerCase();
        if (!POLICIES.has(policy))
          errors.push(`${tag}=${clip(value)} is not none, quarantine or reject`);
        else if (tag === "p") out.policy = policy as DmarcPolicy;
        else out.subdomainPolicy = policy as DmarcPolicy;
        break;
      }
      case "pct":
        if (!/^\d{1,3}$/.test(value) || Number(value) > 100)
          errors.push(`pct=${clip(value)} is not a whole number from 0 to 100`);
        else out.pct = Number(value);
        break;
      case "adkim":
      case "aspf": {
        const mode = value.toLowerCase();
        if (mode !== "r" && mode !== "s")
          errors.push(`${tag}=${clip(value)} is not "r" (relaxed) or "s" (strict)`);
        else out[tag] = mode;
        break;
      }
      case "rua":
      case "ruf": {
        for (const uri of value.split(",")) {
          const u = uri.trim();
          if (REPORT_URI.test(u)) out[tag].push(u);
          else
            errors.push(
              `${tag} address "${clip(u)}" is not a URI such as mailto:dmarc@example.com`
            );
        }
        break;
      }
      case "ri":
        if (!/^\d{1,10}$/.test(value)) errors.push(`ri=${clip(value)} is not a number of seconds`);
        break;
      case "fo":
        if (!/^[01ds](?:\s*:\s*[01ds])*$/i.test(value))
          errors.push(`fo=${clip(value)} is not a list of 0, 1, d, s`);
        break;
      default:
        // rf, np, psd, t and future tags: receivers ignore tags they do not know, so do we.
        break;
    }
  }
  if (index === 0) errors.push("the record is empty");
  if (out.policy === undefined && !errors.some((e) => e.startsWith("p="))) {
    errors.push('the record has no "p=" policy');
  }
  out.errors = boundedErrors(errors);
  return out;
}

/** Record text quoted in an error is cut to this many characters. */
const QUOTED_CHARS = 60;

function clip(s: string): string {
  return clipText(s, QUOTED_CHARS);
}

/** The organizational domain (registrable domain) of a host; the host itself when unknown. */
export function organizationalDomain(domain: string): string {
  return registrableDomain(domain);
}

export type DmarcEvaluation =
  { status: "ok"; analysis: DmarcAnalysis } | { status: "indeterminate"; answer: DnsAnswer };

/** Finds and parses the DMARC record that applies to mail From `domain`. */
export async function evaluateDmarc(domain: string, lookup: DnsLookup): Promise<DmarcEvaluation> {
  const from = normalizeName(domain);
  const org = organizationalDomain(from);
  const names = org !== from ? [from, org] : [from];
  for (const name of names) {
    const at = `_dmarc.${name}`;
    const answer = await askSafely(lookup, at, "TXT");
    if (isIndeterminate(answer)) return { status: "indeterminate", answer };
    const records = txtStrings(answer).filter(isDmarcRecord);
    if (records.length === 0) continue;
    if (records.length > 1) {
      // RFC 7489 §6.6.3: with more than one record, receivers apply none of them.
      return {
        status: "ok",
        analysis: {
          record: records.join(" | "),
          rua: [],
          ruf: [],
          errors: [`${at} has ${records.length} DMARC records; receivers ignore all of them`],
          foundAt: name,
        },
      };
    }
    return { status: "ok", analysis: { ...parseDmarc(records[0] as string), foundAt: name } };
  }
  return { status: "ok", analysis: { rua: [], ruf: [], errors: [] } };
}

/** The policy that applies to `domain`: `sp=` when the record was found at a parent domain. */
export function effectivePolicy(analysis: DmarcAnalysis, domain: string): DmarcPolicy | undefined {
  if (analysis.foundAt && normalizeName(domain) !== analysis.foundAt)
    return analysis.subdomainPolicy ?? analysis.policy;
  return analysis.policy;
}
