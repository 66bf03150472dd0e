/**
 * What a checking thread of a bulk run does (see pool.ts): receives file names, answers with what
 * each file printed. Its files are checked one after another, in the order they arrive. Started
 * by worker.ts (tsc's per-module output) or from the one-file bundle (index.ts threadFactory).
 */
import type { MessagePort } from "node:worker_threads";
import { checkFile, type CheckSettings, type FileOutcome } from "./check-file";
import { escapeControls } from "./escape";
import { dnsFactGatherer } from "./dns-facts";
import { nodeIo } from "./io";
import type { FileDone, FileJob } from "./pool";
import { installSyncBlob } from "./sync-blob";

/** The part of a worker's parentPort this uses. */
export type JobPort = Pick<MessagePort, "on" | "postMessage">;

export function serveChecks(port: JobPort, settings: CheckSettings): void {
  installSyncBlob();
  const gatherFacts = dnsFactGatherer();
  let chain: Promise<void> = Promise.resolve();
  port.on("message", (job: FileJob) => {
    chain = chain.then(async () => {
      let outcome: FileOutcome;
      try {
        outcome = await checkFile(job.file, settings, nodeIo, gatherFacts);
      } catch (e) {
        // checkFile reports its own failures; this is the last guard, so the queue never stalls.
        outcome = {
          out: "",
          err: `todoku: ${escapeControls(job.file)}: internal error (${escapeControls(e instanceof Error ? e.message : String(e))})\n`,
          status: 2,
        };
      }
      const done: FileDone = { index: job.index, outcome };
      port.postMessage(done);
    });
  });
}
