/**
 * The readiness check for IT: after a deployment, try each part once and say, row by row, what
 * works and how to fix what does not. Every probe is harmless (a read of the admin's own data, a
 * trace query for a Message-ID that cannot exist, one DNS question) and bounded by a timeout.
 * Everything outside comes in through `ReadinessDeps`, so the same code runs in the page and in
 * Node tests; nothing here throws.
 */
import { pick, type Lang, type Localized } from "../core/model/i18n";
import { parsePolicyText, type Policy } from "../core/policy";
import { dohQuery } from "../dns/doh";
import { GraphClient } from "../graph/client";
import { qualifyScopes, SCOPES, type TokenProvider } from "../graph/config";
import { describeFailure, GraphFailure } from "../graph/failures";
import { tokenFailure, tokenTenant } from "../graph/auth/token-errors";
import { MESSAGE_TRACES_PATH, traceServiceScope } from "../graph/permissions";
import { traceEndpoint } from "../graph/trace-service-client";
import { reasonAndFix, render, text } from "../core/messages";
import { T, type RowId } from "./texts";

export type RowStatus = "ok" | "failed" | "warning" | "skipped";

export interface ReadinessRow {
  id: RowId;
  status: RowStatus;
  /** What was found, e.g. "found, valid" or the policy's errors. */
  detail: Localized;
  /** What to do, for rows that are not ok. */
  fix?: Localized | undefined;
}

export interface ReadinessDeps {
  fetch: typeof fetch;
  /** URL of the readiness page: policy.json and manifest.xml are beside it. */
  pageUrl: string;
  clientId: string;
  /** TODOKU_TENANT of the build ("" when not set). */
  tenant: string;
  office: {
    inOutlook: boolean;
    naa: boolean;
    dialog: boolean;
    /** The client runs the send check (Mailbox 1.12). */
    sendCheck: boolean;
  };
  /** The Office token provider (NAA or dialog); null outside Outlook or without a client id. */
  tokenProvider: TokenProvider | null;
  now?: (() => Date) | undefined;
  timeoutMs?: number | undefined;
}

/** Values that are not ours to word (an error message passed on as is) in both languages. */
const same = (s: string): Localized => ({ ja: s, en: s });
const RETRY_FIX = text("readiness.retry-fix", {});
const SIGN_IN_FIX = text("readiness.sign-in.fix", {});
/** A catalogue entry's text and fix as a row's detail and fix. */
const asRow = (r: { reason: Localized; fix: Localized }) => ({ detail: r.reason, fix: r.fix });

async function fetchText(
  deps: ReadinessDeps,
  url: string,
  init: RequestInit = {}
): Promise<{ status: number; text: string } | { error: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 10_000);
  try {
    const res = await deps.fetch(url, { cache: "no-store", ...init, signal: controller.signal });
    // a bounded read: these files are small, and a host answering with megabytes is itself a finding
    const text = (await res.text()).slice(0, 512 * 1024);
    return { status: res.status, text };
  } catch (e) {
    return {
      error: controller.signal.aborted ? "timeout" : e instanceof Error ? e.message : String(e),
    };
  } finally {
    clearTimeout(timer);
  }
}

async function policyRow(deps: ReadinessDeps): Promise<{ row: ReadinessRow; policy: Policy }> {
  const url = new URL("policy.json", deps.pageUrl).toString();
  const got = await fetchText(deps, url);
  if ("error" in got || (got.status !== 404 && (got.status < 200 || got.status >= 300))) {
    const why = "error" in got ? got.error : `HTTP ${got.status}`;
    return {
      policy: parsePolicyText(null).policy,
      row: {
        id: "policy",
        status: "failed",
        ...asRow(reasonAndFix("readiness.policy.unreachable", { url, why })),
      },
    };
  }
  if (got.status === 404)
    return {
      policy: parsePolicyText(null).policy,
      row: {
        id: "policy",
        status: "warning",
        ...asRow(reasonAndFix("readiness.policy.missing", {})),
      },
    };
  const { policy, errors } = parsePolicyText(got.text);
  if (errors.length === 0)
    return {
      policy,
      row: { id: "policy", status: "ok", detail: text("readiness.policy.valid", {}) },
    };
  return {
    policy,
    row: {
      id: "policy",
      status: "failed",
      ...asRow(
        reasonAndFix("readiness.policy.errors", {
          errors: {
            ja: errors.map((e) => e.ja).join(" ／ "),
            en: errors.map((e) => e.en).join(" / "),
          },
        })
      ),
    },
  };
}

