/**
 * `todoku check FILE...`: the same engine as the pane, on .eml and .msg files, for help desks.
 * Shell only: reads files, calls the core, writes text or JSON, sets the exit status.
 */
import { readFileSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { analyze } from "../core/engine";
import { hasCfbSignature } from "../core/mime/cfb-guard";
import { NotAMailError, parseEml } from "../core/mime/eml";
import type { Facts } from "../core/model/facts";
import type { Lang } from "../core/model/i18n";
import type { MessageSnapshot } from "../core/model/snapshot";
import { unreadablePolicyFile, type PolicyError } from "../core/policy/errors";
import { DEFAULT_POLICY, type Policy } from "../core/policy/defaults";
import type { PolicyResult } from "../core/policy/load";
import { hasProblem } from "../core/report/build";
import { toContractJson } from "../core/report/json";
import { renderText } from "../core/report/text";
import { langFromEnv, parseArgs, USAGE } from "./args";
import { escapeControls, escapeStrings, jsonLine } from "./escape";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /**
   * Reads at most `max` bytes, then stops: a policy path may name /dev/zero or a FIFO, which
   * readFile would read forever. Returns max + 1 bytes when there is more.
   */
  readFileUpTo?: ((path: string, max: number) => Promise<Uint8Array>) | undefined;
  /** Size and type of a path, asked before reading it so that a huge file is never loaded. */
  statFile?: ((path: string) => Promise<{ size: number; isFile: boolean }>) | undefined;
  env: Record<string, string | undefined>;
  /** Writes out what stdout holds back; called before stderr is written and when the run ends. */
  flush?: (() => void) | undefined;
}

/** Facts from outside (DNS) for the CLI; replaced by the DNS shell when it is wired in. */
export type FactGatherer = (snapshot: MessageSnapshot, policy: Policy) => Promise<Facts>;

export interface CliOptions {
  gatherFacts?: FactGatherer | undefined;
}

/**
 * stdout is written in blocks of about this many characters: one write(2) per report line was a
 * tenth of a bulk run. stderr is never held back, and stdout is flushed before it so that a
 * terminal still shows the lines in the order they were made.
 */
const STDOUT_BLOCK = 64 * 1024;
let pending: string[] = [];
let pendingChars = 0;

function flushStdout(): void {
  if (pending.length === 0) return;
  const out = pending.join("");
  pending = [];
  pendingChars = 0;
  process.stdout.write(out);
}

const nodeIo: CliIo = {
  stdout: (s) => {
    pending.push(s);
    pendingChars += s.length;
    if (pendingChars >= STDOUT_BLOCK) flushStdout();
  },
  stderr: (s) => {
    flushStdout();
    process.stderr.write(s);
  },
  flush: flushStdout,
  // Synchronous reads: the files are read one after another anyway, and a promise per file costs
  // a thread-pool round trip each (a third of the run time over hundreds of small bounces).
  readFile: async (p) => readFileSync(p),
  readFileUpTo: async (p, max) => {
    const handle = await open(p, "r");
    try {
      const buf = new Uint8Array(max + 1);
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await handle.read(buf, got, buf.length - got, null);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    } finally {
      await handle.close();
    }
  },
  statFile: async (p) => {
    const st = statSync(p);
    return { size: st.size, isFile: st.isFile() };
  },
  env: process.env,
};

/** A policy.json is a few kilobytes; this is far above any real one. */
export const MAX_POLICY_FILE_BYTES = 1024 * 1024;

/** Larger than any mail Exchange Online accepts (150 MB) with room for MIME encoding. */
export const MAX_MAIL_FILE_BYTES = 256 * 1024 * 1024;

/** Reads one mail file, refusing directories and files too large to be a mail before loading them. */
async function readMailFile(file: string, io: CliIo): Promise<Uint8Array> {
  const tooLarge = (size: number) =>
    new NotAMailError(
      `the file is too large to be a mail (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_MAIL_FILE_BYTES / 1024 / 1024} MB)`
    );
  if (io.statFile) {
    const st = await io.statFile(file);
    if (!st.isFile)
      throw new NotAMailError(
        "this is a directory or a special file, not a mail (.eml or .msg) file"
      );
    if (st.size > MAX_MAIL_FILE_BYTES) throw tooLarge(st.size);
  }
  const bytes = await io.readFile(file);
  if (bytes.length > MAX_MAIL_FILE_BYTES) throw tooLarge(bytes.length);
  return bytes;
}

/**
 * An Outlook item (.msg) is told by its content (the Compound File signature), not its name:
 * files are often renamed, and an .eml saved as "mail.msg" is still MIME.
 */
export function parseMailFile(bytes: Uint8Array): Promise<MessageSnapshot> {
  if (!hasCfbSignature(bytes)) return parseEml(bytes);
  // The .msg reader and the RTF parser are loaded for the first .msg only: most runs have none.
  return import("./msg-file").then((m) => m.parseMsgFile(bytes));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

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
  const lang: Lang = args.lang ?? langFromEnv(io.env);
  const policyResult = await loadPolicy(args.policyFile, io);
  if (!("policy" in policyResult)) {
    io.stderr(`todoku: ${escapeControls(policyResult[lang])}\n`);
    return 2;
  }
  for (const e of policyResult.errors)
    io.stderr(`todoku: ${escapeControls(args.policyFile ?? "")}: ${escapeControls(e[lang])}\n`);
  const policy = policyResult.policy;
  const multi = args.files.length > 1;
  let status = 0;

  for (const file of args.files) {
    let snapshot: MessageSnapshot;
    try {
      const bytes = await readMailFile(file, io);
      snapshot = await parseMailFile(bytes);
    } catch (e) {
      const why =
        e instanceof NotAMailError
          ? e.message
          : `cannot read the file (${oneLine((e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)))})`;
      io.stderr(`todoku: ${escapeControls(file)}: ${escapeControls(oneLine(why))}\n`);
      if (args.json && multi) io.stdout(jsonLine({ version: 1, file, error: oneLine(why) }) + "\n");
      status = 2;
      continue;
    }
    try {
      const facts: Facts =
        !args.offline && options.gatherFacts && policy.dns.enabled
          ? await options.gatherFacts(snapshot, policy)
          : {};
      const { report: analysed } = await analyze({
        snapshot,
        policy,
        facts,
        policyErrors: policyResult.errors,
      });
      // Text goes to a terminal: the mail's strings are escaped so that only the layout breaks lines.
      const report = args.json ? analysed : escapeStrings(analysed);
      if (args.json) {
        const json = toContractJson(report, lang);
        io.stdout(jsonLine(multi ? { ...json, file } : json) + "\n");
      } else {
        if (multi) io.stdout(`== ${escapeControls(file)} ==\n`);
        const text = renderText(report, lang, { verbose: args.verbose, verboseHint: true });
        io.stdout(text + (multi ? "\n" : ""));
      }
      if (hasProblem(report) && status === 0) status = 1;
    } catch (e) {
      // The engine is not supposed to throw; if it does, say so for this file and go on.
      io.stderr(
        `todoku: ${escapeControls(file)}: internal error (${escapeControls(oneLine(e instanceof Error ? e.message : String(e)))})\n`
      );
      status = 2;
    }
  }
  return status;
}
