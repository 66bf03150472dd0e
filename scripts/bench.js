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
if (failed) {
  process.stderr.write(`\n${failed} benchmark file(s) failed\n`);
  process.exit(1);
}
