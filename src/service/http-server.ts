/** The trace service on plain Node (node:http), with CORS for the add-in's origin. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ServiceConfig } from "./config";
import type { TraceHandler } from "./trace-handler";

function corsHeaders(config: ServiceConfig, origin: string | undefined): Record<string, string> {
  if (!origin || !config.allowedOrigins.includes(origin)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-headers": "authorization",
    "access-control-allow-methods": "GET",
    "access-control-max-age": "600",
    vary: "Origin",
  };
}

export function createTraceServer(config: ServiceConfig, handler: TraceHandler): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    const cors = corsHeaders(config, origin);
    if (req.method === "OPTIONS") {
      res.writeHead(cors["access-control-allow-origin"] ? 204 : 403, cors).end();
      return;
    }
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = Array.isArray(v) ? v.join(", ") : v;
    handler
      .handle({ method: req.method ?? "GET", url: req.url ?? "/", headers })
      .then((out) => res.writeHead(out.status, { ...out.headers, ...cors }).end(out.body))
      .catch(() =>
        res
          .writeHead(500, { "content-type": "application/json", ...cors })
          .end('{"error":{"code":"internal"}}')
      );
  });
}
