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
import { traceServiceScope } from "./permissions";

export {
  createGraphSession,
  type ComposeFacts,
  type GraphSession,
  type SignInOutcome,
} from "./session";
export type { GraphConfig, TokenProvider, TokenRequestOptions } from "./config";
export { buildTimeSettings, SCOPES } from "./config";
export { describeFailure, GraphFailure, type FailureKind } from "./failures";
export {
  GRAPH_CALLS,
  PERMISSIONS,
  TRACE_SERVICE_SCOPE,
  traceServiceScope,
  type GraphCallSpec,
  type PermissionSpec,
} from "./permissions";

/**
 * The usual configuration: client id and tenant from the build; Graph's base URL and the trace
 * service from the policy. The service's token is asked for `api://<client id>/access_as_user`:
 * the add-in's own app exposes that scope, and the service accepts the add-in's app id as
 * audience and requires the scope in `scp` (docs/trace-service.md); pass `traceService` in
 * `extra` to differ.
 */
export function graphConfigFromBuild(
  policy: Policy,
  extra: Partial<GraphConfig> = {}
): GraphConfig {
  const clientId = extra.clientId ?? buildTimeSettings().clientId;
  const config: GraphConfig = {
    graphBaseUrl: policy.graph.baseUrl,
    helpdesk: policy.helpdesk,
    features: {
      directTrace: policy.graph.directTrace,
      mailboxUsageReport: policy.graph.mailboxUsageReport,
    },
  };
  if (policy.graph.traceServiceUrl && clientId)
    config.traceService = {
      url: policy.graph.traceServiceUrl,
      scopes: [traceServiceScope(clientId)],
    };
  return { ...config, ...extra };
}
