/**
 * Where mail for a recipient domain goes: MX, else the A/AAAA fallback that SMTP uses
 * (RFC 5321 §5.1), and the null MX that says "no mail here" (RFC 7505). Also reads the
 * MTA-STS TXT record (RFC 8461) that tells senders the domain expects TLS. Pure: DNS injected.
 */
import type { MxHost, RecipientDomainDns } from "../model/facts";
import {
  askSafely,
  isIndeterminate,
  normalizeName,
  recordsOf,
  txtStrings,
  type DnsLookup,
} from "./types";
import { unavailableFromAnswer } from "./unavailable";

/** "10 mx.example.com." → { preference: 10, exchange: "mx.example.com" }. */
export function parseMx(data: string): MxHost | undefined {
  const m = /^\s*(\d{1,5})\s+(\S+)\s*$/.exec(data);
  if (!m) return undefined;
  const exchange = m[2] === "." ? "" : normalizeName(m[2] as string);
  return { preference: Number(m[1]), exchange };
}

export async function evaluateRecipientDomain(
  domain: string,
  lookup: DnsLookup
): Promise<RecipientDomainDns> {
  const name = normalizeName(domain);
  const mxAnswer = await askSafely(lookup, name, "MX");
  if (isIndeterminate(mxAnswer))
    return {
      domain: name,
      status: "unavailable",
      mx: [],
      why: unavailableFromAnswer(mxAnswer, name),
    };
  if (mxAnswer.kind === "response" && mxAnswer.rcode === 3)
    return { domain: name, status: "nxdomain", mx: [] };
  const mx = recordsOf(mxAnswer, "MX")
    .map((r) => parseMx(r.data))
    .filter((h): h is MxHost => h !== undefined)
    .sort((a, b) => a.preference - b.preference);
  const real = mx.filter((h) => h.exchange !== "");
  if (mx.length > 0 && real.length === 0) return { domain: name, status: "nullmx", mx };
  let result: RecipientDomainDns;
  if (real.length > 0) {
    result = { domain: name, status: "ok", mx: real };
  } else {
    const [a, aaaa] = await Promise.all([
      askSafely(lookup, name, "A"),
      askSafely(lookup, name, "AAAA"),
    ]);
    const hasAddress = recordsOf(a, "A").length > 0 || recordsOf(aaaa, "AAAA").length > 0;
    if (hasAddress) result = { domain: name, status: "ok", mx: [], usedAddressFallback: true };
    else if (isIndeterminate(a))
      return { domain: name, status: "unavailable", mx: [], why: unavailableFromAnswer(a, name) };
    else if (isIndeterminate(aaaa))
      return {
        domain: name,
        status: "unavailable",
        mx: [],
        why: unavailableFromAnswer(aaaa, name),
      };
    else result = { domain: name, status: "nomail", mx: [] };
  }
  const sts = await readMtaSts(name, lookup);
  if (sts) result.mtaSts = sts;
  return result;
}

/** The `_mta-sts` TXT record: "v=STSv1; id=20240101T000000;". Exactly one valid record counts. */
export function parseMtaStsRecord(txt: string): { id: string } | undefined {
  const m = /^v=STSv1\s*;(.*)$/.exec(txt.trim());
  if (!m) return undefined;
  for (const part of (m[1] as string).split(";")) {
    const [k, v] = part.split("=").map((s) => s.trim());
    if (k === "id" && v && /^[A-Za-z0-9]{1,32}$/.test(v)) return { id: v };
  }
  return undefined;
}

/**
 * Only the TXT record, on purpose: the policy file (and its mode) lives on
 * https://mta-sts.<domain>/, the recipient's own web server. Fetching it would show that server
 * the user's IP address and the moment they are about to write to them, which is more than
 * "only domain names leave the device"; and from the task pane it fails anyway unless that
 * server sends CORS headers, which MTA-STS hosts have no reason to do.
 */
async function readMtaSts(
  domain: string,
  lookup: DnsLookup
): Promise<RecipientDomainDns["mtaSts"]> {
  const answer = await askSafely(lookup, `_mta-sts.${domain}`, "TXT");
  const records = txtStrings(answer).filter((t) => /^v=STSv1\b/.test(t.trim()));
  if (records.length !== 1) return undefined;
  return parseMtaStsRecord(records[0] as string);
}
