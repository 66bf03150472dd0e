/**
 * The bulk run's thread pool, with fake threads: outcomes come out in command-line order
 * whatever order the threads answer in, and a thread that dies costs only the file it was on.
 */
import { EventEmitter } from "node:events";
import type { FileOutcome } from "../../../src/cli/check-file";
import { main, type CliIo } from "../../../src/cli/main";
import {
  checkInThreads,
  type FileDone,
  type FileJob,
  type WorkerLike,
} from "../../../src/cli/pool";

const outcomeOf = (file: string, by: string): FileOutcome => ({
  out: `${file} by ${by}\n`,
  err: "",
  status: file.includes("problem") ? 1 : 0,
});

/** A fake thread: answers each job after a delay chosen per file, or dies on a chosen file. */
class FakeThread extends EventEmitter implements WorkerLike {
  static made = 0;
  readonly name: string;
  private busy: Promise<void> = Promise.resolve();
  terminated = false;
  constructor(
    private readonly delayOf: (file: string) => number,
    private readonly diesOn: (file: string) => boolean = () => false
  ) {
    super();
    this.name = `t${FakeThread.made++}`;
  }
  postMessage(job: FileJob): void {
    // Like a real thread: one file after another, in the order received.
    this.busy = this.busy.then(async () => {
      if (this.terminated) return;
      await new Promise((r) => setTimeout(r, this.delayOf(job.file)));
      if (this.terminated) return;
      if (this.diesOn(job.file)) {
        this.terminated = true;
        this.emit("error", new Error("out of memory"));
        this.emit("exit", 1);
        return;
      }
      const done: FileDone = { index: job.index, outcome: outcomeOf(job.file, this.name) };
      this.emit("message", done);
    });
  }
  async terminate(): Promise<number> {
    this.terminated = true;
    return 0;
  }
}

async function runPool(
  files: string[],
  spawn: () => WorkerLike,
  threads = 3
): Promise<{ printed: [number, FileOutcome][]; here: string[] }> {
  const printed: [number, FileOutcome][] = [];
  const here: string[] = [];
  await checkInThreads({
    files,
    threads,
    spawn,
    onOutcome: (i, o) => printed.push([i, o]),
    inProcess: async (file) => {
      here.push(file);
      return outcomeOf(file, "here");
    },
  });
  return { printed, here };
}

const files = Array.from({ length: 40 }, (_, i) => `mail-${i}${i % 7 === 0 ? "-problem" : ""}.eml`);

describe("checkInThreads", () => {
  it("prints every file once, in command-line order, though threads answer out of order", async () => {
    // Later files answer faster, so the threads finish in roughly reverse order.
    const { printed, here } = await runPool(
      files,
      () => new FakeThread((f) => 40 - Number(/\d+/.exec(f)?.[0]))
    );
    expect(printed.map(([i]) => i)).toEqual(files.map((_, i) => i));
    expect(printed.map(([, o]) => o.out.split(" by ")[0])).toEqual(files);
    expect(here).toEqual([]);
  });

  it("spreads the files over the threads", async () => {
    FakeThread.made = 0;
    const { printed } = await runPool(files, () => new FakeThread(() => 1), 3);
    const by = new Set(printed.map(([, o]) => o.out.trim().split(" by ")[1]));
    expect(by).toEqual(new Set(["t0", "t1", "t2"]));
  });

  it("reports the file a thread died on as an internal error and checks the rest elsewhere", async () => {
    FakeThread.made = 0;
    const { printed, here } = await runPool(
      files,
      () =>
        new FakeThread(
          () => 1,
          (f) => f === "mail-13.eml"
        )
    );
    expect(printed.map(([i]) => i)).toEqual(files.map((_, i) => i));
    const failed = printed.filter(([, o]) => o.status === 2);
    expect(failed).toHaveLength(1);
    expect(failed[0]![1].err).toMatch(
      /^todoku: mail-13\.eml: internal error \(the checking thread stopped: out of memory\)\n$/
    );
    expect(failed[0]![1].out).toBe("");
    // Every other file has its real outcome.
    for (const [i, o] of printed) if (files[i] !== "mail-13.eml") expect(o.out).toContain(files[i]);
    expect(here).toEqual([]);
  });

  it("checks the files in this thread when no thread can be started", async () => {
    const { printed, here } = await runPool(files.slice(0, 5), () => {
      throw new Error("no worker script");
    });
    expect(here).toEqual(files.slice(0, 5));
    expect(printed.map(([i]) => i)).toEqual([0, 1, 2, 3, 4]);
  });

  it("stops starting threads when every thread dies, and finishes here", async () => {
    FakeThread.made = 0;
    const { printed, here } = await runPool(
      files,
      () =>
        new FakeThread(
          () => 1,
          () => true
        ),
      2
    );
    expect(printed.map(([i]) => i)).toEqual(files.map((_, i) => i));
    // Each thread started died on its first file; a few threads, not one per file.
    expect(FakeThread.made).toBeLessThanOrEqual(2 + 2 * 2);
    expect(printed.filter(([, o]) => o.status === 2)).toHaveLength(FakeThread.made);
    expect(here.length).toBe(files.length - FakeThread.made);
  });
});

describe("a bulk JSON run whose thread dies on a file", () => {
  it("still prints that file's JSON error line, so every file has one", async () => {
    const many = Array.from({ length: 70 }, (_, i) => `mail-${i}.eml`);
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      readFile: async () => new Uint8Array(0),
      env: {},
    };
    FakeThread.made = 0;
    const status = await main(["check", ...many, "--json", "--offline"], io, {
      threads: {
        threads: 2,
        spawn: () =>
          new FakeThread(
            () => 0,
            (f) => f === "mail-13.eml"
          ),
      },
    });
    expect(status).toBe(2);
    const lines = out.join("").split("\n").filter(Boolean);
    expect(lines).toHaveLength(70);
    expect(JSON.parse(lines[13] as string)).toEqual({
      version: 1,
      file: "mail-13.eml",
      error: "internal error (the checking thread stopped: out of memory)",
    });
    expect(err.join("")).toMatch(/^todoku: mail-13\.eml: internal error \(the checking thread/);
  });
});
