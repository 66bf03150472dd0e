/**
 * The add-in's side of the optional trace service (src/service): when policy.graph.traceServiceUrl
 * is set, an ordinary user's sent mail is traced through it (the service checks that the mail is
 * the caller's own). Never throws: every failure becomes an `unavailable` fact with a reason.
 */
import type { Fact, TraceResult, Unavailable } from "../core/model/facts";
import type { MessageSnapshot } from "../core/model/snapshot";
import { reasonAndFix, text } from "../core/messages";

export interface TraceServiceOptions {
  serviceUrl: string;
  /** An access token for the service's API (not a Graph token: Graph tokens cannot be verified by others). */
  token: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

interface ServiceBody {
  messageId?: string;
  found?: boolean;
  sender?: string;
  subject?: string;
  recipients?: Array<{
    address?: string;
    status?: string;
    receivedAt?: string;
    events?: Array<{ dateTime?: string; event?: string; action?: string; description?: string }>;
  }>;
  error?: { code?: string; message?: string; retryAfterSeconds?: number; correlationId?: string };
}

function unavailable(
  code: string,
  reason: Unavailable["reason"],
  fix: Unavailable["fix"],
  retryAfterSeconds?: number
): Fact<TraceResult> {
  const why: Unavailable = { code, reason, fix };
  if (retryAfterSeconds !== undefined) why.retryAfterSeconds = retryAfterSeconds;
  return { state: "unavailable", why };
}

/**
 * The trace endpoint for policy.graph.traceServiceUrl. The policy names the service's base URL
 * (`https://trace.example.co.jp`, or `https://<app>.azurewebsites.net/api` on Azure Functions);
 * a URL that already ends in `/trace` is taken as the endpoint itself, so both ways of writing
 * it work.
 */
export function traceEndpoint(serviceUrl: string): string {
  const base = serviceUrl
    .trim()
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
  return /\/trace$/i.test(base) ? base : `${base}/trace`;
}

export async function traceViaService(
  snapshot: MessageSnapshot,
  options: TraceServiceOptions
): Promise<Fact<TraceResult>> {
  if (!snapshot.messageId) {
    const { reason, fix } = reasonAndFix("trace-service.no-message-id", {});
    return unavailable("trace.no-message-id", reason, fix);
  }
  const url = new URL(traceEndpoint(options.serviceUrl));
  url.searchParams.set("messageId", snapshot.messageId);
  if (snapshot.date) url.searchParams.set("sentAt", snapshot.date);
  let res: Response;
  try {
    res = await (options.fetchImpl ?? fetch)(url.toString(), {
      headers: { authorization: `Bearer ${options.token}` },
      signal: AbortSignal.timeout(options.timeoutMs ?? 20000),
    });
  } catch (e) {
    const timeout = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    return unavailable(
      timeout ? "trace.service-timeout" : "trace.service-unreachable",
      text(timeout ? "trace-service.timeout" : "trace-service.unreachable", {}),
      text("trace-service.retry-then-it", {})
    );
  }
  let body: ServiceBody;
  try {
    body = (await res.json()) as ServiceBody;
  } catch {
    body = {};
  }
  if (res.status === 429) {
    const wait = body.error?.retryAfterSeconds ?? (Number(res.headers.get("retry-after")) || 60);
    const { reason, fix } = reasonAndFix("trace-service.throttled", { seconds: wait });
    return unavailable("trace.throttled", reason, fix, wait);
  }
  if (res.status === 401) {
    const { reason, fix } = reasonAndFix("trace-service.unauthorized", {});
    return unavailable("trace.service-unauthorized", reason, fix);
  }
  if (res.status === 403) {
    return unavailable(
      "trace.not-own-message",
      text("trace-service.not-own-message", {}),
      text("trace-service.ask-it", {})
    );
  }
  if (!res.ok || !Array.isArray(body.recipients)) {
    // the correlation id lets IT find the service's log line for this answer
    const cid = typeof body.error?.correlationId === "string" ? body.error.correlationId : "";
    const status = String(res.status);
    return unavailable(
      "trace.service-error",
      /^[0-9a-f-]{36}$/i.test(cid)
        ? text("trace-service.error-ref", { status, ref: cid })
        : text("trace-service.error", { status }),
      text("trace-service.retry-then-it", {})
    );
  }
  const result: TraceResult = {
    messageId: body.messageId ?? snapshot.messageId,
    recipients: body.recipients.map((r) => ({
      address: r.address ?? "",
      status: (r.status ?? "none").toLowerCase(),
      receivedAt: r.receivedAt,
      events: (r.events ?? []).map((e) => ({
        dateTime: e.dateTime ?? "",
        event: e.event ?? "",
        action: e.action,
        description: e.description ?? "",
      })),
    })),
    via: "service",
  };
  if (body.sender) result.sender = body.sender;
  if (body.subject) result.subject = body.subject;
  return { state: "ok", value: result };
}
