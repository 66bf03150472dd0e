/**
 * The CLI holds stdout back in blocks (one write per report line was a tenth of a bulk run).
 * Run for real in a child process with stdout and stderr on one file, as a terminal shows them:
 * every line still comes out, in the order the files were read.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SIMPLE_EML } from "../cli-io";

const ROOT = path.join(__dirname, "..", "..", "..");

function runTogether(args: string[], dir: string): { code: number | null; lines: string[] } {
  const log = path.join(dir, "both.log");
  const fd = openSync(log, "w");
  const script = `require(${JSON.stringify(path.join(ROOT, "src", "cli", "main.ts"))}).main(${JSON.stringify(args)}).then((c) => { process.exitCode = c; });`;
  try {
    const r = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: ROOT, // tsx is found from the repository
      stdio: ["ignore", fd, fd],
      timeout: 60_000,
    });
    return { code: r.status, lines: readFileSync(log, "utf8").trim().split("\n") };
  } finally {
    closeSync(fd);
  }
}

describe("stdout held back in blocks", () => {
  it("keeps the order of stdout and stderr lines and loses none at the end", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "todoku-order-"));
    writeFileSync(path.join(dir, "a.eml"), SIMPLE_EML);
    writeFileSync(path.join(dir, "bad.bin"), new Uint8Array([0, 1, 2, 3]));
    writeFileSync(path.join(dir, "b.eml"), SIMPLE_EML);
    const { code, lines } = runTogether(
      [
        "check",
        ...["a.eml", "bad.bin", "b.eml", "a.eml"].map((f) => path.join(dir, f)),
        "--json",
        "--offline",
      ],
      dir
    );
    expect(code).toBe(2);
    const kinds = lines.map((l) =>
      l.startsWith("todoku: ")
        ? "stderr:" + path.basename(l.slice("todoku: ".length).split(": ")[0] ?? "")
        : "json:" + path.basename((JSON.parse(l) as { file: string }).file)
    );
    expect(kinds).toEqual([
      "json:a.eml",
      "stderr:bad.bin",
      "json:bad.bin",
      "json:b.eml",
      "json:a.eml",
    ]);
  });
});
