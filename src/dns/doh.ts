/**
 * One DNS-over-HTTPS JSON request (the Google/Cloudflare "application/dns-json" format):
 * GET {resolverUrl}?name=…&type=… . Only the name and the record type leave the device.
 */
import {
  RR_TYPE,
  normalizeName,
  type DnsAnswer,
  type DnsRecord,
  type RecordType,
} from "../core/dns/types";

export function dohUrl(resolverUrl: string, name: string, type: RecordType): string {
  const url = new URL(resolverUrl);
  url.searchParams.set("name", name);
  url.searchParams.set("type", type);
  return url.toString();
}

/** TXT data comes quoted ("\"v=spf1 …\"") from some resolvers, bare from others; long records as several strings. */
export function unquoteTxt(data: string): string {
  const s = data.trim();
  if (!s.startsWith('"')) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '"') {
      i++; // whitespace between strings
      continue;
    }
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s[i] === "\\" && i + 1 < s.length) {
        const dec = /^\d{3}/.exec(s.slice(i + 1, i + 4));
        if (dec) {
          out += String.fromCharCode(Number(dec[0]));
          i += 4;
        } else {
          out += s[i + 1];
          i += 2;
        }
      } else out += s[i++];
    }
    i++;
  }
  return out;
}

interface DohJson {
  Status?: unknown;
  Answer?: unknown;
  Authority?: unknown;
}

/** Decodes a DoH JSON body; undefined when it is not one. Also returns the negative-caching TTL (SOA). */
export function decodeDohJson(
  text: string
): { answer: DnsAnswer; negativeTtl?: number | undefined } | undefined {
  let json: DohJson;
  try {
    json = JSON.parse(text) as DohJson;
  } catch {
    return undefined;
  }
  if (
    !json ||
    typeof json !== "object" ||
    typeof json.Status !== "number" ||
    !Number.isInteger(json.Status)
  )
    return undefined;
  const records: DnsRecord[] = [];
  if (json.Answer !== undefined) {
    if (!Array.isArray(json.Answer)) return undefined;
    for (const raw of json.Answer as unknown[]) {
      if (!raw || typeof raw !== "object") return undefined;
      const r = raw as { name?: unknown; type?: unknown; TTL?: unknown; data?: unknown };
      if (typeof r.type !== "number" || typeof r.data !== "string") return undefined;
      const data = r.type === RR_TYPE.TXT ? unquoteTxt(r.data) : r.data;
      records.push({
        name: typeof r.name === "string" ? normalizeName(r.name) : "",
        type: r.type,
        ttl: typeof r.TTL === "number" && r.TTL >= 0 ? r.TTL : 0,
        data,
      });
    }
  }
  let negativeTtl: number | undefined;
  if (Array.isArray(json.Authority)) {
    for (const a of json.Authority as Array<{ type?: unknown; TTL?: unknown }>) {
      if (a && a.type === 6 && typeof a.TTL === "number") negativeTtl = a.TTL;
    }
  }
  return { answer: { kind: "response", rcode: json.Status, records }, negativeTtl };
}

export interface DohRequestResult {
  answer: DnsAnswer;
  /** Seconds this answer may be reused; 0 = do not cache. */
  ttl: number;
}

/** Seconds to keep an empty (NXDOMAIN/NODATA) answer when the resolver gave no SOA. */
const DEFAULT_NEGATIVE_TTL = 60;

export async function dohQuery(
  fetchImpl: typeof fetch,
  resolverUrl: string,
  name: string,
  type: RecordType,
  timeoutMs: number
): Promise<DohRequestResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetchImpl(dohUrl(resolverUrl, name, type), {
        method: "GET",
        headers: { accept: "application/dns-json" },
        signal: controller.signal,
        // No cookies, no referrer: nothing but the question goes out.
        credentials: "omit",
        referrerPolicy: "no-referrer",
      });
    } catch (e) {
      const timedOut = controller.signal.aborted;
      return {
        answer: { kind: "failure", reason: timedOut ? "timeout" : "network", detail: errorText(e) },
        ttl: 0,
      };
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      const timedOut = controller.signal.aborted;
      return {
        answer: { kind: "failure", reason: timedOut ? "timeout" : "network", detail: errorText(e) },
        ttl: 0,
      };
    }
    if (!res.ok)
      return { answer: { kind: "failure", reason: "http", detail: `HTTP ${res.status}` }, ttl: 0 };
    const decoded = decodeDohJson(text);
    if (!decoded)
      return { answer: { kind: "failure", reason: "malformed", detail: "not DNS JSON" }, ttl: 0 };
    return { answer: decoded.answer, ttl: cacheTtl(decoded.answer, decoded.negativeTtl) };
  } finally {
    clearTimeout(timer);
  }
}

function cacheTtl(answer: DnsAnswer, negativeTtl: number | undefined): number {
  if (answer.kind !== "response") return 0;
  if (answer.rcode !== 0 && answer.rcode !== 3) return 0; // SERVFAIL and friends: ask again next time
  if (answer.records.length === 0) return negativeTtl ?? DEFAULT_NEGATIVE_TTL;
  return Math.min(...answer.records.map((r) => r.ttl));
}

function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).slice(0, 200);
}
