/**
 * Microsoft Graph for the task pane. Load it lazily — `const graph = await import("../graph")` —
 * so that MSAL (itself imported only on the first sign-in) stays out of the initial bundle.
 *
 *   const session = graph.createGraphSession(graph.graphConfigFromBuild(policy));
 *   const facts = await session.gatherComposeFacts(snapshot);      // never throws
 *   const trace = await session.traceSentMessage(sentSnapshot);    // never throws
 */
import type { Policy } from "../core/policy/schema";
import type { GraphConfig } from "./config";

export { createGraphSession, type ComposeFacts, type GraphSession } from "./session";
export type { GraphConfig, TokenProvider, TokenRequestOptions } from "./config";
export { buildTimeSettings, SCOPES } from "./config";
export { describeFailure, GraphFailure, type FailureKind } from "./failures";

/** The usual configuration: client id and tenant from the build, Graph's base URL from the policy. */
export function graphConfigFromBuild(
  policy: Policy,
  extra: Partial<GraphConfig> = {}
): GraphConfig {
  return { graphBaseUrl: policy.graph.baseUrl, ...extra };
}
