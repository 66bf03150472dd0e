/**
 * Property tests of the whole engine: real mails from test/fixtures, damaged in many ways, go
 * through parseEml → analyze → contract JSON + text. Nothing may throw except parseEml's
 * NotAMailError, and every report keeps the contract (see support.ts for the invariants).
 * The seed is fixed so CI is reproducible; set TODOKU_FUZZ_SEED to explore other inputs.
 */
import fc from "fast-check";
import { parseEml } from "../../src/core/mime/eml";
import { mutations } from "./mutations";
import { concat, loadSeeds, runPipeline } from "./support";

const SEED = Number(process.env.TODOKU_FUZZ_SEED ?? 20261129);
const seeds = loadSeeds();

const HEAD =
  "From: Taro <taro@example.co.jp>\r\nTo: hanako@example.com\r\nSubject: hello\r\nDate: Mon, 2 Nov 2026 10:00:00 +0900\r\nMessage-ID: <r@example.co.jp>\r\nMIME-Version: 1.0\r\n";

function nested(depth: number): Uint8Array {
  let open = "";
  let close = "";
  for (let i = 0; i < depth; i++)
    open += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
  for (let i = depth - 1; i >= 0; i--) close += `\r\n--b${i}--\r\n`;
  return concat(HEAD, open, "Content-Type: text/plain\r\n\r\nhello", close);
}

function ruleIds(report: { items: { findings: { rule: string }[] }[] }): string[] {
  return report.items.flatMap((i) => i.findings.map((f) => f.rule));
}

describe("every fixture mail", () => {
  it("has fixtures to test with", () => {
    expect(seeds.length).toBeGreaterThan(100);
  });

  it("gives a report that keeps the contract, and no check crashed on it", async () => {
    const crashed: string[] = [];
    let reports = 0;
    for (const seed of seeds) {
      const result = await runPipeline(seed.bytes).catch((e: unknown) => {
        throw new Error(`${seed.name}: ${e instanceof Error ? e.message : String(e)}`);
      });
      if (!result.report) continue;
      reports++;
      const internal = ruleIds(result.report).filter((r) => r.startsWith("internal."));
      if (internal.length) crashed.push(`${seed.name}: ${internal.join(", ")}`);
    }
    expect(crashed).toEqual([]);
    // Only a handful of fixtures are deliberately not mails.
    expect(reports).toBeGreaterThan(seeds.length - 5);
  });
});

describe("damaged fixture mails (fast-check)", () => {
  it("never crash and always keep the report contract", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        mutations,
        async (index, mutate) => {
          const seed = seeds[index];
          if (!seed) return;
          await runPipeline(mutate(seed.bytes));
        }
      ),
      { numRuns: 150, seed: SEED, endOnFailure: true }
    );
  }, 60_000);
});

describe("pathological mails", () => {
  it("500 levels of multipart nesting: the headers are still checked and the body is said to be unread", async () => {
    const result = await runPipeline(nested(500));
    expect(result.outcome).toBe("report");
    const report = result.report!;
    expect(report.message.subject).toBe("hello");
    expect(report.message.to).toEqual(["hanako@example.com"]);
    const partial = report.items
      .filter((i) => i.findings.some((f) => f.rule === "mime.headers-only"))
      .map((i) => i.id);
    expect(partial).toEqual([9, 11, 15]);
  });

  it("nesting within the parser's limit is read normally", async () => {
    const snapshot = await parseEml(nested(100));
    expect(snapshot.bodyText?.trim()).toBe("hello");
    expect(snapshot.notes).toBeUndefined();
  });

  it("more than 2 MiB of headers: the first MiB of headers is checked", async () => {
    const received = Array.from(
      { length: 20_000 },
      (_, i) =>
        `Received: from h${i}.example.net (h${i}.example.net [192.0.2.${i % 250}]) by mx.example.com; Mon, 2 Nov 2026 10:00:00 +0900\r\n`
    ).join("");
    const result = await runPipeline(concat(HEAD, received, "\r\nbody\r\n"));
    expect(result.report?.message.subject).toBe("hello");
    expect(ruleIds(result.report!)).toContain("mime.headers-only");
  });

  it("NUL bytes in the body do not make the mail a binary file", async () => {
    const result = await runPipeline(
      concat(HEAD, "Content-Type: text/plain\r\n\r\nbefore", new Uint8Array(5000), "after\r\n")
    );
    expect(result.outcome).toBe("report");
    expect(result.report?.message.subject).toBe("hello");
  });

  it("a 20 MB single line body is analysed", async () => {
    const result = await runPipeline(
      concat(HEAD, "Content-Type: text/plain\r\n\r\n", "x".repeat(20 * 1024 * 1024), "\r\n")
    );
    expect(result.outcome).toBe("report");
    expect(result.report?.message.sizeBytes).toBeGreaterThan(20 * 1024 * 1024);
  }, 30_000);

  it("unknown and broken charsets, lone continuation bytes and broken ISO-2022-JP escapes are read", async () => {
    const bodies: [string, Uint8Array][] = [
      ["x-unknown", new TextEncoder().encode("caf\u00e9")],
      ["iso-2022-jp", Uint8Array.from([0x1b, 0x24, 0x42, 0x30, 0x1b, 0x28, 0x24, 0x22, 0x1b])],
      ["utf-8", Uint8Array.from([0x80, 0xbf, 0x41, 0xc3, 0x28, 0xed, 0xa0, 0x80])],
    ];
    for (const [charset, body] of bodies) {
      const subject = `=?${charset}?B?${Buffer.from(body).toString("base64")}?=`;
      const mail = concat(
        HEAD.replace("Subject: hello", `Subject: ${subject}`),
        `Content-Type: text/plain; charset=${charset}\r\n\r\n`,
        body,
        "\r\n"
      );
      const result = await runPipeline(mail);
      expect(result.outcome).toBe("report");
    }
  });

  it("a bounce whose returned original is 500 levels deep is still read as a bounce", async () => {
    const dsn = concat(
      "From: MAILER-DAEMON@mx.example.com\r\nTo: taro@example.co.jp\r\nSubject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n',
      "--r\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered.\r\n",
      "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; hanako@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n",
      "--r\r\nContent-Type: message/rfc822\r\n\r\n",
      nested(300),
      "\r\n--r--\r\n"
    );
    const result = await runPipeline(dsn);
    expect(result.report?.mode).toBe("bounce");
    expect(result.report?.bounce?.recipients.map((r) => r.address)).toEqual(["hanako@example.com"]);
  });
});

describe("a mail over the parser's header limit because of one huge field", () => {
  it("keeps the start of that field and the headers after it", async () => {
    const to = Array.from({ length: 200_000 }, (_, i) => `user${i}@example.org`).join(", ");
    const result = await runPipeline(
      concat(`To: ${to}\r\n`, HEAD.replace(/^To:.*\r\n/m, ""), "\r\nbody\r\n")
    );
    const report = result.report!;
    expect(report.message.subject).toBe("hello");
    expect(report.message.from).toBe("taro@example.co.jp");
    expect(report.message.to.slice(0, 2)).toEqual(["user0@example.org", "user1@example.org"]);
    expect(ruleIds(report)).toContain("mime.headers-only");
  });
});
