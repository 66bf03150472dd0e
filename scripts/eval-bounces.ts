/**
 * `npm run eval:bounces`: reads labelled bounces and prints how well the reader does: bounces
 * recognised, cause within the expected checklist items, exact enhanced status code (first
 * failed recipient, and per recipient), non-failures (delivery reports, auto-replies,
 * complaints) read as such, negatives, per MTA family.
 *
 * Two sets, reported separately:
 *  - dev (test/fixtures/ndr): real bounces the reader was developed on;
 *  - heldout (test/fixtures/ndr-heldout): bounces written for this project from the specs and
 *    from what each MTA is documented to produce, never used to tune rules; a check that the
 *    reader is general rather than fitted to the dev files;
 *  - flufl (test/fixtures/ndr-flufl): real bounces of other provenance (the test data of the
 *    flufl.bounce library, Apache-2.0), labelled for this project: a second development set.
 * Two paths:
 *  - mime (default): the raw MIME, as from an .eml file or getAsFileAsync (Mailbox 1.14);
 *  - body (`--from body`): what an Outlook without getAsFileAsync gives the pane: the body text
 *    and HTML, the attachments with their bytes (getAttachmentContentAsync; an attached mail as
 *    .eml text) and the top-level internet headers (getAllInternetHeadersAsync), no raw MIME.
 * Leave-one-family-out (`--lofo`): every case is read with the vendor modules written for its
 * own MTA family switched off (FAMILY_VENDORS), so a family is measured by the general rules and
 * the other families' modules only: the honest estimate for mail from a system never seen.
 * Flags: --set dev|heldout|flufl|all (default all), --from mime|body (default mime), --lofo, --without-dsn
 * (body path with the delivery-status attachment left out: the worst case, should an Exchange
 * not pass that part on), --verbose (list every miss), --json.
 * evaluateSet() and evaluateSetFromBody() are also used by the jest floor test
 * (test/unit/bounce/heldout.test.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readBounce } from "../src/core/bounce";
import { ALL_ON, type VendorId, type VendorSwitch } from "../src/core/bounce/vendors";
import PostalMime from "postal-mime";
import { parseHeaderBlock } from "../src/core/headers/block";
import { parseEml } from "../src/core/mime/eml";
import type { BounceReport } from "../src/core/model/bounce";
import { emptySnapshot, type MessageSnapshot } from "../src/core/model/snapshot";

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

export interface Tally {
  failures: number;
  recognised: number;
  causeCases: number;
  causeHits: number;
  statusCases: number;
  statusHits: number;
  /** The reason class itself equals the label's (stricter than the checklist item; informative). */
  reasonHits: number;
}

export interface SetResult {
  name: string;
  total: Tally;
  families: Record<string, Tally>;
  perRcptCases: number;
  perRcptHits: number;
  nonFailureRight: number;
  nonFailureCases: number;
  negativeHits: number;
  negatives: number;
  misses: string[];
}

export const SETS = {
  dev: join(__dirname, "..", "test", "fixtures", "ndr"),
  heldout: join(__dirname, "..", "test", "fixtures", "ndr-heldout"),
  flufl: join(__dirname, "..", "test", "fixtures", "ndr-flufl"),
} as const;

const blank = (): Tally => ({
  failures: 0,
  recognised: 0,
  causeCases: 0,
  causeHits: 0,
  statusCases: 0,
  statusHits: 0,
  reasonHits: 0,
});

function readJson<T>(path: string, fallback: T): T {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : fallback;
}

