/**
 * GET /trace?messageId=…&sentAt=…[&recipient=…]: message trace for the caller's OWN mail only.
 * Framework-agnostic: takes a plain request, returns a plain response, so the same code runs in
 * the Node server (http-server.ts) and in Azure Functions (azure-function.ts) — CORS and the
 * OPTIONS preflight included, so both hosting modes answer the same.
 *
 * What a caller can learn is kept small on purpose: a mail that is not the caller's answers
 * exactly like a mail that does not exist (200, found: false), and every error body is generic
 * with a correlation id; the details go to the log under that id only.
 */
import { randomUUID } from "node:crypto";
import { AppGraph, GraphError, type TraceDetail, type TraceRow } from "./app-graph";
import { AuthError, CallerVerifier, type Caller } from "./caller-auth";
import type { ServiceConfig } from "./config";
import { RollingWindowLimiter, TtlCache } from "./limits";
import type { Logger } from "./log";

export interface PlainRequest {
  method: string;
  url: string;
  /** Lower-case header names; `authorization` and `origin` are read. */
  headers: Record<string, string | undefined>;
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** CORS headers for an allowed origin (exact match, as the browser sends it), else none. */
export function corsHeaders(
  allowedOrigins: readonly string[],
  origin: string | undefined
): Record<string, string> {
  if (!origin || !allowedOrigins.includes(origin)) return { vary: "Origin" };
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-headers": "authorization",
    "access-control-allow-methods": "GET, OPTIONS",
    "access-control-expose-headers": "retry-after, x-correlation-id",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}

const FIVE_MINUTES = 5 * 60 * 1000;
const DAY = 24 * 60 * 60 * 1000;

interface TraceResponseBody {
  messageId: string;
  found: boolean;
  sender?: string;
  subject?: string;
  recipients: Array<{ address: string; status: string; receivedAt: string; events: TraceDetail[] }>;
  via: "service";
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): PlainResponse {
  return {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...extra,
    },
    body: JSON.stringify(body),
  };
}

/** Error bodies carry a fixed text per code and a correlation id, never a cause from inside. */
const GENERIC: Record<string, string> = {
  not_found: "unknown path",
  method_not_allowed: "use GET",
  unauthorized: "the access token was not accepted",
  bad_request: "the request is malformed",
  rate_limited: "too many requests; retry later",
  throttled: "message trace is busy; retry later",
  upstream_unavailable: "message trace is not available right now",
  internal: "the trace could not be read",
};

function error(
  status: number,
  code: keyof typeof GENERIC,
  correlationId: string,
  extra: Record<string, string> = {},
  more: object = {}
): PlainResponse {
  return json(
    status,
    { error: { code, message: GENERIC[code], correlationId, ...more } },
    { "x-correlation-id": correlationId, ...extra }
  );
}

/** The query window: around the sent time, at most 10 days, not before 90 days ago, not in the future. */
export function traceWindow(sentAt: string | null, now: number): { from: Date; to: Date } | string {
  if (!sentAt) return { from: new Date(now - 10 * DAY + 60_000), to: new Date(now) };
  const t = Date.parse(sentAt);
  if (Number.isNaN(t)) return "sentAt must be an ISO 8601 date";
  if (t < now - 90 * DAY) return "message trace keeps 90 days; this mail is older";
  const from = Math.max(t - 60 * 60 * 1000, now - 90 * DAY + 60_000);
  const to = Math.min(now, t + 3 * DAY);
  if (to <= from) return "sentAt is in the future";
  return { from: new Date(from), to: new Date(to) };
}

export class TraceHandler {
  private readonly verifier: CallerVerifier;
  private readonly userLimiter: RollingWindowLimiter;
  private readonly tenantBudget: RollingWindowLimiter;
  private readonly cache: TtlCache<TraceResponseBody>;
  private readonly addressCache: TtlCache<Set<string>>;

  constructor(
    private readonly config: ServiceConfig,
    private readonly graph: AppGraph,
    private readonly log: Logger,
    private readonly now: () => number = Date.now
  ) {
    this.verifier = new CallerVerifier(config);
    this.userLimiter = new RollingWindowLimiter(config.userLimitPer5Min, FIVE_MINUTES, now);
    this.tenantBudget = new RollingWindowLimiter(
      config.tenantGraphBudgetPer5Min,
      FIVE_MINUTES,
      now
    );
    this.cache = new TtlCache(config.cacheSeconds * 1000, now);
    this.addressCache = new TtlCache(10 * 60 * 1000, now);
  }

  async handle(req: PlainRequest): Promise<PlainResponse> {
    const cors = corsHeaders(this.config.allowedOrigins, req.headers.origin);
    const out = await this.answer(req, cors);
    return { ...out, headers: { ...out.headers, ...cors } };
  }

