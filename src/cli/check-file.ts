/**
 * One file of `todoku check`: read, parse, analyse, render. Returns what to print rather than
 * printing it, so that the same code serves the in-process loop and the worker threads of a
 * bulk run, whose outcomes are printed in the order of the command line.
 */
import { analyze } from "../core/engine";
import { hasCfbSignature } from "../core/mime/cfb-guard";
import { NotAMailError, parseEml } from "../core/mime/eml";
import type { Facts } from "../core/model/facts";
import type { Lang } from "../core/model/i18n";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { PolicyError } from "../core/policy/errors";
import type { Policy } from "../core/policy/defaults";
import { hasProblem } from "../core/report/build";
import { toContractJson } from "../core/report/json";
import { renderText } from "../core/report/text";
import type { CheckArgs } from "./args";
import { escapeControls, escapeStrings, jsonLine, oneLine } from "./escape";
import type { CliIo } from "./io";

/** Facts from outside (DNS) for the CLI; replaced by the DNS shell when it is wired in. */
export type FactGatherer = (snapshot: MessageSnapshot, policy: Policy) => Promise<Facts>;

/** What one file printed: stderr first, then stdout (the order the sequential run had). */
export interface FileOutcome {
  out: string;
  err: string;
  /** 0 nothing found, 1 a problem found, 2 the file could not be read or checked. */
  status: 0 | 1 | 2;
}

/** Everything a file's check needs besides the file; plain data, so a worker can receive it. */
export interface CheckSettings {
  args: CheckArgs;
  lang: Lang;
  policy: Policy;
  policyErrors: PolicyError[];
}

/**
 * Larger than any mail Exchange Online accepts (150 MB, MIME encoding included). Reading holds
 * about 7 times the file, so this also keeps a run under 1.5 GB (250 MB took 1.75 GB).
 */
export const MAX_MAIL_FILE_BYTES = 160 * 1024 * 1024;

/** Reads one mail file, refusing directories and files too large to be a mail before loading them. */
async function readMailFile(
  file: string,
  io: Pick<CliIo, "readFile" | "statFile">
): Promise<Uint8Array> {
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

export async function checkFile(
  file: string,
  settings: CheckSettings,
  io: Pick<CliIo, "readFile" | "statFile">,
  gatherFacts?: FactGatherer
): Promise<FileOutcome> {
  const { args, lang, policy } = settings;
  const multi = args.files.length > 1;
  let snapshot: MessageSnapshot;
  try {
    const bytes = await readMailFile(file, io);
    snapshot = await parseMailFile(bytes);
  } catch (e) {
    const why =
      e instanceof NotAMailError
        ? e.message
        : `cannot read the file (${oneLine((e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)))})`;
    return {
      err: `todoku: ${escapeControls(file)}: ${escapeControls(oneLine(why))}\n`,
      out: args.json && multi ? jsonLine({ version: 1, file, error: oneLine(why) }) + "\n" : "",
      status: 2,
    };
  }
  try {
    const facts: Facts =
      !args.offline && gatherFacts && policy.dns.enabled ? await gatherFacts(snapshot, policy) : {};
    const { report: analysed } = await analyze({
      snapshot,
      policy,
      facts,
      policyErrors: settings.policyErrors,
    });
    // Text goes to a terminal: the mail's strings are escaped so that only the layout breaks lines.
    const report = args.json ? analysed : escapeStrings(analysed);
    let out: string;
    if (args.json) {
      const json = toContractJson(report, lang);
      out = jsonLine(multi ? { ...json, file } : json) + "\n";
    } else {
      const text = renderText(report, lang, { verbose: args.verbose, verboseHint: true });
      out = (multi ? `== ${escapeControls(file)} ==\n` : "") + text + (multi ? "\n" : "");
    }
    return { out, err: "", status: hasProblem(report) ? 1 : 0 };
  } catch (e) {
    // The engine is not supposed to throw; if it does, say so for this file and go on.
    return {
      out: "",
      err: `todoku: ${escapeControls(file)}: internal error (${escapeControls(oneLine(e instanceof Error ? e.message : String(e)))})\n`,
      status: 2,
    };
  }
}
