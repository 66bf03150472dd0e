/**
 * The archive work of one mail is bounded by one budget charged by real work: bytes that came
 * out of the decompressor and time on the clock, never the sizes the archive declares.
 */
import { deflateRawSync } from "node:zlib";
import { inspectArchive, workBudget } from "../../src/core/archive";
import { inflateCapped } from "../../src/core/archive/inflate";
import { analyzeSync } from "../../src/core/engine";
import type { MessageSnapshot } from "../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../src/core/policy/schema";
import { concat, craftZip, honestZip, lyingZip, selfUnpacking7z, zeroBomb } from "./hostile-mail";

const MIB = 1024 * 1024;
const reasons = (r: ReturnType<typeof inspectArchive>) => (r?.notes ?? []).map((n) => n.reason);

describe("a ZIP whose entries all point at one 1 GiB deflate stream declaring 0 bytes", () => {
  const zip = lyingZip(200);

  it("unpacks that stream once and only until it passes the declared size", () => {
    const budget = workBudget();
    const before = budget.bytesLeft;
    const r = inspectArchive(zip, { maxDepth: 3, budget });
    expect(r?.files).toHaveLength(200);
    const notes = reasons(r);
    expect(notes).toHaveLength(200);
    expect(notes.filter((n) => /more data than its header declares/.test(n))).toHaveLength(1);
    expect(notes.filter((n) => /shared with another entry/.test(n))).toHaveLength(199);
    // Charged by what came out: one slice past 0 bytes, not 1 GiB, not 0.
    const spent = before - budget.bytesLeft;
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThan(2 * MIB);
  });

  it("members declaring 8 MiB over the same kind of stream cost 8 MiB each, then stop", () => {
    const bomb = zeroBomb(256);
    const six = craftZip(
      Array.from({ length: 6 }, (_, i) => ({
        name: `m${i}.zip`,
        stored: bomb,
        method: 8 as const,
        declaredSize: 8 * MIB,
      })),
      Array.from({ length: 6 }, (_, i) => ({ name: `m${i}.zip`, member: i }))
    );
    const budget = workBudget();
    const r = inspectArchive(six, { maxDepth: 3, budget });
    const notes = reasons(r);
    expect(notes).toHaveLength(6);
    // 64 MiB for the mail: six members pass their 8 MiB, the budget stops what is left.
    for (const n of notes) expect(n).toMatch(/more data than its header declares|budget/);
    expect(budget.bytesLeft).toBeGreaterThan(-9 * MIB);
  });
});

describe("inflateCapped", () => {
  it("gives back an honest stream whole and charges its size", () => {
    const data = new Uint8Array(3 * MIB).map((_, i) => (i * 7) & 0xff);
    const stored = new Uint8Array(deflateRawSync(data));
    const budget = workBudget();
    const out = inflateCapped(stored, "deflate", data.length, budget);
    // Compared as one Buffer: jest's element-wise equality takes minutes on 3 MiB.
    expect(out instanceof Uint8Array && Buffer.from(out).equals(Buffer.from(data))).toBe(true);
    expect(workBudget().bytesLeft - budget.bytesLeft).toBe(data.length);
  });

  it("says damaged for bytes that are not deflate, and never throws", () => {
    const out = inflateCapped(
      Uint8Array.from([0xff, 0xff, 0xff, 0xff]),
      "deflate",
      10,
      workBudget()
    );
    expect(out).toMatch(/could not be decompressed/);
    expect(inflateCapped(new Uint8Array(0), "gzip", 10, workBudget())).toMatch(
      /could not be decompressed/
    );
  });

  it("holds a gzip file to its declared ISIZE", () => {
    const bomb = zeroBomb(64);
    const header = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
    const trailer = Uint8Array.from([0, 0, 0, 0, 100, 0, 0, 0]); // CRC (wrong) and ISIZE 100
    const gz = concat([header, bomb, trailer]);
    const budget = workBudget();
    expect(inflateCapped(gz, "gzip", 100, budget)).toMatch(/more data than its header declares/);
    expect(workBudget().bytesLeft - budget.bytesLeft).toBeLessThan(2 * MIB);
    const r = inspectArchive(gz, { maxDepth: 3 });
    expect(r?.format).toBe("gzip");
  });
});

