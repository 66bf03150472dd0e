/**
 * 7z listing on archives written by 7-Zip (test/fixtures/attachments/7z, see its README):
 * names from LZMA- and LZMA2-packed headers and from a plain header, per-entry AES, hidden
 * names, and what damaged or oversized headers turn into.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inspectArchive, list7z } from "../../../src/core/archive";
import { crc32 } from "../../../src/core/archive/sevenzip-crc";
import { decodeLzma, decodeLzma2 } from "../../../src/core/archive/sevenzip-lzma";
import { LZMA } from "lzma/src/lzma_worker.js";
import { checkAttachments } from "../../../src/core/checks/attachments";
import type { Finding } from "../../../src/core/model/finding";
import { emptySnapshot } from "../../../src/core/model/snapshot";
import { defaultPolicy } from "../../../src/core/policy";
import {
  num,
  plainHeader,
  sevenZipEncoded,
  sevenZipPlain,
  type SynthFile,
} from "../../fixtures/attachments/7z/build";

const DIR = join(__dirname, "../../fixtures/attachments/7z");

function real(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, name)));
}

/** Names as "name", "dir/" and "name [aes]". */
function shown(b: Uint8Array): string[] {
  return list7z(b).entries.map(
    (e) => `${e.name}${e.isDirectory ? "/" : ""}${e.encrypted ? " [aes]" : ""}`
  );
}

const NAMES = [
  "空フォルダ/",
  "資料/",
  "empty.txt",
  "inner.zip",
  "invoice.pdf.exe",
  "見積書.pdf",
  "資料/報告書.docm",
];

