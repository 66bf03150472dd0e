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

export const NOT_CONNECTED: Unavailable = {
  code: "pane.not-connected",
  reason: {
    ja: "この確認はまだこの画面に組み込まれていません。",
    en: "This check is not connected to the pane yet.",
  },
  fix: {
    ja: "ほかの確認結果は有効です。手動での確認方法を参照してください。",
    en: "The other results are still valid. See how to check it by hand.",
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

/** DNS facts through the policy's DNS-over-HTTPS resolver (domain names only leave the device). */
export async function dnsFacts(
  _snapshot: MessageSnapshot,
  policy: Policy
): Promise<Fact<DnsFacts>> {
  if (!policy.dns.enabled) return { state: "off" };
  return { state: "unavailable", why: NOT_CONNECTED };
}
