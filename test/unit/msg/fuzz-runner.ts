/**
 * Mutates the .msg fixtures with fast-check and reads each result with parseMsg, timing every
 * case. Run in its own process by fuzz.test.ts, so that a read that never ends (msgreader on a
 * looping sector chain, if the guard let one through) is caught by the parent's timeout instead
 * of hanging the test run. Prints one JSON line: counts, the slowest case, unexpected errors.
 *
 *   npx tsx test/unit/msg/fuzz-runner.ts [runs] [seed]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NotAMailError } from "../../../src/core/mime/eml";
import { parseMsg } from "../../../src/core/mime/msg";
import { rtfBody } from "../../../src/cli/rtf";

const DIR = path.join(__dirname, "..", "..", "fixtures", "msg");
const NAMES = [
  "plain.msg",
  "japanese.msg",
  "zip-exe.msg",
  "received.msg",
  "ndr.msg",
  "signed.msg",
  "ansi-japanese.msg",
  "rtf-html.msg",
];
const FIXTURES = NAMES.map((n) => new Uint8Array(readFileSync(path.join(DIR, n))));
const SECTOR = 512;

const int32At = (b: Uint8Array, at: number) =>
  new DataView(b.buffer, b.byteOffset, b.byteLength).getInt32(at, true);

/** Where the structures a crafted file would attack sit in a fixture (all 512-byte sectors). */
function layout(b: Uint8Array) {
  const sectorOffset = (s: number) => (s + 1) * SECTOR;
  return {
    fat: sectorOffset(int32At(b, 0x4c)),
    miniFat: sectorOffset(int32At(b, 0x3c)),
    directory: sectorOffset(int32At(b, 0x30)),
  };
}

/** Values that turn chains and links into loops, dead ends or huge claims. */
const nasty = fc.oneof(
  fc.constantFrom(-1, -2, -3, -4, 0, 1, 2, 3, 4095, 4096, 0x7fffffff, -0x80000000),
  fc.integer({ min: 0, max: 80 })
);

const edit = fc.oneof(
  // Any aligned word: counts and lengths inside streams (named-property tables, property streams).
  fc.record({ kind: fc.constant("word" as const), at: fc.nat(), value: nasty }),
  fc.record({
    kind: fc.constant("byte" as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant("header" as const),
    field: fc.constantFrom(0x2c, 0x30, 0x3c, 0x40, 0x44, 0x48, 0x4c, 0x50),
    value: nasty,
  }),
  fc.record({
    kind: fc.constant("fat" as const),
    slot: fc.integer({ min: 0, max: 40 }),
    value: nasty,
  }),
  fc.record({
    kind: fc.constant("miniFat" as const),
    slot: fc.integer({ min: 0, max: 120 }),
    value: nasty,
  }),
  fc.record({
    kind: fc.constant("entry" as const),
    index: fc.integer({ min: 0, max: 40 }),
    field: fc.constantFrom(0x42, 0x44, 0x48, 0x4c, 0x74, 0x78),
    value: nasty,
  })
);

const mutation = fc.record({
  fixture: fc.integer({ min: 0, max: FIXTURES.length - 1 }),
  edits: fc.array(edit, { minLength: 1, maxLength: 6 }),
  cut: fc.option(fc.nat(), { freq: 5 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(m: Mutation): Uint8Array {
  const source = FIXTURES[m.fixture] as Uint8Array;
  const b = source.slice();
  const where = layout(source);
  const view = new DataView(b.buffer);
  const put = (at: number, value: number) => {
    if (at >= 0 && at + 4 <= b.length) view.setInt32(at, value, true);
  };
  for (const e of m.edits) {
    if (e.kind === "byte") b[e.at % b.length] = e.value;
    else if (e.kind === "word") put(4 * (e.at % (b.length >> 2)), e.value);
    else if (e.kind === "header") put(e.field, e.value);
    else if (e.kind === "fat") put(where.fat + 4 * e.slot, e.value);
    else if (e.kind === "miniFat") put(where.miniFat + 4 * e.slot, e.value);
    else if (e.field === 0x42) b[where.directory + 128 * e.index + 0x42] = e.value & 0xff;
    else put(where.directory + 128 * e.index + e.field, e.value);
  }
  return m.cut === null ? b : b.subarray(0, m.cut % b.length);
}

async function run(runs: number, seed: number): Promise<void> {
  let accepted = 0;
  let refused = 0;
  let slowestMs = 0;
  const unexpected: string[] = [];
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const bytes = apply(m);
      const start = performance.now();
      try {
        await parseMsg(bytes, { rtfBody });
        accepted++;
      } catch (e) {
        if (e instanceof NotAMailError) refused++;
        else unexpected.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
      }
      slowestMs = Math.max(slowestMs, performance.now() - start);
    }),
    { numRuns: runs, seed }
  );
  const rtf = await fuzzRtf(runs, seed);
  process.stdout.write(
    JSON.stringify({ runs, seed, accepted, refused, slowestMs, unexpected, rtf }) + "\n"
  );
}

/** The RTF body of rtf-html.msg (PR_RTF_COMPRESSED), found by its LZFu header. */
function fixtureRtf(): Uint8Array {
  const b = FIXTURES[NAMES.indexOf("rtf-html.msg")] as Uint8Array;
  for (let i = 0; i + 16 < b.length; i++) {
    if (int32At(b, i + 8) === 0x75465a4c) return b.slice(i, i + 4 + int32At(b, i));
  }
  throw new Error("no compressed RTF in rtf-html.msg");
}

/** Damaged compressed RTF: read (HTML or text), refused (undefined) or thrown; always quickly. */
async function fuzzRtf(runs: number, seed: number) {
  const source = fixtureRtf();
  let read = 0;
  let refused = 0;
  let thrown = 0;
  let slowestMs = 0;
  const rtfEdit = fc.record({
    at: fc.nat(),
    value: fc.oneof(fc.integer({ min: 0, max: 255 }), nasty),
  });
  await fc.assert(
    fc.asyncProperty(fc.array(rtfEdit, { minLength: 1, maxLength: 6 }), async (edits) => {
      const b = source.slice();
      const view = new DataView(b.buffer);
      for (const e of edits) {
        if (e.value > 255 || e.value < 0)
          view.setInt32(4 * (e.at % (b.length >> 2)), e.value, true);
        else b[e.at % b.length] = e.value;
      }
      const start = performance.now();
      try {
        if (rtfBody(b)) read++;
        else refused++;
      } catch {
        thrown++; // parseMsg notes these and keeps the plain body
      }
      slowestMs = Math.max(slowestMs, performance.now() - start);
    }),
    { numRuns: runs, seed }
  );
  return { read, refused, thrown, slowestMs };
}

const runs = Number(process.argv[2] ?? 500);
const seed = Number(process.argv[3] ?? 20261129);
run(runs, seed).catch((e: unknown) => {
  process.stdout.write(JSON.stringify({ crashed: String(e) }) + "\n");
  process.exitCode = 1;
});
