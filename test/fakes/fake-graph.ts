/**
 * A fake Microsoft Graph on loopback (real HTTP, node:http) that follows the documented request
 * and response shapes: JSON $batch, getMailTips, licenseDetails, /me, the mailbox usage report
 * (302 to a CSV download), messageTraces and getDetailsByRecipient. Faults are injected per route,
 * whether the route is called directly or inside a $batch.
 *
 *   const graph = await startFakeGraph({ mailTips: { "a@x.jp": { mailboxFull: true } } });
 *   … graph.url …  graph.requests …  await graph.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route =
  | "batch"
  | "getMailTips"
  | "licenseDetails"
  | "me"
  | "usageReport"
  | "usageDownload"
  | "messageTraces"
  | "traceDetails"
  | "users";

export type FaultKind =
  | "400"
  | "401"
  | "403" // Authorization_RequestDenied
  | "404"
  | "429" // with Retry-After
  | "500"
  | "503" // with Retry-After
  | "malformed" // 200 with a body that is not the documented JSON
  | "hang" // headers sent, body never ends
  | "claims" // 401 with a CAE insufficient_claims challenge
  | "sp-missing"; // 401 of a tenant without the message-trace service principal

export interface Fault {
  route: Route;
  kind: FaultKind;
  /** How many times it fires (default: every time). */
  times?: number;
  /** Retry-After seconds for 429/503 (default 1). */
  retryAfter?: number;
}

export interface WireMailTip {
  mailboxFull?: boolean;
  maxMessageSize?: number;
  deliveryRestricted?: boolean;
  isModerated?: boolean;
  recipientScope?: string;
  totalMemberCount?: number;
  externalMemberCount?: number;
  automaticReplies?: { message: string };
  customMailTip?: string;
  error?: { code: string; message: string };
}

export interface WireTrace {
  id: string;
  senderAddress: string;
  recipientAddress: string;
  messageId: string;
  receivedDateTime: string;
  subject: string;
  size?: number;
  status: string;
  fromIP?: string;
  toIP?: string;
  /** Events returned by getDetailsByRecipient for this row. */
  details?: Array<{
    dateTime: string;
    event: string;
    action?: string;
    description: string;
    data?: string;
  }>;
}

export interface FakeGraphOptions {
  /** MailTips by address (case-insensitive); others get an ordinary, healthy mailbox. */
  mailTips?: Record<string, WireMailTip>;
  me?: { mail: string | null; userPrincipalName: string };
  /** The `value` of /me/licenseDetails. */
  licenseDetails?: unknown[];
  /** The CSV served by the usage report's download URL. */
  usageCsv?: string;
  traces?: WireTrace[];
  /** Reject a $filter that combines messageId with a date window (400), one outcome of an UNCONFIRMED fact. */
  rejectCombinedTraceFilter?: boolean;
  faults?: Fault[];
  /** Trace rows per page: more rows are served behind @odata.nextLink (with a $skiptoken), as Graph pages. */
  tracePageSize?: number;
  /**
   * When set, only these bearer tokens may read message trace; any other token gets 403
   * Authorization_RequestDenied (a user without an Exchange admin role).
   */
  traceTokens?: string[];
  /** Users for GET /users/{id} (the trace service's caller lookup), by object id. */
  users?: Record<
    string,
    { userPrincipalName: string; mail: string | null; proxyAddresses: string[] }
  >;
  /** Every answer waits this long (ms), to watch a client's loading state. CORS preflights do not wait. */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface FakeGraph {
  url: string;
  close(): Promise<void>;
  requests: RecordedRequest[];
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Send headers, then never finish the body. */
  hang?: boolean;
}

export const DEFAULT_LICENCES: unknown[] = [
  {
    id: "lic-1",
    skuId: "05e9a617-0261-4cee-bb44-138d3ef5d965",
    skuPartNumber: "SPE_E3",
    servicePlans: [
      {
        servicePlanId: "efb87545-963c-4e0d-99df-69c6916d9eb0",
        servicePlanName: "EXCHANGE_S_ENTERPRISE",
        provisioningStatus: "Success",
        appliesTo: "User",
      },
      {
        servicePlanId: "5dbe027f-2339-4123-9542-606e4d348a72",
        servicePlanName: "SHAREPOINTENTERPRISE",
        provisioningStatus: "Success",
        appliesTo: "User",
      },
    ],
  },
];

const CORS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "retry-after, www-authenticate, location",
};

