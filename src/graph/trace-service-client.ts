/**
 * The add-in's side of the optional trace service (src/service): when policy.graph.traceServiceUrl
 * is set, an ordinary user's sent mail is traced through it (the service checks that the mail is
 * the caller's own). Never throws: every failure becomes an `unavailable` fact with a reason.
 */
import type { Fact, TraceResult, Unavailable } from "../core/model/facts";
import type { MessageSnapshot } from "../core/model/snapshot";

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

const ASK_IT = {
  ja: "Message-IDを添えてIT担当にメッセージ追跡を依頼してください。",
  en: "Ask your IT to trace the message, giving them its Message-ID.",
};

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
    return unavailable(
      "trace.no-message-id",
      {
        ja: "このメールにはMessage-IDがないため追跡できません。",
        en: "This mail has no Message-ID, so it cannot be traced.",
      },
      {
        ja: "送信済みアイテムのメールを開いてから、もう一度お試しください。",
        en: "Open the mail from Sent Items and try again.",
      }
    );
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
      timeout
        ? {
            ja: "追跡サービスが時間内に応答しませんでした。",
            en: "The trace service did not answer in time.",
          }
        : {
            ja: "追跡サービスに接続できませんでした。",
            en: "The trace service could not be reached.",
          },
      {
        ja: "しばらくしてから再試行してください。続く場合は" + ASK_IT.ja,
        en: "Try again in a while. If it persists: " + ASK_IT.en,
      }
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
    return unavailable(
      "trace.throttled",
      {
        ja: `メッセージ追跡が混み合っています(${wait}秒後に再試行できます)。`,
        en: `Message trace is busy (retry in ${wait} s).`,
      },
      {
        ja: `${wait}秒ほど待ってから再試行してください。`,
        en: `Wait about ${wait} seconds and try again.`,
      },
      wait
    );
  }
  if (res.status === 401) {
    return unavailable(
      "trace.service-unauthorized",
      {
        ja: "追跡サービスがサインイン情報を受け付けませんでした。",
        en: "The trace service did not accept your sign-in.",
      },
      {
        ja: "IT担当に、追跡サービスのアプリ登録とテナント許可リストの確認を依頼してください。",
        en: "Ask your IT to check the trace service's app registration and tenant allow-list.",
      }
    );
  }
  if (res.status === 403) {
    return unavailable(
      "trace.not-own-message",
      {
        ja: "追跡できるのは自分が送信したメールだけです。",
        en: "Only mail you sent yourself can be traced.",
      },
      ASK_IT
    );
  }
  if (!res.ok || !Array.isArray(body.recipients)) {
    // the correlation id lets IT find the service's log line for this answer
    const cid = typeof body.error?.correlationId === "string" ? body.error.correlationId : "";
    const ref = /^[0-9a-f-]{36}$/i.test(cid) ? ` [${cid}]` : "";
    return unavailable(
      "trace.service-error",
      {
        ja: `追跡サービスがエラーを返しました(${res.status})。${ref}`,
        en: `The trace service returned an error (${res.status}).${ref}`,
      },
      {
        ja: "時間をおいて再試行してください。続く場合は" + ASK_IT.ja,
        en: "Try again later. If it persists: " + ASK_IT.en,
      }
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
