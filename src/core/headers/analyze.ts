/**
 * analyzeHeaders: everything Todoku reads from a received message's header, in one shape the
 * task pane shows as tables (hops with delays, authentication results, spam-filter values with
 * their meaning) and the received-headers check turns into findings.
 */
import type { HeaderField } from "../model/snapshot";
import {
  decodeForefront,
  decodeMailboxDelivery,
  decodeMicrosoftAntispam,
  decodeOrganizationScl,
  decodeSpamAssassin,
  parseSpamStatus,
  type AntispamValue,
  type SpamAssassinVerdict,
} from "./antispam";
import { arcSets, type ArcSet } from "./arc";
import {
  parseAuthenticationResults,
  propertyOf,
  resultFor,
  type AuthenticationResults,
} from "./auth-results";
import { parseMailDate } from "./dates";
import { hopsSince, isMailboxFetch, totalDelaySince, type ReceivedHop } from "./received";
import { parseReceivedSpf, type ReceivedSpf } from "./received-spf";

/** The verdicts of the receiving system, one per method; absent when not reported. */
export interface AuthSummary {
  spf?: string | undefined;
  dkim?: string | undefined;
  dmarc?: string | undefined;
  /** Microsoft's composite authentication (compauth) and its reason code. */
  compauth?: string | undefined;
  compauthReason?: string | undefined;
  /** The ARC chain's validation as the receiver saw it (arc=… or the last ARC-Seal cv=). */
  arc?: string | undefined;
  /** True when `arc` is the last sealer's cv=, not a result the final receiver wrote. */
  arcSealedOnly?: true | undefined;
  /** The domain in the From header, as the DMARC check saw it. */
  headerFrom?: string | undefined;
  /** Which host wrote the results used here ("" when Exchange Online omits it). */
  authservId?: string | undefined;
  /** The address SPF was checked against, as the result's comment or Received-SPF names it. */
  spfIp?: string | undefined;
  /** The domains (d=, else i=) of the DKIM signatures the final receiver found valid. */
  dkimPassDomains?: string[] | undefined;
}

export interface ExchangeVerdict {
  scl?: number | undefined;
  bcl?: number | undefined;
  sfv?: string | undefined;
  cat?: string | undefined;
  ipv?: string | undefined;
  sfty?: string | undefined;
  /** X-Microsoft-Antispam-Mailbox-Delivery dest: J (junk) or I (inbox). */
  dest?: string | undefined;
  country?: string | undefined;
  connectingIp?: string | undefined;
}

export interface HeaderAnalysis {
  /** False for a Sent Items copy or a draft: no server has handled it yet. */
  hasTransportHeaders: boolean;
  /** The Date header, in ISO 8601. */
  sentDate?: string | undefined;
  /** The Date header as written. */
  dateText?: string | undefined;
  /** Hops in delivery order (1 = first server), each with its time and delay. */
  hops: ReceivedHop[];
  /**
   * From the Date header (or the first server) to the last server. Absent when a hop's wait is
   * not transit (its waitKind is set): such a total would not be a delivery time.
   */
  totalDelaySeconds?: number | undefined;
  /**
   * Set when the Date header is more than DATE_TRUST_SECONDS before the first server's time:
   * that gap, which the hops and the total then leave out.
   */
  dateBeforeFirstHop?: { seconds: number; dateText: string } | undefined;
  /** The hop with the longest positive delay in transit (waitKind unset), when any is known. */
  slowestHop?: ReceivedHop | undefined;
  /** Hops more than two minutes earlier than the previous one (server clocks disagree). */
  clockSkewHops: number[];
  /** Authentication-Results fields, topmost (the final receiver's) first. */
  authResults: AuthenticationResults[];
  receivedSpf: ReceivedSpf[];
  arc: ArcSet[];
  auth: AuthSummary;
  /** Every decoded spam-filter value, in header order. */
  antispam: AntispamValue[];
  exchange: ExchangeVerdict;
  spamAssassin?: SpamAssassinVerdict | undefined;
  /**
   * The mailing list that delivered this copy, from List-Id (RFC 2919: a label, then the
   * list's domain): "freebsd-test.freebsd.org". Lists add footers and subject tags, which break
   * the author's DKIM signature and so DMARC.
   */
  listId?: string | undefined;
}

