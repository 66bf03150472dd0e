/**
 * Archive readers: names, encryption and damage, from hand-built bytes (see
 * test/fixtures/attachments/build.ts), from JSZip output, and from real Info-ZIP archives
 * (test/fixtures/attachments/make-real.sh).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, gzipSync } from "fflate";
import JSZip from "jszip";
import {
  filePath,
  inspectArchive,
  list7z,
  listLzh,
  listRar4,
  listRar5,
  listTar,
  listZip,
  sniffArchive,
} from "../../../src/core/archive";
import {
  aesExtra,
  build7z,
  buildRar4,
  buildRar5,
  buildZip,
  concat,
  lzhLevel0,
  lzhLevel2,
  SEVEN_ZIP_COMPRESSED_HEADER,
  SEVEN_ZIP_PPMD_HEADER,
  SEVEN_ZIP_ENCRYPTED_HEADER,
  tarEntry,
  utf8,
} from "../../fixtures/attachments/build";

const REAL = join(__dirname, "../../fixtures/attachments/real");
/** 見積書.xlsx in CP932 (Shift_JIS), as Japanese Windows' compressed folders write it. */
const MITSUMORI_CP932 = Uint8Array.from([
  0x8c, 0xa9, 0x90, 0xcf, 0x8f, 0x91, 0x2e, 0x78, 0x6c, 0x73, 0x78,
]);

async function jszip(
  files: Record<string, string | Uint8Array>,
  compression: "STORE" | "DEFLATE" = "DEFLATE"
) {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: "uint8array", compression });
}

