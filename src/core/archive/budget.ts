/**
 * The work one mail may cost: bytes unpacked, archive entries listed, inner archives opened, and
 * a deadline. One budget is shared by every attachment and every nesting level of a mail, and it
 * is charged by the work really done (bytes that came out of a decompressor, time on the clock),
 * never by the sizes an archive declares: those are written by whoever made the file.
 *
 * The deadline is checked inside the loops (between decompression chunks, between members,
 * between attachments), so the synchronous analysis gives up at its budget and the caller (the
 * send check's event, the pane) still gets its answer in time.
 */

const MIB = 1024 * 1024;

/** Bytes unpacked for one mail, all attachments and levels together. */
export const DEFAULT_MAIL_UNPACK_BYTES = 64 * MIB;
/** One compressed member is unpacked only up to this size (the task pane runs in a web view). */
export const DEFAULT_MEMBER_UNPACK_BYTES = 8 * MIB;
/** Entries kept from all archive listings of one mail. */
export const DEFAULT_MAIL_ENTRIES = 50_000;
/** Inner archives opened for one mail. */
export const DEFAULT_MAIL_NESTED = 100;
/**
 * Time for the archive work of one mail when the caller gives no deadline. Far above what an
 * honest mail needs (the byte budget stops first), low enough that a crafted one cannot hold the
 * CLI or the pane.
 */
export const DEFAULT_WORK_MS = 4000;

export type BudgetStop = "bytes" | "time" | "entries" | "nested";

export interface WorkBudget {
  /** Bytes that may still come out of decompressors. */
  bytesLeft: number;
  /** The mail's whole allowance of unpacked bytes (what bytesLeft started at). */
  readonly bytes: number;
  /** The most one member may unpack to. */
  readonly maxMember: number;
  /** Archive entries that may still be kept. */
  entriesLeft: number;
  /** Inner archives that may still be opened. */
  nestedLeft: number;
  /** Clock value (ms, see `now`) after which the work stops; Infinity for none. */
  readonly deadline: number;
  readonly now: () => number;
  /** The first limit that stopped some work (for the user: what was not read, and why). */
  stoppedBy?: BudgetStop | undefined;
  /** Archives left unopened because the time ran out, and because the bytes did. */
  unopened: { time: number; bytes: number };
}

export interface WorkBudgetOptions {
  /** Absolute clock value (Date.now() by default) at which to stop. Wins over timeMs. */
  deadline?: number | undefined;
  /** Milliseconds from now. */
  timeMs?: number | undefined;
  bytes?: number | undefined;
  maxMember?: number | undefined;
  entries?: number | undefined;
  nested?: number | undefined;
  /** The clock; Date.now by default (present in every JavaScript engine, bare ones too). */
  now?: (() => number) | undefined;
}

export function workBudget(options: WorkBudgetOptions = {}): WorkBudget {
  const now = options.now ?? Date.now;
  const deadline =
    options.deadline ??
    (options.timeMs === undefined ? now() + DEFAULT_WORK_MS : now() + options.timeMs);
  return {
    bytesLeft: options.bytes ?? DEFAULT_MAIL_UNPACK_BYTES,
    bytes: options.bytes ?? DEFAULT_MAIL_UNPACK_BYTES,
    maxMember: options.maxMember ?? DEFAULT_MEMBER_UNPACK_BYTES,
    entriesLeft: options.entries ?? DEFAULT_MAIL_ENTRIES,
    nestedLeft: options.nested ?? DEFAULT_MAIL_NESTED,
    deadline: Number.isNaN(deadline) ? Infinity : deadline,
    now,
    unopened: { time: 0, bytes: 0 },
  };
}

/** Records the first limit that stopped work. */
export function markStopped(budget: WorkBudget, why: BudgetStop): void {
  budget.stoppedBy ??= why;
}

/** True once the deadline has passed (and records it). */
export function timeIsUp(budget: WorkBudget): boolean {
  if (budget.deadline === Infinity || budget.now() <= budget.deadline) return false;
  markStopped(budget, "time");
  return true;
}

/** Counts an archive left unopened when `reason` is one of the budget reasons below. */
export function countUnopened(budget: WorkBudget, reason: string | undefined): void {
  if (reason === TIME_BUDGET_REASON) budget.unopened.time++;
  else if (reason === BYTES_BUDGET_REASON) budget.unopened.bytes++;
}

/** The reason the archive reader gives when the clock stopped it (matched by /budget/). */
export const TIME_BUDGET_REASON = "the time budget for reading this mail's archives is used up";
/** The reason when the unpacked-bytes budget of the mail is spent (matched by /budget/). */
export const BYTES_BUDGET_REASON = "the decompression budget for this mail is used up";
