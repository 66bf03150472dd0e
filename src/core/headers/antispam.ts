/**
 * Spam-filter stamps written into received mail, decoded into plain meanings:
 * Exchange Online / EOP (X-Forefront-Antispam-Report, X-Microsoft-Antispam,
 * X-MS-Exchange-Organization-SCL, X-Microsoft-Antispam-Mailbox-Delivery) and the
 * SpamAssassin headers many other providers (Japanese ISPs among them) add.
 * The raw value always stays beside the meaning: the codes are Microsoft's, the words ours.
 */
import { text, type LabelKey } from "../messages";
import type { Localized } from "../model/i18n";

/** What a value says about the message, for colouring and for the checks. */
export type Verdict =
  | "spam"
  | "highSpam"
  | "phish"
  | "bulk"
  | "blocked"
  | "allowed"
  | "clean"
  | "malware"
  | "spoof"
  | "impersonation"
  | "info";

export interface AntispamValue {
  header: string;
  key: string;
  value: string;
  meaning?: Localized | undefined;
  verdict?: Verdict | undefined;
  /** Written by the sender's own Exchange Online on the way out (DIR:OUT), not by the receiver. */
  outbound?: true | undefined;
}

/** A fixed meaning from the catalogue (messages/antispam.ts); this module keeps only the codes. */
const m = (key: LabelKey): Localized => text(key, {});

/** "KEY:VALUE;KEY:VALUE" as Exchange writes it. Values may contain ":" and parentheses. */
export function parseColonList(value: string): Array<{ key: string; value: string }> {
  const out: Array<{ key: string; value: string }> = [];
  const text = typeof value === "string" ? value.slice(0, 64 * 1024) : "";
  for (const part of text.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim();
    if (key) out.push({ key, value: part.slice(colon + 1).trim() });
  }
  return out;
}

// ---------------------------------------------------------------- SCL and BCL

export function sclMeaning(scl: number): { meaning: Localized; verdict: Verdict } {
  if (scl < 0) return { meaning: m("antispam.scl.skipped"), verdict: "allowed" };
  if (scl <= 4) return { meaning: m("antispam.scl.clean"), verdict: "clean" };
  if (scl <= 6) return { meaning: m("antispam.scl.spam"), verdict: "spam" };
  return { meaning: m("antispam.scl.high"), verdict: "highSpam" };
}

/** Exchange Online's default bulk threshold in the default anti-spam policy. */
export const DEFAULT_BULK_THRESHOLD = 7;

export function bclMeaning(bcl: number): { meaning: Localized; verdict: Verdict } {
  if (bcl <= 0) return { meaning: m("antispam.bcl.none"), verdict: "clean" };
  if (bcl <= 3) return { meaning: m("antispam.bcl.low"), verdict: "info" };
  if (bcl < DEFAULT_BULK_THRESHOLD) return { meaning: m("antispam.bcl.some"), verdict: "info" };
  return {
    meaning: text("antispam.bcl.high", { threshold: DEFAULT_BULK_THRESHOLD }),
    verdict: "bulk",
  };
}

// ---------------------------------------------------------------- X-Forefront-Antispam-Report

type Decoded = { meaning: Localized; verdict: Verdict };
const d = (key: LabelKey, verdict: Verdict): Decoded => ({ meaning: m(key), verdict });

const SFV: Record<string, Decoded> = {
  BLK: d("antispam.sfv.blk", "blocked"),
  NSPM: d("antispam.sfv.nspm", "clean"),
  SFE: d("antispam.sfv.sfe", "allowed"),
  SKA: d("antispam.sfv.ska", "allowed"),
  SKB: d("antispam.sfv.skb", "blocked"),
  SKI: d("antispam.sfv.ski", "allowed"),
  SKN: d("antispam.sfv.skn", "allowed"),
  SKQ: d("antispam.sfv.skq", "info"),
  SKS: d("antispam.sfv.sks", "spam"),
  SPM: d("antispam.sfv.spm", "spam"),
};

