/**
 * Property test: .msg fixtures with random damage aimed at what a crafted file attacks (the
 * header, FAT and mini FAT entries, directory links and stream sizes) are either read or refused
 * with NotAMailError, and every read ends. The cases run in a child process (fuzz-runner.ts)
 * with a hard timeout, because a read that loops forever cannot be interrupted in-process:
 * without the Compound File guard, msgreader does loop forever on such files.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const RUNNER = path.join(__dirname, "fuzz-runner.ts");
/** Far above the ~2 s the cases take; only a read that never ends reaches it. */
const WHOLE_RUN_TIMEOUT_MS = 90_000;
/** One case is a few milliseconds; a case this slow means a loop that happened to stop. */
const ONE_CASE_BOUND_MS = 5_000;

interface FuzzResult {
  runs: number;
  accepted: number;
  refused: number;
  slowestMs: number;
  unexpected: string[];
  rtf: { read: number; refused: number; thrown: number; slowestMs: number };
}

function fuzz(runs: number, seed: number): FuzzResult {
  const child = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), RUNNER, String(runs), String(seed)],
    { encoding: "utf8", timeout: WHOLE_RUN_TIMEOUT_MS, killSignal: "SIGKILL" }
  );
  if (child.error || child.signal)
    throw new Error(`the fuzz run did not end (${child.signal ?? child.error?.message})`);
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout.trim().split("\n").pop() as string) as FuzzResult;
}

describe("parseMsg on damaged and crafted .msg files", () => {
  it("reads or refuses every mutated file, and every read ends", () => {
    const result = fuzz(3000, 20261129);
    expect(result.runs).toBe(3000);
    expect(result.unexpected).toEqual([]);
    expect(result.accepted + result.refused).toBe(3000);
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(result.accepted).toBeGreaterThan(30);
    expect(result.refused).toBeGreaterThan(300);
    expect(result.slowestMs).toBeLessThan(ONE_CASE_BOUND_MS);
    // The RTF body reader (CLI side) on damaged compressed RTF ends too, and some still read.
    expect(result.rtf.read + result.rtf.refused + result.rtf.thrown).toBe(3000);
    expect(result.rtf.read).toBeGreaterThan(30);
    expect(result.rtf.slowestMs).toBeLessThan(ONE_CASE_BOUND_MS);
  }, 120_000);
});
