#!/usr/bin/env node
// Entry point of the `todoku` command. The TypeScript sources are compiled to dist-node/ by
// `npm run build:cli`, which npm runs on install (the "prepare" script).
"use strict";
let cli;
try {
  cli = require("../dist-node/cli/index.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("todoku: the CLI is not built yet; run `npm run build:cli` first\n");
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2));