/** The top-level header block as text, as getAllInternetHeadersAsync returns it. */
function topHeaderText(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, 256 * 1024));
  const end = text.search(/\r?\n\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * The snapshot an Outlook without getAsFileAsync builds for this mail (src/office/read.ts and
 * loadAttachmentContents): body text and HTML, attachments with their bytes, the top-level
 * internet headers; no raw MIME, so readBounce takes the body path (viewFromBody).
 */
export async function officeSnapshot(
  bytes: Uint8Array,
  options: { withoutDsn?: boolean } = {}
): Promise<MessageSnapshot> {
  const parsed = await parseEml(bytes);
  // Exchange makes every message/rfc822 part an attached item, even one marked inline, where
  // postal-mime (inside parseEml) merges an inline one into the body unless told otherwise.
  const parts = await PostalMime.parse(bytes, {
    attachmentEncoding: "arraybuffer",
    forceRfc822Attachments: true,
  });
  const snapshot: MessageSnapshot = {
    ...parsed,
    source: "office-read",
    headers: parseHeaderBlock(topHeaderText(bytes)),
    attachments: parts.attachments.map((a) => {
      const content = new Uint8Array(a.content as ArrayBuffer);
      return {
        name: a.filename ?? "",
        size: content.length,
        contentType: a.mimeType,
        isInline: a.disposition === "inline" || a.related === true,
        kind: a.mimeType === "message/rfc822" ? "item" : "file",
        content,
      };
    }),
  };
  delete snapshot.bodyText;
  delete snapshot.bodyHtml;
  if (parts.text !== undefined) snapshot.bodyText = parts.text;
  if (parts.html !== undefined) snapshot.bodyHtml = parts.html;
  // A sensitivity check, not the default: should an Exchange turn the delivery-status part
  // into report properties instead of an attachment, the pane has only the text.
  if (options.withoutDsn)
    snapshot.attachments = snapshot.attachments.filter(
      (a) => !/delivery-status$/i.test(a.contentType ?? "")
    );
  delete snapshot.raw;
  delete snapshot.sizeBytes;
  return snapshot;
}

/**
 * The vendor modules written for each MTA family of cases.json (`family`): switched off for that
 * family's own cases in the leave-one-family-out run. Families without a module of their own
 * (generic RFC reports, gateways, unknown MTAs) are read as always.
 */
export const FAMILY_VENDORS: Record<string, readonly VendorId[]> = {
  microsoft: ["microsoft"],
  google: ["google"],
  "yahoo-aol": ["yahoo", "aol"],
  "jp-carrier": ["docomo", "au", "softbank"],
  "esp-cloud": ["ses"],
  apple: ["apple"],
  "other-mailbox-provider": ["orange", "cox", "comcast"],
  "oss-mta": ["cpanel"],
};

export interface EvalOptions {
  /** Leave one family out: read each case without its own family's vendor modules. */
  lofo?: boolean;
  /** Body path only: leave the delivery-status attachment out. */
  withoutDsn?: boolean;
}

const switchFor = (family: string | undefined, options: EvalOptions): VendorSwitch =>
  options.lofo && family ? new Set(FAMILY_VENDORS[family] ?? []) : ALL_ON;

type Reader = (file: string, without: VendorSwitch) => BounceReport | null;

/** Reads every labelled mail of one set (a folder with cases.json, mails/, optional negatives.json). */
export function evaluateSet(name: string, dir: string, options: EvalOptions = {}): SetResult {
  return evaluateWith(
    name,
    dir,
    (file, without) => {
      const raw = new Uint8Array(readFileSync(join(dir, "mails", file)));
      return readBounce({ ...emptySnapshot("mime", "received"), raw }, { without });
    },
    options
  );
}

/** The same set read the way an Outlook without raw MIME gives it (see officeSnapshot). */
export async function evaluateSetFromBody(
  name: string,
  dir: string,
  options: EvalOptions = {}
): Promise<SetResult> {
  const files = [
    ...readJson<Array<{ file: string }>>(join(dir, "cases.json"), []),
    ...readJson<Array<{ file: string }>>(join(dir, "negatives.json"), []),
  ].map((c) => c.file);
  const snapshots = new Map<string, MessageSnapshot | null>();
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, "mails", file)));
    snapshots.set(file, await officeSnapshot(bytes, options).catch(() => null));
  }
  return evaluateWith(
    name,
    dir,
    (file, without) => {
      const snapshot = snapshots.get(file);
      return snapshot ? readBounce(snapshot, { without }) : null;
    },
    options
  );
}

function evaluateWith(name: string, dir: string, read: Reader, options: EvalOptions): SetResult {
  const cases = readJson<Case[]>(join(dir, "cases.json"), []);
  const negatives = readJson<Array<{ file: string }>>(join(dir, "negatives.json"), []);
  const total = blank();
  const byFamily = new Map<string, Tally>();
  let perRcptCases = 0;
  let perRcptHits = 0;
  let nonFailureRight = 0;
  let nonFailureCases = 0;
  const misses: string[] = [];

  for (const c of cases) {
    const report = read(c.file, switchFor(c.family, options));
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
    if (first?.diagnosis?.reason === c.reason) for (const t of [total, fam]) t.reasonHits++;
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
    const report = read(n.file, ALL_ON);
    if (report === null) negativeHits++;
    else misses.push(`${n.file}: a non-bounce was read as a bounce (${report.kind})`);
  }
  return {
    name,
    total,
    families: Object.fromEntries(byFamily),
    perRcptCases,
    perRcptHits,
    nonFailureRight,
    nonFailureCases,
    negativeHits,
    negatives: negatives.length,
    misses,
  };
}

