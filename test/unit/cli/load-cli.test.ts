/**
 * bin/load-cli.js: the bundled CLI runs from V8's code cache, and every way that can go wrong
 * (no cache, a cache from another V8, a stale or damaged bundle) still runs the CLI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runWithCodeCache } from "../../../src/cli/code-cache";

const { loadCli } = require("../../../bin/load-cli") as {
  loadCli: (dist: string) => { cli: Record<string, unknown>; from: string; cache: string };
};

const ROOT = path.join(__dirname, "..", "..", "..");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "todoku-load-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeDist(bundleSource: string | undefined, modulesSource: string): string {
  const dist = path.join(dir, "dist-node");
  mkdirSync(path.join(dist, "cli"), { recursive: true });
  writeFileSync(path.join(dist, "cli", "index.js"), modulesSource);
  // The loader beside the bundle, as tsc writes it: here the source, compiled by jest.
  writeFileSync(
    path.join(dist, "cli", "code-cache.js"),
    `module.exports = require(${JSON.stringify(path.join(ROOT, "src", "cli", "code-cache"))});`
  );
  if (bundleSource !== undefined)
    writeFileSync(path.join(dist, "cli", "todoku.bundle.js"), bundleSource);
  return dist;
}

const cliSource = (from: string) =>
  `exports.run = () => ${JSON.stringify(from)}; exports.dir = __dirname; exports.req = typeof require;`;

describe("runWithCodeCache (src/cli/code-cache.ts)", () => {
  it("runs a CommonJS file with its own require, __dirname and exports", () => {
    const file = path.join(dir, "m.js");
    writeFileSync(file, cliSource("x"));
    const { exports, cache } = runWithCodeCache(file, path.join(dir, "m.js.cache"));
    expect(cache).toBe("none");
    expect(exports).toMatchObject({ dir, req: "function" });
  });

  it("uses a cache it made, and compiles as usual when the cache is damaged", () => {
    const file = path.join(dir, "m.js");
    const cacheFile = path.join(dir, "m.js.cache");
    writeFileSync(file, cliSource("x") + "\nexports.add = (a, b) => a + b;");
    const first = runWithCodeCache(file);
    writeFileSync(cacheFile, first.script.createCachedData());
    expect(runWithCodeCache(file, cacheFile).cache).toBe("used");
    // Another source (V8 keeps what it compiled in this process and would not look at a cache
    // for the same source again), with bytes that are no code cache.
    const other = path.join(dir, "other.js");
    writeFileSync(other, cliSource("y") + "\nexports.add = (a, b) => b + a;");
    writeFileSync(cacheFile, Buffer.from("not a V8 code cache at all"));
    const damaged = runWithCodeCache(other, cacheFile);
    expect(damaged.cache).toBe("rejected");
    expect((damaged.exports.add as (a: number, b: number) => number)(2, 3)).toBe(5);
  });
});

describe("loadCli", () => {
  it("takes the bundle when it is as new as tsc's output", () => {
    const dist = fakeDist(cliSource("bundle"), cliSource("modules"));
    const loaded = loadCli(dist);
    expect(loaded.from).toBe("bundle");
    expect((loaded.cli.run as () => string)()).toBe("bundle");
  });

  it("takes tsc's output when the bundle is older (tsc was run without the bundling step)", () => {
    const dist = fakeDist(cliSource("bundle"), cliSource("modules"));
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(dist, "cli", "todoku.bundle.js"), old, old);
    expect(loadCli(dist).from).toBe("modules");
  });

  it("takes tsc's output when the bundle throws or is missing", () => {
    expect(loadCli(fakeDist("throw new Error('damaged')", cliSource("modules"))).from).toBe(
      "modules"
    );
    rmSync(path.join(dir, "dist-node"), { recursive: true });
    expect(loadCli(fakeDist(undefined, cliSource("modules"))).from).toBe("modules");
  });
});

describe("the build of this checkout", () => {
  it("has a bundle whose code cache this Node accepts (npm run build:cli makes both)", () => {
    // A separate Node process: V8 accepts a cache only under the flags it was made with.
    const r = spawnSync(
      process.execPath,
      [
        "-e",
        "const r = require('./bin/load-cli').loadCli('dist-node'); console.log(JSON.stringify({ from: r.from, cache: r.cache }))",
      ],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ from: "bundle", cache: "used" });
  });
});
