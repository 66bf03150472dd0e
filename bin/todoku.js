#!/usr/bin/env node
// Entry point of the `todoku` command. The TypeScript sources are compiled to dist-node/ by
// `npm run build:cli`, which npm runs on install (the "prepare" script); load-cli.js says how
// the compiled CLI is loaded fast.
"use strict";
const path = require("path");
const { loadCli } = require("./load-cli");

let cli;
try {
  cli = loadCli(path.join(__dirname, "..", "dist-node")).cli;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("todoku: the CLI is not built yet; run `npm run build:cli` first\n");
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2));
