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

const readSet = (name: string): Uint8Array[] => {
  const dir = join(__dirname, "..", "test", "fixtures", name, "mails");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => new Uint8Array(readFileSync(join(dir, f))));
};
const mails = readSet("ndr");
// The second development set: older, plainer reports, most read by the general recogniser.
const flufl = readSet("ndr-flufl");

function rate(set: Uint8Array[], rounds: number): number {
  const rates: number[] = [];
  for (let r = 0; r < rounds + 3; r++) {
    const t0 = performance.now();
    for (const raw of set) readBounce({ ...emptySnapshot("mime", "received"), raw });
    const ms = performance.now() - t0;
    if (r >= 3) rates.push((set.length * 1000) / ms);
  }
  return median(rates);
}

async function main(): Promise<void> {
  report(
    `readBounce: parse + classify (${mails.length} bounces)`,
    `${rate(mails, 15).toFixed(0)} /s`,
    "≥ 3000 /s"
  );
  report(
    `readBounce on the flufl set (${flufl.length} bounces)`,
    `${rate(flufl, 15).toFixed(0)} /s`,
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

  // A report that names nobody (the general recogniser's path) with 2 MB of failure sentences,
  // provider wrappers and half addresses: every scan is bounded by the text it reads.
  const line =
    "Remote host said: the error that the other server returned was: 550 user@ unknown\n";
  const noisy = new TextEncoder().encode(
    "From: Mail Delivery System <MAILER-DAEMON@x.example>\nSubject: Undelivered Mail\n" +
      "Return-Path: <>\n\nThis message could not be delivered.\n" +
      line.repeat(Math.floor((2 * 1024 * 1024) / line.length))
  );
  const t1 = performance.now();
  readBounce({ ...emptySnapshot("mime", "received"), raw: noisy });
  report(
    "hostile: 2 MB unaddressed report of wrapper lines",
    `${(performance.now() - t1).toFixed(0)} ms`
  );
}

void main();
