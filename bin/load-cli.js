// Loads the compiled CLI for bin/todoku.js. The one-file bundle (dist-node/cli/todoku.bundle.js,
// made by `npm run build:cli`) is run through V8 with the code cache written beside it at build
// time, so a run starts from ready bytecode instead of resolving, reading and compiling some 230
// modules: start-up went from about 190 ms to about 55 ms over Node's own. Node 20 has no
// module.enableCompileCache (22+), hence vm.Script's cachedData. The per-module output of tsc is
// the fallback: when there is no bundle, or it is older than tsc's output (a `tsc` run without
// the bundling step), or the bundle cannot be run.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");
const Module = require("module");

/**
 * Runs a CommonJS file through vm.Script with V8's code cache for it when one is given and
 * accepted (V8 refuses a cache made by another V8 version, other flags or other source: then the
 * file is simply compiled). Returns the module's exports, the Script (to make a new cache from)
 * and what became of the cache.
 */
function runWithCodeCache(file, cacheFile) {
  const source = fs.readFileSync(file, "utf8");
  let cachedData;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined; // no cache yet: compile as usual
    }
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache = !cachedData ? "none" : script.cachedDataRejected ? "rejected" : "used";
  const wrapper = script.runInThisContext();
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script, cache };
}

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The CLI's exports and where they came from: "bundle" or "modules". */
function loadCli(distDir) {
  distDir = path.resolve(distDir);
  const bundle = path.join(distDir, "cli", "todoku.bundle.js");
  const modules = path.join(distDir, "cli", "index.js");
  const bundleTime = mtimeMs(bundle);
  const modulesTime = mtimeMs(modules);
  if (bundleTime !== undefined && (modulesTime === undefined || bundleTime >= modulesTime)) {
    try {
      const { exports, cache } = runWithCodeCache(bundle, `${bundle}.cache`);
      if (typeof exports.run === "function") return { cli: exports, from: "bundle", cache };
    } catch {
      // A damaged bundle: the modules below still run.
    }
  }
  return { cli: require(modules), from: "modules", cache: "none" };
}

module.exports = { loadCli, runWithCodeCache };
