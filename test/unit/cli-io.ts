/**
 * Test helper (not a test): a CliIo that keeps stdout and stderr in memory and reads the given
 * files from memory — and other paths from disk when `disk` is set, else as missing files.
 */
import { readFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/main";

export function memoryCliIo(
  files: Record<string, string | Uint8Array> = {},
  options: { disk?: boolean } = {}
) {
  const out: string[] = [];
  const err: string[] = [];
  const cliIo: CliIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: async (p) => {
      const v = files[p];
      if (v !== undefined) return typeof v === "string" ? new TextEncoder().encode(v) : v;
      if (options.disk) return new Uint8Array(readFileSync(p));
      throw Object.assign(new Error("no such file"), { code: "ENOENT" });
    },
    env: {},
  };
  return { cliIo, out, err };
}

/** A small, valid plain-text mail. */
export const SIMPLE_EML = [
  "From: Taro Yamada <taro@example.co.jp>",
  "To: hanako@example.com",
  "Subject: Meeting next week",
  "Date: Mon, 2 Nov 2026 10:00:00 +0900",
  "Message-ID: <abc@example.co.jp>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Hello, see you next week.",
  "",
].join("\r\n");
