/**
 * Property-based tests of the archive readers and the attachments check: random and mutated
 * bytes never throw, and crafted hostile inputs stay bounded (time is printed by the bench;
 * here the bound is structural: entry counts, notes and opened archives stay small).
 */
import fc from "fast-check";
import { gzipSync } from "fflate";
import JSZip from "jszip";
import {
  inspectArchive,
  list7z,
  listLzh,
  listRar4,
  listRar5,
  listZip,
  sniffArchive,
} from "../../../src/core/archive";
import { indexOfBytes } from "../../../src/core/archive/bytes";
import { decodeLegacyName, decodeUtf8Name } from "../../../src/core/archive/names";
import { ARCHIVE_EXTENSIONS, archiveExtension } from "../../../src/core/archive/sniff";
import { checkAttachments } from "../../../src/core/checks/attachments";
import { emptySnapshot } from "../../../src/core/model/snapshot";
import { defaultPolicy } from "../../../src/core/policy";
import {
  aesExtra,
  build7z,
  buildRar4,
  buildRar5,
  buildZip,
  concat,
  lzhLevel0,
  lzhLevel2,
  SEVEN_ZIP_ENCRYPTED_HEADER,
  utf8,
} from "../../fixtures/attachments/build";

const MIB = 1024 * 1024;

function readAll(b: Uint8Array): void {
  listZip(b);
  list7z(b);
  listRar4(b, 1000);
  listRar5(b, 1000);
  listLzh(b, 1000);
  sniffArchive(b);
  inspectArchive(b, { maxDepth: 3 });
  const s = emptySnapshot("office-compose", "draft");
  s.attachments = [{ name: "x.zip", size: b.length, content: b }];
  const findings = checkAttachments({ snapshot: s, facts: {}, policy: defaultPolicy() });
  if (findings.some((f) => f.rule === "attachment.unreadable"))
    throw new Error("the check caught an exception");
}

let seeds: Uint8Array[] = [];

/** One ustar header for `name` with 5 bytes of data, then the end blocks. */
function tarBlock(name: string): Uint8Array {
  const h = new Uint8Array(512 * 4);
  h.set(utf8(name), 0);
  h.set(utf8("00000000005"), 124);
  h[156] = 0x30;
  h.set(utf8("ustar"), 257);
  return h;
}

beforeAll(async () => {
  const jszip = await new JSZip()
    .file("a/請求書.pdf", "%PDF-1.4 ...")
    .file("setup.exe", "MZ")
    .file("inner.zip", buildZip([{ name: "x.js", data: utf8("alert(1)") }]))
    .generateAsync({ type: "uint8array", compression: "DEFLATE" });
  seeds = [
    jszip,
    buildZip([{ name: "a.txt", data: utf8("hello") }], { zip64: true }),
    buildZip([
      { name: "s.xlsx", data: new Uint8Array(20), method: 99, flags: 0x801, extra: aesExtra(8) },
    ]),
    buildZip([{ name: "nested.zip", data: buildZip([{ name: "in.exe", data: utf8("MZ") }]) }]),
    build7z(SEVEN_ZIP_ENCRYPTED_HEADER),
    buildRar5([{ name: "a.txt" }, { name: "b.exe", encrypted: true }]),
    buildRar4([{ name: "a.txt" }, { name: "b.exe", encrypted: true }]),
    concat(lzhLevel0(utf8("a.txt")), lzhLevel2(utf8("b.exe")), Uint8Array.of(0)),
    gzipSync(tarBlock("dir/a.exe"), { filename: "a.tar" }),
    tarBlock("x/y.txt"),
  ];
});

describe("never throws", () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        readAll(b);
      }),
      { numRuns: 300 }
    );
  });

  it("on real archives with random bytes overwritten, cut or extended", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        fc.option(fc.nat()),
        (which, edits, cut) => {
          const seed = seeds[which % seeds.length] as Uint8Array;
          const b = new Uint8Array(seed);
          for (const [at, value] of edits) b[at % b.length] = value;
          readAll(cut === null ? b : b.subarray(0, cut % (b.length + 1)));
        }
      ),
      { numRuns: 500 }
    );
  });

  it("on signature-prefixed random tails of every format", () => {
    const heads = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
      [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00],
      [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00],
      [0x20, 0x00, 0x2d, 0x6c, 0x68, 0x35, 0x2d],
    ];
    fc.assert(
      fc.property(fc.nat(), fc.uint8Array({ maxLength: 600 }), (which, tail) => {
        readAll(concat(Uint8Array.from(heads[which % heads.length] as number[]), tail));
      }),
      { numRuns: 400 }
    );
  });
});

