/**
 * @odata.nextLink is followed only on the configured Graph host: a link to another host (or
 * scheme, or port) is dropped, so the user's token never travels with it.
 */
import { GraphClient } from "../../../src/graph/client";
import { traceByMessageId } from "../../../src/graph/trace";

function client(fetchImpl: typeof fetch, baseUrl = "https://graph.microsoft.com") {
  return new GraphClient({
    baseUrl,
    tokenProvider: { getToken: async () => "user-token" },
    timeoutMs: 1000,
    maxRetries: 0,
    maxRetryWaitSeconds: 0,
    allowInteractive: false,
    fetchImpl,
  });
}

test.each([
  ["https://graph.microsoft.com/v1.0/admin/x?$skiptoken=1", true],
  ["https://graph.microsoft.com/beta/admin/x?$skiptoken=1", true],
  ["/v1.0/admin/x?$skiptoken=1", true],
  ["https://graph.microsoft.com.evil.example/v1.0/x", false],
  ["http://graph.microsoft.com/v1.0/x", false],
  ["https://graph.microsoft.com:8443/v1.0/x", false],
  ["https://evil.example/v1.0/admin/exchange/tracing/messageTraces", false],
  ["javascript:alert(1)", false],
  ["", false],
])("nextLinkOnHost(%p) → followed: %p", (link, followed) => {
  const c = client(() => Promise.reject(new Error("unused")));
  expect(c.nextLinkOnHost(link) !== undefined).toBe(followed);
});

test("a trace whose second page points elsewhere stops there, without sending the token", async () => {
  const seen: Array<{ url: string; auth: string }> = [];
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    seen.push({ url, auth: headers.authorization ?? "" });
    return new Response(
      JSON.stringify({
        value: [
          {
            id: "t-1",
            senderAddress: "taro@contoso.co.jp",
            recipientAddress: "a@fabrikam.co.jp",
            messageId: "<m@contoso.co.jp>",
            receivedDateTime: "2026-03-02T09:58:02Z",
            status: "Delivered",
          },
        ],
        "@odata.nextLink":
          "https://evil.example/v1.0/admin/exchange/tracing/messageTraces?$skiptoken=2",
      }),
      { status: 200, headers: { "content-type": "application/json" } }
    );
  }) as typeof fetch;
  const result = await traceByMessageId(
    client(fetchImpl),
    {
      source: "office-read",
      kind: "sent",
      subject: "",
      to: [],
      cc: [],
      bcc: [],
      attachments: [],
      messageId: "<m@contoso.co.jp>",
      date: "2026-03-02T09:58:00Z",
    },
    new Date("2026-03-02T10:30:00Z")
  );
  expect(result.recipients.map((r) => r.address)).toEqual(["a@fabrikam.co.jp"]);
  expect(seen.some((s) => s.url.includes("evil.example"))).toBe(false);
});