/**
 * No mail server keeps a mail queued this long (Postfix and sendmail give up after 5 days,
 * Exchange sooner), so a longer wait before the first server is not a delivery delay: the
 * sending device's clock is wrong (scanners and printers reset to a factory date) or the mail
 * sat in an outbox while offline.
 */
export const DATE_TRUST_SECONDS = 7 * 24 * 3600;

/**
 * Clocks a minute or two apart are ordinary (and some servers stamp whole minutes): a hop up to
 * this much earlier than the one before is not called clock skew.
 */
const CLOCK_TOLERANCE_SECONDS = 120;

const TRANSPORT = new Set([
  "received",
  "authentication-results",
  "received-spf",
  "arc-seal",
  "x-forefront-antispam-report",
  "x-ms-exchange-organization-scl",
  "x-microsoft-antispam",
]);

export function analyzeHeaders(headers: readonly HeaderField[] | undefined): HeaderAnalysis {
  const list = Array.isArray(headers) ? headers.filter(isField) : [];
  // Each name lowercased once: the values by name, in header order.
  const lowerNames = list.map((h) => h.name.toLowerCase());
  const byName = new Map<string, string[]>();
  list.forEach((h, i) => {
    const name = lowerNames[i] as string;
    const values = byName.get(name);
    if (values) values.push(h.value);
    else byName.set(name, [h.value]);
  });
  const all = (name: string): string[] => byName.get(name) ?? [];
  const first = (name: string) => all(name)[0];

  const dateHeader = first("date");
  const written = parseMailDate(dateHeader);
  const zoned = written?.zoneKnown ? written : undefined;
  // The hops are timed from the first server; the wait before it is measured from the Date.
  const hops = hopsSince(all("received"), undefined);
  const firstTimed = hops.find((h) => h.timeMs !== undefined);
  const dateGap =
    zoned && firstTimed?.timeMs !== undefined
      ? Math.round((firstTimed.timeMs - zoned.ms) / 1000)
      : undefined;
  // A Date far before the first server's time is a wrong clock or an outbox, not a queue: that
  // gap is reported on its own and left out of the hops and the total.
  const sent = dateGap !== undefined && dateGap > DATE_TRUST_SECONDS ? undefined : zoned;
  if (sent && firstTimed && dateGap !== undefined) {
    firstTimed.delaySeconds = dateGap;
    firstTimed.sinceDate = true;
  }
  for (const hop of hops) {
    if (isMailboxFetch(hop)) hop.waitKind = "mailbox";
    // A wait longer than any server keeps a mail is a wrong clock or spliced Received lines.
    else if ((hop.delaySeconds ?? 0) > DATE_TRUST_SECONDS) hop.waitKind = "implausible";
  }
  const authResults = all("authentication-results").map(parseAuthenticationResults);
  const arc = arcSets(all("arc-seal"), all("arc-authentication-results"));
  const receivedSpf = all("received-spf").map(parseReceivedSpf);

  const antispam: AntispamValue[] = [];
  list.forEach((h, i) => {
    const name = lowerNames[i];
    if (name === "x-forefront-antispam-report")
      antispam.push(...markOutbound(decodeForefront(h.value, h.name)));
    else if (name === "x-microsoft-antispam")
      antispam.push(...decodeMicrosoftAntispam(h.value, h.name));
    else if (name === "x-microsoft-antispam-mailbox-delivery")
      antispam.push(...decodeMailboxDelivery(h.value, h.name));
    else if (name === "x-ms-exchange-organization-scl")
      antispam.push(...decodeOrganizationScl(h.value, h.name));
  });
  const spamFlag = first("x-spam-flag");
  const spamStatus = first("x-spam-status");
  antispam.push(...decodeSpamAssassin(spamFlag, spamStatus));

  const analysis: HeaderAnalysis = {
    hasTransportHeaders: lowerNames.some((name) => TRANSPORT.has(name)),
    hops,
    clockSkewHops: hops
      .filter((h) => h.delaySeconds !== undefined && h.delaySeconds < -CLOCK_TOLERANCE_SECONDS)
      .map((h) => h.hop),
    authResults,
    receivedSpf,
    arc,
    auth: summarizeAuth(authResults, receivedSpf, arc),
    antispam,
    exchange: exchangeVerdict(antispam),
  };
  if (zoned) analysis.sentDate = zoned.iso;
  if (dateHeader !== undefined) analysis.dateText = dateHeader.trim();
  if (zoned && !sent && dateGap !== undefined)
    analysis.dateBeforeFirstHop = { seconds: dateGap, dateText: dateHeader ?? "" };
  const total = hops.some((h) => h.waitKind) ? undefined : totalDelaySince(hops, sent?.ms);
  if (total !== undefined) analysis.totalDelaySeconds = total;
  const slowest = hops.reduce<ReceivedHop | undefined>(
    (best, h) => (!h.waitKind && (h.delaySeconds ?? 0) > (best?.delaySeconds ?? 0) ? h : best),
    undefined
  );
  if (slowest) analysis.slowestHop = slowest;
  if (spamStatus !== undefined) analysis.spamAssassin = parseSpamStatus(spamStatus);
  const listId = listIdOf(first("list-id"));
  if (listId) analysis.listId = listId;
  return analysis;
}

