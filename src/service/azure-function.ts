/**
 * Azure Functions (Node programming model v4) adapter. Register it in the function app with
 * `app.http("trace", { methods: ["GET", "OPTIONS"], authLevel: "anonymous", route: "trace", handler })`
 * — see docs/trace-service.md. The handler answers the OPTIONS preflight with the CORS headers of
 * TODOKU_ALLOWED_ORIGINS itself, so leave the function app's own CORS list empty (App Service
 * CORS, when set, takes over and these headers have no effect). It imports nothing from
 * @azure/functions so this repo does not need it.
 */
import { readFileSync } from "node:fs";
import { AppGraph } from "./app-graph";
import { loadConfig } from "./config";
import { createLogger } from "./log";
import { TraceHandler } from "./trace-handler";

interface FunctionRequest {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

let handler: TraceHandler | undefined;

export async function traceFunction(
  request: FunctionRequest
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  if (!handler) {
    const config = loadConfig(process.env, (p) => readFileSync(p, "utf8"));
    const secret = config.credential.kind === "secret" ? config.credential.secret : "";
    handler = new TraceHandler(
      config,
      new AppGraph(config),
      createLogger((l) => process.stdout.write(l), [secret])
    );
  }
  return handler.handle({
    method: request.method,
    url: request.url,
    headers: {
      authorization: request.headers.get("authorization") ?? undefined,
      origin: request.headers.get("origin") ?? undefined,
    },
  });
}