describe("hostile inputs stay bounded", () => {
  it("1 MB of fake end-of-directory signatures: the search looks at the last 64 KiB only", () => {
    const b = new Uint8Array(MIB);
    for (let i = 0; i + 4 <= b.length; i += 4) b.set([0x50, 0x4b, 0x05, 0x06], i);
    const l = listZip(b);
    expect(l.entries).toHaveLength(0);
    expect(l.damage).toBeDefined();
  });

  it("a directory that claims 2^32 - 1 entries is walked only as far as its bytes go", () => {
    const b = buildZip([{ name: "a.txt" }], { zip64: true, declaredEntries: 2 ** 32 - 1 });
    const l = listZip(b);
    expect(l.entries).toHaveLength(1);
    expect(l.damage).toMatch(/after 1 of 4294967295 entries/);
  });

  it("a stored zip whose 200 members all point back into the archive itself stays bounded", () => {
    // Every central-directory entry is rewritten to the first local header, with a size that
    // runs to the end of the file: each member "contains" the rest of the archive, which is
    // again a zip with 200 such members.
    const entries = Array.from({ length: 200 }, (_, i) => ({
      name: `loop${i}.zip`,
      data: new Uint8Array(0),
    }));
    const b = buildZip(entries);
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const cdSize = dv.getUint32(b.length - 22 + 12, true);
    const dataStart = 30 + "loop0.zip".length;
    let p = b.length - 22 - cdSize;
    for (let i = 0; i < 200; i++) {
      dv.setUint32(p + 20, b.length - dataStart, true); // compressed size
      dv.setUint32(p + 24, b.length - dataStart, true);
      dv.setUint32(p + 42, 0, true); // local header offset: the first entry
      p += 46 + dv.getUint16(p + 28, true);
    }
    const r = inspectArchive(b, { maxDepth: 10 });
    expect(r!.archives.length).toBeGreaterThan(1); // the members really are opened
    expect(r!.archives.length).toBeLessThanOrEqual(101);
    expect(r!.files.length).toBeLessThanOrEqual(50_000);
    const s = emptySnapshot("office-compose", "draft");
    s.attachments = [{ name: "loop.zip", size: b.length, content: b }];
    const findings = checkAttachments({ snapshot: s, facts: {}, policy: defaultPolicy() });
    expect(findings.length).toBeLessThan(10);
  });

  it("a chain of stored zips nested 50 deep stops at the policy depth", () => {
    let b = buildZip([{ name: "end.exe", data: utf8("MZ") }]);
    for (let i = 0; i < 50; i++) b = buildZip([{ name: `n${i}.zip`, data: b }]);
    const r = inspectArchive(b, { maxDepth: 3 });
    expect(r!.archives).toHaveLength(4);
    expect(r!.notes.filter((n) => n.kind === "not-opened")).toHaveLength(1);
  });

  it("many small deflated inner zips share one decompression budget", () => {
    const inner = buildZip([{ name: "x.txt", data: new Uint8Array(1000) }]);
    const outer = buildZip(
      Array.from({ length: 300 }, (_, i) => ({ name: `i${i}.zip`, data: inner }))
    );
    const r = inspectArchive(outer, { maxDepth: 3, maxNestedArchives: 100 });
    expect(r!.archives).toHaveLength(101);
    expect(r!.notes.filter((n) => n.reason === "too many nested archives")).toHaveLength(200);
  });
});

