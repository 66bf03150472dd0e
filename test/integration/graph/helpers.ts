/** Shared pieces of the Graph integration tests: a token provider, snapshots, and the engine run. */
import { analyzeSync } from "../../../src/core/engine";
import type { Facts } from "../../../src/core/model/facts";
import type { Report } from "../../../src/core/model/report";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import {
  createGraphSession,
  type GraphConfig,
  type TokenProvider,
  type TokenRequestOptions,
} from "../../../src/graph";
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from "../../fakes/fake-graph";

export interface TokenCall {
  scopes: string[];
  opts: TokenRequestOptions | undefined;
}

/** Hands out opaque tokens; a token obtained with claims says so (the fake accepts it for a CAE challenge). */
export function fakeTokens(token = "fake-token"): { provider: TokenProvider; calls: TokenCall[] } {
  const calls: TokenCall[] = [];
  return {
    calls,
    provider: {
      async getToken(scopes, opts) {
        calls.push({ scopes, opts });
        return opts?.claims ? `${token}-with-claims` : token;
      },
    },
  };
}

export function failingTokens(error: unknown): TokenProvider {
  return {
    async getToken() {
      throw error;
    },
  };
}

/** A JWT-shaped token (unsigned) carrying a tenant id. */
export function jwtWithTenant(tid: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "none", typ: "JWT" })}.${b64({ tid, aud: "https://graph.microsoft.com" })}.sig`;
}

export const SECRET_BODY = "社外秘: 新製品「ハヤブサ」の価格は一台 98,000 円です。";
export const SECRET_SUBJECT = "【極秘】ハヤブサ価格表";
export const ATTACHMENT_BYTES = new TextEncoder().encode(
  "PK\u0003\u0004confidential-spreadsheet-content-0123456789"
);

export function composeDraft(extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    ...emptySnapshot("office-compose", "draft"),
    subject: SECRET_SUBJECT,
    bodyText: SECRET_BODY,
    bodyHtml: `<p>${SECRET_BODY}</p>`,
    from: { name: "山田 太郎", address: "taro.yamada@contoso.co.jp" },
    to: [
      { name: "佐藤 花子", address: "hanako.sato@fabrikam.co.jp" },
      { address: "sales-all@contoso.co.jp" },
    ],
    cc: [{ address: "Jiro.Suzuki@Contoso.co.jp" }],
    bcc: [{ address: "archive@contoso.co.jp" }],
    attachments: [
      {
        name: "ハヤブサ価格表.xlsx",
        size: ATTACHMENT_BYTES.length,
        contentType: "application/vnd.ms-excel",
        content: ATTACHMENT_BYTES,
      },
    ],
    ...extra,
  };
}

export function sentMail(extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    ...emptySnapshot("office-read", "sent"),
    subject: "請求書の送付",
    from: { address: "taro.yamada@contoso.co.jp" },
    to: [{ address: "hanako.sato@fabrikam.co.jp" }, { address: "jiro@contoso.co.jp" }],
    messageId: "<TYCPR01MB8888.jp@contoso.co.jp>",
    date: "2026-03-02T09:58:00Z",
    ...extra,
  };
}

export function runEngine(snapshot: MessageSnapshot, facts: Facts): Report {
  return analyzeSync({ snapshot, policy: DEFAULT_POLICY, facts });
}

export function statusOf(report: Report, id: number): string | undefined {
  return report.items.find((i) => i.id === id)?.status;
}

const started: FakeGraph[] = [];

/** A fake Graph server that closeFakeGraphs() shuts down (run it in afterEach). */
export async function fakeGraph(options?: FakeGraphOptions): Promise<FakeGraph> {
  const graph = await startFakeGraph(options);
  started.push(graph);
  return graph;
}

export async function closeFakeGraphs(): Promise<void> {
  await Promise.all(started.splice(0).map((g) => g.close()));
}

/** A Graph session with quick timeouts against a new fake Graph, and the token calls it made. */
export async function graphSession(options: FakeGraphOptions, config: Partial<GraphConfig> = {}) {
  const graph = await fakeGraph(options);
  const tokens = fakeTokens();
  const s = createGraphSession({
    graphBaseUrl: graph.url,
    tokenProvider: tokens.provider,
    timeoutMs: 1000,
    maxRetries: 2,
    maxRetryWaitSeconds: 2,
    ...config,
  });
  return { s, tokens, graph };
}
