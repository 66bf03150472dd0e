/**
 * The Graph session the task pane uses: gathers the compose facts in one $batch and traces a sent
 * mail. Never throws: every failure becomes an `unavailable` fact with its own explanation, and a
 * failure of one fact leaves the others complete.
 */
import type {
  Fact,
  Facts,
  Unavailable,
  LicenceInfo,
  MailboxInfo,
  MailTip,
  TraceResult,
} from "../core/model/facts";
import { allRecipients, type MessageSnapshot } from "../core/model/snapshot";
import { GraphClient, type BatchItem, type BatchOutcome } from "./client";
import {
  authorityFor,
  buildTimeSettings,
  isGlobalGraph,
  qualifyScopes,
  SCOPES,
  type GraphConfig,
  type TokenProvider,
} from "./config";
import { decodeLicenceDetails, decodeMailTips, findUsageRow } from "./decode";
import { asFailure, describeFailure, GraphFailure, type DescribeContext } from "./failures";
import { PERSONAL_ACCOUNT_TENANT, tokenFailure, tokenTenant } from "./auth/token-errors";
import { traceByMessageId } from "./trace";
import { traceViaService } from "./trace-service-client";

export type ComposeFacts = Pick<Facts, "mailTips" | "licence" | "ownMailbox">;

export interface GraphSession {
  /**
   * MailTips for every recipient and for the sender, licence, own mailbox: one $batch. Never throws.
   * `estimatedSizeBytes` is accepted for API stability but not sent anywhere: the size check
   * estimates from the snapshot itself, so that the pane, the CLI and the send check agree.
   */
  gatherComposeFacts(
    snapshot: MessageSnapshot,
    opts?: { estimatedSizeBytes?: number | undefined }
  ): Promise<ComposeFacts>;
  /** Message trace of a sent mail by its Message-ID. Never throws. */
  traceSentMessage(snapshot: MessageSnapshot): Promise<Fact<TraceResult>>;
  /**
   * The one interactive sign-in, for a Sign in button the user pressed (every other call is
   * silent). After a success it is not shown again in this session: later calls return the same
   * outcome. Asks for the compose scopes, plus the admin scopes the policy enables. Never throws.
   */
  signIn(): Promise<SignInOutcome>;
}

export type SignInOutcome =
  { ok: true; tenantId?: string | undefined } | { ok: false; why: Unavailable };

const MAILTIP_OPTIONS = [
  "automaticReplies",
  "customMailTip",
  "deliveryRestriction",
  "externalMemberCount",
  "mailboxFullStatus",
  "maxMessageSize",
  "moderationStatus",
  "recipientScope",
  "totalMemberCount",
].join(", ");
/** Addresses per getMailTips call: Graph states no limit, so we stay modest and split. */
const MAILTIPS_PER_CALL = 100;
/** $batch takes 20 requests; two are licence and /me. */
const MAX_MAILTIP_CALLS = 18;

function unavailable<T>(failure: GraphFailure, ctx: DescribeContext): Fact<T> {
  return { state: "unavailable", why: describeFailure(failure, ctx) };
}

