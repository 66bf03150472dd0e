/**
 * The DNS shell: a DNS-over-HTTPS JSON client for the task pane and the CLI. The checks'
 * logic lives in src/core/dns (pure); this file only supplies HTTP, caching and limits.
 * Only domain names leave the device.
 */
import { collectDnsFacts } from "../core/dns/gather";
import { reasonAndFix } from "../core/messages";
import type { DnsFacts, Fact, Unavailable } from "../core/model/facts";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { Policy } from "../core/policy/schema";
import { createCachingResolver, type DnsResolver, type DnsResolverOptions } from "./resolver";

export type { DnsResolver, DnsResolverStats } from "./resolver";

/**
 * One resolver per pane (or CLI run): its cache lives as long as it does.
 * `fetchImpl` defaults to the global fetch (browser or Node 20).
 */
export function createDnsResolver(
  policy: Policy,
  fetchImpl?: typeof fetch,
  options: Partial<Pick<DnsResolverOptions, "maxConcurrent" | "now">> = {}
): DnsResolver {
  const f = fetchImpl ?? ((input, init) => fetch(input, init));
  return createCachingResolver(
    {
      resolverUrl: policy.dns.resolverUrl,
      timeoutMs: policy.dns.timeoutMs,
      maxConcurrent: options.maxConcurrent,
      now: options.now,
    },
    f
  );
}

/** The whole DNS source failing on something unforeseen (a bug, not the network). */
const INTERNAL: Unavailable = {
  code: "dns.internal",
  ...reasonAndFix("dns.unavailable.internal", {}),
};

/**
 * DNS facts for one message. Never throws: the whole source failing (offline, resolver refused,
 * unreadable answers) gives `unavailable`; one domain failing marks only that domain.
 */
export async function gatherDnsFacts(
  snapshot: MessageSnapshot,
  policy: Policy,
  resolver: DnsResolver
): Promise<Fact<DnsFacts>> {
  if (!policy.dns.enabled) return { state: "off" };
  // A bounce is read from its own report (the engine uses no DNS facts for it): ask nothing.
  if (snapshot.kind === "bounce") return { state: "off" };
  try {
    return await collectDnsFacts(snapshot, resolver.lookup);
  } catch {
    return { state: "unavailable", why: INTERNAL };
  }
}
