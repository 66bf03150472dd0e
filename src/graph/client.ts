/**
 * A thin Microsoft Graph client over fetch.
 *
 * Why not @microsoft/microsoft-graph-client (installed): we need, together, (1) a timeout that also
 * covers a response body that never ends, on every call; (2) JSON $batch where only the throttled
 * sub-requests are retried, after their own Retry-After; (3) a bound on how long we wait before
 * telling the user "retry in N s" instead; (4) one retry with a CAE claims challenge; (5) every
 * failure typed so the pane can explain it. The SDK's RetryHandler and BatchRequestContent cover
 * parts of this but not the sub-request retries, the body timeout or the typed failures, and the
 * SDK would add its middleware chain to the pane's lazily loaded chunk. This is ~250 lines instead.
 */
import { decodeBase64Text } from "../core/mime/base64";
import { GraphFailure, type FailureKind } from "./failures";
import { tokenFailure } from "./auth/token-errors";
import { qualifyScopes, type TokenProvider } from "./config";

export interface ClientOptions {
  baseUrl: string;
  tokenProvider: TokenProvider;
  timeoutMs: number;
  maxRetries: number;
  maxRetryWaitSeconds: number;
  allowInteractive: boolean;
  fetchImpl: typeof fetch;
}

export interface GraphCall {
  method: "GET" | "POST";
  /** Path under /v1.0, starting with "/", query included and already encoded. */
  path: string;
  /** An absolute URL instead of `path` (an @odata.nextLink already checked by `nextLinkOnHost`). */
  absoluteUrl?: string | undefined;
  body?: unknown;
  headers?: Record<string, string> | undefined;
  scopes: readonly string[];
  /** Admin-only scopes change what a 403 means (a missing role, not a missing consent). */
  admin?: boolean | undefined;
  /** Never show a sign-in window for this call, whatever the session allows. */
  silentOnly?: boolean | undefined;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export type BatchOutcome =
  { ok: true; status: number; body: unknown } | { ok: false; failure: GraphFailure };

export interface BatchItem {
  id: string;
  method: "GET" | "POST";
  url: string;
  body?: unknown;
}

const RETRYABLE = new Set([429, 503]);

function lowerHeaders(h: Headers | Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  if (typeof (h as Headers).forEach === "function" && typeof (h as Headers).get === "function") {
    (h as Headers).forEach((v, k) => (out[k.toLowerCase()] = v));
    return out;
  }
  for (const [k, v] of Object.entries(h))
    if (typeof v === "string" || typeof v === "number") out[k.toLowerCase()] = String(v);
  return out;
}

/** Retry-After as seconds (a number or an HTTP date), or undefined. */
export function retryAfterSeconds(
  headers: Record<string, string>,
  now = Date.now()
): number | undefined {
  const v = headers["retry-after"];
  if (!v) return undefined;
  const n = Number(v);
  if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The claims of a CAE challenge: `WWW-Authenticate: Bearer … error="insufficient_claims", claims="base64"`. */
export function claimsChallenge(headers: Record<string, string>): string | undefined {
  const h = headers["www-authenticate"];
  if (!h || !/insufficient_claims|claims=/i.test(h)) return undefined;
  const m = /claims="([^"]+)"/i.exec(h);
  if (!m?.[1]) return undefined;
  return decodeBase64Text(m[1]) || undefined;
}

function errorOf(text: string): { code: string; message: string } {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return { code: String(body.error?.code ?? ""), message: String(body.error?.message ?? "") };
  } catch {
    return { code: "", message: text.slice(0, 300) };
  }
}

