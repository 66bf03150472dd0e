/**
 * The DNS answers the pure evaluators work on. The shell (src/dns) fills these from a
 * DNS-over-HTTPS JSON resolver; tests fill them from a table. Nothing here does I/O.
 */

export type RecordType = "A" | "AAAA" | "MX" | "TXT" | "CNAME";

/** Numeric RR types as they appear in DoH JSON answers. */
export const RR_TYPE: Record<RecordType, number> = { A: 1, CNAME: 5, MX: 15, TXT: 16, AAAA: 28 };

export const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

export interface DnsRecord {
  /** Owner name, lower-case, without the trailing dot. */
  name: string;
  type: number;
  ttl: number;
  /** Presentation data; TXT already unquoted and its strings joined. */
  data: string;
}

/** The resolver answered (any RCODE, including NXDOMAIN and SERVFAIL). */
export interface DnsResponse {
  kind: "response";
  rcode: number;
  records: DnsRecord[];
}

/** The resolver could not be asked or its answer could not be read. */
export interface DnsFailure {
  kind: "failure";
  reason: "timeout" | "network" | "http" | "malformed";
  detail: string;
}

export type DnsAnswer = DnsResponse | DnsFailure;

/** One DNS question; the evaluators get this injected so they stay pure and testable. */
export type DnsLookup = (name: string, type: RecordType) => Promise<DnsAnswer>;

/** Asks `lookup`; a lookup that throws is read as a network failure, so evaluators never throw. */
export async function askSafely(
  lookup: DnsLookup,
  name: string,
  type: RecordType
): Promise<DnsAnswer> {
  try {
    return await lookup(name, type);
  } catch (e) {
    return {
      kind: "failure",
      reason: "network",
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Records of one type in a response (a TXT query behind a CNAME also returns the CNAME). */
export function recordsOf(answer: DnsAnswer, type: RecordType): DnsRecord[] {
  if (answer.kind !== "response" || answer.rcode !== RCODE.NOERROR) return [];
  return answer.records.filter((r) => r.type === RR_TYPE[type]);
}

export function txtStrings(answer: DnsAnswer): string[] {
  return recordsOf(answer, "TXT").map((r) => r.data);
}

/** A lookup that found no data at all: NXDOMAIN, or NOERROR with no records of the type. */
export function isEmptyAnswer(answer: DnsAnswer, type: RecordType): boolean {
  if (answer.kind !== "response") return false;
  if (answer.rcode === RCODE.NXDOMAIN) return true;
  return answer.rcode === RCODE.NOERROR && recordsOf(answer, type).length === 0;
}

/** SERVFAIL, REFUSED, a timeout or a transport failure: we do not know. */
export function isIndeterminate(answer: DnsAnswer): boolean {
  return (
    answer.kind === "failure" || (answer.rcode !== RCODE.NOERROR && answer.rcode !== RCODE.NXDOMAIN)
  );
}

/** Lower-case, no trailing dot. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** Errors kept per parsed record: enough to explain, bounded for hostile input. */
export const MAX_RECORD_ERRORS = 20;

/** The first MAX_RECORD_ERRORS errors, and a line saying how many more there were. */
export function boundedErrors(errors: string[]): string[] {
  if (errors.length <= MAX_RECORD_ERRORS) return errors;
  const extra = errors.length - MAX_RECORD_ERRORS;
  return [...errors.slice(0, MAX_RECORD_ERRORS), `…and ${extra} more`];
}