/** The list-id of a List-Id value ("Test area <freebsd-test.freebsd.org>"), lower case. */
function listIdOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const id = (/<([^<>\s]{3,255})>/.exec(value)?.[1] ?? value.trim()).toLowerCase();
  return /^[a-z0-9._-]+\.[a-z0-9-]+$/.test(id) ? id : undefined;
}

/**
 * The list signed the copy it delivered: a valid DKIM signature of the list's own domain (the
 * List-Id's domain or one above it). The author's signature may then have broken on the way
 * without anyone forging anything.
 */
export function listSigned(a: Pick<HeaderAnalysis, "listId" | "auth">): boolean {
  const id = a.listId;
  if (!id) return false;
  return (a.auth.dkimPassDomains ?? []).some(
    (d) => d.includes(".") && (id === d || id.endsWith(`.${d}`))
  );
}

function isField(h: unknown): h is HeaderField {
  return (
    typeof h === "object" &&
    h !== null &&
    typeof (h as HeaderField).name === "string" &&
    typeof (h as HeaderField).value === "string"
  );
}

/**
 * The final receiver's results: the topmost Authentication-Results with any, joined with the
 * other fields that server wrote (Postfix's milters each add one: OpenDKIM's dkim=, OpenDMARC's
 * dmarc=), the topmost field first for a method both name.
 */
function finalReceiverResults(results: AuthenticationResults[]): AuthenticationResults | undefined {
  const top = results.find((r) => r.results.length > 0 && !isSubmissionStamp(r));
  if (!top) return undefined;
  // Exchange Online writes no authserv-id: fields without one cannot be told apart by server.
  const server = top.authservId.toLowerCase();
  if (!server) return top;
  const same = results.filter((r) => r !== top && r.authservId.toLowerCase() === server);
  if (same.length === 0) return top;
  const named = new Set(top.results.map((r) => r.method));
  const joined = [...top.results];
  for (const r of same.flatMap((field) => field.results))
    if (!named.has(r.method) || r.method === "dkim") joined.push(r);
  return { ...top, results: joined };
}

/**
 * Exchange Online's stamp on a mail its own user submitted: "spf=none (sender IP is )", no
 * address, no authserv-id. It travels with the mail to other receivers and says nothing of how
 * they authenticated it.
 */
function isSubmissionStamp(field: AuthenticationResults): boolean {
  if (field.authservId !== "") return false;
  const spf = resultFor(field, "spf");
  return spf !== undefined && spf.comments.some((c) => /^sender IP is\s*$/i.test(c.trim()));
}

