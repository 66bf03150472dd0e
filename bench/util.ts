/** Small timing helpers shared by the benchmarks. */
import { performance } from "node:perf_hooks";

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` `runs` times after `warmup` runs and returns the durations in milliseconds. */
export async function time(fn: () => unknown, runs = 20, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function report(label: string, value: string, budget?: string): void {
  console.log(`${label.padEnd(58)} ${value.padStart(14)}${budget ? `   (budget ${budget})` : ""}`);
}