describe("name decoding", () => {
  it("the hand-written UTF-8 decoder agrees with TextDecoder on valid and invalid bytes", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 40 }).map((s) => new TextEncoder().encode(s)),
          fc.uint8Array({ maxLength: 40 })
        ),
        (bytes) => {
          let expected: string | undefined;
          try {
            expected = fatal.decode(bytes);
          } catch {
            expected = undefined;
          }
          const name = decodeUtf8Name(bytes);
          if (expected !== undefined) expect(name).toBe(expected);
          else expect(name).toBe(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe("many notes", () => {
  it("20,000 encrypted inner archives give a handful of findings", () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      name: `p${i}.zip`,
      data: utf8("x"),
      flags: 0x801,
    }));
    const b = buildZip(entries);
    const s = emptySnapshot("office-compose", "draft");
    s.attachments = [{ name: "many.zip", size: b.length, content: b }];
    const findings = checkAttachments({ snapshot: s, facts: {}, policy: defaultPolicy() });
    expect(findings.length).toBeLessThan(10);
    expect(findings.find((f) => f.rule === "attachment.archive-not-opened")?.evidence).toMatch(
      /\(\+19995\)$/
    );
  });
});

describe("hostile names", () => {
  it("long runs of spaces and dots are handled in one pass", () => {
    const names = [
      `${" ".repeat(200_000)}x.exe`,
      `report.pdf${" ".repeat(200_000)}.exe`,
      `${". ".repeat(100_000)}x`,
      `a${".".repeat(200_000)}`,
      `${"\u202e".repeat(100_000)}.scr`,
    ];
    const s = emptySnapshot("office-compose", "draft");
    s.attachments = names.map((name) => ({ name, size: 1 }));
    const findings = checkAttachments({ snapshot: s, facts: {}, policy: defaultPolicy() });
    expect(findings.filter((f) => f.rule === "attachment.double-extension")).toHaveLength(1);
    expect(findings.filter((f) => f.rule === "attachment.rtl-override")).toHaveLength(1);
  });
});

describe("hand-written fast paths agree with the plain versions", () => {
  it("indexOfBytes finds what a byte-by-byte search finds", () => {
    const naive = (b: Uint8Array, sig: number[], from: number, to: number) => {
      for (let i = Math.max(0, from); i + sig.length <= Math.min(to, b.length); i++)
        if (sig.every((x, k) => b[i + k] === x)) return i;
      return -1;
    };
    const small = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }).map((a) => a.map((x) => x % 4)),
        fc.array(small, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -5, max: 210 }),
        fc.integer({ min: -5, max: 210 }),
        (b, sig, from, to) => {
          expect(indexOfBytes(b, sig, from, to)).toBe(naive(b, sig, from, to));
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("names decoded in place equal names decoded from a copy of their bytes", () => {
    const bytes = fc
      .uint8Array({ maxLength: 40 })
      .chain((b) => fc.tuple(fc.constant(b), fc.nat(b.length), fc.nat(b.length)));
    fc.assert(
      fc.property(bytes, ([b, x, y]) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        const copy = b.slice(from, to);
        expect(decodeUtf8Name(b, from, to)).toBe(decodeUtf8Name(copy));
        expect(decodeLegacyName(b, from, to)).toBe(decodeLegacyName(copy));
      }),
      { numRuns: 3000 }
    );
    const name = new TextEncoder().encode("部署/資料_1.pdf");
    const framed = new Uint8Array([0xe3, ...name, 0x81]);
    expect(decodeUtf8Name(framed, 1, 1 + name.length)).toBe("部署/資料_1.pdf");
  });

  it("archiveExtension reads the same extension as the regular expression", () => {
    const byRegex = (name: string) => {
      const m = /\.[a-z0-9]{1,5}$/i.exec(name);
      const ext = m ? m[0].toLowerCase() : undefined;
      return ext && ARCHIVE_EXTENSIONS.has(ext) ? ext : undefined;
    };
    const name = fc
      .array(
        fc.constantFrom("a", ".", "ZIP", "zip", "7z", "tar", ".gz", "ｚ", "é", "/", " ", "K"),
        {
          maxLength: 8,
        }
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(name, fc.string({ maxLength: 12 })), (n) => {
        expect(archiveExtension(n)).toBe(byRegex(n));
      }),
      { numRuns: 3000 }
    );
  });
});
