/** Settings of a Graph session: who we are (client id, tenant), where Graph is, how tokens come. */

export interface TokenRequestOptions {
  /** true: a sign-in window may be shown when a silent attempt is not enough. false: silent only. */
  interactive?: boolean | undefined;
  /** A claims challenge from Graph (continuous access evaluation), as the decoded JSON string. */
  claims?: string | undefined;
}

/** Supplies access tokens for Graph. The add-in uses NAA or the dialog; tests inject their own. */
export interface TokenProvider {
  getToken(scopes: string[], opts?: TokenRequestOptions): Promise<string>;
}

export interface GraphConfig {
  /** Entra app (client) id. Defaults to the build setting TODOKU_CLIENT_ID. */
  clientId?: string | undefined;
  /** Tenant id or domain. Defaults to the build setting TODOKU_TENANT, else "organizations". */
  tenant?: string | undefined;
  /** Full authority URL; overrides `tenant` (e.g. a national cloud's login host). */
  authority?: string | undefined;
  /** policy.graph.baseUrl, e.g. "https://graph.microsoft.com" (national clouds differ). */
  graphBaseUrl: string;
  /** Token source. When absent, the Office one (NAA, else the Office dialog) is used. */
  tokenProvider?: TokenProvider | undefined;
  /**
   * May any call show a sign-in window by itself? Default false: every call is silent, and the
   * only interactive sign-in is `GraphSession.signIn()`, behind a button the user pressed.
   */
  allowInteractiveSignIn?: boolean | undefined;
  /**
   * The companion trace service (policy.graph.traceServiceUrl) and the scopes of a token for it.
   * When set, a sent mail is traced through it (any user, own mail only); a direct Graph call is
   * then tried silently, for admins.
   */
  traceService?: { url: string; scopes: string[] } | null | undefined;
  /** policy.helpdesk: named in the advice when IT has to act (e.g. "send the Message-ID to …"). */
  helpdesk?: { name: string; email: string } | undefined;
  /** Admin-only extras, off by default. */
  features?:
    | {
        /** Read the tenant's mailbox usage report (Reports.Read.All, admin role) for quota figures. */
        mailboxUsageReport?: boolean | undefined;
        /**
         * Direct message trace is enabled by policy: the sign-in button also asks for
         * ExchangeMessageTrace.Read.All. Without it the direct trace is still tried silently.
         */
        directTrace?: boolean | undefined;
      }
    | undefined;
  /** Per-call timeout in ms (default 15000). */
  timeoutMs?: number | undefined;
  /** Retries of a throttled (429) or unavailable (503) call (default 2). */
  maxRetries?: number | undefined;
  /** Longest Retry-After we wait for in place; longer ones are reported to the user (default 10 s). */
  maxRetryWaitSeconds?: number | undefined;
  /** URL of the sign-in dialog page for the Office dialog fallback (default: authdialog.html beside the pane). */
  dialogUrl?: string | undefined;
  fetch?: typeof fetch | undefined;
  now?: (() => Date) | undefined;
}

/** Build-time settings (webpack DefinePlugin replaces these expressions with literals). */
export function buildTimeSettings(): { clientId: string; tenant: string } {
  let clientId = "";
  let tenant = "";
  try {
    clientId = process.env.TODOKU_CLIENT_ID ?? "";
  } catch {
    clientId = ""; // no `process` and no DefinePlugin: not configured
  }
  try {
    tenant = process.env.TODOKU_TENANT ?? "";
  } catch {
    tenant = "";
  }
  return { clientId: clientId.trim(), tenant: tenant.trim() };
}

const LOGIN_HOSTS: ReadonlyArray<[RegExp, string]> = [
  [/(^|\.)graph\.microsoft\.us$/i, "https://login.microsoftonline.us"],
  [/(^|\.)dod-graph\.microsoft\.us$/i, "https://login.microsoftonline.us"],
  [/(^|\.)microsoftgraph\.chinacloudapi\.cn$/i, "https://login.chinacloudapi.cn"],
];

/** The sign-in authority that belongs to a Graph host (national clouds have their own). */
export function authorityFor(graphBaseUrl: string, tenant: string): string {
  let host = "";
  try {
    host = new URL(graphBaseUrl).hostname;
  } catch {
    host = "";
  }
  const login =
    LOGIN_HOSTS.find(([re]) => re.test(host))?.[1] ?? "https://login.microsoftonline.com";
  return `${login}/${tenant || "organizations"}`;
}

export function isGlobalGraph(graphBaseUrl: string): boolean {
  try {
    const url = new URL(graphBaseUrl);
    if (url.protocol === "http:") return true; // loopback fakes in tests stand in for the global service
    return url.hostname.toLowerCase() === "graph.microsoft.com";
  } catch {
    return false;
  }
}

/**
 * Scopes for a national cloud must name its Graph resource ("https://graph.microsoft.us/Mail.Read");
 * the global cloud takes the short form.
 */
export function qualifyScopes(scopes: readonly string[], graphBaseUrl: string): string[] {
  if (isGlobalGraph(graphBaseUrl)) return [...scopes];
  const origin = new URL(graphBaseUrl).origin;
  return scopes.map((s) => (s.includes("://") ? s : `${origin}/${s}`));
}

export const SCOPES = {
  compose: ["User.Read", "Mail.Read"],
  trace: ["ExchangeMessageTrace.Read.All"],
  usageReport: ["Reports.Read.All"],
} as const;
