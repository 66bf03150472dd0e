/**
 * Where a bulk `todoku check` spends its time, stage by stage, over the development bounces: the
 * CLI's own steps (read, parse the file, read the bounce, parse the returned original, checks and
 * report, JSON line) timed in one process. The first round runs cold, as a one-shot CLI run does
 * for its first files; later rounds run on warm (optimised) code, as the bounce bench measures.
 * The gap between the two is start-up work no single stage shows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { installSyncBlob } from "../src/cli/sync-blob";
import { analyzeSync } from "../src/core/engine";
import { parseEml, parseReturnedOriginal } from "../src/core/mime/eml";
import { readBounce } from "../src/core/bounce";
import { DEFAULT_POLICY, type Policy } from "../src/core/policy/defaults";
import { toContractJson } from "../src/core/report/json";
import { median, report } from "./util";

const STAGES = ["read", "parse", "bounce", "original", "checks", "json"] as const;
type Stage = (typeof STAGES)[number];

const dir = join(__dirname, "..", "test", "fixtures", "ndr", "mails");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .map((f) => join(dir, f));

async function round(policy: Policy): Promise<Record<Stage, number>> {
  const spent: Record<Stage, number> = {
    read: 0,
    parse: 0,
    bounce: 0,
    original: 0,
    checks: 0,
    json: 0,
  };
  let t = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    spent[stage] += now - t;
    t = now;
  };
  for (const file of files) {
    t = performance.now();
    const bytes = readFileSync(file);
    lap("read");
    const snapshot = await parseEml(bytes);
    lap("parse");
    const bounce = readBounce(snapshot);
    lap("bounce");
    const original = await parseReturnedOriginal(bounce?.original?.raw);
    lap("original");
    const rep = analyzeSync({ snapshot, policy, facts: {}, bounce }, original);
    lap("checks");
    JSON.stringify({ ...toContractJson(rep, "en"), file });
    lap("json");
  }
  return spent;
}

async function main(): Promise<void> {
  installSyncBlob(); // as the CLI runs
  const policy = JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Policy;
  const rounds: Record<Stage, number>[] = [];
  for (let r = 0; r < 8; r++) rounds.push(await round(policy));
  const perFile = (ms: number) => `${((ms * 1000) / files.length).toFixed(0)} µs/file`;
  const cold = rounds[0] as Record<Stage, number>;
  let coldTotal = 0;
  let warmTotal = 0;
  for (const stage of STAGES) {
    const warm = median(rounds.slice(3).map((x) => x[stage]));
    coldTotal += cold[stage];
    warmTotal += warm;
    report(
      `cli stage ${stage}: cold (first round) / warm`,
      `${perFile(cold[stage])} / ${perFile(warm)}`
    );
  }
  report(
    `cli stages, all (${files.length} bounces): cold / warm`,
    `${Math.round((files.length * 1000) / coldTotal)} / ${Math.round((files.length * 1000) / warmTotal)} files/s`
  );
}

void main();
