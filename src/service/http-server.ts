/** The trace service on plain Node (node:http); CORS and preflights are answered by the handler. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ServiceConfig } from "./config";
import { corsHeaders, type TraceHandler } from "./trace-handler";

export function createTraceServer(config: ServiceConfig, handler: TraceHandler): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = Array.isArray(v) ? v.join(", ") : v;
    handler
      .handle({ method: req.method ?? "GET", url: req.url ?? "/", headers })
      .then((out) => res.writeHead(out.status, out.headers).end(out.body))
      .catch(() =>
        res
          .writeHead(500, {
            "content-type": "application/json",
            ...corsHeaders(config.allowedOrigins, headers.origin),
          })
          .end('{"error":{"code":"internal","message":"the trace could not be read"}}')
      );
  });
}
