/** The CLI's DNS shell: facts through the policy's DNS-over-HTTPS resolver. */
import type { DnsResolver } from "../dns";
import type { FactGatherer } from "./check-file";

/** DNS facts through the policy's DoH resolver; one resolver (and cache) for the whole run. */
export function dnsFactGatherer(fetchImpl?: typeof fetch): FactGatherer {
  let resolver: DnsResolver | undefined;
  return async (snapshot, policy) => {
    if (!policy.dns.enabled) return {};
    // Loaded on first use: an --offline run never needs the DNS code.
    const dns = await import("../dns");
    resolver ??= dns.createDnsResolver(policy, fetchImpl);
    return { dns: await dns.gatherDnsFacts(snapshot, policy, resolver) };
  };
}
