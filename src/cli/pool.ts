/**
 * A bulk `todoku check` spread over worker threads, one engine per thread: a help desk checking
 * a folder of bounces uses the machine's cores. Outcomes are printed in the order of the
 * command line whatever order the threads finish in, so the output equals a sequential run's.
 *
 * A thread that dies (out of memory on a hostile mail, or a bug) costs only the file it was on:
 * that file is reported as an internal error, the files queued behind it go to a new thread,
 * and when threads keep dying the rest are checked in this thread.
 */
import type { FileOutcome } from "./check-file";
import { escapeControls } from "./escape";

export interface FileJob {
  index: number;
  file: string;
}

export interface FileDone {
  index: number;
  outcome: FileOutcome;
}

/** The part of node:worker_threads' Worker the pool uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(job: FileJob): void;
  on(event: "message", listener: (done: FileDone) => void): unknown;
  on(event: "error", listener: (e: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export interface PoolOptions {
  files: readonly string[];
  threads: number;
  spawn: () => WorkerLike;
  /** Called once per file, in the order of `files`. */
  onOutcome: (index: number, outcome: FileOutcome) => void;
  /** Checks a file in this thread, for what is left when threads cannot be started. */
  inProcess: (file: string) => Promise<FileOutcome>;
  /**
   * What a file whose thread stopped on it prints (stderr, and its JSON error line when the run
   * writes JSON); by default the stderr line only.
   */
  failed?: ((file: string, why: string) => FileOutcome) | undefined;
}

/** Files sent ahead to each thread, so that it never waits for the next one. */
const DEPTH = 4;

export async function checkInThreads(options: PoolOptions): Promise<void> {
  const { files, onOutcome } = options;
  const queue: number[] = files.map((_, i) => i);
  const results = new Map<number, FileOutcome>();
  let printed = 0;
  // Deaths allowed before the rest is checked in this thread: a bug that kills every thread
  // must not make the run spawn one per file.
  let deathsLeft = Math.max(2, options.threads * 2);
  const live = new Set<WorkerLike>();

  const settle = (index: number, outcome: FileOutcome) => {
    results.set(index, outcome);
    while (results.has(printed)) {
      onOutcome(printed, results.get(printed) as FileOutcome);
      results.delete(printed);
      printed++;
    }
  };

  await new Promise<void>((resolve) => {
    let finishing = false;
    const finishIfDone = () => {
      if (finishing || printed < files.length) return;
      finishing = true;
      resolve();
    };

    const startThread = (): boolean => {
      let worker: WorkerLike;
      try {
        worker = options.spawn();
      } catch {
        return false;
      }
      live.add(worker);
      const inFlight: number[] = [];
      let dead = false;
      const feed = () => {
        while (!dead && inFlight.length < DEPTH && queue.length > 0) {
          const index = queue.shift() as number;
          inFlight.push(index);
          worker.postMessage({ index, file: files[index] as string });
        }
      };
      const die = (why: string) => {
        if (dead) return;
        dead = true;
        live.delete(worker);
        void worker.terminate().catch(() => undefined);
        // A thread works on its files in order: the first in flight is the one it died on.
        const [culprit, ...rest] = inFlight;
        if (culprit !== undefined) {
          const file = files[culprit] as string;
          const what = `the checking thread stopped: ${why}`;
          settle(
            culprit,
            options.failed?.(file, what) ?? {
              out: "",
              err: `todoku: ${escapeControls(file)}: internal error (${escapeControls(what)})\n`,
              status: 2,
            }
          );
        }
        queue.unshift(...rest);
        if (queue.length > 0) replace();
        finishIfDone();
      };
      worker.on("message", (done) => {
        const at = inFlight.indexOf(done.index);
        if (at >= 0) inFlight.splice(at, 1);
        settle(done.index, done.outcome);
        feed();
        finishIfDone();
      });
      worker.on("error", (e) => die(e.message || String(e)));
      worker.on("exit", (code) => {
        if (!finishing) die(`exit code ${code}`);
      });
      feed();
      return true;
    };

    const replace = () => {
      if (deathsLeft-- > 0 && startThread()) return;
      void drainHere();
    };

    // What no thread can take is checked here, one file after another.
    let draining = false;
    const drainHere = async () => {
      if (draining) return;
      draining = true;
      while (queue.length > 0) {
        const index = queue.shift() as number;
        settle(index, await options.inProcess(files[index] as string));
      }
      draining = false;
      finishIfDone();
    };

    let started = 0;
    for (let i = 0; i < options.threads && queue.length > 0; i++) if (startThread()) started++;
    if (started === 0) void drainHere();
    finishIfDone();
  });
  await Promise.all([...live].map((w) => w.terminate().catch(() => 0)));
}
