/**
 * Asks DNS everything the checks need about one message: each recipient domain (MX, fallback,
 * null MX, MTA-STS) and the sender domain (SPF, DMARC, DKIM). Pure orchestration over an
 * injected lookup, so the shell only has to supply HTTP, caching and limits.
 */
import type {
  DkimAnalysis,
  DmarcAnalysis,
  DnsFacts,
  Fact,
  SenderDomainDns,
  SpfAnalysis,
  Unavailable,
} from "../model/facts";
import { allRecipients, type MessageSnapshot } from "../model/snapshot";
import { dkimSignatureRefs, evaluateDkim, type DkimSelectorQuery } from "./dkim";
import { evaluateDmarc, organizationalDomain } from "./dmarc";
import { isOnMicrosoftDomain, sendsThroughExchangeOnline } from "./exchange-online";
import { evaluateRecipientDomain } from "./mx";
import { evaluateSpf } from "./spf";
import { askSafely, type DnsAnswer, type DnsLookup } from "./types";
import { unavailableFromAnswer } from "./unavailable";

/** More recipient domains than this are not looked up (a huge list is its own finding elsewhere). */
export const MAX_RECIPIENT_DOMAINS = 100;

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/**
 * The ASCII (punycode) form of the domain of an address, or undefined when it cannot be a DNS
 * name (no "@", spaces, full-width characters that do not map, an IP literal…).
 */
export function domainOfAddress(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  if (at < 0) return undefined;
  return asciiDomain(address.slice(at + 1));
}

export function asciiDomain(domain: string): string | undefined {
  const d = domain.trim().replace(/\.$/, "");
  if (d === "" || d.startsWith("[") || /[\s/\\?#@:%]/.test(d)) return undefined;
  let ascii: string;
  try {
    ascii = new URL(`http://${d}/`).hostname; // IDNA mapping, as a browser would do it
  } catch {
    return undefined;
  }
  ascii = ascii.toLowerCase();
  return HOSTNAME.test(ascii) ? ascii : undefined;
}

export function recipientDomains(snapshot: MessageSnapshot): string[] {
  const seen = new Set<string>();
  for (const r of allRecipients(snapshot)) {
    const d = domainOfAddress(r.address);
    if (d) seen.add(d);
  }
  return [...seen];
}

export function senderDomain(snapshot: MessageSnapshot): string | undefined {
  const from = snapshot.from?.address ?? snapshot.sender?.address;
  return from ? domainOfAddress(from) : undefined;
}

/** Selectors worth asking about for the sender domain. */
export function dkimQueries(snapshot: MessageSnapshot, domain: string): DkimSelectorQuery[] {
  const out: DkimSelectorQuery[] = [];
  const key = (q: DkimSelectorQuery) => `${q.selector}@${q.domain}`;
  const seen = new Set<string>();
  const add = (q: DkimSelectorQuery) => {
    if (!seen.has(key(q))) {
      seen.add(key(q));
      out.push(q);
    }
  };
  const org = organizationalDomain(domain);
  for (const ref of dkimSignatureRefs(snapshot)) {
    // Only signatures that can align with the From domain say something about it.
    if (organizationalDomain(ref.domain) === org)
      add({ selector: ref.selector, domain: ref.domain, source: "signature" });
  }
  // Microsoft 365 signs a custom domain through selector1/selector2; onmicrosoft.com is Microsoft's own.
  if (!isOnMicrosoftDomain(domain) && (sendsThroughExchangeOnline(snapshot) || out.length === 0)) {
    add({ selector: "selector1", domain, source: "microsoft365" });
    add({ selector: "selector2", domain, source: "microsoft365" });
  }
  return out;
}

/** Wraps a lookup to learn whether the resolver answered at all (for "the whole source failed"). */
function observed(lookup: DnsLookup) {
  const seen = { responses: 0, failures: [] as DnsAnswer[] };
  const wrapped: DnsLookup = async (name, type) => {
    const answer = await askSafely(lookup, name, type);
    if (answer.kind === "response") seen.responses++;
    else seen.failures.push(answer);
    return answer;
  };
  return { wrapped, seen };
}

function toFact<T>(
  r: { status: "ok"; value: T } | { status: "indeterminate"; answer: DnsAnswer },
  name: string
): Fact<T> {
  return r.status === "ok"
    ? { state: "ok", value: r.value }
    : { state: "unavailable", why: unavailableFromAnswer(r.answer, name) };
}

export async function collectDnsFacts(
  snapshot: MessageSnapshot,
  lookup: DnsLookup
): Promise<Fact<DnsFacts>> {
  const { wrapped, seen } = observed(lookup);
  const domains = recipientDomains(snapshot).slice(0, MAX_RECIPIENT_DOMAINS);
  const sender = senderDomain(snapshot);

  const recipientsP = Promise.all(domains.map((d) => evaluateRecipientDomain(d, wrapped)));
  const senderP: Promise<SenderDomainDns | undefined> = sender
    ? senderFacts(snapshot, sender, wrapped)
    : Promise.resolve(undefined);
  const [recipients, senderDns] = await Promise.all([recipientsP, senderP]);

  if (seen.responses === 0 && seen.failures.length > 0) {
    return { state: "unavailable", why: wholeSourceWhy(seen.failures) };
  }
  const value: DnsFacts = { recipients };
  if (senderDns) value.sender = senderDns;
  return { state: "ok", value };
}

async function senderFacts(
  snapshot: MessageSnapshot,
  domain: string,
  lookup: DnsLookup
): Promise<SenderDomainDns> {
  const [spf, dmarc, dkim] = await Promise.all([
    evaluateSpf(domain, lookup).then((r) =>
      toFact<SpfAnalysis>(r.status === "ok" ? { status: "ok", value: r.analysis } : r, domain)
    ),
    evaluateDmarc(domain, lookup).then((r) =>
      toFact<DmarcAnalysis>(
        r.status === "ok" ? { status: "ok", value: r.analysis } : r,
        `_dmarc.${domain}`
      )
    ),
    evaluateDkim(domain, dkimQueries(snapshot, domain), lookup).then((r) =>
      toFact<DkimAnalysis>(
        r.status === "ok" ? { status: "ok", value: { selectors: r.selectors } } : r,
        `_domainkey.${domain}`
      )
    ),
  ]);
  return { domain, spf, dmarc, dkim };
}

/** The most telling reason when nothing came back: offline beats refused beats malformed beats timeout. */
function wholeSourceWhy(failures: DnsAnswer[]): Unavailable {
  const order = ["network", "http", "malformed", "timeout"];
  const sorted = [...failures].sort(
    (a, b) =>
      order.indexOf(a.kind === "failure" ? a.reason : "") -
      order.indexOf(b.kind === "failure" ? b.reason : "")
  );
  return unavailableFromAnswer(sorted[0] as DnsAnswer, "");
}
