/**
 * Settings of the trace service, from environment variables only (never from the repo).
 * A missing required setting stops start-up with a message naming it.
 */
import { TRACE_SERVICE_SCOPE } from "../graph/permissions";

export interface ServiceConfig {
  /** Tenants whose users may call the service (Entra tenant ids). */
  allowedTenants: string[];
  /** Accepted `aud` values of the caller's token: the service app's client id and/or App ID URI. */
  audiences: string[];
  /** The delegated scope a caller's token must carry in `scp` (the add-in asks for it). */
  requiredScope: string;
  /** The service's own app registration, used for the app-only Graph token. */
  clientId: string;
  credential:
    | { kind: "secret"; secret: string }
    | { kind: "certificate"; privateKeyPem: string; thumbprintSha1Hex: string };
  authorityHost: string;
  graphBaseUrl: string;
  /** Overrides the JWKS location (tests); by default the tenant's discovery keys. */
  jwksUrl?: string | undefined;
  /** Origins allowed by CORS (the add-in's host). */
  allowedOrigins: string[];
  port: number;
  /** Requests per user and per tenant in a rolling 5 minutes. */
  userLimitPer5Min: number;
  tenantGraphBudgetPer5Min: number;
  cacheSeconds: number;
  /** How many recipients' detail events are fetched per request (each costs one Graph call). */
  maxDetailRecipients: number;
}

export class ConfigError extends Error {}

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function int(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new ConfigError(`${name} must be a positive whole number`);
  return n;
}

function required(env: Record<string, string | undefined>, name: string): string {
  const v = env[name];
  if (!v) throw new ConfigError(`${name} is not set`);
  return v;
}

export function loadConfig(
  env: Record<string, string | undefined>,
  readFile: (p: string) => string
): ServiceConfig {
  const allowedTenants = list(env.TODOKU_ALLOWED_TENANTS);
  if (allowedTenants.length === 0) throw new ConfigError("TODOKU_ALLOWED_TENANTS is not set");
  const clientId = required(env, "TODOKU_SERVICE_CLIENT_ID");
  const audiences = list(env.TODOKU_SERVICE_AUDIENCES);
  if (audiences.length === 0) audiences.push(clientId, `api://${clientId}`);

  let credential: ServiceConfig["credential"];
  if (env.TODOKU_SERVICE_CLIENT_SECRET) {
    credential = { kind: "secret", secret: env.TODOKU_SERVICE_CLIENT_SECRET };
  } else if (env.TODOKU_SERVICE_CERT_KEY_PATH) {
    credential = {
      kind: "certificate",
      privateKeyPem: readFile(env.TODOKU_SERVICE_CERT_KEY_PATH),
      thumbprintSha1Hex: required(env, "TODOKU_SERVICE_CERT_THUMBPRINT").replace(
        /[^0-9a-fA-F]/g,
        ""
      ),
    };
  } else {
    throw new ConfigError(
      "set TODOKU_SERVICE_CLIENT_SECRET or TODOKU_SERVICE_CERT_KEY_PATH (+ TODOKU_SERVICE_CERT_THUMBPRINT)"
    );
  }
  const requiredScope = (env.TODOKU_SERVICE_SCOPE ?? TRACE_SERVICE_SCOPE).trim();
  if (!/^[\w.-]{1,100}$/.test(requiredScope))
    throw new ConfigError("TODOKU_SERVICE_SCOPE must be one scope name, e.g. access_as_user");
  return {
    allowedTenants: allowedTenants.map((t) => t.toLowerCase()),
    audiences,
    requiredScope,
    clientId,
    credential,
    authorityHost: (env.TODOKU_AUTHORITY_HOST ?? "https://login.microsoftonline.com").replace(
      /\/+$/,
      ""
    ),
    graphBaseUrl: (env.TODOKU_GRAPH_BASE_URL ?? "https://graph.microsoft.com").replace(/\/+$/, ""),
    jwksUrl: env.TODOKU_JWKS_URL || undefined,
    allowedOrigins: list(env.TODOKU_ALLOWED_ORIGINS),
    port: int(env, "PORT", 7071),
    userLimitPer5Min: int(env, "TODOKU_USER_LIMIT_PER_5MIN", 10),
    // Exchange allows 100 message-trace calls per tenant per 5 minutes; stay below it.
    tenantGraphBudgetPer5Min: int(env, "TODOKU_TENANT_BUDGET_PER_5MIN", 90),
    cacheSeconds: int(env, "TODOKU_CACHE_SECONDS", 60),
    maxDetailRecipients: int(env, "TODOKU_MAX_DETAIL_RECIPIENTS", 10),
  };
}
