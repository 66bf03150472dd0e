/** Entry script of a checking thread when the CLI runs from tsc's per-module output. */
import { parentPort, workerData } from "node:worker_threads";
import type { CheckSettings } from "./check-file";
import { serveChecks } from "./worker-serve";

if (parentPort) serveChecks(parentPort, workerData as CheckSettings);
