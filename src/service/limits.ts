/** Rolling-window counters and a short-lived cache, in memory (one service instance). */

export class RollingWindowLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now
  ) {}

  /** Takes `cost` units for `key`; returns 0 when allowed, else the seconds until there is room. */
  take(key: string, cost = 1): number {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length + cost > this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[Math.max(0, recent.length + cost - this.limit - 1)] ?? now;
      return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
    }
    for (let i = 0; i < cost; i++) recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }
}

export class TtlCache<T> {
  private entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now
  ) {}

  get(key: string): T | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: T): void {
    if (this.entries.size > 10_000) this.entries.clear(); // bounded memory; a cache miss is cheap
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
  }
}
