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
/** For a checking thread started from the bundle (workerScript). */
export { serveChecks } from "./worker-serve";

/** The one-file bundle of this CLI that `npm run build:cli` writes beside tsc's output. */
const BUNDLE_NAME = "todoku.bundle.js";

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
  if (!__filename.endsWith(".js")) return undefined;
  const asked = env.TODOKU_THREADS?.trim();
  const threads =
    asked && /^\d+$/.test(asked)
      ? Math.min(Number(asked), MAX_THREADS)
      : Math.min(availableParallelism() - 1, MAX_THREADS);
  if (threads < 2) return undefined;
  const [script, evaluated] = workerScript();
  return {
    threads,
    spawn: (settings: CheckSettings) =>
      new Worker(script, {
        eval: evaluated,
        workerData: settings,
        resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
        stdout: false,
        stderr: false,
      }) as unknown as WorkerLike,
  };
}

/**
 * The script a checking thread starts from. Run from the one-file bundle (code-cache.ts), the
 * thread loads that same bundle with its code cache, as the main thread did: from tsc's
 * per-module output each thread spent about 0.2 s resolving and compiling some 230 modules.
 */
function workerScript(): [script: string, evaluated: boolean] {
  if (!__filename.endsWith(BUNDLE_NAME)) return [join(__dirname, "worker.js"), false];
  const loader = join(__dirname, "code-cache.js");
  const code = [
    `const { parentPort, workerData } = require("node:worker_threads");`,
    `const { runWithCodeCache } = require(${JSON.stringify(loader)});`,
    `const cli = runWithCodeCache(${JSON.stringify(__filename)}, ${JSON.stringify(`${__filename}.cache`)}).exports;`,
    `cli.serveChecks(parentPort, workerData);`,
  ].join("\n");
  return [code, true];
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
