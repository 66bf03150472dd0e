/**
 * Microsoft Graph for the task pane. Load it lazily — `const graph = await import("../graph")` —
 * so that MSAL (itself imported only on the first sign-in) stays out of the initial bundle.
 *
 *   const session = graph.createGraphSession(graph.graphConfigFromBuild(policy));
 *   const facts = await session.gatherComposeFacts(snapshot);      // never throws
 *   const trace = await session.traceSentMessage(sentSnapshot);    // never throws
 */
import type { Policy } from "../core/policy/schema";
import { buildTimeSettings, type GraphConfig } from "./config";

export { createGraphSession, type ComposeFacts, type GraphSession } from "./session";
export type { GraphConfig, TokenProvider, TokenRequestOptions } from "./config";
export { buildTimeSettings, SCOPES } from "./config";
export { describeFailure, GraphFailure, type FailureKind } from "./failures";

/**
 * The usual configuration: client id and tenant from the build; Graph's base URL and the trace
 * service from the policy. The service's token is asked for `api://<client id>/.default` (the
 * service accepts the add-in's own app id as audience); pass `traceService` in `extra` to differ.
 */
export function graphConfigFromBuild(
  policy: Policy,
  extra: Partial<GraphConfig> = {}
): GraphConfig {
  const clientId = extra.clientId ?? buildTimeSettings().clientId;
  const config: GraphConfig = { graphBaseUrl: policy.graph.baseUrl, helpdesk: policy.helpdesk };
  if (policy.graph.traceServiceUrl && clientId)
    config.traceService = {
      url: policy.graph.traceServiceUrl,
      scopes: [`api://${clientId}/.default`],
    };
  return { ...config, ...extra };
}