/** An HTTP error answer → the failure kind that explains it. */
export function failureFromStatus(
  status: number,
  text: string,
  headers: Record<string, string>,
  admin: boolean
): GraphFailure {
  const { code, message } = errorOf(text);
  const detail = `${status} ${code} ${message}`.trim();
  const retry = retryAfterSeconds(headers);
  const make = (kind: FailureKind) => new GraphFailure(kind, detail, status, retry);
  if (
    /personal Microsoft account|MSA account|not supported for MSA|consumer account/i.test(message)
  )
    return make("personal-account");
  if (status === 429) return make("throttled");
  if (status === 401) {
    if (/service principal/i.test(message)) return make("trace-service-principal-missing");
    return make("unauthorized");
  }
  if (status === 403) {
    if (/consent/i.test(message) && !admin) return make("consent-required");
    return make(
      admin
        ? "admin-role-required"
        : /Authorization_RequestDenied|ErrorAccessDenied|AccessDenied/i.test(code)
          ? "consent-required"
          : "forbidden"
    );
  }
  if (status === 404) return make("not-found");
  if (status === 400) return make("bad-request");
  if (status === 503 && retry !== undefined) return make("throttled");
  return make("service-error");
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class GraphClient {
  constructor(private readonly o: ClientOptions) {}

  private async token(
    call: {
      scopes: readonly string[];
      admin?: boolean | undefined;
      silentOnly?: boolean | undefined;
    },
    claims?: string
  ): Promise<string> {
    const interactive = this.o.allowInteractive && !call.silentOnly;
    try {
      return await this.o.tokenProvider.getToken(qualifyScopes(call.scopes, this.o.baseUrl), {
        interactive,
        ...(claims ? { claims } : {}),
      });
    } catch (e) {
      throw tokenFailure(e, call.admin === true);
    }
  }

  /** One HTTP exchange, body included, under one timeout. */
  private async send(url: string, init: RequestInit): Promise<RawResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.o.timeoutMs);
    try {
      const res = await this.o.fetchImpl(url, { ...init, signal: controller.signal });
      const text = await res.text();
      return { status: res.status, headers: lowerHeaders(res.headers), text };
    } catch (e) {
      if (controller.signal.aborted)
        throw new GraphFailure("timeout", `no complete answer within ${this.o.timeoutMs} ms`);
      const message = e instanceof Error ? e.message : String(e);
      throw new GraphFailure("offline", message);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends with a token; retries 429/503 after Retry-After (bounded); answers a claims challenge once. */
  private async exchange(url: string, init: RequestInit, call: GraphCall): Promise<RawResponse> {
    let token = await this.token(call);
    let claimsUsed = false;
    for (let attempt = 0; ; attempt++) {
      const headers = {
        ...(init.headers as Record<string, string>),
        authorization: `Bearer ${token}`,
      };
      const res = await this.send(url, { ...init, headers });
      if (res.status === 401 && !claimsUsed) {
        const claims = claimsChallenge(res.headers);
        if (claims) {
          claimsUsed = true;
          token = await this.token(call, claims);
          attempt--; // the claims retry does not count against throttling retries
          continue;
        }
      }
      if (RETRYABLE.has(res.status) && attempt < this.o.maxRetries) {
        const wait = retryAfterSeconds(res.headers) ?? 2 ** attempt;
        if (wait <= this.o.maxRetryWaitSeconds) {
          await sleep(wait * 1000);
          continue;
        }
      }
      return res;
    }
  }

  private url(path: string): string {
    return `${this.o.baseUrl.replace(/\/+$/, "")}/v1.0${path}`;
  }

  /**
   * An @odata.nextLink as a URL we may send the token to: only on the configured Graph host
   * (scheme, host and port), whatever path version it names. Anything else is dropped, so a
   * crafted link cannot carry the user's token elsewhere.
   */
  nextLinkOnHost(link: string | undefined): string | undefined {
    if (!link) return undefined;
    try {
      const next = new URL(link, this.o.baseUrl);
      return next.origin === new URL(this.o.baseUrl).origin ? next.toString() : undefined;
    } catch {
      return undefined;
    }
  }

  /** A single call whose answer is JSON. Throws GraphFailure. */
  async json<T>(call: GraphCall): Promise<T> {
    const res = await this.exchange(call.absoluteUrl ?? this.url(call.path), this.init(call), call);
    if (res.status < 200 || res.status >= 300)
      throw failureFromStatus(res.status, res.text, res.headers, call.admin === true);
    try {
      return JSON.parse(res.text) as T;
    } catch {
      throw new GraphFailure(
        "malformed-response",
        `not JSON: ${res.text.slice(0, 80)}`,
        res.status
      );
    }
  }

  /** A single call whose answer is text (the usage report CSV). Redirects are followed by fetch. Throws GraphFailure. */
  async text(call: GraphCall): Promise<string> {
    const res = await this.exchange(this.url(call.path), this.init(call), call);
    if (res.status < 200 || res.status >= 300)
      throw failureFromStatus(res.status, res.text, res.headers, call.admin === true);
    return res.text;
  }

  private init(call: GraphCall): RequestInit {
    const headers: Record<string, string> = { accept: "application/json", ...(call.headers ?? {}) };
    const init: RequestInit = { method: call.method, headers };
    if (call.body !== undefined) {
      headers["content-type"] = "application/json";
      init.body = JSON.stringify(call.body);
    }
    return init;
  }

  /**
   * One JSON $batch (≤ 20 requests). Never throws for a sub-request: each id gets its own outcome;
   * a failure of the whole batch gives every id the same failure.
   */
  async batch(
    items: readonly BatchItem[],
    scopes: readonly string[],
    admin = false,
    silentOnly = false
  ): Promise<Map<string, BatchOutcome>> {
    const out = new Map<string, BatchOutcome>();
    let pending = [...items];
    let claims: string | undefined;
    let claimsUsed = false;
    const call: GraphCall = { method: "POST", path: "/$batch", scopes, admin, silentOnly };
    for (let round = 0; pending.length > 0; round++) {
      const body = {
        requests: pending.map((i) => ({
          id: i.id,
          method: i.method,
          url: i.url,
          ...(i.body !== undefined
            ? { headers: { "Content-Type": "application/json" }, body: i.body }
            : {}),
        })),
      };
      let envelope: RawResponse;
      try {
        envelope = await this.exchangeWithClaims(
          this.url("/$batch"),
          this.init({ ...call, body }),
          call,
          claims
        );
      } catch (e) {
        const failure =
          e instanceof GraphFailure ? e : new GraphFailure("service-error", String(e));
        for (const i of pending) out.set(i.id, { ok: false, failure });
        return out;
      }
      if (envelope.status < 200 || envelope.status >= 300) {
        const failure = failureFromStatus(envelope.status, envelope.text, envelope.headers, admin);
        for (const i of pending) out.set(i.id, { ok: false, failure });
        return out;
      }
      let responses: Array<{
        id?: unknown;
        status?: unknown;
        headers?: Record<string, unknown>;
        body?: unknown;
      }>;
      try {
        const parsed = JSON.parse(envelope.text) as { responses?: unknown };
        if (!Array.isArray(parsed.responses)) throw new Error("no responses array");
        responses = parsed.responses as typeof responses;
      } catch (e) {
        const failure = new GraphFailure(
          "malformed-response",
          `batch: ${e instanceof Error ? e.message : String(e)}`
        );
        for (const i of pending) out.set(i.id, { ok: false, failure });
        return out;
      }
      const retry: BatchItem[] = [];
      let wait = 0;
      let newClaims: string | undefined;
      for (const item of pending) {
        const r = responses.find((x) => String(x.id) === item.id);
        if (!r || typeof r.status !== "number") {
          out.set(item.id, {
            ok: false,
            failure: new GraphFailure("malformed-response", `batch: no answer for ${item.id}`),
          });
          continue;
        }
        const headers = lowerHeaders(r.headers);
        if (r.status >= 200 && r.status < 300) {
          out.set(item.id, { ok: true, status: r.status, body: r.body });
          continue;
        }
        const bodyText = typeof r.body === "string" ? r.body : JSON.stringify(r.body ?? {});
        const failure = failureFromStatus(r.status, bodyText, headers, admin);
        out.set(item.id, { ok: false, failure });
        if (r.status === 401 && !claimsUsed) {
          const c = claimsChallenge(headers);
          if (c) {
            newClaims = c;
            retry.push(item);
            continue;
          }
        }
        if (RETRYABLE.has(r.status) && round < this.o.maxRetries) {
          const ra = retryAfterSeconds(headers) ?? 2 ** round;
          if (ra <= this.o.maxRetryWaitSeconds) {
            wait = Math.max(wait, ra);
            retry.push(item);
          }
        }
      }
      if (newClaims) {
        claims = newClaims;
        claimsUsed = true;
      }
      if (retry.length > 0 && wait > 0) await sleep(wait * 1000);
      pending = retry;
    }
    return out;
  }

  private async exchangeWithClaims(
    url: string,
    init: RequestInit,
    call: GraphCall,
    claims: string | undefined
  ): Promise<RawResponse> {
    if (!claims) return this.exchange(url, init, call);
    const token = await this.token(call, claims);
    const headers = {
      ...(init.headers as Record<string, string>),
      authorization: `Bearer ${token}`,
    };
    return this.send(url, { ...init, headers });
  }
}
