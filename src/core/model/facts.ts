/**
 * Facts: what outside services (Microsoft Graph, DNS) said about this message.
 * Every source yields either a value or `unavailable` with a reason the user can act on.
 * The shapes here are ours (already decoded from the wire); the shells translate to them.
 */
import type { Localized } from "./i18n";
import type { ItemId } from "./finding";

/** Why a source could not answer, and what to do about it. */
export interface Unavailable {
  /** Machine-readable cause, e.g. "graph.consent-required", "dns.timeout", "offline". */
  code: string;
  reason: Localized;
  fix: Localized;
  /** Seconds to wait before retrying, when the service said so. */
  retryAfterSeconds?: number | undefined;
}

export type Fact<T> =
  | { state: "pending" }
  | { state: "ok"; value: T }
  | { state: "unavailable"; why: Unavailable }
  /** Turned off by policy or by the user (e.g. --offline): not an error, nothing to show. */
  | { state: "off" };

export function factOk<T>(value: T): Fact<T> {
  return { state: "ok", value };
}

export function factUnavailable<T>(why: Unavailable): Fact<T> {
  return { state: "unavailable", why };
}

// ---------------------------------------------------------------- Microsoft Graph

export type RecipientScope =
  "none" | "internal" | "external" | "externalPartner" | "externalNonPartner";

/** One recipient's MailTips (Graph `mailTips`), only what was asked for. */
export interface MailTip {
  address: string;
  mailboxFull?: boolean | undefined;
  /** Largest message the recipient accepts, in bytes. */
  maxMessageSize?: number | undefined;
  deliveryRestricted?: boolean | undefined;
  isModerated?: boolean | undefined;
  recipientScope?: RecipientScope | undefined;
  totalMemberCount?: number | undefined;
  externalMemberCount?: number | undefined;
  /** Out-of-office text as plain text (never HTML), when set. */
  automaticReplyText?: string | undefined;
  customMailTip?: string | undefined;
  /** Per-recipient error, e.g. { code: "ErrorInvalidRecipients" }. */
  error?: { code: string; message: string } | undefined;
}

export interface ServicePlanState {
  name: string;
  /** Graph's provisioningStatus: Success, Disabled, PendingInput, PendingActivation, PendingProvisioning, Error… */
  provisioningStatus: string;
}

export interface LicenceInfo {
  /** SKU part numbers seen, e.g. "ENTERPRISEPACK". */
  skus: string[];
  /** Exchange Online service plans (EXCHANGE_S_*) and their state. */
  exchangePlans: ServicePlanState[];
}

export interface MailboxInfo {
  address: string;
  /** From MailTips on the sender's own address. */
  full?: boolean | undefined;
  /** From the usage report, when the admin report is allowed. */
  usedBytes?: number | undefined;
  prohibitSendQuotaBytes?: number | undefined;
  issueWarningQuotaBytes?: number | undefined;
  reportDate?: string | undefined;
}

/** Message-trace recipient status, lower-cased (Graph returns mixed case). */
export type TraceStatus =
  | "delivered"
  | "failed"
  | "pending"
  | "quarantined"
  | "filteredasspam"
  | "expanded"
  | "gettingstatus"
  | "none"
  | string;

export interface TraceEvent {
  dateTime: string;
  event: string;
  action?: string | undefined;
  description: string;
}

export interface TraceRecipient {
  address: string;
  status: TraceStatus;
  receivedAt?: string | undefined;
  events: TraceEvent[];
}

export interface TraceResult {
  messageId: string;
  sender?: string | undefined;
  subject?: string | undefined;
  recipients: TraceRecipient[];
  /** Where the rows came from: the direct delegated Graph call, or the companion service. */
  via: "graph" | "service";
  /** When the trace was queried (ISO 8601), so that "not found yet" can be told from "never sent". */
  queriedAt?: string | undefined;
  /** The receivedDateTime window searched (ISO 8601). */
  window?: { from: string; to: string } | undefined;
}

// ---------------------------------------------------------------- DNS

export interface MxHost {
  preference: number;
  exchange: string;
}

/** What DNS said about one recipient domain. */
export interface RecipientDomainDns {
  domain: string;
  /** "ok": MX (or A/AAAA fallback) found; "nxdomain": no such domain; "nullmx": RFC 7505; "nomail": no MX and no address. */
  status: "ok" | "nxdomain" | "nullmx" | "nomail" | "unavailable";
  mx: MxHost[];
  usedAddressFallback?: boolean | undefined;
  /** MTA-STS policy mode, when published. */
  mtaSts?: { id: string; mode?: "enforce" | "testing" | "none" | undefined } | undefined;
  why?: Unavailable | undefined;
}

export interface SenderDomainDns {
  domain: string;
  spf: Fact<SpfAnalysis>;
  dmarc: Fact<DmarcAnalysis>;
  dkim: Fact<DkimAnalysis>;
}

export interface SpfAnalysis {
  /** The raw records that start with v=spf1 (more than one is an error). */
  records: string[];
  lookupCount: number;
  voidLookupCount: number;
  allQualifier?: "+" | "-" | "~" | "?" | undefined;
  includesMicrosoft365: boolean;
  /** Problems found while evaluating: loops, syntax, permerror causes. */
  errors: string[];
  /** Weaknesses that do not break SPF by themselves: ptr, an include that could not be resolved now… */
  warnings?: string[] | undefined;
  /** The terms that cost a DNS lookup, in evaluation order (evidence when over the limit). */
  countedTerms?: string[] | undefined;
}

export interface DmarcAnalysis {
  record?: string | undefined;
  policy?: "none" | "quarantine" | "reject" | undefined;
  subdomainPolicy?: "none" | "quarantine" | "reject" | undefined;
  pct?: number | undefined;
  adkim?: "r" | "s" | undefined;
  aspf?: "r" | "s" | undefined;
  rua: string[];
  ruf: string[];
  errors: string[];
  /** Where the record was found (the organizational domain when the sender is a subdomain). */
  foundAt?: string | undefined;
}

export interface DkimSelectorState {
  selector: string;
  /** "published": a key (or CNAME to one) is there; "missing": NXDOMAIN or empty; "revoked": p= empty. */
  state: "published" | "missing" | "revoked";
  cnameTarget?: string | undefined;
  /** The signing domain, when it is not the sender domain itself (a DKIM-Signature's d=). */
  domain?: string | undefined;
  /** Why this selector was looked at: Microsoft 365's pair, or a DKIM-Signature of the message. */
  source?: "microsoft365" | "signature" | undefined;
  /** Approximate RSA key size read from p=, when it is an RSA key. */
  keyBits?: number | undefined;
}

export interface DkimAnalysis {
  selectors: DkimSelectorState[];
}

export interface DnsFacts {
  recipients: RecipientDomainDns[];
  sender?: SenderDomainDns | undefined;
}

// ---------------------------------------------------------------- all facts

/** Everything outside the message that the checks may use. Absent = not asked (treated as off). */
export interface Facts {
  mailTips?: Fact<MailTip[]> | undefined;
  licence?: Fact<LicenceInfo> | undefined;
  ownMailbox?: Fact<MailboxInfo> | undefined;
  trace?: Fact<TraceResult> | undefined;
  dns?: Fact<DnsFacts> | undefined;
}

/** The items each source informs, so that an unavailable source marks exactly those. */
export const FACT_ITEMS: Record<keyof Facts, ItemId[]> = {
  mailTips: [5, 7, 10, 14, 17, 18],
  licence: [22],
  ownMailbox: [14],
  trace: [3, 4, 5, 7, 9],
  dns: [6, 8, 16, 23, 24],
};
