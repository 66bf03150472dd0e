/**
 * policy.json beside the pane: missing → defaults; invalid → defaults with a list of the bad
 * fields (shown in the pane). Never blocks the checks. The policy module (defaults and the zod
 * validator) is a separate chunk, fetched in parallel with policy.json, so that the pane's first
 * script stays small.
 */
import type { PolicyResult } from "../core/policy/load";

export async function fetchPolicy(
  base: string = globalThis.location?.href ?? "",
  fetchImpl: typeof fetch = (input, init) => fetch(input, init)
): Promise<PolicyResult> {
  const policyModule = import(/* webpackChunkName: "policy" */ "../core/policy/load");
  let text: string | null = null;
  try {
    const response = await fetchImpl(new URL("policy.json", base).toString(), {
      cache: "no-cache",
    });
    if (response.ok) text = await response.text();
  } catch {
    text = null; // offline or not served: defaults
  }
  const { parsePolicyText } = await policyModule;
  return parsePolicyText(text);
}
