/**
 * Check hygiene: every check of ALL_CHECKS, run on its own on empty, blank, undefined-everywhere,
 * hostile and random snapshots with random facts, returns findings and never throws. runChecks
 * would turn a throw into an `internal.*` finding; a check that leans on that is a bug, so the
 * tests call each check directly and also assert that no `internal.` rule reaches a report.
 */
import fc from "fast-check";
import { analyzeSync } from "../../src/core/engine";
import { ALL_CHECKS, runChecks } from "../../src/core/checks";
import type { Facts } from "../../src/core/model/facts";
import type { MessageSnapshot } from "../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../src/core/policy/schema";
import {
  blankSnapshot,
  emptySnapshots,
  hostileSnapshot,
  kindVariants,
  randomFacts,
  randomSnapshot,
  undefinedSnapshot,
} from "./snapshots";
import { reportViolation } from "./support";

const SEED = Number(process.env.TODOKU_FUZZ_SEED ?? 20261129);

/** Runs every check directly; returns "check: error" lines for any that threw or returned junk. */
function crashes(snapshot: MessageSnapshot, facts: Facts = {}): string[] {
  const out: string[] = [];
  for (const check of ALL_CHECKS) {
    try {
      const findings = check.run({ snapshot, facts, policy: DEFAULT_POLICY });
      if (!Array.isArray(findings)) out.push(`${check.name}: returned ${typeof findings}`);
      else {
        for (const f of findings) {
          if (!f.message?.ja?.trim() || !f.message?.en?.trim())
            out.push(`${check.name}: ${f.rule} has a blank message`);
          if (!check.items.includes(f.item) && !f.rule.startsWith("source.")) {
            // A check may report on an item it does not list only if it says so in `items`.
            out.push(
              `${check.name}: ${f.rule} reports on item ${f.item}, not in its items ${check.items.join(",")}`
            );
          }
        }
      }
    } catch (e) {
      out.push(
        `${check.name}: ${e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 3).join(" | ") : String(e)}`
      );
    }
  }
  return out;
}

function internalRules(snapshot: MessageSnapshot, facts: Facts = {}): string[] {
  return runChecks({ snapshot, facts, policy: DEFAULT_POLICY })
    .filter((f) => f.rule.startsWith("internal."))
    .map((f) => `${f.rule}: ${f.evidence ?? ""}`);
}

describe("every check in ALL_CHECKS", () => {
  it("is listed with a name and items", () => {
    expect(ALL_CHECKS.length).toBeGreaterThan(5);
    for (const check of ALL_CHECKS) {
      expect(check.name).toMatch(/\S/);
      expect(check.items.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["empty snapshots of every kind", emptySnapshots],
    ["snapshots with blank strings everywhere", () => kindVariants(blankSnapshot)],
    [
      "snapshots with undefined optional fields and unread attachment bytes",
      () => kindVariants(undefinedSnapshot),
    ],
  ])("runs on %s without throwing", (_label, make) => {
    for (const snapshot of make()) {
      expect(crashes(snapshot)).toEqual([]);
      expect(internalRules(snapshot)).toEqual([]);
    }
  });

  it("runs on a hostile snapshot (10k recipients, 1 MB subject, NaN and negative sizes, contentError) without throwing", () => {
    const snapshot = hostileSnapshot();
    expect(snapshot.to).toHaveLength(10_000);
    expect(snapshot.subject.length).toBeGreaterThan(1_000_000 / 2);
    expect(crashes(snapshot)).toEqual([]);
    const report = analyzeSync({ snapshot, policy: DEFAULT_POLICY });
    expect(reportViolation(report)).toBeNull();
    expect(
      report.items.flatMap((i) => i.findings).filter((f) => f.rule.startsWith("internal."))
    ).toEqual([]);
  }, 30_000);

  it("runs on random snapshots with random facts in every state without throwing (fast-check)", () => {
    fc.assert(
      fc.property(randomSnapshot, randomFacts, (snapshot, facts) => {
        const broken = crashes(snapshot, facts);
        if (broken.length) throw new Error(broken.join("\n"));
        const report = analyzeSync({ snapshot, policy: DEFAULT_POLICY, facts });
        const violation = reportViolation(report);
        if (violation) throw new Error(violation);
        const internal = report.items
          .flatMap((i) => i.findings)
          .filter((f) => f.rule.startsWith("internal."));
        if (internal.length)
          throw new Error(internal.map((f) => `${f.rule}: ${f.evidence ?? ""}`).join("\n"));
      }),
      { numRuns: 1000, seed: SEED, endOnFailure: true }
    );
  }, 30_000);

  it("runs on the hostile snapshot with random facts without throwing", () => {
    const snapshot = { ...hostileSnapshot(), to: hostileSnapshot().to.slice(0, 50) };
    fc.assert(
      fc.property(randomFacts, (facts) => {
        const broken = crashes(snapshot, facts);
        if (broken.length) throw new Error(broken.join("\n"));
      }),
      { numRuns: 5, seed: SEED, endOnFailure: true }
    );
  }, 30_000);
});