describe("ZIP central directory", () => {
  it("lists what JSZip wrote, with sizes and no encryption", async () => {
    const bytes = await jszip({ "docs/報告書.docx": "x".repeat(500), "run.bat": "@echo off" });
    const l = listZip(bytes);
    expect(l.damage).toBeUndefined();
    expect(l.encrypted).toBe(false);
    expect(l.entries.map((e) => e.name)).toEqual(["docs/", "docs/報告書.docx", "run.bat"]);
    expect(l.entries[1]?.size).toBe(500);
    expect(l.entries[1]?.method).toBe(8);
  });

  it("reads a real password-protected ZIP (Info-ZIP, ZipCrypto): names stay visible", () => {
    const l = listZip(new Uint8Array(readFileSync(join(REAL, "ppap.zip"))));
    expect(l.entries.map((e) => e.name)).toEqual(["見積書.pdf", "inner.zip"]);
    expect(l.entries.every((e) => e.encrypted && e.encryption === "zipcrypto")).toBe(true);
    expect(l.encrypted).toBe(true);
  });

  it("tells AES encryption from its extra field (method 99)", () => {
    const bytes = buildZip([
      {
        name: "secret.xlsx",
        data: new Uint8Array(40),
        method: 99,
        flags: 0x801,
        extra: aesExtra(8),
      },
    ]);
    const e = listZip(bytes).entries[0];
    expect(e).toMatchObject({ name: "secret.xlsx", encrypted: true, encryption: "aes", method: 8 });
  });

  it("decodes CP932 names written without the UTF-8 flag", () => {
    const bytes = buildZip([{ name: MITSUMORI_CP932, data: utf8("a") }]);
    expect(listZip(bytes).entries[0]?.name).toBe("見積書.xlsx");
  });

  it("decodes UTF-8 names written without the flag (macOS Archive Utility)", () => {
    const bytes = buildZip([{ name: utf8("請求書.pdf"), data: utf8("a"), flags: 0 }]);
    expect(listZip(bytes).entries[0]?.name).toBe("請求書.pdf");
  });

  it("reads ZIP64 end records", () => {
    const bytes = buildZip(
      [
        { name: "a.txt", data: utf8("hello") },
        { name: "b/setup.exe", data: utf8("MZ") },
      ],
      { zip64: true }
    );
    const l = listZip(bytes);
    expect(l.damage).toBeUndefined();
    expect(l.declaredEntries).toBe(2);
    expect(l.entries.map((e) => e.name)).toEqual(["a.txt", "b/setup.exe"]);
  });

  it("reads a self-extracting archive with a stub in front and a comment behind", () => {
    const bytes = buildZip([{ name: "tool.exe", data: utf8("MZ") }], {
      prefix: new Uint8Array(5000).fill(0x90),
      comment: utf8("made by a self-extractor"),
    });
    const l = listZip(bytes);
    expect(l.entries.map((e) => e.name)).toEqual(["tool.exe"]);
    expect(l.entries[0]?.localOffset).toBe(5000);
  });

  it("reports a truncated archive instead of throwing", async () => {
    const bytes = await jszip({ "a.txt": "aaaa", "b.txt": "bbbb" });
    const cut = listZip(bytes.subarray(0, bytes.length - 30));
    expect(cut.damage).toMatch(/end of the ZIP directory is missing|cut short/);
    const half = listZip(bytes.subarray(0, 10));
    expect(half.damage).toBeDefined();
  });

  it("reports a directory that holds fewer entries than it claims", () => {
    const bytes = buildZip([{ name: "a.txt", data: utf8("x") }], { declaredEntries: 5 });
    const l = listZip(bytes);
    expect(l.entries).toHaveLength(1);
    expect(l.damage).toMatch(/after 1 of 5 entries/);
  });

  it("keeps at most maxEntries names and says so", () => {
    const bytes = buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}.txt` })));
    const l = listZip(bytes, { maxEntries: 10 });
    expect(l.entries).toHaveLength(10);
    expect(l.truncatedAtCap).toBe(true);
    expect(l.declaredEntries).toBe(30);
  });
});

describe("other formats", () => {
  it("7z: an encrypted header (-mhe=on) hides the names", () => {
    const l = list7z(build7z(SEVEN_ZIP_ENCRYPTED_HEADER));
    expect(sniffArchive(build7z(SEVEN_ZIP_ENCRYPTED_HEADER))).toBe("7z");
    expect(l).toMatchObject({ namesHidden: true, encrypted: true });
  });

  it("7z: a compressed header without a password is not called encrypted", () => {
    const l = list7z(build7z(SEVEN_ZIP_COMPRESSED_HEADER));
    expect(l).toMatchObject({ namesHidden: false, encrypted: false, namesCompressed: false });
    expect(l.damage).toMatch(/names are unknown/); // its packed bytes are not a real header
    expect(list7z(build7z(SEVEN_ZIP_PPMD_HEADER))).toMatchObject({ namesCompressed: true });
  });

  it("7z: a header pointing past the end is damage", () => {
    const bytes = build7z(SEVEN_ZIP_COMPRESSED_HEADER);
    expect(list7z(bytes.subarray(0, bytes.length - 5)).damage).toMatch(/cut short/);
  });

  it("RAR5: names and per-file encryption", () => {
    const bytes = buildRar5([{ name: "資料/report.pdf" }, { name: "setup.exe", encrypted: true }]);
    expect(sniffArchive(bytes)).toBe("rar5");
    const l = listRar5(bytes, 100);
    expect(l.damage).toBeUndefined();
    expect(l.entries.map((e) => [e.name, e.encrypted])).toEqual([
      ["資料/report.pdf", false],
      ["setup.exe", true],
    ]);
    expect(l.encrypted).toBe(true);
  });

  it("RAR5: header encryption (rar -hp) hides the names", () => {
    const l = listRar5(buildRar5([], true), 100);
    expect(l).toMatchObject({ namesHidden: true, encrypted: true, entries: [] });
  });

  it("RAR4: names, the encrypted-file flag and header encryption", () => {
    const bytes = buildRar4([{ name: "a.txt" }, { name: MITSUMORI_CP932, encrypted: true }]);
    expect(sniffArchive(bytes)).toBe("rar4");
    const l = listRar4(bytes, 100);
    expect(l.entries.map((e) => [e.name, e.encrypted])).toEqual([
      ["a.txt", false],
      ["見積書.xlsx", true],
    ]);
    expect(listRar4(buildRar4([], true), 100)).toMatchObject({
      namesHidden: true,
      encrypted: true,
    });
  });

  it("LZH: level 0 (Shift_JIS name) and level 2 headers", () => {
    const bytes = concat(lzhLevel0(MITSUMORI_CP932), lzhLevel2(utf8("tool.exe")), Uint8Array.of(0));
    expect(sniffArchive(bytes)).toBe("lzh");
    const l = listLzh(bytes, 100);
    expect(l.damage).toBeUndefined();
    expect(l.entries.map((e) => e.name)).toEqual(["見積書.xlsx", "tool.exe"]);
    expect(l.encrypted).toBe(false);
  });

  it("LZH: a cut file is damage", () => {
    const bytes = lzhLevel0(utf8("a.txt"), 50);
    expect(listLzh(bytes.subarray(0, 40), 100).damage).toMatch(/cut short/);
  });
});

describe("nested archives", () => {
  it("opens a stored inner zip in place and a small deflated one by inflating it", async () => {
    const innerStored = buildZip([{ name: "setup.exe", data: utf8("MZ") }]);
    const innerDeflated = await jszip({
      "macro.xlsm": "x".repeat(2000),
      "deeper.zip": innerStored,
    });
    const outer = buildZip([
      { name: "stored.zip", data: innerStored },
      {
        name: "deflated.zip",
        data: deflateSync(innerDeflated),
        method: 8,
        size: innerDeflated.length,
      },
    ]);
    const r = inspectArchive(outer, { maxDepth: 3 });
    const paths = r?.files.map((f) => filePath(f).join(" → "));
    expect(paths).toEqual(
      expect.arrayContaining([
        "stored.zip → setup.exe",
        "deflated.zip → macro.xlsm",
        "deflated.zip → deeper.zip → setup.exe",
      ])
    );
    expect(r?.notes).toEqual([]);
  });

  it("stops at the depth limit and says which archive was not opened", () => {
    let bytes = buildZip([{ name: "payload.exe", data: utf8("MZ") }]);
    for (let i = 0; i < 5; i++) bytes = buildZip([{ name: `level${i}.zip`, data: bytes }]);
    const r = inspectArchive(bytes, { maxDepth: 2 });
    expect(r?.files.some((f) => f.entry.name === "payload.exe")).toBe(false);
    expect(r?.notes.find((n) => n.kind === "not-opened")?.reason).toBe("nesting limit reached");
  });

  it("does not open an encrypted inner zip but records it as an encrypted archive inside", () => {
    const r = inspectArchive(new Uint8Array(readFileSync(join(REAL, "ppap.zip"))), { maxDepth: 3 });
    expect(r?.notes).toContainEqual({
      path: ["inner.zip"],
      kind: "not-opened",
      reason: "it is encrypted",
    });
    expect(r?.archives.find((a) => a.path[0] === "inner.zip")).toMatchObject({
      encrypted: true,
      insideEncrypted: true,
    });
  });

  it("does not inflate a member larger than the budget", () => {
    const big = new Uint8Array(64);
    const outer = buildZip([
      { name: "big.zip", data: deflateSync(big), method: 8, size: 200 * 1024 * 1024 },
    ]);
    const r = inspectArchive(outer, { maxDepth: 3 });
    expect(r?.notes[0]).toMatchObject({
      kind: "not-opened",
      reason: "it is compressed and too large to open",
    });
  });
});

describe("ZIP central-directory encryption", () => {
  it("an encrypted directory (archive extra data record in its place) hides the names", () => {
    const plain = buildZip([{ name: "a.txt", data: utf8("x") }]);
    // Overwrite the directory's first signature with the archive extra data record's.
    const at = plain.length - 22 - (plain[plain.length - 22 + 12] as number);
    const b = new Uint8Array(plain);
    b.set([0x50, 0x4b, 0x06, 0x08], at);
    expect(listZip(b)).toMatchObject({
      namesHidden: true,
      encrypted: true,
      entries: [],
      declaredEntries: 1,
    });
  });
});

describe("tar and gzip", () => {
  it("lists a tar, and a .tar.gz by inflating it within the budget", () => {
    const tar = concat(
      tarEntry("backup/readme.txt", 700),
      tarEntry("backup/run.sh", 10),
      new Uint8Array(1024)
    );
    expect(listTar(tar, 100).entries.map((e) => e.name)).toEqual([
      "backup/readme.txt",
      "backup/run.sh",
    ]);
    const r = inspectArchive(gzipSync(tar), { maxDepth: 3 });
    expect(r?.files.map((f) => filePath(f).join(" → "))).toEqual([
      "backup/readme.txt",
      "backup/run.sh",
    ]);
  });

  it("a single gzipped file is named by its header (FNAME)", () => {
    const gz = gzipSync(utf8("MZ program"), { filename: "setup.exe" });
    const r = inspectArchive(gz, { maxDepth: 3 });
    expect(r?.files.map((f) => f.entry.name)).toEqual(["setup.exe"]);
  });

  it("a tar.gz inside a zip is reached too", () => {
    const tgz = gzipSync(concat(tarEntry("tools/x.vbs", 5), new Uint8Array(1024)));
    const r = inspectArchive(buildZip([{ name: "tools.tgz", data: tgz }]), { maxDepth: 3 });
    expect(r?.files.map((f) => filePath(f).join(" → "))).toContain("tools.tgz → tools/x.vbs");
  });
});
