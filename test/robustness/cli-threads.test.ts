/**
 * A bulk run on worker threads prints exactly what a run in one thread prints: the same lines
 * in the same order, the same exit status. Run on the compiled CLI (the threads load the
 * compiled worker script), built here into node_modules/.cache so it is never stale.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { lyingZip, mailWithAttachments, manyLinesMail } from "./hostile-mail";
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
  // And the one-file bundle with its code cache, which bin/todoku.js runs and threads load.
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli-bundle.js"), out], {
    cwd: ROOT,
    stdio: "pipe",
  });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs the compiled CLI from tsc's modules, or as bin/todoku.js does from the bundle. */
function runCli(args: string[], threads: string, from: "modules" | "bundle" = "modules") {
  const load =
    from === "modules"
      ? `require(${JSON.stringify(path.join(out, "cli", "index.js"))})`
      : `(() => { const r = require(${JSON.stringify(path.join(ROOT, "bin", "load-cli.js"))}).loadCli(${JSON.stringify(out)}); if (r.from !== "bundle") throw new Error("not the bundle"); return r.cli; })()`;
  const script = `${load}.run(${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, TODOKU_THREADS: threads, LANG: "C" },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("a checking thread started from the bundle", () => {
  it("loads the bundle itself and answers a file (not just left to die and be replaced)", () => {
    const script = `
      const { cli, from } = require(${JSON.stringify(path.join(ROOT, "bin", "load-cli.js"))}).loadCli(${JSON.stringify(out)});
      const policy = require(${JSON.stringify(path.join(out, "core", "policy", "defaults.js"))}).DEFAULT_POLICY;
      const settings = { args: { files: ["a", "b"], json: true, offline: true, verbose: false }, lang: "en", policy, policyErrors: [] };
      const worker = cli.threadFactory({ TODOKU_THREADS: "2" }).spawn(settings);
      worker.on("message", (m) => { console.log(JSON.stringify({ from, index: m.index, status: m.outcome.status, json: JSON.parse(m.outcome.out).mode })); worker.terminate(); });
      worker.on("error", (e) => { console.log(JSON.stringify({ error: String(e) })); });
      worker.postMessage({ index: 7, file: ${JSON.stringify(path.join(MAILS, "arf-01.eml"))} });`;
    const r = spawnSync(process.execPath, ["-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(JSON.parse(r.stdout)).toEqual({ from: "bundle", index: 7, status: 1, json: "bounce" });
  }, 60_000);
});

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
      // The bundle, in one thread and with threads that load the bundle too.
      expect(runCli(args, "0", "bundle")).toEqual(single);
      expect(runCli(args, "2", "bundle")).toEqual(single);
    }
  }, 240_000);

  it("keeps hostile mail among many bounded: order, exit status, time and memory", () => {
    const dir = mkdtempSync(path.join(out, "hostile-"));
    const bomb = path.join(dir, "bomb.eml");
    writeFileSync(bomb, mailWithAttachments([{ name: "bomb.zip", data: lyingZip(300) }]));
    const lines = path.join(dir, "lines.eml");
    writeFileSync(lines, manyLinesMail(8 * 1024 * 1024));
    const mails = readdirSync(MAILS)
      .filter((f) => f.endsWith(".eml"))
      .sort()
      .slice(0, 70)
      .map((f) => path.join(MAILS, f));
    const files = [...mails.slice(0, 10), bomb, ...mails.slice(10, 40), lines, ...mails.slice(40)];
    const script = `
      process.on("exit", () => require("fs").writeSync(3, String(process.resourceUsage().maxRSS * 1024)));
      require(${JSON.stringify(path.join(out, "cli", "index.js"))}).run(${JSON.stringify(["check", ...files, "--json", "--offline"])});`;
    const start = Date.now();
    const r = spawnSync(process.execPath, ["-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe", "pipe"],
      maxBuffer: 1 << 28,
      env: { ...process.env, TODOKU_THREADS: "2" },
      timeout: 120_000,
    });
    const ms = Date.now() - start;
    const rss = Number((r.output[3] as string | null) ?? NaN);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.status);
    const printed = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; items: unknown[] });
    expect(printed.map((p) => p.file)).toEqual(files);
    for (const p of printed) expect(p.items).toHaveLength(24);
    // The single-file limits of issue 17 (10 s, 1.5 GB) for the whole run of 72 files.
    expect(ms).toBeLessThanOrEqual(20_000);
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThanOrEqual(1.5 * 1024 * 1024 * 1024);
  }, 180_000);

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
