/**
 * Shared helpers of the robustness suite: the seed mails, the whole pipeline
 * (parseEml → analyze → contract JSON + text) and the invariants every report must keep.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyze } from "../../src/core/engine";
import { NotAMailError, parseEml } from "../../src/core/mime/eml";
import type { Facts } from "../../src/core/model/facts";
import { ITEM_IDS } from "../../src/core/model/finding";
import type { Report } from "../../src/core/model/report";
import { DEFAULT_POLICY } from "../../src/core/policy/schema";
import { toContractJson, type ContractReport } from "../../src/core/report/json";
import { renderText } from "../../src/core/report/text";

export const FIXTURES_DIR = path.join(__dirname, "..", "fixtures");

export const ITEM_STATUSES = ["problem", "warning", "ok", "manual", "unavailable"];
export const SEVERITIES = ["problem", "warning", "ok", "info", "unavailable"];

/** Every .eml under test/fixtures, sorted so runs are reproducible. */
export function fixtureMails(dir: string = FIXTURES_DIR): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.toLowerCase().endsWith(".eml")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export interface SeedMail {
  name: string;
  bytes: Uint8Array;
}

export function loadSeeds(): SeedMail[] {
  return fixtureMails().map((p) => ({
    name: path.relative(FIXTURES_DIR, p),
    bytes: new Uint8Array(readFileSync(p)),
  }));
}

/** Names the first broken invariant of a report, or returns null when it keeps them all. */
export function reportViolation(report: Report): string | null {
  const ids = report.items.map((i) => i.id);
  if (ids.length !== 24 || ids.some((id, i) => id !== ITEM_IDS[i]))
    return `items are not 1..24 in order: ${ids.join(",")}`;
  for (const item of report.items) {
    if (!ITEM_STATUSES.includes(item.status)) return `item ${item.id} has status ${item.status}`;
    for (const f of item.findings) {
      if (f.item !== item.id)
        return `finding ${f.rule} of item ${f.item} is filed under item ${item.id}`;
      if (!SEVERITIES.includes(f.severity)) return `finding ${f.rule} has severity ${f.severity}`;
      if (!f.rule) return `a finding of item ${item.id} has no rule id`;
      if (!f.message.ja.trim() || !f.message.en.trim())
        return `finding ${f.rule} has a blank message`;
    }
  }
  if ((report.mode === "bounce") !== (report.bounce !== null))
    return `mode ${report.mode} with bounce ${report.bounce === null ? "null" : "set"}`;
  return null;
}

export function contractViolation(json: ContractReport): string | null {
  const again = JSON.parse(JSON.stringify(json)) as ContractReport;
  if (JSON.stringify(again) !== JSON.stringify(json)) return "contract JSON does not round-trip";
  if (again.items.length !== 24) return `contract has ${again.items.length} items`;
  if ((again.mode === "bounce") !== (again.bounce !== null))
    return "contract mode and bounce disagree";
  return null;
}

export interface PipelineResult {
  /** "not-a-mail" when parseEml rejected the bytes with NotAMailError (allowed). */
  outcome: "report" | "not-a-mail";
  report?: Report;
}

/**
 * The whole pipeline on bytes. Throws (with a message naming the invariant) on anything other
 * than a clean report or a NotAMailError.
 */
export async function runPipeline(bytes: Uint8Array, facts: Facts = {}): Promise<PipelineResult> {
  let snapshot;
  try {
    snapshot = await parseEml(bytes);
  } catch (e) {
    if (e instanceof NotAMailError) return { outcome: "not-a-mail" };
    throw e;
  }
  const { report } = await analyze({ snapshot, policy: DEFAULT_POLICY, facts });
  const broken = reportViolation(report);
  if (broken) throw new Error(`report invariant: ${broken}`);
  for (const lang of ["ja", "en"] as const) {
    const json = toContractJson(report, lang);
    const jsonBroken = contractViolation(json);
    if (jsonBroken) throw new Error(`contract invariant (${lang}): ${jsonBroken}`);
    const text = renderText(report, lang);
    if (!text.trim()) throw new Error(`text render (${lang}) is blank`);
  }
  return { outcome: "report", report };
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === "string" ? enc(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
