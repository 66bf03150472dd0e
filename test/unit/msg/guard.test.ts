import { readFileSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { checkCfb, hasCfbSignature } from "../../../src/core/mime/cfb-guard";
import { NotAMailError } from "../../../src/core/mime/eml";
import { parseMsg } from "../../../src/core/mime/msg";
import { burn, type Entry as BurnEntry } from "@kenjiuno/msgreader/lib/Burner";
import { msgWithRtf, rtfStored } from "../../robustness/hostile-mail";

const DIR = path.join(__dirname, "..", "..", "fixtures", "msg");
const plain = () => new Uint8Array(readFileSync(path.join(DIR, "plain.msg")));
const SECTOR = 512;

const int32At = (b: Uint8Array, at: number) =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getInt32(at, true);
const put = (b: Uint8Array, at: number, v: number) =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).setInt32(at, v, true);
const sectorOffset = (s: number) => (s + 1) * SECTOR;

interface Entry {
  index: number;
  at: number;
  type: number;
  child: number;
  start: number;
  size: number;
}

/** The directory entries of a fixture (its directory sectors are contiguous, as written). */
function entries(b: Uint8Array): Entry[] {
  const first = sectorOffset(int32At(b, 0x30));
  const out: Entry[] = [];
  for (let i = 0; first + 128 * (i + 1) <= b.length && i < 64; i++) {
    const at = first + 128 * i;
    const type = b[at + 0x42] as number;
    if (type !== 1 && type !== 2 && type !== 5) break;
    out.push({
      index: i,
      at,
      type,
      child: int32At(b, at + 0x4c),
      start: int32At(b, at + 0x74),
      size: int32At(b, at + 0x78),
    });
  }
  return out;
}

/** Crafted files, each a small change to a valid .msg that makes a naive reader loop. */
const CRAFTED: Record<string, (b: Uint8Array) => void> = {
  "the directory's sector chain points back to itself": (b) => {
    const dir = int32At(b, 0x30);
    put(b, sectorOffset(int32At(b, 0x4c)) + 4 * dir, dir);
  },
  "a small stream's mini FAT chain points back to itself": (b) => {
    const small = entries(b).find((e) => e.type === 2 && e.size > 0 && e.size < 4096)!;
    put(b, sectorOffset(int32At(b, 0x3c)) + 4 * small.start, small.start);
  },
  "a directory entry is its own left sibling": (b) => {
    const root = entries(b)[0]!;
    const first = entries(b)[root.child]!;
    put(b, first.at + 0x44, first.index);
  },
  "a storage is its own child": (b) => {
    const storage = entries(b).find((e) => e.type === 1)!;
    put(b, storage.at + 0x4c, storage.index);
  },
};