/** The final receiver's Authentication-Results first; Received-SPF and ARC fill the gaps. */
function summarizeAuth(
  results: AuthenticationResults[],
  receivedSpf: ReceivedSpf[],
  arc: ArcSet[]
): AuthSummary {
  const out: AuthSummary = {};
  const top = finalReceiverResults(results);
  if (top) {
    out.authservId = top.authservId;
    const spf = resultFor(top, "spf");
    const dkim = resultFor(top, "dkim");
    const dmarc = resultFor(top, "dmarc");
    const compauth = resultFor(top, "compauth");
    const arcResult = resultFor(top, "arc");
    if (spf) {
      out.spf = spf.result;
      const ip = spf.comments.map(checkedIpOf).find((x) => x !== undefined);
      if (ip) out.spfIp = ip;
    }
    if (dkim) {
      out.dkim = bestDkim(top);
      const passed = top.results
        .filter((r) => r.method === "dkim" && r.result === "pass")
        .map((r) =>
          (propertyOf(r, "header", "d") ?? propertyOf(r, "header", "i") ?? "").replace(/^.*@/, "")
        )
        .filter((d) => d !== "")
        .map((d) => d.toLowerCase());
      if (passed.length > 0) out.dkimPassDomains = passed;
    }
    if (dmarc) {
      out.dmarc = dmarc.result;
      const from = propertyOf(dmarc, "header", "from");
      if (from) out.headerFrom = from;
    }
    if (compauth) {
      out.compauth = compauth.result;
      if (compauth.reason) out.compauthReason = compauth.reason;
    }
    if (arcResult) out.arc = arcResult.result;
  }
  if (out.spf === undefined && receivedSpf[0]?.result) {
    out.spf = receivedSpf[0].result;
    const ip = receivedSpf[0].pairs["client-ip"];
    if (ip) out.spfIp = ip;
  }
  // Without the receiver's arc= result, the last seal's cv= says what its sealer saw of the chain
  // before it (cv=none only means it was the first): shown, but never taken as the receiver's.
  const lastSeal = arc[arc.length - 1];
  const sealed = lastSeal?.chainValidation;
  if (out.arc === undefined && (sealed === "pass" || sealed === "fail")) {
    out.arc = sealed;
    out.arcSealedOnly = true;
  }
  return out;
}

/**
 * The address an SPF result's comment names: Exchange's "sender IP is 192.0.2.1", Gmail's
 * "domain of … designates 192.0.2.1 as permitted sender" (or does not designate).
 */
function checkedIpOf(comment: string): string | undefined {
  return /\b(?:sender IP is|designates) ([0-9A-Fa-f.:]{3,45})\b/.exec(comment)?.[1];
}

/** A message can carry several DKIM signatures; one that passes is enough. */
function bestDkim(ar: AuthenticationResults): string | undefined {
  const dkims = ar.results.filter((r) => r.method === "dkim");
  return dkims.find((r) => r.result === "pass")?.result ?? dkims[0]?.result;
}

/**
 * A report whose direction is OUT is the sending tenant's outbound scan (CAT:OSPM and its SCL),
 * carried along to the receiver: it says how the sender's side judged the mail, not where the
 * receiver put it.
 */
function markOutbound(values: AntispamValue[]): AntispamValue[] {
  const outbound = values.some((v) => v.key === "DIR" && v.value.trim().toUpperCase() === "OUT");
  return outbound ? values.map((v) => ({ ...v, outbound: true })) : values;
}

function exchangeVerdict(values: AntispamValue[]): ExchangeVerdict {
  const out: ExchangeVerdict = {};
  for (const v of values) {
    if (v.outbound) continue;
    const header = v.header.toLowerCase();
    if (header === "x-forefront-antispam-report") {
      if (v.key === "SCL" && out.scl === undefined) out.scl = toNumber(v.value);
      else if (v.key === "SFV") out.sfv ??= v.value.toUpperCase();
      else if (v.key === "CAT") out.cat ??= v.value.toUpperCase();
      else if (v.key === "IPV") out.ipv ??= v.value.toUpperCase();
      else if (v.key === "SFTY") out.sfty ??= v.value;
      else if (v.key === "CTRY") out.country ??= v.value;
      else if (v.key === "CIP") out.connectingIp ??= v.value;
    } else if (header === "x-ms-exchange-organization-scl" && out.scl === undefined)
      out.scl = toNumber(v.value);
    else if (header === "x-microsoft-antispam" && v.key === "BCL") out.bcl ??= toNumber(v.value);
    else if (header === "x-microsoft-antispam-mailbox-delivery" && v.key === "dest")
      out.dest ??= v.value.toUpperCase();
  }
  return out;
}

function toNumber(value: string): number | undefined {
  const m = /^\s*(-?\d{1,3})\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}
