/**
 * The CLI end to end on real files: every fixture mail gives a full report, anything that is not
 * a mail gives exit 2 and one line naming the file, and several files give one JSON line each.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main, MAX_MAIL_FILE_BYTES, type CliIo } from "../../src/cli/main";
import { fixtureMails, FIXTURES_DIR } from "./support";

const ROOT = path.join(__dirname, "..", "..");

function realIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: async (p) => new Uint8Array(readFileSync(p)),
    statFile: async (p) => {
      const st = statSync(p);
      return { size: st.size, isFile: st.isFile() };
    },
    env: {},
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const ids = Array.from({ length: 24 }, (_, i) => i + 1);
const itemIds = (json: Record<string, unknown>) =>
  (json.items as { id: number }[]).map((i) => i.id);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "todoku-robustness-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("todoku check on every fixture mail", () => {
  it("exits 0 or 1 with the full report contract, or 2 with one line for the few that are not mails", async () => {
    const files = fixtureMails();
    const rejected: string[] = [];
    for (const file of files) {
      const { io, out, err } = realIo();
      const code = await main(["check", file, "--json", "--offline"], io);
      if (code === 2) {
        expect(out()).toBe("");
        expect(err().trim().split("\n")).toHaveLength(1);
        expect(err()).toContain(file);
        rejected.push(path.relative(FIXTURES_DIR, file));
        continue;
      }
      expect({ file, code, err: err() }).toEqual({ file, code: code === 1 ? 1 : 0, err: "" });
      const lines = jsonLines(out());
      expect(lines).toHaveLength(1);
      expect(itemIds(lines[0]!)).toEqual(ids);
    }
    // Known non-mails among the fixtures (a bounce quoted without its own headers).
    expect(rejected.length).toBeLessThan(5);
  }, 30_000);
});

describe("todoku check on files that are not mails", () => {
  const cases: [string, () => string, RegExp][] = [
    ["a directory", () => dir, /directory/],
    [
      "an empty file",
      () => (writeFileSync(path.join(dir, "empty.eml"), ""), path.join(dir, "empty.eml")),
      /empty/,
    ],
    [
      "a binary file",
      () => (
        writeFileSync(
          path.join(dir, "photo.eml"),
          Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
        ),
        path.join(dir, "photo.eml")
      ),
      /not a mail|binary/,
    ],
    [
      "a file larger than any mail (sparse, never read)",
      () => {
        const p = path.join(dir, "huge.eml");
        writeFileSync(p, "Subject: x\r\n\r\n");
        truncateSync(p, MAX_MAIL_FILE_BYTES + 1);
        return p;
      },
      /too large/,
    ],
    ["a missing file", () => path.join(dir, "missing.eml"), /ENOENT/],
  ];
  it.each(cases)("%s: exit 2 and one stderr line naming the file", async (_label, make, why) => {
    const file = make();
    const { io, out, err } = realIo();
    const code = await main(["check", file, "--json"], io);
    expect(code).toBe(2);
    expect(out()).toBe("");
    const lines = err().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^todoku: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `)
    );
    expect(lines[0]).toMatch(why);
  });

  it("several files with a bad one in the middle: one JSON line each, in order", async () => {
    const good = fixtureMails()
      .filter((f) => f.includes(`${path.sep}outgoing${path.sep}`))
      .slice(0, 2);
    expect(good).toHaveLength(2);
    const bad = path.join(dir, "empty.eml");
    writeFileSync(bad, "");
    const files = [good[0]!, bad, dir, good[1]!];
    const { io, out, err } = realIo();
    const code = await main(["check", ...files, "--json", "--offline"], io);
    expect(code).toBe(2);
    const lines = jsonLines(out());
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(itemIds(lines[0]!)).toEqual(ids);
    expect(lines[1]).toMatchObject({ version: 1, error: expect.stringMatching(/empty/) });
    expect(lines[2]).toMatchObject({ version: 1, error: expect.stringMatching(/directory/) });
    expect(itemIds(lines[3]!)).toEqual(ids);
    expect(err().trim().split("\n")).toHaveLength(2);
  });
});

describe("the built command (node bin/todoku.js)", () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "bin", "todoku.js"), ...args], {
      encoding: "utf8",
      timeout: 20_000,
    });

  it("reads a fixture mail and an empty file: one JSON line, one error line, exit 2", () => {
    const mail = fixtureMails().find((f) => f.includes(`${path.sep}outgoing${path.sep}`))!;
    const empty = path.join(dir, "empty2.eml");
    writeFileSync(empty, "");
    const result = run(["check", mail, empty, "--json", "--offline"]);
    expect(result.status).toBe(2);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => l.file)).toEqual([mail, empty]);
    expect(itemIds(lines[0]!)).toEqual(ids);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringContaining(empty)]);
  });

  it("loads what only some runs need (the .msg reader, the policy validator) from the bundle", () => {
    const msg = path.join(FIXTURES_DIR, "msg", "zip-exe.msg");
    const policy = path.join(dir, "policy.json");
    writeFileSync(policy, JSON.stringify({ limits: { maxRecipients: 3 } }));
    const result = run(["check", msg, "--json", "--offline", "--policy", policy]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const [line] = jsonLines(result.stdout);
    expect(line?.items).toContainEqual(expect.objectContaining({ id: 11, status: "problem" }));
  });
});