  private async answer(req: PlainRequest, cors: Record<string, string>): Promise<PlainResponse> {
    const cid = randomUUID();
    let url: URL;
    try {
      url = new URL(req.url, "http://service.invalid");
    } catch {
      return error(400, "bad_request", cid);
    }
    if (url.pathname !== "/trace" && url.pathname !== "/api/trace")
      return error(404, "not_found", cid);
    if (req.method === "OPTIONS") {
      // A preflight from an allowed origin gets the CORS headers; any other is refused.
      const allowed = cors["access-control-allow-origin"] !== undefined;
      return { status: allowed ? 204 : 403, headers: {}, body: "" };
    }
    if (req.method !== "GET")
      return error(405, "method_not_allowed", cid, { allow: "GET, OPTIONS" });

    let caller: Caller;
    try {
      caller = await this.verifier.verify(req.headers.authorization);
    } catch (e) {
      const reason = e instanceof AuthError ? e.reason : "token rejected";
      this.log.warn("auth rejected", { reason, correlationId: cid });
      return error(401, "unauthorized", cid, {
        "www-authenticate": 'Bearer error="invalid_token"',
      });
    }

    const messageId = (url.searchParams.get("messageId") ?? "").trim();
    if (!/^<?[^\s<>]{3,995}>?$/.test(messageId)) return error(400, "bad_request", cid);
    const normalizedId = messageId.startsWith("<") ? messageId : `<${messageId}>`;
    const window = traceWindow(url.searchParams.get("sentAt"), this.now());
    if (typeof window === "string") {
      this.log.info("bad request", { reason: window, correlationId: cid });
      return error(400, "bad_request", cid);
    }
    const wanted = url.searchParams.getAll("recipient").map((r) => r.toLowerCase());

    const cacheKey = `${caller.tenantId}|${caller.objectId}|${normalizedId}|${wanted.join(",")}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return json(200, cached, { "x-todoku-cache": "hit" });

    const wait = this.userLimiter.take(`${caller.tenantId}|${caller.objectId}`);
    if (wait > 0) {
      return error(
        429,
        "rate_limited",
        cid,
        { "retry-after": String(wait) },
        { retryAfterSeconds: wait }
      );
    }

    try {
      const addresses = await this.callerAddresses(caller);
      const budgetWait = this.tenantBudget.take(caller.tenantId);
      if (budgetWait > 0) return this.throttled(budgetWait, cid);
      // The first page is paid for above; each further page takes one more unit of the budget.
      const rows = await this.graph.traceRows(
        caller.tenantId,
        normalizedId,
        window.from,
        window.to,
        () => this.tenantBudget.take(caller.tenantId) === 0
      );
      const own = rows.filter((r) => addresses.has((r.senderAddress ?? "").toLowerCase()));
      if (own.length === 0) {
        // Not found and not the caller's answer alike, so the service tells nobody which
        // Message-IDs exist in the tenant. The log keeps the difference, under the id only.
        if (rows.length > 0)
          this.log.warn("trace refused: not the caller's mail", {
            tenant: caller.tenantId,
            correlationId: cid,
          });
        const body: TraceResponseBody = {
          messageId: normalizedId,
          found: false,
          recipients: [],
          via: "service",
        };
        this.cache.set(cacheKey, body);
        return json(200, body);
      }
      const body = await this.withDetails(caller, normalizedId, own, wanted);
      this.cache.set(cacheKey, body);
      return json(200, body);
    } catch (e) {
      if (e instanceof GraphError) {
        if (e.status === 429) return this.throttled(e.retryAfterSeconds ?? 60, cid);
        this.log.error("graph call failed", {
          status: e.status,
          code: e.code,
          correlationId: cid,
        });
        return error(e.status >= 500 ? 503 : 502, "upstream_unavailable", cid);
      }
      this.log.error("unexpected failure", {
        name: e instanceof Error ? e.name : "unknown",
        correlationId: cid,
      });
      return error(500, "internal", cid);
    }
  }

  private throttled(seconds: number, cid: string): PlainResponse {
    return error(
      429,
      "throttled",
      cid,
      { "retry-after": String(seconds) },
      { retryAfterSeconds: seconds }
    );
  }

  private async callerAddresses(caller: Caller): Promise<Set<string>> {
    const key = `${caller.tenantId}|${caller.objectId}`;
    const cached = this.addressCache.get(key);
    if (cached) return cached;
    // Only what Graph says for the caller's object id: never a name taken from the token.
    const addresses = await this.graph.userAddresses(caller.tenantId, caller.objectId);
    this.addressCache.set(key, addresses);
    return addresses;
  }

  private async withDetails(
    caller: Caller,
    messageId: string,
    rows: TraceRow[],
    wanted: string[]
  ): Promise<TraceResponseBody> {
    const first = rows[0] as TraceRow;
    const body: TraceResponseBody = {
      messageId,
      found: true,
      sender: first.senderAddress,
      recipients: [],
      via: "service",
    };
    if (first.subject !== undefined) body.subject = first.subject;
    const selected = wanted.length
      ? rows.filter((r) => wanted.includes(r.recipientAddress.toLowerCase()))
      : rows;
    let detailed = 0;
    for (const row of selected) {
      let events: TraceDetail[] = [];
      if (
        detailed < this.config.maxDetailRecipients &&
        this.tenantBudget.take(caller.tenantId) === 0
      ) {
        events = await this.graph.traceDetails(caller.tenantId, row.id, row.recipientAddress);
        detailed++;
      }
      body.recipients.push({
        address: row.recipientAddress,
        status: row.status,
        receivedAt: row.receivedDateTime,
        events,
      });
    }
    return body;
  }
}
