/**
 * Microsoft Graph with the service's own app-only credential (client secret or certificate):
 * the caller's addresses, and message trace rows and events. The credential stays in memory;
 * it is never logged or returned.
 */
import { randomUUID } from "node:crypto";
import { importPKCS8, SignJWT } from "jose";
import { MESSAGE_TRACES_PATH } from "../graph/permissions";
import type { ServiceConfig } from "./config";

export class GraphError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly retryAfterSeconds?: number
  ) {
    super(`Graph answered ${status} ${code}`);
  }
}

export interface TraceRow {
  id: string;
  senderAddress: string;
  recipientAddress: string;
  messageId: string;
  receivedDateTime: string;
  subject?: string;
  status: string;
}

export interface TraceDetail {
  dateTime: string;
  event: string;
  action?: string;
  description: string;
}

const TIMEOUT_MS = 15000;
/** Pages of trace rows read per request (one Message-ID rarely needs a second). */
const MAX_PAGES = 5;

/** Rows that lack the fields the handler relies on are skipped, not trusted. */
function isTraceRow(r: unknown): r is TraceRow {
  const o = (typeof r === "object" && r !== null ? r : {}) as Record<string, unknown>;
  return (
    typeof o.id === "string" &&
    typeof o.senderAddress === "string" &&
    typeof o.recipientAddress === "string" &&
    typeof o.status === "string"
  );
}

function retryAfter(res: Response): number | undefined {
  const v = res.headers.get("retry-after");
  if (!v) return undefined;
  const n = Number(v);
  if (Number.isFinite(n) && n >= 0) return Math.ceil(n);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function hexToBase64Url(hex: string): string {
  return Buffer.from(hex, "hex").toString("base64url");
}

export class AppGraph {
  private tokens = new Map<string, { token: string; expiresAt: number }>();

  constructor(
    private readonly config: ServiceConfig,
    private readonly fetchImpl: typeof fetch = fetch
  ) {}

  private async clientAssertion(tokenUrl: string): Promise<string> {
    const cred = this.config.credential;
    if (cred.kind !== "certificate") throw new Error("no certificate configured");
    const key = await importPKCS8(cred.privateKeyPem, "RS256");
    return new SignJWT({})
      .setProtectedHeader({ alg: "RS256", typ: "JWT", x5t: hexToBase64Url(cred.thumbprintSha1Hex) })
      .setIssuer(this.config.clientId)
      .setSubject(this.config.clientId)
      .setAudience(tokenUrl)
      .setJti(randomUUID())
      .setIssuedAt()
      .setNotBefore("0s")
      .setExpirationTime("10m")
      .sign(key);
  }

  /** App-only token for one tenant, cached until shortly before it expires. */
  private async token(tenantId: string): Promise<string> {
    const cached = this.tokens.get(tenantId);
    if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
    const tokenUrl = `${this.config.authorityHost}/${tenantId}/oauth2/v2.0/token`;
    const form = new URLSearchParams({
      client_id: this.config.clientId,
      grant_type: "client_credentials",
      scope: `${this.config.graphBaseUrl}/.default`,
    });
    if (this.config.credential.kind === "secret")
      form.set("client_secret", this.config.credential.secret);
    else {
      form.set("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
      form.set("client_assertion", await this.clientAssertion(tokenUrl));
    }
    const res = await this.fetchImpl(tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form.toString(),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new GraphError(res.status, "token_request_failed", retryAfter(res));
    const body = (await res.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new GraphError(502, "token_missing");
    this.tokens.set(tenantId, {
      token: body.access_token,
      expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
    });
    return body.access_token;
  }

  private async get<T>(tenantId: string, pathAndQuery: string, absoluteUrl?: string): Promise<T> {
    const res = await this.fetchImpl(
      absoluteUrl ?? `${this.config.graphBaseUrl}/v1.0${pathAndQuery}`,
      {
        headers: {
          authorization: `Bearer ${await this.token(tenantId)}`,
          accept: "application/json",
        },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      }
    );
    if (!res.ok) {
      let code = "error";
      try {
        code = ((await res.json()) as { error?: { code?: string } }).error?.code ?? code;
      } catch {
        // a body that is not JSON keeps the generic code
      }
      throw new GraphError(res.status, code, retryAfter(res));
    }
    try {
      return (await res.json()) as T;
    } catch {
      throw new GraphError(502, "malformed_response");
    }
  }

  /** Every SMTP address of the user: UPN, primary address and proxy addresses, lower-cased. */
  async userAddresses(tenantId: string, objectId: string): Promise<Set<string>> {
    const user = await this.get<{
      userPrincipalName?: string;
      mail?: string | null;
      proxyAddresses?: string[];
    }>(
      tenantId,
      `/users/${encodeURIComponent(objectId)}?$select=userPrincipalName,mail,proxyAddresses`
    );
    const out = new Set<string>();
    if (user.userPrincipalName) out.add(user.userPrincipalName.toLowerCase());
    if (user.mail) out.add(user.mail.toLowerCase());
    for (const p of user.proxyAddresses ?? []) {
      const m = /^smtp:(.+)$/i.exec(p);
      if (m?.[1]) out.add(m[1].toLowerCase());
    }
    return out;
  }

  /**
   * An @odata.nextLink we may follow with the app token: only on the configured Graph host, so a
   * crafted link can never carry the token elsewhere.
   */
  private nextOnHost(link: unknown): string | undefined {
    if (typeof link !== "string" || !link) return undefined;
    try {
      const next = new URL(link, this.config.graphBaseUrl);
      return next.origin === new URL(this.config.graphBaseUrl).origin ? next.toString() : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Trace rows of one Message-ID, following @odata.nextLink up to MAX_PAGES pages; `morePages`
   * is asked before each further page (the tenant's call budget) and may stop the reading.
   */
  async traceRows(
    tenantId: string,
    messageId: string,
    from: Date,
    to: Date,
    morePages: () => boolean = () => true
  ): Promise<TraceRow[]> {
    const quoted = messageId.replace(/'/g, "''");
    const filter =
      `messageId eq '${quoted}' and receivedDateTime ge ${from.toISOString().replace(/\.\d{3}Z$/, "Z")}` +
      ` and receivedDateTime le ${to.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
    const first = `${MESSAGE_TRACES_PATH}?$filter=${encodeURIComponent(filter)}`;
    const rows: TraceRow[] = [];
    let next: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      if (page > 0 && (!next || !morePages())) break;
      const body = await this.get<{ value?: unknown; "@odata.nextLink"?: unknown }>(
        tenantId,
        first,
        next
      );
      if (Array.isArray(body.value))
        for (const r of body.value as unknown[]) if (isTraceRow(r)) rows.push(r);
      next = this.nextOnHost(body["@odata.nextLink"]);
    }
    return rows;
  }

  async traceDetails(tenantId: string, traceId: string, recipient: string): Promise<TraceDetail[]> {
    const page = await this.get<{ value?: TraceDetail[] }>(
      tenantId,
      `${MESSAGE_TRACES_PATH}/${encodeURIComponent(traceId)}` +
        `/getDetailsByRecipient(recipientAddress='${encodeURIComponent(recipient.replace(/'/g, "''"))}')`
    );
    return Array.isArray(page.value) ? page.value : [];
  }
}