interface SignIn {
  row: ReadinessRow;
  /** A provider that only answers silently after the one interactive sign-in. */
  provider: TokenProvider | null;
}

async function signInRow(deps: ReadinessDeps, policy: Policy): Promise<SignIn> {
  if (!deps.clientId)
    return {
      provider: null,
      row: {
        id: "sign-in",
        status: "failed",
        ...asRow(reasonAndFix("readiness.sign-in.no-client-id", {})),
      },
    };
  if (!deps.office.inOutlook || !deps.tokenProvider)
    return {
      provider: null,
      row: {
        id: "sign-in",
        status: "failed",
        ...asRow(reasonAndFix("readiness.sign-in.not-in-outlook", {})),
      },
    };
  const path = deps.office.naa ? "NAA (NestedAppAuth 1.1)" : "Office dialog (authdialog.html)";
  const provider = deps.tokenProvider;
  let token: string;
  try {
    // The admin pressed "Run": this is the one sign-in that may show a window.
    token = await provider.getToken(qualifyScopes(SCOPES.compose, policy.graph.baseUrl), {
      interactive: true,
    });
  } catch (e) {
    const f = tokenFailure(e, false);
    return {
      provider: null,
      row: {
        id: "sign-in",
        status: "failed",
        detail: text("readiness.sign-in.failed", {
          path,
          reason: describeFailure(f, { feature: "compose" }).reason,
          message: f.message || f.kind,
        }),
        fix:
          f.kind === "consent-required"
            ? text("readiness.permission.consent-fix", { permissions: ["User.Read", "Mail.Read"] })
            : SIGN_IN_FIX,
      },
    };
  }
  const tid = tokenTenant(token) ?? "?";
  const expected = /^[0-9a-f-]{36}$/i.test(deps.tenant) ? deps.tenant.toLowerCase() : "";
  const silent: TokenProvider = {
    getToken: (scopes, opts) => provider.getToken(scopes, { ...opts, interactive: false }),
  };
  if (expected && tid.toLowerCase() !== expected)
    return {
      provider: silent,
      row: {
        id: "sign-in",
        status: "failed",
        ...asRow(reasonAndFix("readiness.sign-in.other-tenant", { path, tenant: tid, expected })),
      },
    };
  return {
    provider: silent,
    row: {
      id: "sign-in",
      status: "ok",
      detail: text("readiness.sign-in.ok", { path, tenant: tid }),
    },
  };
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

interface PermissionProbe {
  id: RowId;
  permission: string;
  scopes: readonly string[];
  admin: boolean;
  /** Off in the policy: a missing grant is only a note. */
  optional: boolean;
  call: (client: GraphClient, me: string) => Promise<unknown>;
}

function permissionProbes(policy: Policy, now: number): PermissionProbe[] {
  return [
    {
      id: "perm-user-read",
      permission: "User.Read",
      scopes: ["User.Read"],
      admin: false,
      optional: false,
      call: (c) => c.json({ method: "GET", path: "/me?$select=id", scopes: ["User.Read"] }),
    },
    {
      id: "perm-mail-read",
      permission: "Mail.Read",
      scopes: ["Mail.Read"],
      admin: false,
      optional: false,
      call: (c, me) =>
        c.json({
          method: "POST",
          path: "/me/getMailTips",
          // the admin's own address; any address works when /me could not say
          body: {
            EmailAddresses: [me || "postmaster@example.com"],
            MailTipsOptions: "mailboxFullStatus",
          },
          scopes: ["Mail.Read"],
        }),
    },
    {
      id: "perm-trace",
      permission: "ExchangeMessageTrace.Read.All",
      scopes: SCOPES.trace,
      admin: true,
      optional: !policy.graph.directTrace,
      call: (c) => {
        const filter = `receivedDateTime ge ${isoSeconds(now - 3600_000)} and receivedDateTime le ${isoSeconds(now)}`;
        return c.json({
          method: "GET",
          path: `${MESSAGE_TRACES_PATH}?$filter=${encodeURIComponent(filter)}&$top=1`,
          scopes: SCOPES.trace,
          admin: true,
        });
      },
    },
    {
      id: "perm-reports",
      permission: "Reports.Read.All",
      scopes: SCOPES.usageReport,
      admin: true,
      optional: !policy.graph.mailboxUsageReport,
      call: (c) =>
        c.text({
          method: "GET",
          path: "/reports/getMailboxUsageDetail(period='D7')",
          scopes: SCOPES.usageReport,
          admin: true,
          headers: { accept: "text/csv, application/json" },
        }),
    },
  ];
}

function failureRow(probe: PermissionProbe, e: unknown): ReadinessRow {
  const f = e instanceof GraphFailure ? e : tokenFailure(e, probe.admin);
  const denied = [
    "consent-required",
    "admin-consent-required",
    "admin-role-required",
    "forbidden",
    "sign-in-required",
    "trace-service-principal-missing",
  ].includes(f.kind);
  const reason = describeFailure(f, {
    feature: probe.id === "perm-trace" ? "trace" : "compose",
  }).reason;
  const detail = f.status
    ? text("readiness.permission.not-granted-status", { reason, status: String(f.status) })
    : text("readiness.permission.not-granted", { reason });
  const fix =
    f.kind === "trace-service-principal-missing"
      ? text("readiness.permission.service-principal-fix", {})
      : f.kind === "admin-role-required"
        ? text("readiness.permission.role-fix", { permission: probe.permission })
        : denied
          ? text("readiness.permission.consent-fix", { permissions: [probe.permission] })
          : RETRY_FIX;
  if (probe.optional)
    return {
      id: probe.id,
      status: "skipped",
      detail: text("readiness.permission.off-in-policy", { detail }),
      fix: text("readiness.permission.optional-fix", { permission: probe.permission }),
    };
  return { id: probe.id, status: "failed", detail, fix };
}

async function permissionRows(
  deps: ReadinessDeps,
  policy: Policy,
  provider: TokenProvider | null
): Promise<ReadinessRow[]> {
  const probes = permissionProbes(policy, (deps.now ?? (() => new Date()))().getTime());
  const needsSignIn = text("readiness.needs-sign-in", {});
  if (!provider) return probes.map((p) => ({ id: p.id, status: "skipped", detail: needsSignIn }));
  const client = new GraphClient({
    baseUrl: policy.graph.baseUrl,
    tokenProvider: provider,
    timeoutMs: deps.timeoutMs ?? 10_000,
    maxRetries: 1,
    maxRetryWaitSeconds: 5,
    allowInteractive: false,
    fetchImpl: (input, init) => deps.fetch(input, init),
  });
  let me = "";
  const rows: ReadinessRow[] = [];
  for (const probe of probes) {
    try {
      const body = await probe.call(client, me);
      if (probe.id === "perm-user-read") {
        const o = (body ?? {}) as { id?: unknown };
        me = typeof o.id === "string" ? o.id : "";
        const who = await client
          .json<{ mail?: string; userPrincipalName?: string }>({
            method: "GET",
            path: "/me?$select=mail,userPrincipalName",
            scopes: ["User.Read"],
          })
          .catch(() => ({}) as { mail?: string; userPrincipalName?: string });
        me = who.mail || who.userPrincipalName || me;
      }
      rows.push({ id: probe.id, status: "ok", detail: text("readiness.permission.granted", {}) });
    } catch (e) {
      rows.push(failureRow(probe, e));
    }
  }
  return rows;
}

async function traceServiceRow(
  deps: ReadinessDeps,
  policy: Policy,
  provider: TokenProvider | null
): Promise<ReadinessRow> {
  const base = policy.graph.traceServiceUrl;
  if (!base)
    return {
      id: "trace-service",
      status: "skipped",
      detail: text("readiness.trace.not-configured", {}),
    };
  const endpoint = traceEndpoint(base);
  if (!provider)
    return { id: "trace-service", status: "skipped", detail: text("readiness.needs-sign-in", {}) };
  const scopeFix = text("readiness.trace.scope-fix", {});
  let token: string;
  try {
    token = await provider.getToken([traceServiceScope(deps.clientId)], { interactive: false });
  } catch (e) {
    const f = tokenFailure(e, false);
    return {
      id: "trace-service",
      status: "failed",
      detail: text("readiness.trace.no-token", {
        reason: describeFailure(f, { feature: "trace" }).reason,
      }),
      fix: scopeFix,
    };
  }
  const url = new URL(endpoint);
  // A Message-ID under .invalid (RFC 2606) cannot exist: the answer shows the path works end to end.
  url.searchParams.set("messageId", `<readiness-${Date.now()}@todoku.invalid>`);
  const got = await fetchText(deps, url.toString(), {
    headers: { authorization: `Bearer ${token}` },
  });
  if ("error" in got)
    return {
      id: "trace-service",
      status: "failed",
      detail: text("readiness.trace.unreachable", { endpoint, why: got.error }),
      fix: text("readiness.trace.cors-fix", { origin: new URL(deps.pageUrl).origin }),
    };
  let body: { found?: unknown; error?: { correlationId?: unknown } } = {};
  try {
    body = JSON.parse(got.text) as typeof body;
  } catch {
    body = {};
  }
  if (got.status === 200 && body.found === false)
    return {
      id: "trace-service",
      status: "ok",
      detail: text("readiness.trace.answered", { endpoint }),
    };
  const cid = typeof body.error?.correlationId === "string" ? body.error.correlationId : "";
  const status = String(got.status);
  return {
    id: "trace-service",
    status: "failed",
    detail: cid
      ? text("readiness.trace.http-ref", { endpoint, status, ref: cid })
      : text("readiness.trace.http", { endpoint, status }),
    fix:
      got.status === 401
        ? scopeFix
        : got.status === 404
          ? text("readiness.trace.url-fix", {})
          : text("readiness.trace.upstream-fix", {
              permissions: ["ExchangeMessageTrace.Read.All", "User.Read.All"],
            }),
  };
}

async function dnsRow(deps: ReadinessDeps, policy: Policy): Promise<ReadinessRow> {
  if (!policy.dns.enabled)
    return { id: "dns", status: "skipped", detail: text("readiness.dns.off", {}) };
  const { answer } = await dohQuery(
    (input, init) => deps.fetch(input, init),
    policy.dns.resolverUrl,
    "microsoft.com",
    "MX",
    policy.dns.timeoutMs
  );
  if (answer.kind === "response" && answer.rcode === 0)
    return {
      id: "dns",
      status: "ok",
      detail: text("readiness.dns.ok", { url: policy.dns.resolverUrl }),
    };
  const why =
    answer.kind === "failure" ? `${answer.reason}: ${answer.detail}` : `rcode ${answer.rcode}`;
  return {
    id: "dns",
    status: "failed",
    ...asRow(reasonAndFix("readiness.dns.failed", { url: policy.dns.resolverUrl, why })),
  };
}

/** The manifest beside the page: its version, the send check, and URLs that match this host. */
async function sendCheckRow(deps: ReadinessDeps): Promise<ReadinessRow> {
  const base = new URL(".", deps.pageUrl).toString();
  const manifest = await fetchText(deps, new URL("manifest.xml", base).toString());
  if ("error" in manifest || manifest.status !== 200)
    return {
      id: "send-check",
      status: "failed",
      ...asRow(reasonAndFix("readiness.manifest.missing", {})),
    };
  const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(manifest.text)?.[1] ?? "?";
  const hasSendCheck = /xsi:type="LaunchEvent"|Type="OnMessageSend"/.test(manifest.text);
  const urls = [...manifest.text.matchAll(/(?:DefaultValue|Url)="(https?:\/\/[^"]+)"/g)]
    .map((m) => m[1] as string)
    .filter((u) => !/login\.microsoftonline|microsoft\.com|aka\.ms/i.test(u));
  const elsewhere = urls.filter((u) => !u.startsWith(base));
  const wellKnown = await fetchText(
    deps,
    new URL("/.well-known/microsoft-officeaddins-allowed.json", base).toString()
  );
  const launchUrl = new URL("launchevent.js", base).toString();
  let listed = false;
  if (!("error" in wellKnown) && wellKnown.status === 200) {
    try {
      const allowed = (JSON.parse(wellKnown.text) as { allowed?: unknown }).allowed;
      listed = Array.isArray(allowed) && allowed.includes(launchUrl);
    } catch {
      listed = false;
    }
  }
  const client = deps.office.inOutlook
    ? deps.office.sendCheck
      ? text("readiness.manifest.client-sends", { requirement: "Mailbox 1.12" })
      : text("readiness.manifest.client-no-send", { requirement: "Mailbox 1.12" })
    : text("readiness.manifest.outside-outlook", {});
  const detail = text("readiness.manifest.found", {
    version,
    sendCheck: text(
      hasSendCheck ? "readiness.manifest.declared" : "readiness.manifest.not-declared",
      {}
    ),
    client,
  });
  if (elsewhere.length > 0)
    return {
      id: "send-check",
      status: "failed",
      ...asRow(
        reasonAndFix("readiness.manifest.url-elsewhere", {
          found: detail,
          url: elsewhere[0] ?? "",
          base,
        })
      ),
    };
  if (hasSendCheck && !listed)
    return {
      id: "send-check",
      status: "failed",
      ...asRow(reasonAndFix("readiness.manifest.not-allowed", { found: detail, url: launchUrl })),
    };
  return { id: "send-check", status: "ok", detail };
}

/** Runs every row once, in the order of the table. Never throws. */
export async function runReadiness(deps: ReadinessDeps): Promise<ReadinessRow[]> {
  const guard = async <R>(id: RowId, work: () => Promise<R>, wrap: (r: R) => ReadinessRow[]) => {
    try {
      return wrap(await work());
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return [{ id, status: "failed" as const, detail: same(why), fix: RETRY_FIX }];
    }
  };
  const { row: policy, policy: effective } = await policyRow(deps);
  const signIn = await signInRow(deps, effective).catch((e: unknown): SignIn => ({
    provider: null,
    row: { id: "sign-in", status: "failed", detail: same(String(e)), fix: SIGN_IN_FIX },
  }));
  const perms = await guard(
    "perm-user-read",
    () => permissionRows(deps, effective, signIn.provider),
    (r) => r
  );
  const [trace, dns, send] = await Promise.all([
    guard(
      "trace-service",
      () => traceServiceRow(deps, effective, signIn.provider),
      (r) => [r]
    ),
    guard(
      "dns",
      () => dnsRow(deps, effective),
      (r) => [r]
    ),
    guard(
      "send-check",
      () => sendCheckRow(deps),
      (r) => [r]
    ),
  ]);
  return [policy, signIn.row, ...perms, ...trace, ...dns, ...send];
}

/**
 * The table as plain text for a rollout ticket: one line per row, its result as a marker in the
 * reader's language (「［失敗］」 / "[FAILED]"), its fix indented below.
 */
export function readinessText(rows: readonly ReadinessRow[], lang: Lang, header: string): string {
  const lines = [header];
  for (const r of rows) {
    const params = { mark: T.mark[r.status], title: T.title[r.id], detail: r.detail };
    lines.push(render("readiness.text.line", params, lang));
    if (r.fix && r.status !== "ok") lines.push(`    → ${pick(r.fix, lang)}`);
  }
  return lines.join("\n");
}
