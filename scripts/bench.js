// `npm run bench`: runs every bench/*.bench.ts in its own Node process (tsx) and prints what
// each measures. Numbers are printed, never asserted: speed is judged here, not in unit tests.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "bench");
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  process.stdout.write(`\n### ${file}\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(dir, file)], {
    stdio: "inherit",
    env: { ...process.env, TZ: "UTC" },
  });
  if (r.status !== 0) failed++;
}
/**
 * CPU time (user + sys, ms) of this process's finished children, from /proc/self/stat (cutime
 * and cstime); null where there is no /proc.
 */
let hz;
function childCpuMs() {
  hz ??= Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of the line; the slice starts at field 3.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / hz : null;
  } catch {
    return null;
  }
}

/**
 * Bulk speed of the CLI, whole process (start-up included): `todoku check` over the development
 * bounces x5 in one run, as a help desk would run it over a folder. The CLI is built first.
 */
function cliBulk() {
  const root = path.join(__dirname, "..");
  const mails = path.join(root, "test", "fixtures", "ndr", "mails");
  const once = fs
    .readdirSync(mails)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => path.join(mails, f));
  const files = [...once, ...once, ...once, ...once, ...once];
  // As `npm run build:cli`: tsc, then the one-file bundle and its code cache bin/todoku.js runs.
  for (const step of [
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    [path.join(root, "scripts", "build-cli-bundle.js")],
  ]) {
    const build = spawnSync(process.execPath, step, { cwd: root, stdio: "inherit" });
    if (build.status !== 0) return false;
  }
  /** One whole `todoku check` run: wall ms and CPU ms (null without /proc), or null if it failed. */
  const runOnce = (list) => {
    const cpuBefore = childCpuMs();
    const start = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [path.join(root, "bin", "todoku.js"), "check", ...list, "--json", "--offline"],
      { cwd: root, maxBuffer: 1 << 30, encoding: "utf8" }
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(`todoku check failed (${r.status}): ${r.stderr.slice(0, 500)}\n`);
      return null;
    }
    const cpuAfter = childCpuMs();
    return { ms, cpu: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null };
  };
  const runs = [];
  const cpu = [];
  const onceRuns = [];
  for (let i = 0; i < 3; i++) {
    const all = runOnce(files);
    // The same files once: start-up and the cold first pass, which the x5 run also pays once.
    const single = runOnce(once);
    if (!all || !single) return false;
    runs.push(all.ms);
    onceRuns.push(single.ms);
    if (all.cpu !== null) cpu.push(all.cpu);
  }
  const best = Math.min(...runs);
  const load = require("os").loadavg()[0].toFixed(1);
  // CPU time (user + sys) is less disturbed by other work on a busy machine than the wall clock.
  const bestCpu = cpu.length > 0 ? Math.min(...cpu) : null;
  const cpuText =
    bestCpu === null
      ? ""
      : `; by CPU time (user+sys) ${Math.round((files.length / bestCpu) * 1000)} files/s, best ${bestCpu.toFixed(0)} ms (runs ${cpu.map((c) => c.toFixed(0)).join(", ")} ms)`;
  process.stdout.write(
    `todoku check, ${once.length} dev bounces x5 = ${files.length} files in one process: ` +
      `${Math.round((files.length / best) * 1000)} files/s (best of 3: ${best.toFixed(0)} ms; ` +
      `runs ${runs.map((r) => r.toFixed(0)).join(", ")} ms${cpuText}; load average ${load}; target 3,500 files/s)\n`
  );
  const bestOnce = Math.min(...onceRuns);
  const later = files.length - once.length;
  process.stdout.write(
    `  of which: the first ${once.length} files (start-up and cold code) ${bestOnce.toFixed(0)} ms, ` +
      `${Math.round((once.length / bestOnce) * 1000)} files/s; the ${later} after them ` +
      `${Math.round((later / Math.max(1, best - bestOnce)) * 1000)} files/s\n`
  );
  return true;
}

if (only.length === 0 || only.some((o) => "cli-bulk".includes(o))) {
  process.stdout.write("\n### cli-bulk\n");
  if (!cliBulk()) failed++;
}

if (failed) {
  process.stderr.write(`\n${failed} benchmark file(s) failed\n`);
  process.exit(1);
}
