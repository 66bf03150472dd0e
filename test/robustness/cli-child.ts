/**
 * The CLI from source in a child process, for tests that measure it whole: runs `todoku` and,
 * at exit, writes its peak resident memory (bytes) to file descriptor 3 when that is open.
 */
import { writeSync } from "node:fs";
import { run } from "../../src/cli/index";

process.on("exit", () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS * 1024));
  } catch {
    // fd 3 not open: nobody is measuring
  }
});
run(process.argv.slice(2));
