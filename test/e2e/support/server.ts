/**
 * A small static server for the built pane on 127.0.0.1, with two test hooks: a policy.json
 * chosen by the test, and /doh proxied to a fake DNS-over-HTTPS server (so the pane queries it
 * from its own origin, as a real resolver with CORS would allow).
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface PaneServer {
  url: string;
  /** Serves this text as /policy.json (null: 404, the "no policy" case). */
  setPolicy(text: string | null): void;
  /** Where /doh requests go (a fake DoH URL), or null to answer 502. */
  setDohTarget(url: string | null): void;
  close(): Promise<void>;
}

/** The build to test: TODOKU_DIST, else dist/ at the repo root. */
export function distDir(): string {
  return resolve(process.env.TODOKU_DIST ?? join(__dirname, "..", "..", "..", "dist"));
}

export async function startPaneServer(root = distDir()): Promise<PaneServer> {
  let policy: string | null = null;
  let doh: string | null = null;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/policy.json") {
      if (policy === null) {
        res.writeHead(404).end();
      } else {
        res.writeHead(200, { "content-type": TYPES[".json"] as string }).end(policy);
      }
      return;
    }
    if (url.pathname === "/doh") {
      if (!doh) {
        res.writeHead(502).end();
        return;
      }
      const target = new URL(doh);
      target.search = url.search;
      const upstream = httpRequest(
        target,
        { method: "GET", headers: { accept: req.headers.accept ?? "application/dns-json" } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, {
            "content-type": up.headers["content-type"] ?? "application/dns-json",
          });
          up.pipe(res);
        }
      );
      upstream.on("error", () => res.writeHead(502).end());
      upstream.end();
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    void (async () => {
      try {
        const s = await stat(path);
        const file = s.isDirectory() ? join(path, "taskpane.html") : path;
        const body = await readFile(file);
        res
          .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
          .end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setPolicy: (text) => {
      policy = text;
    },
    setDohTarget: (u) => {
      doh = u;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
