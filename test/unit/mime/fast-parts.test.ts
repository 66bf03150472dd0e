/**
 * The fast MIME reader's pieces against postal-mime's own (loaded from its compiled files by
 * path, for this comparison only): structured header values (Content-Type/Disposition with
 * quotes, escapes, RFC 2231 sections), charset decoding for every label the reader accepts,
 * the UTF-8 test, and the windows-1252 fallback. Each either declines or gives the same value.
 */
import { dirname, join } from "node:path";
import fc from "fast-check";
import {
  CHARSET_LABELS,
  Decline,
  decodeCharset,
  decodeUnknown,
  isUtf8,
} from "../../../src/core/mime/fast-decode";
import { parseStructured } from "../../../src/core/mime/fast-params";

const dist = join(dirname(require.resolve("postal-mime/package.json")), "dist", "cjs");
const strings = require(join(dist, "decode-strings.js")) as {
  ENCODING_LABELS: Set<string>;
  decodeCharset(bytes: Uint8Array, charset?: string | null): string;
  isUtf8(bytes: Uint8Array): boolean;
  decodeUtf8OrWindows1252(bytes: Uint8Array): string;
};
const MimeNode = (
  require(join(dist, "mime-node.js")) as { default: { prototype: Record<string, unknown> } }
).default;
const proto = MimeNode.prototype as {
  stripComments: (s: string) => string;
  parseStructuredHeader: (
    this: unknown,
    s: string
  ) => { value: string; params: Record<string, string> };
};
const postalStructured = (s: string) =>
  proto.parseStructuredHeader.call({ stripComments: proto.stripComments }, s);

const PIECES = [
  "text/plain",
  "TEXT/Html",
  "multipart/mixed",
  "attachment",
  ";",
  "; ",
  " ",
  "\t",
  '"',
  "\\",
  "=",
  "charset",
  "CharSet",
  "utf-8",
  "iso-2022-jp",
  "boundary",
  "name",
  "filename",
  "name*",
  "name*0",
  "name*1",
  "name*0*",
  "name*1*",
  "filename*",
  "utf-8''",
  "iso-8859-1'en'",
  "''",
  "'",
  "%E6%97%A5",
  "%41",
  "%",
  "%zz",
  "(",
  ")",
  "a",
  "b.txt",
  "\u00e9",
  "日本",
  "*",
];

const values = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((p) => p.join(""));

function sorted(params: Map<string, string> | Record<string, string>): [string, string][] {
  const entries = params instanceof Map ? [...params] : Object.entries(params);
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

describe("fast reader pieces: decline or equal to postal-mime's", () => {
  it("structured header values", () => {
    let read = 0;
    fc.assert(
      fc.property(values, (s) => {
        let mine;
        try {
          mine = parseStructured(s);
        } catch (e) {
          if (e instanceof Decline) return;
          throw e;
        }
        read++;
        const theirs = postalStructured(s);
        expect({ value: mine.value, params: sorted(mine.params) }).toEqual({
          value: theirs.value,
          params: sorted(theirs.params),
        });
      }),
      { numRuns: 20000 }
    );
    expect(read).toBeGreaterThan(5000);
  });

  it("knows exactly the labels postal-mime's list holds", () => {
    expect([...CHARSET_LABELS].sort()).toEqual([...strings.ENCODING_LABELS].sort());
  });

  /** Declined, or decoded as postal-mime decodes it. */
  function sameDecoding(b: Uint8Array, label: string): boolean {
    let mine: string;
    try {
      mine = decodeCharset(b, label);
    } catch (e) {
      if (e instanceof Decline) return false;
      throw e;
    }
    expect([label, mine]).toEqual([label, strings.decodeCharset(b, label)]);
    return true;
  }

  it("every standard label decodes as postal-mime decodes it", () => {
    const bytes = fc.uint8Array({ maxLength: 64 });
    for (const label of CHARSET_LABELS) {
      for (const spelling of [label, label.toUpperCase(), ` ${label} `]) {
        fc.assert(
          fc.property(bytes, (b) => {
            sameDecoding(b, spelling);
          }),
          { numRuns: 20 }
        );
      }
    }
  });

  it("labels outside the list (aliases, code pages, unknown names) resolve as in postal-mime", () => {
    const LABEL_PIECES = [
      "x-",
      "x-ms-",
      "cs",
      "cp",
      "ms",
      "ibm",
      "windows",
      "-",
      "_",
      ".",
      " ",
      "932",
      "936",
      "949",
      "950",
      "874",
      "51932",
      "50220",
      "1252",
      "utf",
      "8",
      "-7",
      "16",
      "unicode-1-1-",
      "shift",
      "jis",
      "sjis",
      "euc",
      "jp",
      "kr",
      "iso",
      "2022",
      "8859",
      "-1",
      "-8-i",
      "junet",
      "uhc",
      "tis",
      "620",
      "latin",
      "ascii",
      "ansi_x3.110-1983",
      "kanji",
      "31j",
      "mac",
    ];
    const labels = fc
      .array(fc.constantFrom(...LABEL_PIECES), { minLength: 1, maxLength: 5 })
      .map((p) => p.join(""));
    const sample = Uint8Array.from([
      0x41, 0xe6, 0x97, 0xa5, 0x1b, 0x24, 0x42, 0x46, 0x7c, 0x1b, 0x28, 0x42, 0x82, 0xa0, 0xff,
      0x80,
    ]);
    let read = 0;
    fc.assert(
      fc.property(labels, (label) => {
        if (sameDecoding(sample, label)) read++;
      }),
      { numRuns: 5000 }
    );
    expect(read).toBeGreaterThan(2500);
    for (const label of [
      "unicode-1-1-utf-7",
      "ansi_x3.110-1983",
      "cp932",
      "x-sjis",
      "Windows-31J",
      "euc_jp",
    ])
      expect(sameDecoding(sample, label)).toBe(true);
  });

  it("the UTF-8 test and the windows-1252 fallback", () => {
    const near = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(
          0xc2,
          0xdf,
          0xe0,
          0xed,
          0xef,
          0xf0,
          0xf4,
          0xf5,
          0x80,
          0x8f,
          0x90,
          0x9f,
          0xa0,
          0xbf
        )
      ),
      { maxLength: 12 }
    );
    fc.assert(
      fc.property(near, (arr) => {
        const b = Uint8Array.from(arr);
        expect(isUtf8(b)).toBe(strings.isUtf8(b));
        expect(decodeUnknown(b)).toBe(strings.decodeUtf8OrWindows1252(b));
      }),
      { numRuns: 20000 }
    );
  });
});
