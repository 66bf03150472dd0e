/**
 * A small "did you mean" for a recipient domain that DNS says does not exist. Only used after
 * NXDOMAIN, so a suggestion never "corrects" a domain that works. Narrow on purpose: the whole
 * domain must be a near miss of a well-known mail domain (never a suffix swap such as
 * ne.jp → co.jp, which breaks valid Japanese carrier domains).
 */
const KNOWN: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "yahoo.co.jp",
  "yahoo.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.jp",
  "live.com",
  "icloud.com",
  "me.com",
  "docomo.ne.jp",
  "ezweb.ne.jp",
  "au.com",
  "softbank.ne.jp",
  "i.softbank.jp",
  "ymobile.ne.jp",
  "nifty.com",
  "biglobe.ne.jp",
  "ocn.ne.jp",
  "so-net.ne.jp",
  "aol.com",
  "msn.com",
];

/** Brands with one mail domain: another suffix is a slip ("gmail.co.jp"). */
const SINGLE_DOMAIN: Readonly<Record<string, string>> = {
  gmail: "gmail.com",
  icloud: "icloud.com",
  docomo: "docomo.ne.jp",
  ezweb: "ezweb.ne.jp",
};

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

export function suggestKnownDomain(
  domain: string,
  ownDomains: readonly string[] = []
): string | undefined {
  const d = domain.toLowerCase();
  const candidates = [...KNOWN, ...ownDomains.map((o) => o.toLowerCase())];
  if (candidates.includes(d)) return undefined;
  let best: { domain: string; dist: number } | undefined;
  for (const k of candidates) {
    const dist = distance(d, k);
    const allowed = k.length < 8 ? 1 : 2;
    if (dist <= allowed && (!best || dist < best.dist)) best = { domain: k, dist };
  }
  if (best) return best.domain;
  return SINGLE_DOMAIN[d.split(".")[0] ?? ""];
}
