/**
 * Start-up counts when a help desk runs `todoku check` over a folder: the CLI loads only what a
 * file needs. Without --policy, zod stays unloaded; without a .msg, the .msg and RTF readers;
 * with --offline, the DNS code. Checked in a child process, by the modules Node loaded.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");
const MAIL = path.join(ROOT, "test", "fixtures", "outgoing", "subject-empty.eml");
const MSG = path.join(ROOT, "test", "fixtures", "msg", "plain.msg");

/** The node_modules packages and src folders loaded by one CLI run. */
function loaded(args: string[]): string[] {
  const script = `
    const { main } = require("./src/cli/main.ts");
    main(${JSON.stringify(args)}, { stdout() {}, stderr() {}, readFile: async (p) => require("fs").readFileSync(p), env: {} })
      .then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))));`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as string[];
}

const has = (files: string[], part: string) => files.some((f) => f.includes(part));

describe("what `todoku check` loads", () => {
  it("an .eml, offline, no policy: no zod, no .msg reader, no DNS code", () => {
    const files = loaded(["check", MAIL, "--offline", "--json"]);
    expect(has(files, `${path.sep}postal-mime${path.sep}`)).toBe(true);
    expect(has(files, `${path.sep}zod${path.sep}`)).toBe(false);
    expect(has(files, `${path.sep}msgreader${path.sep}`)).toBe(false);
    expect(has(files, `${path.sep}rtf-stream-parser${path.sep}`)).toBe(false);
    expect(has(files, `${path.sep}src${path.sep}dns${path.sep}`)).toBe(false);
  });

  it("a .msg and a policy file load the .msg reader and zod", () => {
    const policy = path.join(mkdtempSync(path.join(tmpdir(), "todoku-startup-")), "policy.json");
    writeFileSync(policy, "{}");
    const files = loaded(["check", MSG, "--offline", "--json", "--policy", policy]);
    expect(has(files, `${path.sep}msgreader${path.sep}`)).toBe(true);
    expect(has(files, `${path.sep}zod${path.sep}`)).toBe(true);
  });
});