/** Share of hits, 0..1 (1 when there is nothing to count). */
export const rate = (hits: number, cases: number): number => (cases === 0 ? 1 : hits / cases);

const pct = (a: number, b: number) =>
  b === 0 ? "   -  " : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
const line = (label: string, t: Tally) =>
  `${label.padEnd(26)} ${String(t.failures).padStart(4)}  recognised ${pct(t.recognised, t.failures)}  cause ${pct(t.causeHits, t.causeCases)} (${t.causeHits}/${t.causeCases})  status ${pct(t.statusHits, t.statusCases)} (${t.statusHits}/${t.statusCases})`;

function print(r: SetResult, title: string, verbose: boolean): void {
  console.log(`${title}\n`);
  // Issue #16: on systems never seen (leave-one-family-out) ≥ 99% / ≥ 92% / ≥ 97%.
  const targets = title.includes("leave-one-family-out")
    ? "≥99% / ≥92% / ≥97%"
    : "100% / ≥95% / ≥97%";
  console.log(line("ALL failure cases", r.total) + `   (targets: ${targets})`);
  console.log(
    `${"reason class exact".padEnd(26)}       ${pct(r.total.reasonHits, r.total.failures)} (${r.total.reasonHits}/${r.total.failures})   (informative: labels name the class, items may accept several)`
  );
  console.log(
    `${"per-recipient status".padEnd(26)}       ${pct(r.perRcptHits, r.perRcptCases)} (${r.perRcptHits}/${r.perRcptCases})`
  );
  console.log(
    `${"not failures (kind right)".padEnd(26)}       ${pct(r.nonFailureRight, r.nonFailureCases)} (${r.nonFailureRight}/${r.nonFailureCases})`
  );
  if (r.negatives > 0)
    console.log(`${"negatives read as null".padEnd(26)}       ${r.negativeHits}/${r.negatives}`);
  console.log("\nper MTA family:");
  for (const [family, t] of Object.entries(r.families).sort(
    (a, b) => b[1].failures - a[1].failures
  ))
    console.log("  " + line(family, t));
  if (verbose) console.log("\nmisses:\n" + r.misses.map((m) => "  " + m).join("\n"));
  else if (r.misses.length)
    console.log(`\n${r.misses.length} misses (run with --verbose to list them)`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf("--set");
  const which = at >= 0 ? (args[at + 1] ?? "all") : "all";
  if (!["dev", "heldout", "flufl", "all"].includes(which)) {
    console.error("--set must be dev, heldout, flufl or all");
    process.exit(2);
  }
  const fromAt = args.indexOf("--from");
  const from = fromAt >= 0 ? (args[fromAt + 1] ?? "mime") : "mime";
  if (!["mime", "body"].includes(from)) {
    console.error("--from must be mime or body");
    process.exit(2);
  }
  const lofo = args.includes("--lofo");
  const evaluate = (name: string, dir: string) =>
    from === "body"
      ? evaluateSetFromBody(name, dir, { withoutDsn: args.includes("--without-dsn"), lofo })
      : Promise.resolve(evaluateSet(name, dir, { lofo }));
  const results: SetResult[] = [];
  for (const name of ["dev", "heldout", "flufl"] as const)
    if (which === "all" || which === name) results.push(await evaluate(name, SETS[name]));
  if (args.includes("--json")) {
    console.log(JSON.stringify(Object.fromEntries(results.map((r) => [r.name, r])), null, 2));
    return;
  }
  const withoutDsn = args.includes("--without-dsn") ? ", no delivery-status attachment" : "";
  const path =
    (from === "body"
      ? ` — body path (Outlook without raw MIME${withoutDsn})`
      : " — raw MIME path") +
    (lofo ? ", leave-one-family-out (each family without its own vendor modules)" : "");
  const titles: Record<string, string> = {
    dev: `Bounce reader on the development set (test/fixtures/ndr)${path}`,
    heldout: `Bounce reader on the held-out set (test/fixtures/ndr-heldout, never tuned on)${path}`,
    flufl: `Bounce reader on the second development set (test/fixtures/ndr-flufl, other provenance)${path}`,
  };
  results.forEach((r, i) => {
    if (i > 0) console.log("\n" + "-".repeat(100) + "\n");
    print(r, titles[r.name] ?? r.name, args.includes("--verbose"));
  });
}

if (require.main === module) void main();
