/** The CLI's input and output: the interface `main` is tested through, and Node's real one. */
import { readFileSync, statSync } from "node:fs";
import { open } from "node:fs/promises";

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  /**
   * Reads at most `max` bytes, then stops: a policy path may name /dev/zero or a FIFO, which
   * readFile would read forever. Returns max + 1 bytes when there is more.
   */
  readFileUpTo?: ((path: string, max: number) => Promise<Uint8Array>) | undefined;
  /** Size and type of a path, asked before reading it so that a huge file is never loaded. */
  statFile?: ((path: string) => Promise<{ size: number; isFile: boolean }>) | undefined;
  env: Record<string, string | undefined>;
  /** Writes out what stdout holds back; called before stderr is written and when the run ends. */
  flush?: (() => void) | undefined;
}

/**
 * stdout is written in blocks of about this many characters: one write(2) per report line was a
 * tenth of a bulk run. stderr is never held back, and stdout is flushed before it so that a
 * terminal still shows the lines in the order they were made.
 */
const STDOUT_BLOCK = 64 * 1024;
let pending: string[] = [];
let pendingChars = 0;

function flushStdout(): void {
  if (pending.length === 0) return;
  const out = pending.join("");
  pending = [];
  pendingChars = 0;
  process.stdout.write(out);
}

export const nodeIo: CliIo = {
  stdout: (s) => {
    pending.push(s);
    pendingChars += s.length;
    if (pendingChars >= STDOUT_BLOCK) flushStdout();
  },
  stderr: (s) => {
    flushStdout();
    process.stderr.write(s);
  },
  flush: flushStdout,
  // Synchronous reads: the files are read one after another anyway, and a promise per file costs
  // a thread-pool round trip each (a third of the run time over hundreds of small bounces).
  readFile: async (p) => readFileSync(p),
  readFileUpTo: async (p, max) => {
    const handle = await open(p, "r");
    try {
      const buf = new Uint8Array(max + 1);
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await handle.read(buf, got, buf.length - got, null);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return buf.subarray(0, got);
    } finally {
      await handle.close();
    }
  },
  statFile: async (p) => {
    const st = statSync(p);
    return { size: st.size, isFile: st.isFile() };
  },
  env: process.env,
};