describe("Compound File guard", () => {
  it("passes every fixture", () => {
    for (const name of ["plain.msg", "japanese.msg", "zip-exe.msg", "received.msg", "ndr.msg"]) {
      expect(checkCfb(new Uint8Array(readFileSync(path.join(DIR, name))))).toEqual({ ok: true });
    }
  });

  it("knows the signature", () => {
    expect(hasCfbSignature(plain())).toBe(true);
    expect(hasCfbSignature(new TextEncoder().encode("From: a@b.c\r\n"))).toBe(false);
    expect(hasCfbSignature(new Uint8Array([0xd0, 0xcf]))).toBe(false);
  });

  it.each(Object.keys(CRAFTED))("refuses a file where %s", async (name) => {
    const b = plain();
    CRAFTED[name]!(b);
    const check = checkCfb(b);
    expect(check.ok).toBe(false);
    expect((check as { reason: string }).reason).toMatch(/loops/);
    await expect(parseMsg(b)).rejects.toThrow(NotAMailError);
  });

  it("refuses a stream that claims 2 GB, before anything is allocated", async () => {
    const b = plain();
    const big = entries(b).find((e) => e.type === 2 && e.size > 0)!;
    put(b, big.at + 0x78, 0x7fffffff);
    expect(checkCfb(b)).toEqual({ ok: false, reason: expect.stringMatching(/more than the file/) });
    await expect(parseMsg(b)).rejects.toThrow(/damaged/);
  });

  it("refuses impossible header counts and sectors outside the file", () => {
    const counts = plain();
    put(counts, 0x2c, 1_000_000);
    expect(checkCfb(counts)).toEqual({ ok: false, reason: expect.stringMatching(/impossible/) });
    const outside = plain();
    put(outside, 0x30, 5000);
    expect(checkCfb(outside)).toEqual({
      ok: false,
      reason: expect.stringMatching(/outside the file/),
    });
  });

  // Why the guard exists: msgreader alone does not come back from these files. Each is read in a
  // child process that is stopped after three seconds (or dies when its memory runs out, whichever is
  // first). A process, not a worker thread: a worker that runs out of memory in one large
  // allocation can abort the whole test process instead of ending alone.
  it("msgreader alone does not finish on the crafted files", async () => {
    const code = `
      const MsgReader = require("@kenjiuno/msgreader").default;
      const chunks = [];
      process.stdin.on("data", (c) => chunks.push(c));
      process.stdin.on("end", () => {
        const b = Buffer.concat(chunks);
        try { new MsgReader(new DataView(b.buffer, b.byteOffset, b.byteLength)).getFileData(); } catch (e) {}
        process.stdout.write("finished");
      });
    `;
    const outcome = (b: Uint8Array) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ["--max-old-space-size=64", "-e", code], {
          cwd: path.join(__dirname, "..", "..", ".."),
          stdio: ["pipe", "pipe", "ignore"],
        });
        let out = "";
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, 3000);
        child.stdout.on("data", (c: Buffer) => (out += c.toString()));
        child.on("close", () => {
          clearTimeout(timer);
          resolve(out === "finished" ? "finished" : timedOut ? "still running" : "out of memory");
        });
        child.stdin.on("error", () => {}); // the child may be gone before it has read everything
        child.stdin.end(b);
      });
    expect(await outcome(plain())).toBe("finished");
    for (const craft of Object.values(CRAFTED).slice(0, 3)) {
      const b = plain();
      craft(b);
      expect(["still running", "out of memory"]).toContain(await outcome(b));
    }
  }, 40_000);
});

describe("text properties larger than Outlook writes", () => {
  // msgreader builds text one character at a time: a 60 MB subject took 13 s and 3 GB.
  it("are refused before msgreader reads them, with the size said", async () => {
    const huge = msgWithRtf("x".repeat(9 * 1024 * 1024), rtfStored("{\\rtf1 x}"));
    expect(checkCfb(huge)).toEqual({
      ok: false,
      reason: expect.stringMatching(/a text property holds 18 MB, more than the 16 MB/),
    });
    await expect(parseMsg(huge)).rejects.toBeInstanceOf(NotAMailError);
  });

  it("leave an ordinary item alone", () => {
    expect(checkCfb(msgWithRtf("Quarterly report", rtfStored("{\\rtf1 x}")))).toEqual({ ok: true });
  });
});

describe("an item with more recipients and attachments than any mail carries", () => {
  const withRecipients = (n: number) => {
    const entries: BurnEntry[] = [{ name: "Root Entry", type: 5, children: [], length: 0 }];
    for (let i = 0; i < n; i++) {
      entries.push({
        name: `__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, "0")}`,
        type: 1,
        children: [],
        length: 0,
      });
      entries[0]!.children!.push(entries.length - 1);
    }
    return burn(entries);
  };

  it("is refused before msgreader decodes each of them (250,000 took 12 s)", () => {
    expect(checkCfb(withRecipients(20_001))).toEqual({
      ok: false,
      reason: "it holds more than 20,000 recipients and attachments",
    });
    expect(checkCfb(withRecipients(1_000))).toEqual({ ok: true });
  });
});