/** Addresses for MailTips: every recipient and the sender, de-duplicated case-insensitively. */
function mailTipAddresses(snapshot: MessageSnapshot, own: string | undefined): string[] {
  const seen = new Map<string, string>();
  for (const a of allRecipients(snapshot)) {
    const addr = a.address.trim();
    if (addr && !seen.has(addr.toLowerCase())) seen.set(addr.toLowerCase(), addr);
  }
  if (own && !seen.has(own.toLowerCase())) seen.set(own.toLowerCase(), own);
  return [...seen.values()];
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

class Session implements GraphSession {
  private readonly client: GraphClient | null;
  private readonly config: GraphConfig;
  private readonly now: () => Date;
  /** Interactive sign-in may come only from signIn(), unless the caller opted in for every call. */
  private readonly interactive: boolean;
  private signedIn: Promise<SignInOutcome> | undefined;

  constructor(config: GraphConfig, provider: TokenProvider | null) {
    this.config = config;
    this.now = config.now ?? (() => new Date());
    this.interactive = config.allowInteractiveSignIn === true;
    this.client = provider
      ? new GraphClient({
          baseUrl: config.graphBaseUrl,
          tokenProvider: provider,
          timeoutMs: config.timeoutMs ?? 15_000,
          maxRetries: config.maxRetries ?? 2,
          maxRetryWaitSeconds: config.maxRetryWaitSeconds ?? 10,
          allowInteractive: config.allowInteractiveSignIn === true,
          fetchImpl: config.fetch ?? ((input, init) => fetch(input, init)),
        })
      : null;
  }

  async gatherComposeFacts(snapshot: MessageSnapshot): Promise<ComposeFacts> {
    const ctx: DescribeContext = { feature: "compose" };
    try {
      return await this.compose(snapshot);
    } catch (e) {
      const f = unavailable<never>(asFailure(e), ctx);
      return { mailTips: f, licence: f, ownMailbox: f };
    }
  }

  private async compose(snapshot: MessageSnapshot): Promise<ComposeFacts> {
    const ctx: DescribeContext = { feature: "compose" };
    if (!this.client) {
      const f = unavailable<never>(new GraphFailure("not-configured", "no client id"), ctx);
      return { mailTips: f, licence: f, ownMailbox: f };
    }
    const client = this.client;
    // Ask for the token first: a missing consent or a personal account then explains every fact at once.
    const token = await this.config.tokenProvider
      ?.getToken(qualifyScopes(SCOPES.compose, this.config.graphBaseUrl), {
        interactive: this.interactive,
      })
      .catch((e: unknown) => {
        throw tokenFailure(e, false);
      });
    const personal = token !== undefined && tokenTenant(token) === PERSONAL_ACCOUNT_TENANT;

    const own = snapshot.from?.address?.trim() || snapshot.sender?.address?.trim() || undefined;
    const addresses = mailTipAddresses(snapshot, own);
    const groups = chunks(addresses, MAILTIPS_PER_CALL).slice(0, MAX_MAILTIP_CALLS);
    const requests: BatchItem[] = groups.map((group, i) => ({
      id: `mailtips-${i + 1}`,
      method: "POST",
      url: "/me/getMailTips",
      // only addresses leave the device: never the subject, body or attachments
      body: { EmailAddresses: group, MailTipsOptions: MAILTIP_OPTIONS },
    }));
    if (!personal)
      requests.push({
        id: "licence",
        method: "GET",
        url: "/me/licenseDetails?$select=skuPartNumber,servicePlans",
      });
    if (!own) requests.push({ id: "me", method: "GET", url: "/me?$select=mail,userPrincipalName" });
    const answers =
      requests.length > 0
        ? await client.batch(requests, SCOPES.compose)
        : new Map<string, BatchOutcome>();

    // MailTips: every chunk must have answered; the first failure explains them all.
    let tips: MailTip[] = [];
    let tipsFailure: GraphFailure | undefined;
    for (const r of requests.filter((q) => q.id.startsWith("mailtips-"))) {
      const outcome = answers.get(r.id);
      if (!outcome || !outcome.ok) {
        tipsFailure ??=
          outcome && !outcome.ok
            ? outcome.failure
            : new GraphFailure("malformed-response", "no answer");
        continue;
      }
      try {
        tips.push(...decodeMailTips(outcome.body));
      } catch (e) {
        tipsFailure ??= asFailure(e);
      }
    }
    const ownKey = own?.toLowerCase();
    const ownTip = ownKey ? tips.find((t) => t.address.toLowerCase() === ownKey) : undefined;
    const recipientKeys = new Set(
      allRecipients(snapshot).map((a) => a.address.trim().toLowerCase())
    );
    tips = tips.filter((t) => recipientKeys.has(t.address.toLowerCase()));
    const mailTips: Fact<MailTip[]> = tipsFailure
      ? unavailable(tipsFailure, ctx)
      : { state: "ok", value: tips };

    const licence: Fact<LicenceInfo> = personal
      ? unavailable(new GraphFailure("personal-account", "personal account token"), ctx)
      : this.decodeOutcome(answers.get("licence"), decodeLicenceDetails, ctx);

    let ownMailbox: Fact<MailboxInfo>;
    if (own) {
      ownMailbox = tipsFailure
        ? unavailable(tipsFailure, ctx)
        : {
            state: "ok",
            value:
              ownTip?.mailboxFull !== undefined
                ? { address: own, full: ownTip.mailboxFull }
                : { address: own },
          };
    } else {
      ownMailbox = await this.ownMailboxFromMe(answers.get("me"), ctx);
    }
    if (ownMailbox.state === "ok" && this.config.features?.mailboxUsageReport) {
      ownMailbox = { state: "ok", value: await this.withUsage(ownMailbox.value) };
    }
    return { mailTips, licence, ownMailbox };
  }

  private decodeOutcome<T>(
    outcome: BatchOutcome | undefined,
    decode: (b: unknown) => T,
    ctx: DescribeContext
  ): Fact<T> {
    if (!outcome) return unavailable(new GraphFailure("malformed-response", "no answer"), ctx);
    if (!outcome.ok) return unavailable(outcome.failure, ctx);
    try {
      return { state: "ok", value: decode(outcome.body) };
    } catch (e) {
      return unavailable(asFailure(e), ctx);
    }
  }

  /** When the draft did not say who sends it, /me tells, and one more MailTips call checks that mailbox. */
  private async ownMailboxFromMe(
    outcome: BatchOutcome | undefined,
    ctx: DescribeContext
  ): Promise<Fact<MailboxInfo>> {
    const me = this.decodeOutcome(
      outcome,
      (b) => {
        const o = (b ?? {}) as { mail?: unknown; userPrincipalName?: unknown };
        const address =
          typeof o.mail === "string" && o.mail
            ? o.mail
            : typeof o.userPrincipalName === "string"
              ? o.userPrincipalName
              : "";
        if (!address) throw new GraphFailure("malformed-response", "/me has no address");
        return address;
      },
      ctx
    );
    if (me.state !== "ok" || !this.client) return me as Fact<MailboxInfo>;
    try {
      const body = await this.client.json<unknown>({
        method: "POST",
        path: "/me/getMailTips",
        body: { EmailAddresses: [me.value], MailTipsOptions: "mailboxFullStatus" },
        scopes: SCOPES.compose,
      });
      const tip = decodeMailTips(body)[0];
      return {
        state: "ok",
        value:
          tip?.mailboxFull !== undefined
            ? { address: me.value, full: tip.mailboxFull }
            : { address: me.value },
      };
    } catch (e) {
      return unavailable(asFailure(e), ctx);
    }
  }

  /**
   * Quota figures from the tenant's usage report (Reports.Read.All, admin role). Silent only: a
   * user without the right keeps the MailTips answer and the manual guidance; nothing is shown as
   * an error, because the report is an admin extra.
   */
  private async withUsage(box: MailboxInfo): Promise<MailboxInfo> {
    if (!this.client) return box;
    try {
      const csv = await this.client.text({
        method: "GET",
        path: "/reports/getMailboxUsageDetail(period='D7')",
        scopes: SCOPES.usageReport,
        admin: true,
        silentOnly: true,
        headers: { accept: "text/csv, application/json" },
      });
      const row = findUsageRow(csv, box.address);
      if (!row) return box; // concealed names or not in the report yet
      const out: MailboxInfo = { ...box };
      if (row.storageUsedBytes !== undefined) out.usedBytes = row.storageUsedBytes;
      if (row.prohibitSendQuotaBytes !== undefined)
        out.prohibitSendQuotaBytes = row.prohibitSendQuotaBytes;
      if (row.issueWarningQuotaBytes !== undefined)
        out.issueWarningQuotaBytes = row.issueWarningQuotaBytes;
      if (row.reportRefreshDate) out.reportDate = row.reportRefreshDate;
      return out;
    } catch {
      return box;
    }
  }

  async traceSentMessage(snapshot: MessageSnapshot): Promise<Fact<TraceResult>> {
    const ctx: DescribeContext = {
      feature: "trace",
      messageId: snapshot.messageId,
      helpdesk: this.config.helpdesk,
    };
    try {
      if (!this.client) return unavailable(new GraphFailure("not-configured", "no client id"), ctx);
      const service = this.config.traceService;
      if (service?.url) {
        const viaService = await this.traceThroughService(snapshot, service.url, service.scopes);
        if (viaService.state === "ok") return viaService;
        // An admin may still trace directly; ask silently so that an ordinary user sees no prompt
        // and keeps the service's explanation.
        const direct = await this.traceDirect(snapshot, ctx, true);
        return direct.state === "ok" ? direct : viaService;
      }
      return await this.traceDirect(snapshot, ctx, !this.interactive);
    } catch (e) {
      return unavailable(asFailure(e), ctx);
    }
  }

  signIn(): Promise<SignInOutcome> {
    const attempt = (this.signedIn ??= this.interactiveSignIn());
    // a failed or cancelled sign-in may be tried again by pressing the button again
    void attempt.then((o) => {
      if (!o.ok && this.signedIn === attempt) this.signedIn = undefined;
    });
    return attempt;
  }

  private async interactiveSignIn(): Promise<SignInOutcome> {
    const ctx: DescribeContext = { feature: "compose" };
    const provider = this.config.tokenProvider;
    if (!this.client || !provider)
      return {
        ok: false,
        why: describeFailure(new GraphFailure("not-configured", "no client id"), ctx),
      };
    const features = this.config.features ?? {};
    const scopes = [
      ...SCOPES.compose,
      ...(features.directTrace ? SCOPES.trace : []),
      ...(features.mailboxUsageReport ? SCOPES.usageReport : []),
    ];
    try {
      const token = await provider.getToken(qualifyScopes(scopes, this.config.graphBaseUrl), {
        interactive: true,
      });
      return { ok: true, tenantId: tokenTenant(token) };
    } catch (e) {
      const admin = features.directTrace === true || features.mailboxUsageReport === true;
      return { ok: false, why: describeFailure(tokenFailure(e, admin), ctx) };
    }
  }

  private async traceDirect(
    snapshot: MessageSnapshot,
    ctx: DescribeContext,
    silentOnly: boolean
  ): Promise<Fact<TraceResult>> {
    if (!this.client) return unavailable(new GraphFailure("not-configured", "no client id"), ctx);
    if (!isGlobalGraph(this.config.graphBaseUrl))
      return unavailable(
        new GraphFailure("national-cloud-unsupported", this.config.graphBaseUrl),
        ctx
      );
    try {
      const value = await traceByMessageId(this.client, snapshot, this.now(), { silentOnly });
      return { state: "ok", value };
    } catch (e) {
      return unavailable(asFailure(e), ctx);
    }
  }

  /** The companion trace service (src/service): traces the caller's own mail for any user. */
  private async traceThroughService(
    snapshot: MessageSnapshot,
    url: string,
    scopes: readonly string[]
  ): Promise<Fact<TraceResult>> {
    const ctx: DescribeContext = {
      feature: "trace",
      messageId: snapshot.messageId,
      helpdesk: this.config.helpdesk,
    };
    let token: string;
    try {
      token = await (this.config.tokenProvider as TokenProvider).getToken([...scopes], {
        interactive: this.interactive,
      });
    } catch (e) {
      return unavailable(tokenFailure(e, false), ctx);
    }
    const result = await traceViaService(snapshot, {
      serviceUrl: url,
      token,
      timeoutMs: this.config.timeoutMs ?? 15_000,
      ...(this.config.fetch ? { fetchImpl: this.config.fetch } : {}),
    });
    if (result.state !== "ok") return result;
    return { state: "ok", value: { ...result.value, queriedAt: this.now().toISOString() } };
  }
}

/** Provider for the config: the injected one, else Office's (NAA / dialog), else none (not configured). */
async function officeProvider(
  config: GraphConfig,
  clientId: string,
  tenant: string
): Promise<TokenProvider> {
  const { createOfficeTokenProvider } = await import("./auth/office-provider");
  return createOfficeTokenProvider({
    clientId,
    authority: config.authority ?? authorityFor(config.graphBaseUrl, tenant),
    dialogUrl: config.dialogUrl,
  });
}

/** A provider that loads the Office/MSAL code on first use, so that creating a session costs nothing. */
function lazyProvider(load: () => Promise<TokenProvider>): TokenProvider {
  let loaded: Promise<TokenProvider> | undefined;
  return {
    async getToken(scopes, opts) {
      loaded ??= load();
      return (await loaded).getToken(scopes, opts);
    },
  };
}

export function createGraphSession(config: GraphConfig): GraphSession {
  const build = buildTimeSettings();
  const clientId = (config.clientId ?? build.clientId).trim();
  const tenant = (config.tenant ?? build.tenant).trim();
  let provider: TokenProvider | null = config.tokenProvider ?? null;
  if (!provider && clientId)
    provider = lazyProvider(() => officeProvider(config, clientId, tenant));
  const effective: GraphConfig = provider ? { ...config, tokenProvider: provider } : config;
  return new Session(effective, provider);
}
