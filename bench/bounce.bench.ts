/**
 * Bounce reading speed: the full parse (our MIME walker) and classification of every development
 * bounce, one thread. Also prints postal-mime's full parse of the same mails for comparison —
 * the measurement behind the purpose-built walker in src/core/bounce/mime.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readBounce } from "../src/core/bounce";
import { parseEml } from "../src/core/mime/eml";
import { emptySnapshot } from "../src/core/model/snapshot";
import { median, report } from "./util";

const dir = join(__dirname, "..", "test", "fixtures", "ndr", "mails");
const mails = readdirSync(dir)
  .filter((f) => f.endsWith(".eml"))
  .map((f) => new Uint8Array(readFileSync(join(dir, f))));

async function main(): Promise<void> {
  const rounds = 15;
  const rates: number[] = [];
  for (let r = 0; r < rounds + 3; r++) {
    const t0 = performance.now();
    for (const raw of mails) readBounce({ ...emptySnapshot("mime", "received"), raw });
    const ms = performance.now() - t0;
    if (r >= 3) rates.push((mails.length * 1000) / ms);
  }
  report(
    `readBounce: parse + classify (${mails.length} bounces)`,
    `${median(rates).toFixed(0)} /s`,
    "≥ 3000 /s"
  );

  const postal: number[] = [];
  for (let r = 0; r < 6; r++) {
    const t0 = performance.now();
    for (const raw of mails) {
      try {
        await parseEml(raw);
      } catch {
        // a file the sniffer rejects still costs its time
      }
    }
    const ms = performance.now() - t0;
    if (r >= 2) postal.push((mails.length * 1000) / ms);
  }
  report("for comparison: postal-mime full parse (parseEml)", `${median(postal).toFixed(0)} /s`);

  const big = new Uint8Array(20 * 1024 * 1024).fill(0x61);
  big.set(new TextEncoder().encode("From: MAILER-DAEMON@x\nSubject: Undelivered\n\n"));
  const t0 = performance.now();
  readBounce({ ...emptySnapshot("mime", "received"), raw: big });
  report("hostile: one 20 MB line", `${(performance.now() - t0).toFixed(0)} ms`);
}

void main();
