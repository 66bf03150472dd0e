/** Node entry of the CLI: wires the real shells (DNS over HTTPS) into `main` and exits. */
import type { DnsResolver } from "../dns";
import { main, type FactGatherer } from "./main";
import { escapeControls } from "./escape";
import { installSyncBlob } from "./sync-blob";

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

export function run(argv: string[]): void {
  installSyncBlob();
  // `todoku check ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(argv, undefined, { gatherFacts: dnsFactGatherer() }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `todoku: internal error (${escapeControls(e instanceof Error ? e.message : String(e))})\n`
      );
      process.exitCode = 2;
    }
  );
}
