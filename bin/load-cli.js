// Loads the compiled CLI for bin/todoku.js. The one-file bundle (dist-node/cli/todoku.bundle.js,
// made by `npm run build:cli`) is run with the V8 code cache written beside it at build time
// (dist-node/cli/code-cache.js says why), so a run starts from ready bytecode instead of
// resolving, reading and compiling some 230 modules. tsc's per-module output is the fallback:
// when there is no bundle, when it is older than tsc's output (a `tsc` run without the bundling
// step), or when it cannot be run.
"use strict";
const fs = require("fs");
const path = require("path");

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The CLI's exports, where they came from ("bundle" or "modules") and the cache's outcome. */
function loadCli(distDir) {
  const cliDir = path.join(path.resolve(distDir), "cli");
  const bundle = path.join(cliDir, "todoku.bundle.js");
  const modules = path.join(cliDir, "index.js");
  const bundleTime = mtimeMs(bundle);
  const modulesTime = mtimeMs(modules);
  if (bundleTime !== undefined && (modulesTime === undefined || bundleTime >= modulesTime)) {
    try {
      const { runWithCodeCache } = require(path.join(cliDir, "code-cache.js"));
      const { exports, cache } = runWithCodeCache(bundle, `${bundle}.cache`);
      if (typeof exports.run === "function") return { cli: exports, from: "bundle", cache };
    } catch {
      // A damaged bundle: the modules below still run.
    }
  }
  return { cli: require(modules), from: "modules", cache: "none" };
}

module.exports = { loadCli };
