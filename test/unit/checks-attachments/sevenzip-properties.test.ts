/**
 * Property tests of the 7z reader: real 7-Zip archives with bytes overwritten, cut or
 * extended, and random next headers, never throw, never reach the reader's last-resort catch
 * ("unexpected error" would mean a bug, not damage), and keep within the entry cap.
 * Time is measured in bench/content-parsers.bench.ts, not asserted here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { LZMA } from "lzma/src/lzma_worker.js";
import { inspectArchive, list7z } from "../../../src/core/archive";
import { decodeLzma } from "../../../src/core/archive/sevenzip-lzma";
import { checkAttachments } from "../../../src/core/checks/attachments";
import { emptySnapshot } from "../../../src/core/model/snapshot";
import { defaultPolicy } from "../../../src/core/policy";
import { sevenZipEncoded, sevenZipPlain } from "../../fixtures/attachments/7z/build";

const DIR = join(__dirname, "../../fixtures/attachments/7z");
const SMALL = [
  "default.7z",
  "lzma-not-solid.7z",
  "plain-header.7z",
  "aes-files.7z",
  "aes-header.7z",
  "mixed.7z",
  "lzma2-header.7z",
  "libarchive.7z",
].map((f) => new Uint8Array(readFileSync(join(DIR, f))));
const SYNTHETIC = [
  sevenZipEncoded([
    { name: "a/b.exe", size: 3 },
    { name: "a", directory: true },
    { name: "s.js", size: 2, encrypted: true },
  ]),
  sevenZipPlain([{ name: "x.txt", size: 0 }, { name: "y.docm" }]),
];
const SEEDS = [...SMALL, ...SYNTHETIC];
const MAX_ENTRIES = 100;

function readAll(b: Uint8Array): void {
  const l = list7z(b, { maxEntries: MAX_ENTRIES });
  if (l.damage?.includes("unexpected error")) throw new Error(l.damage);
  if (l.entries.length > MAX_ENTRIES) throw new Error("entry cap exceeded");
  inspectArchive(b, { maxDepth: 3 });
  const s = emptySnapshot("office-compose", "draft");
  s.attachments = [{ name: "x.7z", size: b.length, content: b }];
  const findings = checkAttachments({ snapshot: s, facts: {}, policy: defaultPolicy() });
  if (findings.some((f) => f.rule === "attachment.unreadable"))
    throw new Error("the check caught an exception");
}

/** Where the next header starts (the packed header stream lies just before it). */
function nextHeaderAt(b: Uint8Array): number {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return Math.min(b.length, 32 + Number(dv.getBigUint64(12, true)));
}

describe("7z: mutated archives never throw", () => {
  it("anywhere: bytes overwritten, then maybe cut", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        (which, edits, cut) => {
          const seed = SEEDS[which % SEEDS.length] as Uint8Array;
          const b = new Uint8Array(seed);
          for (const [at, value] of edits) b[at % b.length] = value;
          readAll(cut === null ? b : b.subarray(0, cut % (b.length + 1)));
        }
      ),
      { numRuns: 400 }
    );
  });

  it("in the headers: the packed header stream and the folder record after it", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.integer({ min: -200, max: 80 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (which, edits) => {
          const seed = SEEDS[which % SEEDS.length] as Uint8Array;
          const b = new Uint8Array(seed);
          const at = nextHeaderAt(b);
          for (const [delta, value] of edits) {
            const p = at + delta;
            if (p >= 32 && p < b.length) b[p] = value;
          }
          readAll(b);
        }
      ),
      { numRuns: 600 }
    );
  });

  it("random next headers of both kinds after a valid start header", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0x01, 0x17),
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 200 }),
        (kind, body, packed) => {
          const next = Uint8Array.from([kind, ...body]);
          const b = new Uint8Array(32 + packed.length + next.length);
          b.set([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04]);
          const dv = new DataView(b.buffer);
          dv.setUint32(12, packed.length, true);
          dv.setUint32(20, next.length, true);
          b.set(packed, 32);
          b.set(next, 32 + packed.length);
          readAll(b);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("the LZMA decoder agrees with LZMA-JS", () => {
  /** LZMA-JS's decoder output as bytes, or undefined when it rejects the stream. */
  function oracle(alone: Uint8Array): Uint8Array | undefined {
    try {
      const out = LZMA.decompress(alone);
      return typeof out === "string" ? new TextEncoder().encode(out) : Uint8Array.from(out);
    } catch {
      return undefined;
    }
  }

  it("on what LZMA-JS compressed, at every level: the same bytes back", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ unit: "grapheme", maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
          fc
            .tuple(fc.uint8Array({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 80 }))
            .map(([unit, n]) =>
              Uint8Array.from(
                { length: unit.length * n },
                (_, i) => unit[i % unit.length] as number
              )
            )
        ),
        fc.integer({ min: 1, max: 9 }),
        (data, mode) => {
          const alone = Uint8Array.from(LZMA.compress(data, mode));
          const r = decodeLzma(alone.subarray(0, 5), alone.subarray(13), data.length);
          expect(r).toEqual({ ok: true, bytes: data });
        }
      ),
      { numRuns: 150 }
    );
  });

  it("on damaged streams: never throws, and what it accepts LZMA-JS decodes the same way", () => {
    const seeds = [
      new TextEncoder().encode("請求書_2026年1月分.pdf.exe ".repeat(20)),
      Uint8Array.from({ length: 800 }, (_, i) => (i * 31) % 256),
    ].map((data) => ({ data, alone: Uint8Array.from(LZMA.compress(data, 5)) }));
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (which, edits) => {
          const { data, alone } = seeds[which % seeds.length] as {
            data: Uint8Array;
            alone: Uint8Array;
          };
          const b = new Uint8Array(alone);
          for (const [at, value] of edits) b[13 + (at % (b.length - 13))] = value;
          const r = decodeLzma(b.subarray(0, 5), b.subarray(13), data.length);
          if (r.ok) {
            const expected = oracle(b);
            if (expected) expect(r.bytes).toEqual(expected.subarray(0, data.length));
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
