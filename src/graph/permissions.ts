/**
 * One source of truth for every Microsoft Graph call Todoku makes and the permission it needs.
 * docs/deploy.md's permission section is generated from this table (permissionsMarkdown), and
 * test/unit/graph/permissions-doc.test.ts fails when the guide, the code's paths or this table
 * disagree. Pure data: the add-in, the trace service and the readiness page all import it.
 */

export type PermissionKind = "delegated" | "application";
export type Caller = "add-in" | "trace service";
export type FeatureId = "compose" | "direct-trace" | "usage-report" | "trace-service";

export interface GraphCallSpec {
  caller: Caller;
  method: "GET" | "POST";
  /** Path under /v1.0, `{id}` for a variable segment. */
  path: string;
  permission: string;
  kind: PermissionKind;
  feature: FeatureId;
}

export interface PermissionSpec {
  permission: string;
  kind: PermissionKind;
  /** Whose app registration holds it: the add-in's own app (the service uses the same app). */
  adminConsent: "required" | "recommended";
  /** Besides consent, the signed-in user needs this role (delegated admin features). */
  role?: string;
  usedFor: string;
  feature: FeatureId;
}

/**
 * The scope the add-in exposes for the trace service ("Expose an API"), asked for as
 * `api://<client id>/access_as_user` and required in the `scp` claim by the service.
 */
export const TRACE_SERVICE_SCOPE = "access_as_user";

export function traceServiceScope(clientId: string): string {
  return `api://${clientId}/${TRACE_SERVICE_SCOPE}`;
}

/** The Microsoft first-party app behind Graph's message trace; needs a service principal. */
export const TRANSPORT_DATA_PLATFORM_APP_ID = "8bd644d1-64a1-4d4b-ae52-2e0cbf64e373";

export const MESSAGE_TRACES_PATH = "/admin/exchange/tracing/messageTraces";

export const GRAPH_CALLS: readonly GraphCallSpec[] = [
  {
    caller: "add-in",
    method: "POST",
    path: "/me/getMailTips",
    permission: "Mail.Read",
    kind: "delegated",
    feature: "compose",
  },
  {
    caller: "add-in",
    method: "GET",
    path: "/me/licenseDetails",
    permission: "User.Read",
    kind: "delegated",
    feature: "compose",
  },
  {
    caller: "add-in",
    method: "GET",
    path: "/me",
    permission: "User.Read",
    kind: "delegated",
    feature: "compose",
  },
  {
    caller: "add-in",
    method: "GET",
    path: MESSAGE_TRACES_PATH,
    permission: "ExchangeMessageTrace.Read.All",
    kind: "delegated",
    feature: "direct-trace",
  },
  {
    caller: "add-in",
    method: "GET",
    path: `${MESSAGE_TRACES_PATH}/{id}/getDetailsByRecipient`,
    permission: "ExchangeMessageTrace.Read.All",
    kind: "delegated",
    feature: "direct-trace",
  },
  {
    caller: "add-in",
    method: "GET",
    path: "/reports/getMailboxUsageDetail",
    permission: "Reports.Read.All",
    kind: "delegated",
    feature: "usage-report",
  },
  {
    caller: "trace service",
    method: "GET",
    path: "/users/{id}",
    permission: "User.Read.All",
    kind: "application",
    feature: "trace-service",
  },
  {
    caller: "trace service",
    method: "GET",
    path: MESSAGE_TRACES_PATH,
    permission: "ExchangeMessageTrace.Read.All",
    kind: "application",
    feature: "trace-service",
  },
  {
    caller: "trace service",
    method: "GET",
    path: `${MESSAGE_TRACES_PATH}/{id}/getDetailsByRecipient`,
    permission: "ExchangeMessageTrace.Read.All",
    kind: "application",
    feature: "trace-service",
  },
];

export const PERMISSIONS: readonly PermissionSpec[] = [
  {
    permission: "User.Read",
    kind: "delegated",
    adminConsent: "recommended",
    usedFor: "sign-in, the user's licence details (cause 22)",
    feature: "compose",
  },
  {
    permission: "Mail.Read",
    kind: "delegated",
    adminConsent: "recommended",
    usedFor: "MailTips of the recipients and of the sending mailbox (causes 10, 14, 17, 18)",
    feature: "compose",
  },
  {
    permission: "ExchangeMessageTrace.Read.All",
    kind: "delegated",
    adminConsent: "required",
    role: "an Exchange admin role (e.g. Exchange Administrator)",
    usedFor: "direct message trace of a sent mail, for admins",
    feature: "direct-trace",
  },
  {
    permission: "Reports.Read.All",
    kind: "delegated",
    adminConsent: "required",
    role: "a reports reader role (e.g. Reports Reader, Global Reader)",
    usedFor: "mailbox quota figures (policy `graph.mailboxUsageReport`)",
    feature: "usage-report",
  },
  {
    permission: "ExchangeMessageTrace.Read.All",
    kind: "application",
    adminConsent: "required",
    usedFor: "the trace service: message trace for ordinary users, own mail only",
    feature: "trace-service",
  },
  {
    permission: "User.Read.All",
    kind: "application",
    adminConsent: "required",
    usedFor: "the trace service: the caller's own addresses, to allow only their mail",
    feature: "trace-service",
  },
];

const FEATURE_TITLE: Record<FeatureId, string> = {
  compose: "compose checks (everyone)",
  "direct-trace": "message trace, direct (admins only)",
  "usage-report": "mailbox usage report (admins only, optional)",
  "trace-service": "trace service (§8, optional)",
};

/** Does a concrete request path (query stripped) belong to this table row? */
export function matchesSpec(spec: Pick<GraphCallSpec, "path">, path: string): boolean {
  const bare = (path.split("?")[0] ?? "").replace(/\(.*$/, "");
  const pattern = spec.path
    .split("/")
    .map((seg) => (seg === "{id}" ? "[^/]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}$`).test(bare);
}

/** The permission section of docs/deploy.md (between its `permissions` markers). */
export function permissionsMarkdown(): string {
  const lines: string[] = [];
  lines.push("| permission | type | used for | admin consent | also needs |");
  lines.push("| --- | --- | --- | --- | --- |");
  for (const p of PERMISSIONS) {
    lines.push(
      `| \`${p.permission}\` | ${p.kind} | ${p.usedFor} | ${p.adminConsent} | ${p.role ?? "—"} |`
    );
  }
  lines.push(
    `| \`${TRACE_SERVICE_SCOPE}\` (this app's own API, \`api://<client-id>/${TRACE_SERVICE_SCOPE}\`) | delegated | the add-in's token for the trace service | recommended | — |`
  );
  lines.push("");
  lines.push("Every Graph call and the permission it needs:");
  lines.push("");
  lines.push("| caller | call | permission | feature |");
  lines.push("| --- | --- | --- | --- |");
  for (const c of GRAPH_CALLS) {
    lines.push(
      `| ${c.caller} | \`${c.method} ${c.path}\` | \`${c.permission}\` (${c.kind}) | ${FEATURE_TITLE[c.feature]} |`
    );
  }
  return lines.join("\n");
}
