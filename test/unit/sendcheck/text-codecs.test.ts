import fc from "fast-check";
import { decodeUtf8, installTextCodecs } from "../../../src/sendcheck/text-codecs";

function portable(): { TextDecoder: typeof TextDecoder; TextEncoder: typeof TextEncoder } {
  const target: Record<string, unknown> = {};
  expect(installTextCodecs(target)).toEqual(["TextDecoder", "TextEncoder", "atob"]);
  return target as unknown as { TextDecoder: typeof TextDecoder; TextEncoder: typeof TextEncoder };
}

describe("TextEncoder/TextDecoder for classic Outlook's JavaScript-only runtime", () => {
  const P = portable();

  test("UTF-8 decoding matches the platform decoder on arbitrary bytes, replacement characters included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(new P.TextDecoder("utf-8").decode(bytes)).toBe(
          new TextDecoder("utf-8").decode(bytes)
        );
      }),
      { numRuns: 3000 }
    );
    // Hand-picked edge cases: overlong, surrogate, beyond U+10FFFF, truncated, BOM.
    for (const hex of [
      "c080",
      "eda080",
      "f4908080",
      "e282",
      "efbbbf41",
      "f09f938e",
      "ff",
      "e0a4",
    ]) {
      const bytes = Uint8Array.from(Buffer.from(hex, "hex"));
      expect(new P.TextDecoder().decode(bytes)).toBe(new TextDecoder().decode(bytes));
    }
  });

  test("fatal mode throws exactly where the platform decoder throws", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        let expected: string | Error;
        try {
          expected = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        } catch (e) {
          expected = e as Error;
        }
        if (typeof expected === "string") expect(decodeUtf8(bytes, true, false)).toBe(expected);
        else expect(() => decodeUtf8(bytes, true, false)).toThrow(TypeError);
      }),
      { numRuns: 2000 }
    );
  });

  test("Latin-1 decodes byte for byte; an unknown label throws RangeError as the real one does", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = new P.TextDecoder("latin1").decode(bytes);
    expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual(Array.from(bytes));
    expect(() => new P.TextDecoder("shift_jis")).toThrow(RangeError);
  });

  test("UTF-8 encoding matches the platform encoder, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(Buffer.from(new P.TextEncoder().encode(s))).toEqual(
          Buffer.from(new TextEncoder().encode(s))
        );
      }),
      { numRuns: 2000 }
    );
    expect(Buffer.from(new P.TextEncoder().encode("見積\ud800書"))).toEqual(
      Buffer.from(new TextEncoder().encode("見積\ud800書"))
    );
  });

  test("encodeInto matches the platform's: same bytes, same read/written, whole characters only", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }),
        fc.integer({ min: 0, max: 130 }),
        (s, room) => {
          const mine = new Uint8Array(room);
          const theirs = new Uint8Array(room);
          expect(new P.TextEncoder().encodeInto(s, mine)).toEqual(
            new TextEncoder().encodeInto(s, theirs)
          );
          expect(Buffer.from(mine)).toEqual(Buffer.from(theirs));
        }
      ),
      { numRuns: 2000 }
    );
  });

  test("atob agrees with the platform's on any bytes", () => {
    const target: Record<string, unknown> = {};
    installTextCodecs(target);
    const portableAtob = target.atob as (s: string) => string;
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 48 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString("base64");
        expect(portableAtob(b64)).toBe(atob(b64));
      })
    );
  });

  test("existing codecs are left alone", () => {
    const target: Record<string, unknown> = { TextDecoder, TextEncoder, atob };
    expect(installTextCodecs(target)).toEqual([]);
    expect(target.TextDecoder).toBe(TextDecoder);
  });
});
