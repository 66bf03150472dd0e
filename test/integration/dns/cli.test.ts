/**
 * `todoku check` end to end with DNS: a policy file points the CLI at the fake resolver; the
 * real entry (src/cli/index.ts) runs in a child process through tsx, so argument parsing,
 * policy loading, the DoH client over real HTTP and the exit status are all exercised.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dnsFactGatherer } from "../../../src/cli/index";
import { main, type CliIo } from "../../../src/cli/main";
import { startFakeDoh, type FakeDoh } from "../../fakes/fake-doh";
import { baseZone } from "./zone";

const ROOT = join(__dirname, "..", "..", "..");
const EML = join(ROOT, "test", "fixtures", "dns", "typo-and-null-mx.eml");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(__dirname, "cli-entry.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, LANG: "en_US.UTF-8" }, timeout: 30000 },
      (error, stdout, stderr) => {
        const code =
          error && typeof (error as { code?: unknown }).code === "number"
            ? (error as { code: number }).code
            : 0;
        resolve({ code, stdout, stderr });
      }
    );
  });
}

let fake: FakeDoh;
let dir: string;

beforeAll(async () => {
  fake = await startFakeDoh(baseZone());
  dir = await mkdtemp(join(tmpdir(), "todoku-dns-"));
});
afterAll(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  fake.queries.length = 0;
});

async function policyFile(dns: object): Promise<string> {
  const file = join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify({ dns }));
  return file;
}

type Item = {
  id: number;
  status: string;
  findings: { rule: string; severity: string; evidence?: string }[];
};

describe("todoku check with DNS (child process, real HTTP)", () => {
  it("honours the resolver URL of --policy and reports the DNS findings", async () => {
    const policy = await policyFile({ resolverUrl: fake.url, timeoutMs: 3000 });
    const r = await runCli(["check", EML, "--json", "--policy", policy]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { items: Item[] };
    const item = (id: number) => json.items.find((i) => i.id === id)!;
    expect(item(16).status).toBe("problem");
    expect(item(16).findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        "dns.recipient.nxdomain",
        "dns.recipient.null-mx",
        "dns.recipient.ok",
      ])
    );
    expect(item(8).findings.find((f) => f.rule === "dns.recipient.domain-typo")?.evidence).toBe(
      "hanako@gmial.com"
    );
    expect(item(23).findings.map((f) => f.rule)).toContain("dns.recipient.mta-sts");
    expect(item(24).findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(["dns.spf.ok", "dns.dmarc.policy"])
    );
    expect(fake.queries.map((q) => `${q.type} ${q.name}`)).toEqual(
      expect.arrayContaining([
        "MX gmial.com",
        "MX parked.example.org",
        "TXT example.co.jp",
        "TXT _dmarc.example.co.jp",
      ])
    );
  }, 40000);

  it("--offline asks nothing", async () => {
    const policy = await policyFile({ resolverUrl: fake.url });
    const r = await runCli(["check", EML, "--json", "--offline", "--policy", policy]);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(fake.queries).toHaveLength(0);
    const json = JSON.parse(r.stdout) as { items: Item[] };
    expect(
      json.items.find((i) => i.id === 16)?.findings.some((f) => f.rule.startsWith("dns."))
    ).toBe(false);
  }, 40000);
});

describe("todoku check with DNS (in process)", () => {
  function io(files: Record<string, Uint8Array>): CliIo & { out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      readFile: async (p) => {
        const f = files[p];
        if (!f) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
        return f;
      },
      env: { LANG: "ja_JP.UTF-8" },
    };
  }

  it("asks nothing when the policy turns DNS off", async () => {
    const { readFile } = await import("node:fs/promises");
    const files = {
      "mail.eml": new Uint8Array(await readFile(EML)),
      "p.json": new TextEncoder().encode(
        JSON.stringify({ dns: { enabled: false, resolverUrl: fake.url } })
      ),
    };
    const cli = io(files);
    const code = await main(["check", "mail.eml", "--json", "--policy", "p.json"], cli, {
      gatherFacts: dnsFactGatherer(),
    });
    expect(code === 0 || code === 1).toBe(true);
    expect(fake.queries).toHaveLength(0);
    const json = JSON.parse(cli.out.join("")) as { items: Item[] };
    expect(
      json.items
        .flatMap((i) => i.findings)
        .some((f) => f.rule.startsWith("dns.") || f.rule.startsWith("source.dns"))
    ).toBe(false);
  });

  it("reports DNS as unavailable (not as a problem) when the resolver is unreachable", async () => {
    const { readFile } = await import("node:fs/promises");
    const files = {
      "mail.eml": new Uint8Array(await readFile(EML)),
      "p.json": new TextEncoder().encode(
        JSON.stringify({ dns: { resolverUrl: "http://127.0.0.1:9/dns-query" } })
      ),
    };
    const cli = io(files);
    await main(["check", "mail.eml", "--json", "--policy", "p.json"], cli, {
      gatherFacts: dnsFactGatherer(),
    });
    const json = JSON.parse(cli.out.join("")) as { items: Item[] };
    expect(json.items.find((i) => i.id === 16)?.status).toBe("unavailable");
    expect(json.items.find((i) => i.id === 16)?.findings[0]?.rule).toBe("source.dns.unavailable");
    expect(json.items.find((i) => i.id === 24)?.status).toBe("unavailable");
  });
});
