/**
 * Generated bounces: DSN field blocks of random (often broken) values, human-readable parts in
 * several vendors' words, and returned originals of every type, with and without a
 * multipart/report. The pipeline never throws and a bounce report lists what it read.
 */
import fc from "fast-check";
import { enc, runPipeline } from "./support";

const SEED = Number(process.env.TODOKU_FUZZ_SEED ?? 20261129);

const value = fc.string({
  unit: fc.constantFrom(
    "5.1.1",
    "550",
    " ",
    ";",
    "rfc822",
    "smtp",
    "dns",
    "<",
    ">",
    "@",
    "x",
    "\r\n ",
    "=?utf-8?B?44GC?=",
    "4.4.7",
    "failed",
    "delayed",
    ":",
    "(",
    ")",
    "#",
    "user@example.com",
    "\t",
    "日本語"
  ),
  maxLength: 30,
});
const dsnField = fc
  .tuple(
    fc.constantFrom(
      "Final-Recipient",
      "Original-Recipient",
      "Action",
      "Status",
      "Diagnostic-Code",
      "Remote-MTA",
      "Reporting-MTA",
      "Arrival-Date",
      "Last-Attempt-Date",
      "Will-Retry-Until",
      "X-Actual-Recipient"
    ),
    value
  )
  .map(([name, v]) => `${name}: ${v}`);
const dsnBlock = fc.array(dsnField, { maxLength: 6 }).map((fields) => fields.join("\r\n"));
const reporter = fc.constantFrom(
  "MAILER-DAEMON@mx.example.com",
  "postmaster@example.jp",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.onmicrosoft.com",
  "user@example.com"
);
const humanPart = fc
  .array(
    fc.constantFrom(
      "The following address failed:",
      "  user@example.com",
      "550 5.1.1 User unknown",
      "Remote Server returned '550 5.7.1 RESOLVER.RST.NotAuthorized'",
      "宛先のメールアドレスが見つかりません",
      "<user@example.jp>: host mx.example.jp said: 552 mailbox full",
      "----- Original message -----",
      "Subject: hi",
      "",
      "Delivery has failed to these recipients or groups:",
      "Generating server: x.prod.outlook.com",
      "#550 5.4.1 Recipient address rejected ##"
    ),
    { maxLength: 12 }
  )
  .map((lines) => lines.join("\r\n"));

const bounce = fc
  .tuple(
    reporter,
    humanPart,
    fc.array(dsnBlock, { maxLength: 4 }),
    fc.boolean(),
    fc.constantFrom("message/rfc822", "text/rfc822-headers", "message/global", "text/plain")
  )
  .map(([from, human, blocks, structured, originalType]) => {
    const head = `From: ${from}\r\nTo: taro@example.co.jp\r\nSubject: Undeliverable: hi\r\nMIME-Version: 1.0\r\n`;
    if (!structured)
      return `${head}Content-Type: text/plain\r\n\r\n${human}\r\n${blocks.join("\r\n\r\n")}\r\n`;
    return (
      `${head}Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n` +
      `--r\r\nContent-Type: text/plain\r\n\r\n${human}\r\n` +
      `--r\r\nContent-Type: message/delivery-status\r\n\r\n${blocks.join("\r\n\r\n")}\r\n` +
      `--r\r\nContent-Type: ${originalType}\r\n\r\nFrom: taro@example.co.jp\r\nTo: user@example.com\r\nSubject: hi\r\n\r\nbody\r\n--r--\r\n`
    );
  });

describe("generated bounces", () => {
  it("never crash, and a bounce report always has its recipients as strings", async () => {
    let bounces = 0;
    await fc.assert(
      fc.asyncProperty(bounce, async (mail) => {
        const { report } = await runPipeline(enc(mail));
        if (!report?.bounce) return;
        bounces++;
        for (const r of report.bounce.recipients) expect(typeof r.address).toBe("string");
      }),
      { numRuns: 1500, seed: SEED, endOnFailure: true }
    );
    // The generator is meant to make bounces: most reports must be read as one.
    expect(bounces).toBeGreaterThan(1500 / 2);
  }, 30_000);
});