const CLAIMS = Buffer.from(
  '{"access_token":{"nbf":{"essential":true,"value":"1767225600"}}}'
).toString("base64");

function graphError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {}
): Answer {
  return {
    status,
    headers,
    body: {
      error: { code, message, innerError: { date: "2026-03-02T10:00:00", "request-id": "fake" } },
    },
  };
}

function faultAnswer(f: Fault): Answer {
  const retry = String(f.retryAfter ?? 1);
  switch (f.kind) {
    case "400":
      return graphError(400, "BadRequest", "Invalid filter clause");
    case "401":
      return graphError(401, "InvalidAuthenticationToken", "Access token validation failure.");
    case "403":
      return graphError(
        403,
        "Authorization_RequestDenied",
        "Insufficient privileges to complete the operation."
      );
    case "404":
      return graphError(404, "ResourceNotFound", "Resource could not be discovered.");
    case "429":
      return graphError(429, "TooManyRequests", "Please retry again later.", {
        "Retry-After": retry,
      });
    case "500":
      return graphError(500, "InternalServerError", "Something went wrong.");
    case "503":
      return graphError(503, "ServiceUnavailable", "Service is temporarily unavailable.", {
        "Retry-After": retry,
      });
    case "malformed":
      return {
        status: 200,
        headers: { "content-type": "application/json" },
        body: '{"value": [ {"emailAddress": ',
      };
    case "hang":
      return { status: 200, hang: true };
    case "claims":
      return graphError(
        401,
        "InvalidAuthenticationToken",
        "Continuous access evaluation resulted in claims challenge",
        {
          "WWW-Authenticate": `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${CLAIMS}"`,
        }
      );
    case "sp-missing":
      return graphError(
        401,
        "Unauthorized",
        "Service principal-less Authentication failed: the service principal for App ID 8bd644d1-64a1-4d4b-ae52-2e0cbf64e373 was not found."
      );
  }
}

function routeOf(method: string, path: string): Route | null {
  const p = decodeURIComponent(path.split("?")[0] ?? "");
  if (method === "POST" && p === "/v1.0/$batch") return "batch";
  if (method === "POST" && p === "/v1.0/me/getMailTips") return "getMailTips";
  if (method === "GET" && p === "/v1.0/me/licenseDetails") return "licenseDetails";
  if (method === "GET" && p === "/v1.0/me") return "me";
  if (
    method === "GET" &&
    /^\/v1\.0\/reports\/getMailboxUsageDetail\(period='D(7|30|90|180)'\)$/.test(p)
  )
    return "usageReport";
  if (method === "GET" && p === "/download/usage.csv") return "usageDownload";
  if (method === "GET" && p === "/v1.0/admin/exchange/tracing/messageTraces")
    return "messageTraces";
  if (
    method === "GET" &&
    /^\/v1\.0\/admin\/exchange\/tracing\/messageTraces\/[^/]+\/getDetailsByRecipient\(recipientAddress='.*'\)$/.test(
      p
    )
  )
    return "traceDetails";
  if (method === "GET" && /^\/v1\.0\/users\/[^/]+$/.test(p)) return "users";
  return null;
}

