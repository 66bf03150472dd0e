/**
 * The trace handler under arbitrary requests: whatever the method, URL, token or Origin, it
 * answers (never throws), with a fixed-text JSON error body carrying a correlation id, and never
 * echoes the input back.
 */
import fc from "fast-check";
import { AppGraph } from "../../../src/service/app-graph";
import type { ServiceConfig } from "../../../src/service/config";
import { createLogger } from "../../../src/service/log";
import { TraceHandler } from "../../../src/service/trace-handler";

const config: ServiceConfig = {
  allowedTenants: ["11111111-2222-3333-4444-555555555555"],
  audiences: ["api://aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
  requiredScope: "access_as_user",
  clientId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  credential: { kind: "secret", secret: "unused-secret-value" },
  authorityHost: "http://127.0.0.1:9",
  graphBaseUrl: "http://127.0.0.1:9",
  jwksUrl: "http://127.0.0.1:9/keys",
  allowedOrigins: ["https://addins.contoso.co.jp"],
  port: 0,
  userLimitPer5Min: 10,
  tenantGraphBudgetPer5Min: 90,
  cacheSeconds: 60,
  maxDetailRecipients: 10,
};

const handler = new TraceHandler(
  config,
  new AppGraph(config, () => Promise.reject(new Error("no network in this test"))),
  createLogger(() => undefined)
);

const FIXED = new Set([
  "unknown path",
  "use GET",
  "the access token was not accepted",
  "the request is malformed",
]);

test("any request gets an answer with a generic body; nothing of the input comes back", async () => {
  const marker = "ZQXJ";
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom("GET", "POST", "OPTIONS", "DELETE", "get", "", "TRACE"),
      fc.oneof(
        fc.string().map((s) => `/trace?messageId=${marker}${s}`),
        fc.string().map((s) => `/api/trace?${marker}${s}`),
        fc.string().map((s) => `${marker}${s}`),
        fc.constant("//evil.example/trace"),
        fc.constant("/trace?messageId=%E0%A4%A")
      ),
      fc.option(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `Bearer ${marker}${s}`)
        ),
        {
          nil: undefined,
        }
      ),
      fc.option(fc.oneof(fc.constant("https://addins.contoso.co.jp"), fc.string()), {
        nil: undefined,
      }),
      async (method, url, authorization, origin) => {
        const out = await handler.handle({ method, url, headers: { authorization, origin } });
        expect([204, 400, 401, 403, 404, 405]).toContain(out.status);
        if (out.status === 204 || (method === "OPTIONS" && out.status === 403)) return;
        const body = JSON.parse(out.body) as {
          error: { message: string; correlationId: string };
        };
        expect(FIXED.has(body.error.message)).toBe(true);
        expect(body.error.correlationId).toMatch(/^[0-9a-f-]{36}$/);
        expect(out.body).not.toContain(marker);
        if (origin !== "https://addins.contoso.co.jp")
          expect(out.headers["access-control-allow-origin"]).toBeUndefined();
      }
    ),
    { numRuns: 300 }
  );
});
