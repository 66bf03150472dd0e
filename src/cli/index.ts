/** Node entry of the CLI: wires the real shells (DNS over HTTPS, worker threads) into `main`. */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckSettings } from "./check-file";
import { dnsFactGatherer } from "./dns-facts";
import { main, type ThreadFactory } from "./main";
import { escapeControls } from "./escape";
import type { WorkerLike } from "./pool";
import { installSyncBlob } from "./sync-blob";

export { dnsFactGatherer } from "./dns-facts";
/** For the build's warm-up run that makes the code cache (scripts/build-cli-bundle.js). */
export { main } from "./main";

/** At most this many threads, however many cores: each holds an engine and its mails. */
const MAX_THREADS = 8;
/** Heap of one checking thread; a mail that needs more fails alone, not the whole run. */
const THREAD_HEAP_MB = 1024;

/**
 * Threads for a bulk run: one per core but one (up to MAX_THREADS), or TODOKU_THREADS (0 or 1:
 * none). The core left over is V8's: a single-thread run already keeps its compiler and
 * collector threads busy on a second core, and on a two-core machine two checking threads were
 * measured no faster than one. Only the compiled CLI has the worker script beside it; run from
 * sources there are none.
 */
export function threadFactory(env: Record<string, string | undefined>): ThreadFactory | undefined {
  const script = join(__dirname, "worker.js");
  if (!__filename.endsWith(".js")) return undefined;
  const asked = env.TODOKU_THREADS?.trim();
  const threads =
    asked && /^\d+$/.test(asked)
      ? Math.min(Number(asked), MAX_THREADS)
      : Math.min(availableParallelism() - 1, MAX_THREADS);
  if (threads < 2) return undefined;
  return {
    threads,
    spawn: (settings: CheckSettings) =>
      new Worker(script, {
        workerData: settings,
        resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
        stdout: false,
        stderr: false,
      }) as unknown as WorkerLike,
  };
}

export function run(argv: string[]): void {
  installSyncBlob();
  // `todoku check ... | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(argv, undefined, {
    gatherFacts: dnsFactGatherer(),
    threads: threadFactory(process.env),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `todoku: internal error (${escapeControls(e instanceof Error ? e.message : String(e))})\n`
      );
      process.exitCode = 2;
    }
  );
}
