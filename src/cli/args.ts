/** Command-line arguments of `todoku`. Pure parsing, no I/O, so it is easy to test. */
import type { Lang } from "../core/model/i18n";

export interface CheckArgs {
  command: "check";
  files: string[];
  json: boolean;
  lang: Lang | undefined;
  policyFile: string | undefined;
  offline: boolean;
  /** Text report: also the items that passed and how to check the manual ones by hand. */
  verbose: boolean;
}

export type ParsedArgs =
  CheckArgs | { command: "help" } | { command: "version" } | { command: "error"; message: string };

export const USAGE = `Usage: todoku check FILE... [--json] [--lang ja|en] [--policy FILE] [--offline] [--verbose]

Reads each mail file, .eml (MIME) or .msg (Outlook item; told by content, not by name) —
a draft, a sent mail, a received mail or a bounce — and reports the 24 causes of
undelivered mail with their status.

  --json           one JSON object per file (one per line), as in the report contract
  --lang ja|en     language of the texts (default: from LANG, else English)
  --policy FILE    an org policy.json (limits, blocked extensions, resolver URL, ...)
  --offline        no network: skip the DNS checks
  --verbose        text report: also what passed and how to check the rest by hand

Exit status: 0 no problem found, 1 a problem found, 2 bad input or usage.`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help")
    return { command: "help" };
  if (command === "--version" || command === "-v") return { command: "version" };
  if (command !== "check")
    return { command: "error", message: `unknown command "${command}" (expected "check")` };
  const out: CheckArgs = {
    command: "check",
    files: [],
    json: false,
    lang: undefined,
    policyFile: undefined,
    offline: false,
    verbose: false,
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === "--json") out.json = true;
    else if (a === "--offline") out.offline = true;
    else if (a === "--verbose") out.verbose = true;
    else if (a === "--help" || a === "-h") return { command: "help" };
    else if (a === "--lang" || a.startsWith("--lang=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : rest[++i];
      if (v !== "ja" && v !== "en")
        return { command: "error", message: `--lang must be "ja" or "en"` };
      out.lang = v;
    } else if (a === "--policy" || a.startsWith("--policy=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : rest[++i];
      if (!v) return { command: "error", message: "--policy needs a file name" };
      out.policyFile = v;
    } else if (a === "--") {
      out.files.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith("-") && a !== "-") {
      return { command: "error", message: `unknown option "${a}"` };
    } else out.files.push(a);
  }
  if (out.files.length === 0) return { command: "error", message: "no file given" };
  return out;
}

export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const v = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return v.toLowerCase().startsWith("ja") ? "ja" : "en";
}