function healthyTip(): WireMailTip {
  return {
    mailboxFull: false,
    maxMessageSize: 37748736,
    deliveryRestricted: false,
    isModerated: false,
    recipientScope: "none",
    totalMemberCount: 0,
    externalMemberCount: 0,
    automaticReplies: { message: "" },
  };
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const requests: RecordedRequest[] = [];
  const faults = (options.faults ?? []).map((f) => ({
    ...f,
    left: f.times ?? Number.POSITIVE_INFINITY,
  }));
  const tips = new Map(
    Object.entries(options.mailTips ?? {}).map(([k, v]) => [k.toLowerCase(), v])
  );
  let base = "";

  function takeFault(route: Route, authorization: string): Answer | null {
    const f = faults.find((x) => x.route === route && x.left > 0);
    if (!f) return null;
    // a claims challenge is satisfied by a token obtained with claims
    if (f.kind === "claims" && authorization.includes("claims")) return null;
    f.left--;
    return faultAnswer(f);
  }

  function answer(method: string, url: string, body: unknown, authorization: string): Answer {
    const route = routeOf(method, url);
    if (!route) return graphError(400, "BadRequest", `Unsupported request: ${method} ${url}`);
    if (route !== "usageDownload" && !/^Bearer \S+/.test(authorization))
      return graphError(401, "InvalidAuthenticationToken", "Access token is empty.");
    const fault = takeFault(route, authorization);
    if (fault) return fault;
    if (
      (route === "messageTraces" || route === "traceDetails") &&
      options.traceTokens &&
      !options.traceTokens.includes(authorization.replace(/^Bearer /, ""))
    )
      return faultAnswer({ route, kind: "403" });
    const query = new URLSearchParams(url.split("?")[1] ?? "");
    switch (route) {
      case "getMailTips": {
        const b = (body ?? {}) as { EmailAddresses?: unknown; MailTipsOptions?: unknown };
        if (!Array.isArray(b.EmailAddresses) || typeof b.MailTipsOptions !== "string")
          return graphError(
            400,
            "ErrorInvalidRequest",
            "EmailAddresses and MailTipsOptions are required."
          );
        const wanted = new Set(b.MailTipsOptions.split(",").map((s) => s.trim()));
        const optionOf: Record<string, string> = {
          mailboxFull: "mailboxFullStatus",
          maxMessageSize: "maxMessageSize",
          deliveryRestricted: "deliveryRestriction",
          isModerated: "moderationStatus",
          recipientScope: "recipientScope",
          totalMemberCount: "totalMemberCount",
          externalMemberCount: "externalMemberCount",
          automaticReplies: "automaticReplies",
          customMailTip: "customMailTip",
        };
        const value = (b.EmailAddresses as string[]).map((address) => {
          const tip = tips.get(address.toLowerCase()) ?? healthyTip();
          const out: Record<string, unknown> = { emailAddress: { name: "", address } };
          for (const [k, v] of Object.entries(tip)) {
            if (k === "error" || wanted.has(optionOf[k] ?? "")) out[k] = v;
          }
          return out;
        });
        return {
          status: 200,
          body: {
            "@odata.context": `${base}/v1.0/$metadata#Collection(microsoft.graph.mailTips)`,
            value,
          },
        };
      }
      case "licenseDetails":
        return {
          status: 200,
          body: {
            "@odata.context": `${base}/v1.0/$metadata#users('fake')/licenseDetails`,
            value: options.licenseDetails ?? DEFAULT_LICENCES,
          },
        };
      case "me":
        return {
          status: 200,
          body: options.me ?? {
            mail: "taro.yamada@contoso.co.jp",
            userPrincipalName: "taro.yamada@contoso.co.jp",
          },
        };
      case "usageReport":
        return { status: 302, headers: { Location: `${base}/download/usage.csv` } };
      case "usageDownload":
        return {
          status: 200,
          headers: { "content-type": "application/octet-stream" },
          body: options.usageCsv ?? "\ufeffReport Refresh Date,User Principal Name\n",
        };
      case "messageTraces": {
        const filter = query.get("$filter") ?? "";
        const id = /messageId eq '((?:[^']|'')*)'/.exec(filter)?.[1]?.replace(/''/g, "'");
        const ge = /receivedDateTime ge (\S+)/.exec(filter)?.[1];
        const le = /receivedDateTime le (\S+)/.exec(filter)?.[1];
        if (options.rejectCombinedTraceFilter && id !== undefined && (ge || le))
          return graphError(400, "BadRequest", "The filter combination is not supported.");
        const from = ge ? Date.parse(ge) : Date.now() - 48 * 3600_000;
        const to = le ? Date.parse(le) : Date.now();
        if ((ge && !le) || (le && !ge))
          return graphError(400, "BadRequest", "Both start and end dates are required.");
        if (to - from > 10 * 24 * 3600_000)
          return graphError(400, "BadRequest", "The date range must be 10 days or less.");
        const rows = (options.traces ?? [])
          .filter(
            (t) =>
              (id === undefined || t.messageId === id) &&
              Date.parse(t.receivedDateTime) >= from &&
              Date.parse(t.receivedDateTime) <= to
          )
          .map(({ details: _d, ...row }) => row);
        const size = options.tracePageSize ?? Number.POSITIVE_INFINITY;
        const skip = Number(query.get("$skiptoken") ?? "0") || 0;
        const page = rows.slice(skip, skip + size);
        const more = skip + size < rows.length;
        const nextQuery = new URLSearchParams(query);
        nextQuery.set("$skiptoken", String(skip + size));
        return {
          status: 200,
          body: {
            "@odata.context": `${base}/v1.0/$metadata#admin/exchange/tracing/messageTraces`,
            value: page,
            ...(more
              ? {
                  "@odata.nextLink": `${base}/v1.0/admin/exchange/tracing/messageTraces?${nextQuery.toString()}`,
                }
              : {}),
          },
        };
      }
      case "users": {
        const id =
          decodeURIComponent(url.split("?")[0] ?? "")
            .split("/")
            .pop() ?? "";
        const user = options.users?.[id];
        if (!user) return graphError(404, "Request_ResourceNotFound", "Resource does not exist.");
        return {
          status: 200,
          body: { "@odata.context": `${base}/v1.0/$metadata#users/$entity`, ...user },
        };
      }
      case "traceDetails": {
        const p = decodeURIComponent(url.split("?")[0] ?? "");
        const m = /messageTraces\/([^/]+)\/getDetailsByRecipient\(recipientAddress='(.*)'\)$/.exec(
          p
        );
        const trace = (options.traces ?? []).find(
          (t) =>
            t.id === m?.[1] &&
            t.recipientAddress.toLowerCase() === (m?.[2] ?? "").replace(/''/g, "'").toLowerCase()
        );
        if (!trace) return graphError(404, "ResourceNotFound", "No such trace.");
        return {
          status: 200,
          body: {
            "@odata.context": `${base}/v1.0/$metadata#Collection(microsoft.graph.exchangeMessageTraceDetail)`,
            value: (trace.details ?? []).map((d) => ({
              id: trace.id,
              messageId: trace.messageId,
              action: "",
              data: "<root />",
              ...d,
            })),
          },
        };
      }
      case "batch": {
        const b = (body ?? {}) as { requests?: unknown };
        if (!Array.isArray(b.requests) || b.requests.length === 0 || b.requests.length > 20)
          return graphError(400, "BadRequest", "A batch holds 1 to 20 requests.");
        const ids = new Set<string>();
        const responses: unknown[] = [];
        let hang = false;
        for (const raw of b.requests as Array<{
          id?: unknown;
          method?: unknown;
          url?: unknown;
          body?: unknown;
          headers?: Record<string, string>;
        }>) {
          const id = String(raw.id ?? "");
          if (!id || ids.has(id))
            return graphError(400, "BadRequest", "Batch request ids must be unique.");
          ids.add(id);
          if (raw.body !== undefined && !raw.headers?.["Content-Type"])
            return graphError(
              400,
              "BadRequest",
              "A request with a body needs a Content-Type header."
            );
          const sub = answer(
            String(raw.method ?? "GET"),
            `/v1.0${String(raw.url ?? "")}`,
            raw.body,
            authorization
          );
          if (sub.hang) hang = true;
          responses.push({
            id,
            status: sub.status,
            headers: { "Content-Type": "application/json", ...(sub.headers ?? {}) },
            body: sub.body,
          });
        }
        if (hang) return { status: 200, hang: true };
        // Graph may answer in any order: reverse it so that clients must match by id
        return { status: 200, body: { responses: responses.reverse() } };
      }
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // Browser e2e tests call the fake from another origin: answer CORS preflights (not recorded).
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...CORS,
        "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "authorization, content-type, accept, prefer",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers[k] = v;
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers, body: text });
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        const a = graphError(400, "BadRequest", "Body is not JSON.");
        res.writeHead(a.status, { "content-type": "application/json", ...CORS });
        res.end(JSON.stringify(a.body));
        return;
      }
      const a = answer(req.method ?? "GET", req.url ?? "/", parsed, headers.authorization ?? "");
      const send = () => {
        const outHeaders: Record<string, string> = {
          "content-type": "application/json",
          ...CORS,
          ...(a.headers ?? {}),
        };
        res.writeHead(a.status, outHeaders);
        if (a.hang) {
          res.write("{"); // and never more
          return;
        }
        res.end(
          a.body === undefined ? "" : typeof a.body === "string" ? a.body : JSON.stringify(a.body)
        );
      };
      if (options.delayMs) {
        setTimeout(() => {
          if (!res.destroyed) send();
        }, options.delayMs);
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
