// Second step of `npm run build:cli` (after tsc): bundles the compiled CLI into one file and
// writes V8's code cache for it, made after a warm-up run over the built-in sample mails so
// that the functions a check uses are in the cache too (see src/cli/code-cache.ts for why).
// Usage: node scripts/build-cli-bundle.js [tsc's outDir, default dist-node]
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
const dist = path.resolve(process.argv[2] ?? path.join(root, "dist-node"));
const { runWithCodeCache } = require(path.join(dist, "cli", "code-cache.js"));
const bundle = path.join(dist, "cli", "todoku.bundle.js");

async function sampleMails() {
  // The samples are TypeScript outside the CLI's tsconfig; esbuild reads them directly.
  const out = path.join(os.tmpdir(), `todoku-samples-${process.pid}.js`);
  esbuild.buildSync({
    stdin: {
      contents: [
        'export { EXCHANGE_NDR_EML } from "./src/samples/bounce-exchange";',
        'export { POSTFIX_NDR_EML } from "./src/samples/bounce-postfix";',
        'export { JUNK_RECEIVED_EML } from "./src/samples/junk-received";',
      ].join("\n"),
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: out,
    logLevel: "warning",
  });
  try {
    return Object.entries(require(out)).map(([name, text]) => ({ name: `${name}.eml`, text }));
  } finally {
    fs.rmSync(out, { force: true });
  }
}

/** An io for `main` that reads the samples from memory and throws the output away. */
function memoryIo(files) {
  const byName = new Map(files.map((f) => [f.name, new TextEncoder().encode(f.text)]));
  const read = async (p) => {
    const bytes = byName.get(p);
    if (!bytes) throw Object.assign(new Error(`no sample ${p}`), { code: "ENOENT" });
    return bytes;
  };
  return {
    stdout: () => {},
    stderr: () => {},
    readFile: read,
    statFile: async (p) => ({ size: (await read(p)).length, isFile: true }),
    env: {},
  };
}

async function main() {
  esbuild.buildSync({
    entryPoints: [path.join(dist, "cli", "index.js")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: bundle,
    // Loaded only for a .msg file or a policy file to validate; they stay in node_modules.
    external: ["zod", "@kenjiuno/*", "rtf-stream-parser"],
    logLevel: "warning",
  });
  const { exports: cli, script } = runWithCodeCache(bundle);
  const files = await sampleMails();
  const io = memoryIo(files);
  const names = files.map((f) => f.name);
  for (const mode of [["--json"], []])
    for (const lang of ["ja", "en"])
      await cli.main(["check", ...names, "--offline", "--lang", lang, ...mode], io);
  fs.writeFileSync(`${bundle}.cache`, script.createCachedData());
}

main().catch((e) => {
  process.stderr.write(`build-cli-bundle: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
