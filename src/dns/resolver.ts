/**
 * The caching, limiting resolver the task pane and the CLI share: answers are kept for their
 * TTL (for the life of the pane or the CLI run), identical questions in flight are asked once,
 * no more than `maxConcurrent` requests run at a time, each has its own timeout.
 */
import type { DnsAnswer, DnsLookup, RecordType } from "../core/dns/types";
import { normalizeName } from "../core/dns/types";
import { dohQuery } from "./doh";

export interface DnsResolverOptions {
  resolverUrl: string;
  timeoutMs: number;
  /** Requests in flight at once (default 8). */
  maxConcurrent?: number | undefined;
  /** Clock in milliseconds, replaceable in tests. */
  now?: (() => number) | undefined;
}

export interface DnsResolverStats {
  /** Requests actually sent to the resolver. */
  requests: number;
  cacheHits: number;
  /** Questions that joined a request already in flight. */
  shared: number;
  /** Highest number of requests that were in flight at once. */
  peakConcurrent: number;
}

export interface DnsResolver {
  lookup: DnsLookup;
  readonly stats: DnsResolverStats;
}

const DEFAULT_CONCURRENCY = 8;

export function createCachingResolver(
  options: DnsResolverOptions,
  fetchImpl: typeof fetch
): DnsResolver {
  const now = options.now ?? (() => Date.now());
  const limit = Math.max(1, options.maxConcurrent ?? DEFAULT_CONCURRENCY);
  const cache = new Map<string, { answer: DnsAnswer; expires: number }>();
  const inFlight = new Map<string, Promise<DnsAnswer>>();
  const waiting: Array<() => void> = [];
  let running = 0;
  const stats: DnsResolverStats = { requests: 0, cacheHits: 0, shared: 0, peakConcurrent: 0 };

  async function slot(): Promise<void> {
    if (running < limit) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
    // The releasing request handed its slot over: `running` did not change.
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  async function send(name: string, type: RecordType, key: string): Promise<DnsAnswer> {
    await slot();
    stats.requests++;
    stats.peakConcurrent = Math.max(stats.peakConcurrent, running);
    try {
      const { answer, ttl } = await dohQuery(
        fetchImpl,
        options.resolverUrl,
        name,
        type,
        options.timeoutMs
      );
      if (ttl > 0) cache.set(key, { answer, expires: now() + ttl * 1000 });
      return answer;
    } finally {
      release();
    }
  }

  const lookup: DnsLookup = (rawName, type) => {
    const name = normalizeName(rawName);
    const key = `${type} ${name}`;
    const cached = cache.get(key);
    if (cached) {
      if (cached.expires > now()) {
        stats.cacheHits++;
        return Promise.resolve(cached.answer);
      }
      cache.delete(key);
    }
    const pending = inFlight.get(key);
    if (pending) {
      stats.shared++;
      return pending;
    }
    const p = send(name, type, key).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  };

  return { lookup, stats };
}
