import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { main } from "../../../src/cli/main";
import { memoryCliIo } from "../cli-io";
import {
  cliErrorLineSchema,
  reportContractSchema,
  reportJsonSchema,
} from "../../../src/core/report/contract-schema";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");

function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return emlFiles(full);
    return /\.(eml|msg)$/.test(name) ? [full] : [];
  });
}

async function runCli(args: string[], extra: Record<string, string> = {}) {
  const { cliIo, out, err } = memoryCliIo(extra, { disk: true });
  const code = await main(args, cliIo);
  const lines = out
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
  return { code, lines, err: err.join("") };
}

describe("the report contract (todoku check --json)", () => {
  const files = emlFiles(FIXTURES);

  test("every fixture mail gives a report that follows the contract", async () => {
    expect(files.length).toBeGreaterThan(300);
    const { lines } = await runCli(["check", ...files, "--json", "--offline", "--lang", "ja"]);
    expect(lines).toHaveLength(files.length);
    const broken = lines.flatMap((line) => {
      const parsed = reportContractSchema.safeParse(line);
      if (parsed.success) return [];
      return [`${(line as { file?: string }).file}: ${parsed.error.issues[0]?.message}`];
    });
    expect(broken).toEqual([]);
    const modes = new Set(lines.map((l) => (l as { mode: string }).mode));
    expect(modes).toEqual(new Set(["outgoing", "bounce"]));
  }, 120_000);

  test("an unreadable file among several gives an error line of its own shape", async () => {
    const { code, lines } = await runCli(["check", "good.eml", "bad.txt", "--json", "--offline"], {
      "good.eml": "From: a@example.com\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nhello\r\n",
      "bad.txt": "not a mail at all",
    });
    expect(code).toBe(2);
    expect(reportContractSchema.safeParse(lines[0]).success).toBe(true);
    expect(cliErrorLineSchema.parse(lines[1])).toMatchObject({ file: "bad.txt" });
  });

  test("catches what types cannot: a missing item, items out of order, a cause out of range", async () => {
    const aBounce = files.find(
      (f) => f.includes(path.join("ndr", "mails")) && !f.includes("not-bounce")
    );
    const { lines } = await runCli(["check", aBounce as string, "--json", "--offline"]);
    const report = lines[0] as {
      items: { id: number }[];
      bounce: { recipients: { cause: number | null }[] } | null;
    };
    expect(reportContractSchema.safeParse(report).success).toBe(true);
    expect(
      reportContractSchema.safeParse({ ...report, items: report.items.slice(1) }).success
    ).toBe(false);
    expect(
      reportContractSchema.safeParse({ ...report, items: [...report.items].reverse() }).success
    ).toBe(false);
    if (report.bounce?.recipients[0]) {
      const recipients = [{ ...report.bounce.recipients[0], cause: 25 }];
      expect(
        reportContractSchema.safeParse({ ...report, bounce: { ...report.bounce, recipients } })
          .success
      ).toBe(false);
    }
    expect(reportContractSchema.safeParse({ ...report, version: 2 }).success).toBe(false);
  });

  test("docs/report.schema.json is what `npm run gen:report-schema` generates", () => {
    const committed = JSON.parse(
      readFileSync(path.join(ROOT, "docs", "report.schema.json"), "utf8")
    );
    expect(committed).toEqual(reportJsonSchema());
  });
});
