/**
 * Deflate and gzip unpacked with a hard output cap, charged to the mail's budget.
 *
 * fflate's one-shot inflateSync, given an output buffer, keeps decoding to the end of the stream
 * after the buffer is full (the extra bytes are dropped, the work is not): a member declaring 0
 * bytes over a stream of 1 GiB of zeros cost seconds each. Its streaming classes are fed here in
 * slices small enough that one slice cannot produce much more than what is still allowed, so the
 * work stops within one slice of the cap, and the clock is checked between slices.
 */
import { Gunzip, Inflate } from "fflate";
import {
  BYTES_BUDGET_REASON,
  markStopped,
  TIME_BUDGET_REASON,
  timeIsUp,
  type WorkBudget,
} from "./budget";

/** Deflate cannot expand one input byte into more than about 1,032 output bytes. */
const MAX_RATIO = 1032;
const MIN_SLICE = 512;
const MAX_SLICE = 64 * 1024;

export const LARGER_THAN_DECLARED =
  "it could not be decompressed: it holds more data than its header declares (a crafted archive)";
export const DAMAGED = "it is compressed and could not be decompressed";

/**
 * Unpacks `data` (raw deflate, or a gzip file) expecting at most `declared` bytes. Returns the
 * bytes, or why not: more data than declared, the mail's byte or time budget spent, or damage.
 * The caller has checked `declared` against the per-member and remaining budgets. Never throws.
 */
export function inflateCapped(
  data: Uint8Array,
  format: "deflate" | "gzip",
  declared: number,
  budget: WorkBudget
): Uint8Array | string {
  if (data.length === 0) return DAMAGED;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const onData = (chunk: Uint8Array): void => {
    if (over || chunk.length === 0) return;
    total += chunk.length;
    budget.bytesLeft -= chunk.length;
    if (total > declared) over = true;
    else chunks.push(chunk);
  };
  const stream = format === "gzip" ? new Gunzip(onData) : new Inflate(onData);
  let at = 0;
  try {
    do {
      const room = Math.max(0, declared - total) + 1;
      const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.ceil(room / MAX_RATIO)));
      const end = Math.min(data.length, at + slice);
      stream.push(data.subarray(at, end), end === data.length);
      at = end;
      if (over) return LARGER_THAN_DECLARED;
      if (budget.bytesLeft < 0) {
        markStopped(budget, "bytes");
        return BYTES_BUDGET_REASON;
      }
      if (timeIsUp(budget)) return TIME_BUDGET_REASON;
    } while (at < data.length);
  } catch {
    return DAMAGED;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
