/**
 * GET /trace?messageId=…&sentAt=…[&recipient=…]: message trace for the caller's OWN mail only.
 * Framework-agnostic: takes a plain request, returns a plain response, so the same code runs in
 * the Node server (http-server.ts) and in Azure Functions (azure-function.ts).
 */
import { AppGraph, GraphError, type TraceDetail, type TraceRow } from "./app-graph";
import { AuthError, CallerVerifier, type Caller } from "./caller-auth";
import type { ServiceConfig } from "./config";
import { RollingWindowLimiter, TtlCache } from "./limits";
import type { Logger } from "./log";

export interface PlainRequest {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
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

function error(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
  more: object = {}
): PlainResponse {
  return json(status, { error: { code, message, ...more } }, extra);
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
    const url = new URL(req.url, "http://service.invalid");
    if (url.pathname !== "/trace" && url.pathname !== "/api/trace")
      return error(404, "not_found", "unknown path");
    if (req.method !== "GET") return error(405, "method_not_allowed", "use GET", { allow: "GET" });

    let caller: Caller;
    try {
      caller = await this.verifier.verify(req.headers.authorization);
    } catch (e) {
      const reason = e instanceof AuthError ? e.reason : "token rejected";
      this.log.warn("auth rejected", { reason });
      return error(401, "unauthorized", reason, {
        "www-authenticate": 'Bearer error="invalid_token"',
      });
    }

    const messageId = (url.searchParams.get("messageId") ?? "").trim();
    if (!/^<?[^\s<>]{3,995}>?$/.test(messageId))
      return error(400, "bad_request", "messageId is missing or malformed");
    const normalizedId = messageId.startsWith("<") ? messageId : `<${messageId}>`;
    const window = traceWindow(url.searchParams.get("sentAt"), this.now());
    if (typeof window === "string") return error(400, "bad_request", window);
    const wanted = url.searchParams.getAll("recipient").map((r) => r.toLowerCase());

    const cacheKey = `${caller.tenantId}|${caller.objectId}|${normalizedId}|${wanted.join(",")}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return json(200, cached, { "x-todoku-cache": "hit" });

    const wait = this.userLimiter.take(`${caller.tenantId}|${caller.objectId}`);
    if (wait > 0) {
      return error(
        429,
        "rate_limited",
        `too many requests; retry in ${wait} s`,
        { "retry-after": String(wait) },
        { retryAfterSeconds: wait }
      );
    }

    try {
      const addresses = await this.callerAddresses(caller);
      const budgetWait = this.tenantBudget.take(caller.tenantId);
      if (budgetWait > 0) return this.throttled(budgetWait);
      const rows = await this.graph.traceRows(
        caller.tenantId,
        normalizedId,
        window.from,
        window.to
      );
      if (rows.length === 0) {
        const body: TraceResponseBody = {
          messageId: normalizedId,
          found: false,
          recipients: [],
          via: "service",
        };
        this.cache.set(cacheKey, body);
        return json(200, body);
      }
      const own = rows.filter((r) => addresses.has((r.senderAddress ?? "").toLowerCase()));
      if (own.length === 0) {
        this.log.warn("trace refused: not the caller's mail", { tenant: caller.tenantId });
        return error(403, "forbidden", "this message was not sent by you");
      }
      const body = await this.withDetails(caller, normalizedId, own, wanted);
      this.cache.set(cacheKey, body);
      return json(200, body);
    } catch (e) {
      if (e instanceof GraphError) {
        if (e.status === 429) return this.throttled(e.retryAfterSeconds ?? 60);
        this.log.error("graph call failed", { status: e.status, code: e.code });
        const status = e.status === 401 || e.status === 403 ? 502 : e.status >= 500 ? 503 : 502;
        return error(status, "graph_error", `Microsoft Graph answered ${e.status} (${e.code})`);
      }
      this.log.error("unexpected failure", { name: e instanceof Error ? e.name : "unknown" });
      return error(500, "internal", "the trace could not be read");
    }
  }

  private throttled(seconds: number): PlainResponse {
    return error(
      429,
      "throttled",
      `message trace is busy for your organization; retry in ${seconds} s`,
      { "retry-after": String(seconds) },
      { retryAfterSeconds: seconds }
    );
  }

  private async callerAddresses(caller: Caller): Promise<Set<string>> {
    const key = `${caller.tenantId}|${caller.objectId}`;
    const cached = this.addressCache.get(key);
    if (cached) return cached;
    const addresses = await this.graph.userAddresses(caller.tenantId, caller.objectId);
    if (caller.userName) addresses.add(caller.userName);
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
