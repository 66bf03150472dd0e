/**
 * The pane's connections to the other shells (Office, Graph, DNS). Heavy code is loaded with
 * dynamic import() only when needed, so the pane's first script stays small.
 */
import type { DnsFacts, Fact, Facts, TraceResult, Unavailable } from "../core/model/facts";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { Policy } from "../core/policy/schema";

export const DEMO_NOT_SIGNED_IN: Unavailable = {
  code: "demo.not-signed-in",
  reason: {
    ja: "デモモードではMicrosoft 365にサインインしていないため、この情報は取得できません。",
    en: "In demo mode there is no sign-in to Microsoft 365, so this information cannot be read.",
  },
  fix: {
    ja: "Outlookでアドインを開くと、組織の許可がある範囲で確認できます。",
    en: "Open the add-in in Outlook; it then checks this as far as your organisation allows.",
  },
};

export function demoGraphFacts(policy: Policy): Pick<Facts, "mailTips" | "licence" | "ownMailbox"> {
  if (!policy.graph.enabled)
    return { mailTips: { state: "off" }, licence: { state: "off" }, ownMailbox: { state: "off" } };
  const why = { state: "unavailable" as const, why: DEMO_NOT_SIGNED_IN };
  return { mailTips: why, licence: why, ownMailbox: why };
}

export function demoTrace(policy: Policy): Fact<TraceResult> {
  return policy.graph.enabled
    ? { state: "unavailable", why: DEMO_NOT_SIGNED_IN }
    : { state: "off" };
}

type DnsModule = typeof import("../dns");
let dnsModule: Promise<DnsModule> | null = null;
let resolver: { url: string; instance: ReturnType<DnsModule["createDnsResolver"]> } | null = null;

/** DNS facts through the policy's DNS-over-HTTPS resolver (domain names only leave the device). */
export async function dnsFacts(snapshot: MessageSnapshot, policy: Policy): Promise<Fact<DnsFacts>> {
  if (!policy.dns.enabled) return { state: "off" };
  dnsModule ??= import(/* webpackChunkName: "dns" */ "../dns");
  const dns = await dnsModule;
  // One resolver (and its cache) per pane, as long as the policy's resolver stays the same.
  if (!resolver || resolver.url !== policy.dns.resolverUrl)
    resolver = { url: policy.dns.resolverUrl, instance: dns.createDnsResolver(policy) };
  return dns.gatherDnsFacts(snapshot, policy, resolver.instance);
}
