/**
 * A fake DNS-over-HTTPS JSON resolver on loopback (real HTTP, node:http) with zone data per
 * test. Answers like Cloudflare: TXT data quoted, long TXT split into 255-byte strings, a CNAME
 * followed for other types, NXDOMAIN for names not in the zone, NODATA for types not listed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeRecordType = "A" | "AAAA" | "MX" | "TXT" | "CNAME";

const TYPE_NUMBERS: Record<FakeRecordType, number> = { A: 1, CNAME: 5, MX: 15, TXT: 16, AAAA: 28 };

/** One name's data. Record data in presentation form: "10 mx.example.com.", "192.0.2.1", plain TXT text. */
export interface FakeName {
  A?: string[];
  AAAA?: string[];
  MX?: string[];
  TXT?: string[];
  CNAME?: string;
  /** Answer SERVFAIL for every type of this name. */
  servfail?: boolean;
  /** Answer NXDOMAIN even though the name is listed (e.g. to hold only a delay). */
  nxdomain?: boolean;
  /** Wait this long before answering (per request). */
  delayMs?: number;
  /** TTL of the records (default 300). */
  ttl?: number;
  /** Reply with this body instead of DNS JSON (malformed answers). */
  body?: string;
  /** Reply with this HTTP status. */
  httpStatus?: number;
}

export type FakeZone = Record<string, FakeName>;

export interface FakeDohOptions {
  /** Every request waits this long (ms). */
  delayMs?: number;
  /** Every request gets this HTTP status with an empty body (a resolver that refuses). */
  httpStatus?: number;
  /** Every request gets this body (malformed JSON). */
  body?: string;
  /** Refuse requests whose accept header is not application/dns-json, as Cloudflare does (default true). */
  requireAccept?: boolean;
}

export interface FakeDoh {
  /** The resolver URL to put in policy.dns.resolverUrl. */
  url: string;
  close(): Promise<void>;
  queries: { name: string; type: string }[];
  /** Most requests that were being answered at the same moment. */
  peakConcurrent(): number;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

function quoteTxt(text: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < text.length || i === 0; i += 255) chunks.push(text.slice(i, i + 255));
  return chunks.map((c) => `"${c.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(" ");
}

function answerFor(zone: FakeZone, qname: string, qtype: FakeRecordType) {
  const records: Array<{ name: string; type: number; TTL: number; data: string }> = [];
  let name = qname;
  for (let hops = 0; hops < 8; hops++) {
    const entry = zone[name];
    if (!entry || entry.nxdomain) return { Status: 3, Answer: records };
    if (entry.servfail) return { Status: 2, Answer: records };
    const ttl = entry.ttl ?? 300;
    if (entry.CNAME && qtype !== "CNAME") {
      records.push({ name: `${name}.`, type: TYPE_NUMBERS.CNAME, TTL: ttl, data: entry.CNAME });
      name = normalize(entry.CNAME);
      continue;
    }
    const data = qtype === "CNAME" ? (entry.CNAME ? [entry.CNAME] : []) : (entry[qtype] ?? []);
    for (const d of data) {
      records.push({
        name: `${name}.`,
        type: TYPE_NUMBERS[qtype],
        TTL: ttl,
        data: qtype === "TXT" ? quoteTxt(d) : d,
      });
    }
    return { Status: 0, Answer: records };
  }
  return { Status: 2, Answer: records };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFakeDoh(zone: FakeZone, options: FakeDohOptions = {}): Promise<FakeDoh> {
  const queries: { name: string; type: string }[] = [];
  let active = 0;
  let peak = 0;
  const normalizedZone: FakeZone = {};
  for (const [k, v] of Object.entries(zone)) normalizedZone[normalize(k)] = v;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      active++;
      peak = Math.max(peak, active);
      try {
        // Like the public resolvers, allow any origin, so the task pane can be tested in a browser.
        res.setHeader("access-control-allow-origin", "*");
        if (req.method === "OPTIONS") {
          res
            .writeHead(204, {
              "access-control-allow-headers": "accept",
              "access-control-allow-methods": "GET",
            })
            .end();
          return;
        }
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const name = normalize(url.searchParams.get("name") ?? "");
        const type = (url.searchParams.get("type") ?? "A").toUpperCase() as FakeRecordType;
        queries.push({ name, type });
        const entry = normalizedZone[name];
        const delay = (options.delayMs ?? 0) + (entry?.delayMs ?? 0);
        if (delay > 0) await sleep(delay);
        if (res.destroyed) return;
        if ((options.requireAccept ?? true) && req.headers.accept !== "application/dns-json") {
          res.writeHead(400).end();
          return;
        }
        const status = options.httpStatus ?? entry?.httpStatus;
        if (status !== undefined) {
          res.writeHead(status, { "content-type": "text/plain" }).end("refused");
          return;
        }
        const body = options.body ?? entry?.body;
        if (body !== undefined) {
          res.writeHead(200, { "content-type": "application/dns-json" }).end(body);
          return;
        }
        if (!name || !(type in TYPE_NUMBERS)) {
          res.writeHead(400).end();
          return;
        }
        const answer = answerFor(normalizedZone, name, type);
        const json = {
          Status: answer.Status,
          TC: false,
          RD: true,
          RA: true,
          AD: false,
          CD: false,
          Question: [{ name: `${name}.`, type: TYPE_NUMBERS[type] }],
          ...(answer.Answer.length > 0 ? { Answer: answer.Answer } : {}),
        };
        res
          .writeHead(200, {
            "content-type": "application/dns-json",
          })
          .end(JSON.stringify(json));
      } finally {
        active--;
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/dns-query`,
    queries,
    peakConcurrent: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
