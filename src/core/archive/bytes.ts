/**
 * Bounds-checked little-endian reads. Every reader in this folder goes through these, so a
 * truncated or hostile archive yields `undefined` instead of an out-of-range read or a throw.
 */

export function u8(b: Uint8Array, at: number): number | undefined {
  return at >= 0 && at < b.length ? b[at] : undefined;
}

export function u16(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 2 > b.length) return undefined;
  return (b[at] as number) | ((b[at + 1] as number) << 8);
}

export function u32(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > b.length) return undefined;
  return (
    ((b[at] as number) |
      ((b[at + 1] as number) << 8) |
      ((b[at + 2] as number) << 16) |
      ((b[at + 3] as number) << 24)) >>>
    0
  );
}

/** A 64-bit value as a JS number; values past 2^53 come back as Infinity (they never fit a file here). */
export function u64(b: Uint8Array, at: number): number | undefined {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (lo === undefined || hi === undefined) return undefined;
  if (hi >= 0x200000) return Infinity;
  return hi * 0x100000000 + lo;
}

/** True when `sig` is found at `at`. */
export function hasBytes(b: Uint8Array, at: number, sig: readonly number[]): boolean {
  if (at < 0 || at + sig.length > b.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
}

/**
 * Index of `sig` in `b[from, to)`, or -1. Linear: the first byte is found with the typed
 * array's own indexOf (native, several times faster than a loop here), then the rest compared.
 */
export function indexOfBytes(
  b: Uint8Array,
  sig: readonly number[],
  from: number,
  to: number
): number {
  const first = sig[0];
  if (first === undefined) return -1;
  const start = Math.max(0, from);
  // subarray reads a negative end as counted from the end: clamp it to the start instead.
  const range = b.subarray(start, Math.max(start, Math.min(to, b.length)));
  const last = range.length - sig.length;
  for (let i = 0; i <= last; i++) {
    i = range.indexOf(first, i);
    if (i < 0 || i > last) return -1;
    if (hasBytes(range, i, sig)) return start + i;
  }
  return -1;
}
