/**
 * A bulk run on worker threads prints exactly what a run in one thread prints: the same lines
 * in the same order, the same exit status. Run on the compiled CLI (the threads load the
 * compiled worker script), built here into node_modules/.cache so it is never stale.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const MAILS = path.join(ROOT, "test", "fixtures", "ndr", "mails");
let out: string;

beforeAll(() => {
  const cache = path.join(ROOT, "node_modules", ".cache");
  execFileSync("mkdir", ["-p", cache]);
  out = mkdtempSync(path.join(cache, "todoku-cli-threads-"));
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--outDir", out],
    { cwd: ROOT, stdio: "pipe" }
  );
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runCli(args: string[], threads: string) {
  const script = `require(${JSON.stringify(path.join(out, "cli", "index.js"))}).run(${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, TODOKU_THREADS: threads, LANG: "C" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("todoku check over many files on threads", () => {
  it("prints the same as one thread, in order, with the same exit status", () => {
    const dir = mkdtempSync(path.join(out, "bad-"));
    const bad = path.join(dir, "not-a-mail.eml");
    writeFileSync(bad, new Uint8Array([0, 1, 2, 3]));
    const mails = readdirSync(MAILS)
      .filter((f) => f.endsWith(".eml"))
      .sort()
      .slice(0, 90)
      .map((f) => path.join(MAILS, f));
    // A file that is not a mail in the middle: its stderr line keeps its place.
    const files = [...mails.slice(0, 45), bad, ...mails.slice(45)];
    for (const format of [["--json"], []]) {
      const args = ["check", ...files, ...format, "--offline"];
      const single = runCli(args, "0");
      const threaded = runCli(args, "2");
      expect(single.code).toBe(2);
      expect(threaded).toEqual(single);
    }
  }, 240_000);

  it("starts real worker threads that check files", async () => {
    const { threadFactory } = require(
      path.join(out, "cli", "index.js")
    ) as typeof import("../../src/cli/index");
    const factory = threadFactory({ TODOKU_THREADS: "2" });
    expect(factory?.threads).toBe(2);
    const mail = path.join(
      MAILS,
      readdirSync(MAILS)
        .filter((f) => f.endsWith(".eml"))
        .sort()[0]!
    );
    const { DEFAULT_POLICY } = await import("../../src/core/policy/defaults");
    const worker = factory!.spawn({
      args: {
        command: "check",
        files: [mail, mail],
        json: true,
        lang: "en",
        policyFile: undefined,
        offline: true,
        verbose: false,
      },
      lang: "en",
      policy: JSON.parse(JSON.stringify(DEFAULT_POLICY)),
      policyErrors: [],
    });
    try {
      const done = await new Promise<{ index: number; outcome: { out: string; status: number } }>(
        (resolve, reject) => {
          worker.on("message", resolve);
          worker.on("error", reject);
          worker.postMessage({ index: 7, file: mail });
        }
      );
      expect(done.index).toBe(7);
      expect(JSON.parse(done.outcome.out).file).toBe(mail);
      expect([0, 1]).toContain(done.outcome.status);
    } finally {
      await worker.terminate();
    }
    expect(threadFactory({ TODOKU_THREADS: "1" })).toBeUndefined();
  }, 60_000);
});