const CAT: Record<string, Decoded> = {
  NONE: d("antispam.cat.none", "clean"),
  BULK: d("antispam.cat.bulk", "bulk"),
  SPM: d("antispam.cat.spam", "spam"),
  HSPM: d("antispam.cat.high-spam", "highSpam"),
  PHSH: d("antispam.cat.phish", "phish"),
  HPHSH: d("antispam.cat.high-phish", "phish"),
  HPHISH: d("antispam.cat.high-phish", "phish"),
  SPOOF: d("antispam.cat.spoof", "spoof"),
  DIMP: d("antispam.cat.domain-impersonation", "impersonation"),
  UIMP: d("antispam.cat.user-impersonation", "impersonation"),
  GIMP: d("antispam.cat.mailbox-intelligence", "impersonation"),
  BIMP: d("antispam.cat.brand-impersonation", "impersonation"),
  MALW: d("antispam.cat.malware", "malware"),
  AMP: d("antispam.cat.anti-malware", "malware"),
  SAP: d("antispam.cat.safe-attachments", "malware"),
  FTBP: d("antispam.cat.file-type", "malware"),
  INTOS: d("antispam.cat.intra-org-phish", "phish"),
  OSPM: d("antispam.cat.outbound-spam", "spam"),
};

const IPV: Record<string, Decoded> = {
  CAL: d("antispam.ipv.cal", "allowed"),
  NLI: d("antispam.ipv.nli", "clean"),
};

const SFTY: Record<string, Localized> = {
  "9.19": m("antispam.sfty.domain-impersonation"),
  "9.20": m("antispam.sfty.user-impersonation"),
  "9.25": m("antispam.sfty.first-contact"),
};

const SRV_BULK = m("antispam.field.srv-bulk");

const FIELD_NAMES: Record<string, Localized> = {
  CIP: m("antispam.field.cip"),
  CTRY: m("antispam.field.ctry"),
  LANG: m("antispam.field.lang"),
  H: m("antispam.field.h"),
  PTR: m("antispam.field.ptr"),
  DIR: m("antispam.field.dir"),
  SFS: m("antispam.field.sfs"),
  SRV: SRV_BULK,
  ARC: m("antispam.field.arc"),
};

