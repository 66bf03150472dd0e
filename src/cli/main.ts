/**
 * `todoku check FILE...`: the same engine as the pane, on .eml and .msg files, for help desks.
 * Shell only: reads files, calls the core, writes text or JSON, sets the exit status.
 */
import { unreadablePolicyFile, type PolicyError } from "../core/policy/errors";
import { DEFAULT_POLICY, type Policy } from "../core/policy/defaults";
import type { PolicyResult } from "../core/policy/load";
import { langFromEnv, parseArgs, USAGE } from "./args";
import type { CheckSettings, FactGatherer, FileOutcome } from "./check-file";
import { escapeControls, jsonLine, oneLine } from "./escape";
import { nodeIo, type CliIo } from "./io";
import type { WorkerLike } from "./pool";

export type { CliIo } from "./io";
export type { FactGatherer } from "./check-file";
export { MAX_MAIL_FILE_BYTES, parseMailFile } from "./check-file";

/** Worker threads for a bulk run (see pool.ts), given by the Node entry. */
export interface ThreadFactory {
  /** How many threads to use at most. */
  threads: number;

  spawn: (settings: CheckSettings) => WorkerLike;
}

export interface CliOptions {
  gatherFacts?: FactGatherer | undefined;
  threads?: ThreadFactory | undefined;
}

/** A policy.json is a few kilobytes; this is far above any real one. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;

/**
 * Fewer files than this are checked in this thread: starting a thread loads a whole engine
 * (about a tenth of a second), more than a few dozen small mails take.
 */
export const BULK_MIN_FILES = 64;

async function loadPolicy(
  file: string | undefined,
  io: CliIo
): Promise<PolicyResult | PolicyError> {
  // Without a policy file the defaults are used as they are: zod (a fifth of the start-up) is
  // loaded only to validate a file.
  if (!file) return { policy: JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Policy, errors: [] };
  let bytes: Uint8Array;
  try {
    bytes = io.readFileUpTo
      ? await io.readFileUpTo(file, MAX_POLICY_FILE_BYTES)
      : await io.readFile(file);
  } catch (e) {
    return unreadablePolicyFile(
      escapeControls(file),
      oneLine((e as NodeJS.ErrnoException).code ?? String(e))
    );
  }
  if (bytes.length > MAX_POLICY_FILE_BYTES)
    return unreadablePolicyFile(
      escapeControls(file),
      `larger than ${MAX_POLICY_FILE_BYTES / 1024 / 1024} MB, not a policy file`
    );
  const { parsePolicyText } = await import("../core/policy/load");
  return parsePolicyText(new TextDecoder().decode(bytes));
}

/** Runs the CLI; returns the exit status. Never throws. */
export async function main(
  argv: readonly string[],
  io: CliIo = nodeIo,
  options: CliOptions = {}
): Promise<number> {
  try {
    return await run(argv, io, options);
  } finally {
    io.flush?.();
  }
}

async function run(argv: readonly string[], io: CliIo, options: CliOptions): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === "help") {
    io.stdout(USAGE + "\n");
    return 0;
  }
  if (args.command === "version") {
    io.stdout("todoku 0.1.0\n");
    return 0;
  }
  if (args.command === "error") {
    io.stderr(`todoku: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  const lang = args.lang ?? langFromEnv(io.env);
  const policyResult = await loadPolicy(args.policyFile, io);
  if (!("policy" in policyResult)) {
    io.stderr(`todoku: ${escapeControls(policyResult[lang])}\n`);
    return 2;
  }
  for (const e of policyResult.errors)
    io.stderr(`todoku: ${escapeControls(args.policyFile ?? "")}: ${escapeControls(e[lang])}\n`);
  const settings: CheckSettings = {
    args,
    lang,
    policy: policyResult.policy,
    policyErrors: policyResult.errors,
  };

  let status: 0 | 1 | 2 = 0;
  const print = (outcome: FileOutcome) => {
    if (outcome.err) io.stderr(outcome.err);
    if (outcome.out) io.stdout(outcome.out);
    if (outcome.status > status) status = outcome.status;
  };
  // The engine is loaded where the files are checked: by the threads in a bulk run, else here.
  const checkHere = async (file: string) => {
    const { checkFile } = await import("./check-file");
    return checkFile(file, settings, io, options.gatherFacts);
  };

  const threads = options.threads;
  if (threads && threads.threads > 1 && args.files.length >= BULK_MIN_FILES) {
    const { checkInThreads } = await import("./pool");
    await checkInThreads({
      files: args.files,
      threads: Math.min(threads.threads, Math.ceil(args.files.length / (BULK_MIN_FILES / 2))),
      spawn: () => threads.spawn(settings),
      onOutcome: (_, outcome) => print(outcome),
      inProcess: checkHere,
      // As checkFile says a file it cannot check: one stderr line, and a JSON line in a JSON run.
      failed: (file, why) => ({
        err: `todoku: ${escapeControls(file)}: internal error (${escapeControls(oneLine(why))})\n`,
        out: args.json
          ? jsonLine({ version: 1, file, error: `internal error (${oneLine(why)})` }) + "\n"
          : "",
        status: 2,
      }),
    });
    return status;
  }
  for (const file of args.files) print(await checkHere(file));
  return status;
}