describe("one budget for every attachment of a mail", () => {
  const inner = honestZip([
    { name: "setup.exe", data: new Uint8Array(MIB).fill(1), deflate: true },
  ]);
  const outer = honestZip([{ name: "inner.zip", data: inner, deflate: true }]);

  it("lets a first archive spend it and stops the next one with a budget note", () => {
    const budget = workBudget({ bytes: inner.length + 10 });
    const first = inspectArchive(outer, { maxDepth: 3, budget });
    expect(first?.files.map((f) => f.entry.name)).toEqual(["inner.zip", "setup.exe"]);
    const second = inspectArchive(outer, { maxDepth: 3, budget });
    expect(second?.files.map((f) => f.entry.name)).toEqual(["inner.zip"]);
    expect(reasons(second)).toEqual([expect.stringMatching(/budget for this mail/)]);
    expect(budget.stoppedBy).toBe("bytes");
    expect(budget.unopened).toEqual({ time: 0, bytes: 1 });
  });

  it("stops at the deadline, checked between members, and says so", () => {
    let clock = 0;
    const budget = workBudget({ timeMs: 10, now: () => clock });
    const many = honestZip(
      Array.from({ length: 5 }, (_, i) => ({ name: `n${i}.zip`, data: inner, deflate: false }))
    );
    const r = inspectArchive(many, { maxDepth: 3, budget });
    expect(r?.files.filter((f) => f.entry.name === "setup.exe")).toHaveLength(5);
    clock = 11;
    const late = inspectArchive(many, { maxDepth: 3, budget });
    expect(reasons(late)).toEqual(Array(5).fill(expect.stringMatching(/time budget/)));
    expect(budget.stoppedBy).toBe("time");
  });

  it("analyzeSync takes a deadline: a mail checked after it still answers, naming what was not opened", () => {
    const snapshot: MessageSnapshot = {
      source: "office-compose",
      kind: "draft",
      subject: "files",
      to: [{ address: "a@example.com" }],
      cc: [],
      bcc: [],
      attachments: [
        { name: "files.zip", size: outer.length, kind: "file", isInline: false, content: outer },
      ],
    };
    const late = analyzeSync({ snapshot, policy: DEFAULT_POLICY, deadline: Date.now() - 1 });
    const item11 = late.items.find((i) => i.id === 11);
    expect(JSON.stringify(item11)).not.toMatch(/setup\.exe/);
    const said = item11?.findings.find((f) => f.rule === "limits.archive-time");
    expect(said?.message.en).toBe(
      "Checking the attachments reached its time limit, so the contents of 1 archive were not opened."
    );
    expect(said?.message.ja).toContain("時間の上限");
    const inTime = analyzeSync({ snapshot, policy: DEFAULT_POLICY, deadline: Date.now() + 60_000 });
    expect(JSON.stringify(inTime.items.find((i) => i.id === 11))).toMatch(/setup\.exe/);
  });
});

describe("7z archives whose packed header unpacks to itself", () => {
  const z = selfUnpacking7z(MIB);

  it("charge the mail's budget with every header unpacked, and stop at it", () => {
    const budget = workBudget();
    const listings = Array.from({ length: 100 }, () => inspectArchive(z, { maxDepth: 3, budget }));
    // Four levels of 1 MiB each per archive: sixteen archives use the mail's 64 MiB.
    expect(budget.bytesLeft).toBe(0);
    expect(budget.stoppedBy).toBe("bytes");
    expect(budget.unopened.bytes).toBe(84);
    expect(listings.every((r) => r?.archives[0]?.format === "7z")).toBe(true);
  });

  it("unpack nothing once the time is up", () => {
    let clock = 0;
    const budget = workBudget({ timeMs: 10, now: () => clock });
    clock = 11;
    inspectArchive(z, { maxDepth: 3, budget });
    expect(budget.bytesLeft).toBe(budget.bytes);
    expect(budget.stoppedBy).toBe("time");
  });
});