/** A table entry by code; a code such as "__proto__" or "constructor" is simply unknown. */
function own<T>(table: Record<string, T>, code: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

export function decodeForefront(
  value: string,
  header = "X-Forefront-Antispam-Report"
): AntispamValue[] {
  return parseColonList(value).map(({ key, value: v }) => {
    const upper = key.toUpperCase();
    const code = v.toUpperCase();
    const entry: AntispamValue = { header, key: upper, value: v };
    let decoded: { meaning: Localized; verdict?: Verdict } | undefined;
    if (upper === "SCL") {
      const n = toInt(v);
      if (n !== undefined) decoded = sclMeaning(n);
    } else if (upper === "SFV") decoded = own(SFV, code);
    else if (upper === "CAT") decoded = own(CAT, code);
    else if (upper === "IPV") decoded = own(IPV, code);
    else if (upper === "SFTY") {
      const tip = own(SFTY, v.trim());
      if (tip) decoded = { meaning: tip, verdict: "impersonation" };
    } else if (upper === "SRV" && code === "BULK") decoded = { meaning: SRV_BULK, verdict: "bulk" };
    else {
      const field = own(FIELD_NAMES, upper);
      if (field) decoded = { meaning: field };
    }
    if (decoded) {
      entry.meaning = decoded.meaning;
      if (decoded.verdict) entry.verdict = decoded.verdict;
    }
    return entry;
  });
}

/** X-Microsoft-Antispam: only BCL (and PCL) carry a meaning; the rest are internal. */
export function decodeMicrosoftAntispam(
  value: string,
  header = "X-Microsoft-Antispam"
): AntispamValue[] {
  const out: AntispamValue[] = [];
  for (const { key, value: v } of parseColonList(value)) {
    const upper = key.toUpperCase();
    if (upper === "BCL") {
      const n = toInt(v);
      const entry: AntispamValue = { header, key: upper, value: v };
      if (n !== undefined) Object.assign(entry, bclMeaning(n));
      out.push(entry);
    } else if (upper === "PCL") {
      out.push({
        header,
        key: upper,
        value: v,
        meaning: m("antispam.pcl"),
      });
    }
  }
  return out;
}

/** X-Microsoft-Antispam-Mailbox-Delivery: dest:J means it was put in Junk Email. */
export function decodeMailboxDelivery(
  value: string,
  header = "X-Microsoft-Antispam-Mailbox-Delivery"
): AntispamValue[] {
  const out: AntispamValue[] = [];
  for (const { key, value: v } of parseColonList(value)) {
    if (key.toLowerCase() !== "dest") continue;
    const code = v.toUpperCase();
    if (code === "J")
      out.push({
        header,
        key: "dest",
        value: v,
        meaning: m("antispam.dest.junk"),
        verdict: "spam",
      });
    else if (code === "I")
      out.push({
        header,
        key: "dest",
        value: v,
        meaning: m("antispam.dest.inbox"),
        verdict: "clean",
      });
    else out.push({ header, key: "dest", value: v });
  }
  return out;
}

export function decodeOrganizationScl(
  value: string,
  header = "X-MS-Exchange-Organization-SCL"
): AntispamValue[] {
  const n = toInt(value);
  if (n === undefined) return [{ header, key: "SCL", value: value.trim() }];
  return [{ header, key: "SCL", value: value.trim(), ...sclMeaning(n) }];
}

// ---------------------------------------------------------------- SpamAssassin (other providers)

export interface SpamAssassinVerdict {
  spam: boolean;
  score?: number | undefined;
  required?: number | undefined;
  tests: string[];
}

/** X-Spam-Status: "Yes, score=6.1 required=5.0 tests=HTML_MESSAGE,URIBL_BLOCKED autolearn=no". */
export function parseSpamStatus(value: string): SpamAssassinVerdict {
  const text = typeof value === "string" ? value.slice(0, 16 * 1024) : "";
  const spam = /^\s*yes\b/i.test(text);
  const out: SpamAssassinVerdict = { spam, tests: [] };
  const score = /\b(?:score|hits)=(-?\d{1,4}(?:\.\d{1,3})?)/i.exec(text);
  if (score) out.score = Number(score[1]);
  const required = /\brequired=(-?\d{1,4}(?:\.\d{1,3})?)/i.exec(text);
  if (required) out.required = Number(required[1]);
  const tests = /\btests=([A-Z0-9_,\s]{0,4000})/i.exec(text);
  if (tests?.[1])
    out.tests = tests[1]
      .split(/[\s,]+/)
      .filter((x) => /^[A-Z0-9_]+$/i.test(x) && x.toLowerCase() !== "autolearn");
  return out;
}

export function decodeSpamAssassin(
  flag: string | undefined,
  status: string | undefined
): AntispamValue[] {
  const out: AntispamValue[] = [];
  if (flag !== undefined) {
    const yes = /^\s*yes\b/i.test(flag);
    out.push({
      header: "X-Spam-Flag",
      key: "flag",
      value: flag.trim(),
      meaning: m(yes ? "antispam.flag.spam" : "antispam.flag.clean"),
      verdict: yes ? "spam" : "clean",
    });
  }
  if (status !== undefined) {
    const v = parseSpamStatus(status);
    // A bare "X-Spam-Status: Yes" (some filters write no score): the verdict as written.
    if (v.score === undefined && v.required === undefined) {
      out.push({
        header: "X-Spam-Status",
        key: "status",
        value: status.trim().slice(0, 80),
        meaning: m(v.spam ? "antispam.flag.spam" : "antispam.flag.clean"),
        verdict: v.spam ? "spam" : "clean",
      });
      return out;
    }
    const score = v.score !== undefined ? `${v.score}` : "?";
    const required = v.required !== undefined ? `${v.required}` : "?";
    out.push({
      header: "X-Spam-Status",
      key: "score",
      value: `${score} / ${required}`,
      meaning: text(v.spam ? "antispam.score.over" : "antispam.score.under", { score, required }),
      verdict: v.spam ? "spam" : "clean",
    });
  }
  return out;
}

function toInt(value: string): number | undefined {
  const m = /^\s*(-?\d{1,3})\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}
