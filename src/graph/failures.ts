/**
 * Everything that can go wrong on the way to Microsoft Graph, as one typed failure, and its
 * plain explanation for the user (what happened, what to do, who must do it).
 */
import type { Unavailable } from "../core/model/facts";
import type { Localized } from "../core/model/i18n";
import { reasonAndFix, text } from "../core/messages";

export type FailureKind =
  | "not-configured"
  | "consent-required"
  | "admin-consent-required"
  | "admin-role-required"
  | "trace-service-principal-missing"
  | "personal-account"
  | "unsupported-host"
  | "sign-in-required"
  | "sign-in-cancelled"
  | "sign-in-failed"
  | "offline"
  | "timeout"
  | "throttled"
  | "malformed-response"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "bad-request"
  | "service-error"
  | "national-cloud-unsupported"
  | "trace-too-old"
  | "no-message-id";

export class GraphFailure extends Error {
  constructor(
    public readonly kind: FailureKind,
    detail: string,
    public readonly status?: number | undefined,
    public readonly retryAfterSeconds?: number | undefined
  ) {
    super(detail);
    this.name = "GraphFailure";
  }
}

/** Which feature failed: the same HTTP answer means different things for MailTips and for message trace. */
export type Feature = "compose" | "trace" | "usage-report";

export interface DescribeContext {
  feature: Feature;
  messageId?: string | undefined;
  /** policy.helpdesk: named in the fix when IT has to act. */
  helpdesk?: { name: string; email: string } | undefined;
}

/** The Transport Data Platform app whose service principal Graph message trace needs. */
const TRACE_APP_ID = "8bd644d1-64a1-4d4b-ae52-2e0cbf64e373";

function sendMessageIdToIt(
  messageId: string | undefined,
  helpdesk?: DescribeContext["helpdesk"]
): Localized {
  const contact = helpdesk?.email
    ? `${helpdesk.name ? `${helpdesk.name} ` : ""}<${helpdesk.email}>`
    : "";
  const it = contact ? text("graph.it-contact", { contact }) : text("graph.it", {});
  return messageId
    ? text("graph.fix.trace-by-id", { id: messageId, it })
    : text("graph.fix.trace-by-details", { it });
}

/** Turns a failure into the `unavailable` reason shown on the affected items. */
export function describeFailure(failure: GraphFailure, ctx: DescribeContext): Unavailable {
  const code = `graph.${failure.kind}`;
  const why = (reason: Localized, fix: Localized): Unavailable => {
    const u: Unavailable = { code, reason, fix };
    if (failure.retryAfterSeconds !== undefined) u.retryAfterSeconds = failure.retryAfterSeconds;
    return u;
  };
  const whole = (r: { reason: Localized; fix: Localized }): Unavailable => why(r.reason, r.fix);
  const trace = ctx.feature === "trace";
  const toIt = () => sendMessageIdToIt(ctx.messageId, ctx.helpdesk);
  const tryAgain = text("graph.fix.try-again", {});
  switch (failure.kind) {
    case "not-configured":
    case "personal-account":
    case "unsupported-host":
    case "sign-in-cancelled":
    case "sign-in-failed":
    case "offline":
    case "timeout":
    case "malformed-response":
    case "unauthorized":
    case "service-error":
    case "trace-too-old":
    case "no-message-id":
      return whole(reasonAndFix(`graph.${failure.kind}`, {}));
    case "consent-required":
      return whole(reasonAndFix("graph.consent-required", { scopes: ["User.Read", "Mail.Read"] }));
    case "admin-consent-required":
      return trace
        ? why(
            text("graph.admin-consent-required.trace", { scope: "ExchangeMessageTrace.Read.All" }),
            toIt()
          )
        : why(
            text("graph.admin-consent-required.report", { scope: "Reports.Read.All" }),
            text("graph.fix.admin-consent", {})
          );
    case "admin-role-required":
      return trace
        ? why(text("graph.admin-role-required.trace", {}), toIt())
        : why(text("graph.admin-role-required.report", {}), text("graph.fix.usage-by-it", {}));
    case "trace-service-principal-missing":
      return whole(
        reasonAndFix("graph.trace-service-principal-missing", {
          appId: TRACE_APP_ID,
          command: "New-MgServicePrincipal",
          then: toIt(),
        })
      );
    case "sign-in-required":
      return trace
        ? whole(reasonAndFix("graph.sign-in-required.trace", { then: toIt() }))
        : whole(reasonAndFix("graph.sign-in-required", {}));
    case "throttled": {
      const s = failure.retryAfterSeconds;
      return s !== undefined
        ? whole(reasonAndFix("graph.throttled-wait", { seconds: s }))
        : whole(reasonAndFix("graph.throttled", {}));
    }
    case "forbidden":
      return why(text("graph.forbidden", {}), trace ? toIt() : text("graph.fix.permissions", {}));
    case "not-found":
      return why(text("graph.not-found", {}), trace ? toIt() : tryAgain);
    case "bad-request":
      return why(text("graph.bad-request", {}), trace ? toIt() : text("graph.fix.report-bug", {}));
    case "national-cloud-unsupported":
      return why(text("graph.national-cloud-unsupported", {}), toIt());
  }
}

/** Any thrown value → a GraphFailure (unknown errors become "sign-in-failed" or "service-error"). */
export function asFailure(e: unknown): GraphFailure {
  if (e instanceof GraphFailure) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new GraphFailure("service-error", message);
}
