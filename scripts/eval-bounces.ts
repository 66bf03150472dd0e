/**
 * `npm run eval:bounces`: reads every development bounce in test/fixtures/ndr/ and prints how
 * well the reader does: bounces recognised, cause within the expected checklist items, exact
 * enhanced status code (first failed recipient, and per recipient), negatives, per MTA family.
 * Flags: --verbose (list every miss), --json (print the numbers as JSON).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBounce } from "../src/core/bounce";
import type { BounceReport } from "../src/core/model/bounce";
import { emptySnapshot } from "../src/core/model/snapshot";

interface Case {
  file: string;
  reason: string;
  status: string;
  replycode: string;
  status_is_pseudo: boolean;
  mta: string;
  family: string;
  recipients: Array<{ reason: string; status: string; replycode: string }>;
  expected_items: number[] | null;
  failure: boolean;
}

const dir = join(__dirname, "..", "test", "fixtures", "ndr");
const cases = JSON.parse(readFileSync(join(dir, "cases.json"), "utf8")) as Case[];
const negatives = JSON.parse(readFileSync(join(dir, "negatives.json"), "utf8")) as Array<{
  file: string;
}>;
const verbose = process.argv.includes("--verbose");

function read(file: string): BounceReport | null {
  const raw = new Uint8Array(readFileSync(join(dir, "mails", file)));
  return readBounce({ ...emptySnapshot("mime", "received"), raw });
}

interface Tally {
  failures: number;
  recognised: number;
  causeCases: number;
  causeHits: number;
  statusCases: number;
  statusHits: number;
}
const blank = (): Tally => ({
  failures: 0,
  recognised: 0,
  causeCases: 0,
  causeHits: 0,
  statusCases: 0,
  statusHits: 0,
});
const total = blank();
const byFamily = new Map<string, Tally>();
let perRcptCases = 0;
let perRcptHits = 0;
let nonFailureRight = 0;
let nonFailureCases = 0;
const misses: string[] = [];

for (const c of cases) {
  const report = read(c.file);
  const fam = byFamily.get(c.family) ?? blank();
  byFamily.set(c.family, fam);
  if (!c.failure) {
    nonFailureCases++;
    const want =
      c.reason === "feedback" ? "feedback" : c.reason === "vacation" ? "autoreply" : "success";
    if (report?.kind === want && report.recipients.every((r) => r.cause === null))
      nonFailureRight++;
    else misses.push(`${c.file}: expected kind ${want}, got ${report?.kind ?? "null"}`);
    continue;
  }
  for (const t of [total, fam]) t.failures++;
  const failed =
    report?.recipients.filter((r) => r.action === "failed" || r.action === "delayed") ?? [];
  const first = failed[0];
  if (report && first) for (const t of [total, fam]) t.recognised++;
  else misses.push(`${c.file}: not recognised as a bounce (${c.mta})`);
  if (c.expected_items) {
    for (const t of [total, fam]) t.causeCases++;
    const cause = first?.cause ?? first?.diagnosis?.cause ?? null;
    if (cause !== null && c.expected_items.includes(cause))
      for (const t of [total, fam]) t.causeHits++;
    else if (first)
      misses.push(
        `${c.file}: cause ${cause} (${first.diagnosis?.reason}) not in [${c.expected_items}] (${c.reason}; ${c.status}) «${first.diagnostic.slice(0, 160)}»`
      );
  }
  if (!c.status_is_pseudo && c.status) {
    for (const t of [total, fam]) t.statusCases++;
    if (first?.status === c.status) for (const t of [total, fam]) t.statusHits++;
    else
      misses.push(
        `${c.file}: status ${first?.status ?? "null"} ≠ ${c.status} «${(first?.diagnostic ?? "").slice(0, 120)}»`
      );
    c.recipients.forEach((want, i) => {
      if (!want.status) return;
      perRcptCases++;
      if (failed[i]?.status === want.status) perRcptHits++;
    });
  }
}

let negativeHits = 0;
for (const n of negatives) {
  const report = read(n.file);
  if (report === null) negativeHits++;
  else misses.push(`${n.file}: a non-bounce was read as a bounce (${report.kind})`);
}

const pct = (a: number, b: number) =>
  b === 0 ? "   -  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
const line = (label: string, t: Tally) =>
  `${label.padEnd(26)} ${String(t.failures).padStart(4)}  recognised ${pct(t.recognised, t.failures)}  cause ${pct(t.causeHits, t.causeCases)} (${t.causeHits}/${t.causeCases})  status ${pct(t.statusHits, t.statusCases)} (${t.statusHits}/${t.statusCases})`;

if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify(
      {
        total,
        families: Object.fromEntries(byFamily),
        perRcptCases,
        perRcptHits,
        nonFailureRight,
        nonFailureCases,
        negativeHits,
        negatives: negatives.length,
      },
      null,
      2
    )
  );
} else {
  console.log("Bounce reader on the development set (test/fixtures/ndr)\n");
  console.log(line("ALL failure cases", total) + "   (targets: 100% / ≥95% / ≥97%)");
  console.log(
    `${"per-recipient status".padEnd(26)}       ${pct(perRcptHits, perRcptCases)} (${perRcptHits}/${perRcptCases})`
  );
  console.log(
    `${"not failures (kind right)".padEnd(26)}       ${pct(nonFailureRight, nonFailureCases)} (${nonFailureRight}/${nonFailureCases})`
  );
  console.log(`${"negatives read as null".padEnd(26)}       ${negativeHits}/${negatives.length}\n`);
  console.log("per MTA family:");
  for (const [family, t] of [...byFamily.entries()].sort((a, b) => b[1].failures - a[1].failures))
    console.log("  " + line(family, t));
  if (verbose) console.log("\nmisses:\n" + misses.map((m) => "  " + m).join("\n"));
  else if (misses.length)
    console.log(`\n${misses.length} misses (run with --verbose to list them)`);
}