function check(name: string, b: Uint8Array): Finding[] {
  const s = emptySnapshot("office-compose", "draft");
  s.to = [{ address: "taro@example.co.jp" }];
  s.attachments = [{ name, size: b.length, content: b, kind: "file" }];
  return checkAttachments({ snapshot: s, facts: {}, policy: defaultPolicy() });
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.item}:${f.rule}:${f.severity}`).sort();

/** Where the next header of a 7z file starts. */
function nextHeaderAt(b: Uint8Array): number {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return 32 + Number(dv.getBigUint64(12, true));
}

describe("7z archives written by 7-Zip", () => {
  it.each([
    ["default.7z", "LZMA2 files, header packed with LZMA (7-Zip's defaults)"],
    ["lzma-not-solid.7z", "LZMA files, one folder each"],
    ["plain-header.7z", "header not packed (-mhc=off)"],
    ["lzma2-header.7z", "header packed with LZMA2"],
  ])("%s (%s): every name, directories marked, nothing encrypted", (file) => {
    const l = list7z(real(file));
    expect(shown(real(file))).toEqual(NAMES);
    expect(l).toMatchObject({
      declaredEntries: 7,
      namesHidden: false,
      namesCompressed: false,
      encrypted: false,
    });
    expect(l.damage).toBeUndefined();
    expect(l.entries.find((e) => e.name === "inner.zip")?.size).toBe(272);
    expect(l.entries.find((e) => e.name === "empty.txt")?.size).toBe(0);
  });

  it("libarchive's writer (Windows 11 Explorer's): same names, folders last, inner zip opened", () => {
    const b = real("libarchive.7z");
    expect([...shown(b)].sort()).toEqual([...NAMES].sort());
    expect(
      shown(b)
        .slice(-2)
        .every((n) => n.endsWith("/"))
    ).toBe(true);
    const r = inspectArchive(b, { maxDepth: 3 });
    expect(r?.files.map((f) => [...f.parents, f.entry.name].join(" → "))).toContain(
      "inner.zip → setup.exe"
    );
  });

  it("a password on the files only: names readable, files with data encrypted", () => {
    const l = list7z(real("aes-files.7z"));
    expect(shown(real("aes-files.7z"))).toEqual([
      "空フォルダ/",
      "資料/",
      "empty.txt",
      "inner.zip [aes]",
      "invoice.pdf.exe [aes]",
      "見積書.pdf [aes]",
      "資料/報告書.docm [aes]",
    ]);
    expect(l.encrypted).toBe(true);
    expect(l.entries.find((e) => e.encrypted)?.encryption).toBe("7z-aes");
  });

  it("a password on the names too (-mhe=on): names hidden, archive encrypted", () => {
    expect(list7z(real("aes-header.7z"))).toMatchObject({
      entries: [],
      namesHidden: true,
      encrypted: true,
      namesCompressed: false,
    });
  });

  it("an update that added a password-protected file: only that file is encrypted", () => {
    const entries = list7z(real("mixed.7z")).entries;
    expect(entries.filter((e) => e.encrypted).map((e) => e.name)).toEqual(["secret.txt"]);
    expect(entries).toHaveLength(8);
  });
});

describe("findings for 7z attachments", () => {
  it("a program with a double extension and a macro file inside a default 7z are found", () => {
    const fs = check("請求書.7z", real("default.7z"));
    expect(rules(fs)).toEqual([
      "11:attachment.blocked-in-archive:problem",
      "11:attachment.disguised-in-archive:problem",
      "11:attachment.macro-enabled:warning",
      "15:attachment.no-encrypted:info",
    ]);
    expect(fs.find((f) => f.rule === "attachment.disguised-in-archive")?.evidence).toBe(
      "請求書.7z → invoice.pdf.exe"
    );
    // The zip inside is unpacked from the solid LZMA2 folder and read too.
    expect(fs.find((f) => f.rule === "attachment.blocked-in-archive")?.evidence).toBe(
      "請求書.7z → inner.zip → setup.exe; 請求書.7z → invoice.pdf.exe; 請求書.7z → 資料/報告書.docm"
    );
  });

  it.each(["default.7z", "lzma-not-solid.7z", "mixed.7z"])(
    "%s: the zip inside is opened within the inflate budget, and only within it",
    (name) => {
      const r = inspectArchive(real(name), { maxDepth: 3 });
      expect(r?.files.map((f) => [...f.parents, f.entry.name].join(" → "))).toContain(
        "inner.zip → setup.exe"
      );
      const small = inspectArchive(real(name), { maxDepth: 3, maxInflateBytes: 100 });
      expect(small?.notes).toContainEqual({
        path: ["inner.zip"],
        kind: "not-opened",
        reason: "it is compressed and too large to open",
      });
    }
  );

  it("a damaged member stream: the zip inside is not opened, the names are still listed", () => {
    const b = new Uint8Array(real("lzma-not-solid.7z"));
    const at = list7z(b).entries.findIndex((e) => e.name === "inner.zip");
    expect(at).toBeGreaterThan(0);
    // Not solid: each file is its own folder, packed in name order from offset 32; inner.zip's
    // stream is the first one (empty files and folders have none).
    for (let i = 40; i < 60; i++) b[i] = 0x00;
    const r = inspectArchive(b, { maxDepth: 3 });
    expect(r?.files.map((f) => f.entry.name)).toContain("invoice.pdf.exe");
    expect(r?.notes).toContainEqual({
      path: ["inner.zip"],
      kind: "not-opened",
      reason: expect.stringMatching(/could not be decompressed|not an archive format/),
    });
  });

  it("a password-protected 7z with readable names: PPAP (15) and the names checked (11)", () => {
    const fs = check("見積.7z", real("aes-files.7z"));
    expect(rules(fs)).toContain("15:attachment.encrypted-archive:warning");
    expect(rules(fs)).toContain("11:attachment.blocked-in-archive:problem");
    expect(rules(fs)).toContain("11:attachment.encrypted-nested-archive:warning");
  });

  it("hidden names: names hidden (11) and encrypted (15), nothing else", () => {
    expect(rules(check("data.7z", real("aes-header.7z")))).toEqual([
      "11:attachment.archive-names-hidden:warning",
      "15:attachment.encrypted-archive:warning",
    ]);
  });

  it("a damaged packed header: the finding says the names could not be read", () => {
    const broken = new Uint8Array(real("default.7z"));
    // The packed header (about 170 bytes) ends where the encoded header starts.
    const inStream = nextHeaderAt(broken) - 120;
    for (let i = 0; i < 16; i++) broken[inStream + i] = 0xa5;
    const l = list7z(broken);
    expect(l.entries).toEqual([]);
    expect(l.damage).toMatch(/names are unknown/);
    const f = check("壊れた.7z", broken).find((x) => x.rule === "attachment.archive-damaged");
    expect(f?.evidence).toBe("壊れた.7z");
    expect(f?.message.ja).toContain("壊れているか途中で切れている");
  });
});

describe("encoded headers", () => {
  it("a checksum that does not match the unpacked header is damage", () => {
    const b = new Uint8Array(real("default.7z"));
    const at = nextHeaderAt(b);
    const header = b.subarray(at);
    const crcAt = header.indexOf(0x0a) + 2; // kCRC, "all defined", then the UINT32
    b[at + crcAt] = (b[at + crcAt] as number) ^ 0xff;
    expect(list7z(b).damage).toMatch(/does not match its checksum/);
  });

  it("a header larger than the cap is left unread and said to be compressed", () => {
    const l = list7z(real("default.7z"), { maxHeaderBytes: 100 });
    expect(l).toMatchObject({ entries: [], namesCompressed: true });
    expect(l.damage).toBeUndefined();
    const r = inspectArchive(real("default.7z"), { maxDepth: 3 });
    expect(r?.notes.some((n) => n.kind === "names-compressed")).toBe(false);
  });

  it("a hostile dictionary size in the LZMA properties does not allocate it", () => {
    const b = new Uint8Array(real("default.7z"));
    const at = nextHeaderAt(b);
    // The LZMA coder: id 03 01 01, 5 property bytes (lc/lp/pb, then the dictionary size).
    let p = at;
    while (!(b[p] === 0x03 && b[p + 1] === 0x01 && b[p + 2] === 0x01)) p++;
    b.set([0xff, 0xff, 0xff, 0xff], p + 5);
    expect(shown(b)).toEqual(NAMES);
  });

  it("the entry cap keeps the first names and counts the rest (10,100 entries)", () => {
    const l = list7z(real("many.7z"), { maxEntries: 1000 });
    expect(l.entries).toHaveLength(1000);
    expect(l).toMatchObject({ declaredEntries: 10_100, truncatedAtCap: true, encrypted: false });
    expect(l.entries.filter((e) => e.isDirectory)).toHaveLength(100);
    expect(l.entries.some((e) => /^案件\d{3}\/見積書_\d{3}_\d{3}\.pdf$/.test(e.name))).toBe(true);
  });

  it("synthetic headers: plain and packed give the same names; AES only where it is", () => {
    const files: SynthFile[] = [
      { name: "docs", directory: true },
      { name: "docs/請求書.pdf", size: 100 },
      { name: "empty.txt", size: 0 },
      { name: "payload.js", size: 20, encrypted: true },
    ];
    const plain = list7z(sevenZipPlain(files));
    const packed = list7z(sevenZipEncoded(files));
    expect(packed).toEqual(plain);
    expect(plain.entries.map((e) => [e.name, e.isDirectory, e.encrypted, e.size])).toEqual([
      ["docs", true, false, 0],
      ["empty.txt", false, false, 0],
      ["docs/請求書.pdf", false, false, 100],
      ["payload.js", false, true, 20],
    ]);
  });

  it("a header that claims 2^40 files but holds 3 names: the 3 are listed, with damage", () => {
    const header = plainHeader([{ name: "a.txt" }, { name: "b.exe" }, { name: "c.txt" }]);
    const at = header.indexOf(0x05); // kFilesInfo, then the file count
    const claimed = Uint8Array.from([
      ...header.subarray(0, at + 1),
      ...num(2 ** 40),
      ...header.subarray(at + 2),
    ]);
    const l = list7z(sevenZipEncoded(claimed));
    expect(l.damage).toBe("the 7z header is damaged: the names end before the files do");
    expect(l.entries.map((e) => e.name)).toEqual(["a.txt", "b.exe", "c.txt"]);
    expect(l.declaredEntries).toBe(2 ** 40);
  });

  it("a name cut by the end of the header is kept as read", () => {
    const header = plainHeader([{ name: "a.txt" }, { name: "setup.exe" }]);
    // Drop the last name's terminator and the two end markers; shorten the property size.
    const cut = header.subarray(0, header.length - 4);
    const nameProp = cut.lastIndexOf(0x11);
    const fixed = new Uint8Array(cut);
    fixed[nameProp + 1] = (fixed[nameProp + 1] as number) - 2;
    const l = list7z(sevenZipEncoded(Uint8Array.from([...fixed, 0x00, 0x00])));
    expect(l.entries.map((e) => e.name)).toEqual(["a.txt", "setup.exe"]);
    expect(l.damage).toBe("the 7z header is damaged: a file name is cut short");
  });
});

/** The data of lzma2-chunks.bin, made the same way as lzma2-chunks.py makes it. */
function lzma2ChunksData(): Uint8Array {
  const out = new Uint8Array(140_000);
  let x = 7;
  for (let i = 0; i < out.length; i++) {
    if (Math.floor(i / 4096) % 2 === 0 || i < 5000) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
      out[i] = (x >>> 16) & 0xff;
    } else out[i] = out[i - 5000] as number;
  }
  return out;
}

describe("LZMA and LZMA2 decoding", () => {
  it("LZMA2 over two chunks, the second reusing the first one's dictionary and state", () => {
    const stream = real("lzma2-chunks.bin");
    const r = decodeLzma2(Uint8Array.of(18), stream, 140_000);
    expect(r.ok && Buffer.from(r.bytes).equals(Buffer.from(lzma2ChunksData()))).toBe(true);
    // Without the first chunk the second one has no dictionary to refer to.
    expect(decodeLzma2(Uint8Array.of(18), stream.subarray(0, 1000), 140_000).ok).toBe(false);
  });

  it("LZMA2: stored chunks are copied; a stream must start with a dictionary reset", () => {
    const data = Uint8Array.from([0x41, 0x42, 0x43]);
    const stored = Uint8Array.of(0x01, 0x00, 0x02, ...data, 0x02, 0x00, 0x00, 0x44, 0x00);
    expect(decodeLzma2(Uint8Array.of(8), stored, 4)).toEqual({
      ok: true,
      bytes: Uint8Array.of(0x41, 0x42, 0x43, 0x44),
    });
    const noReset = Uint8Array.of(0x02, 0x00, 0x02, ...data, 0x00);
    expect(decodeLzma2(Uint8Array.of(8), noReset, 3)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/does not start with a reset/),
    });
    expect(decodeLzma2(Uint8Array.of(41), stored, 4)).toMatchObject({ ok: false });
    expect(decodeLzma2(Uint8Array.of(8), stored.subarray(0, 5), 4)).toMatchObject({ ok: false });
  });

  it("LZMA: a stream that ends early or invalid properties give a reason, not a throw", () => {
    const data = new TextEncoder().encode("見積書 ".repeat(50));
    const alone = Uint8Array.from(LZMA.compress(data, 1));
    const props = alone.subarray(0, 5);
    const stream = alone.subarray(13);
    const half = stream.subarray(0, stream.length >> 1);
    expect(decodeLzma(props, half, data.length)).toMatchObject({
      ok: false,
      reason: "the LZMA stream is cut short",
    });
    expect(decodeLzma(props, stream, data.length)).toEqual({ ok: true, bytes: data });
    expect(decodeLzma(Uint8Array.of(225, 0, 0, 1, 0), stream, data.length)).toMatchObject({
      ok: false,
      reason: "the LZMA properties are invalid",
    });
  });

  it("CRC-32 matches the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
