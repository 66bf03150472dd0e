/** Node entry of the CLI: wires the real shells (DNS over HTTPS) into `main` and exits. */
import { createDnsResolver, gatherDnsFacts, type DnsResolver } from "../dns";
import { main, type FactGatherer } from "./main";

/** DNS facts through the policy's DoH resolver; one resolver (and cache) for the whole run. */
export function dnsFactGatherer(fetchImpl?: typeof fetch): FactGatherer {
  let resolver: DnsResolver | undefined;
  return async (snapshot, policy) => {
    if (!policy.dns.enabled) return {};
    resolver ??= createDnsResolver(policy, fetchImpl);
    return { dns: await gatherDnsFacts(snapshot, policy, resolver) };
  };
}

export function run(argv: string[]): void {
  main(argv, undefined, { gatherFacts: dnsFactGatherer() }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `todoku: internal error (${e instanceof Error ? e.message : String(e)})\n`
      );
      process.exitCode = 2;
    }
  );
}
