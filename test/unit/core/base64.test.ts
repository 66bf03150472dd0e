import fc from "fast-check";
import { decodeBase64, decodeBase64Text } from "../../../src/core/mime/base64";

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("decodeBase64", () => {
  test("agrees with Node on every length, wrapped at 76 or 16 columns, as a string or as bytes", () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) & 255));
      const b64 = bytes.toString("base64");
      const wrapped = b64.replace(/(.{16})/g, "$1\r\n");
      expect(Buffer.from(decodeBase64(b64))).toEqual(bytes);
      expect(Buffer.from(decodeBase64(wrapped))).toEqual(bytes);
      expect(Buffer.from(decodeBase64(ascii(wrapped)))).toEqual(bytes);
    }
  });

  test("reads the URL-safe alphabet and unpadded input (JWT parts, broken mailers)", () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0xfe, 0x10]);
    expect(Buffer.from(decodeBase64(bytes.toString("base64url")))).toEqual(bytes);
    expect(Buffer.from(decodeBase64("+/+//hA"))).toEqual(bytes);
  });

  test("skips characters outside the alphabet and stops at the first padding", () => {
    expect(decodeBase64Text("SGVs bG8\t*!é日本")).toBe("Hello");
    expect(decodeBase64Text("SGk=IGdhcmJhZ2U=")).toBe("Hi");
    expect(decodeBase64("")).toHaveLength(0);
    expect(decodeBase64("====")).toHaveLength(0);
  });

  test("decodes UTF-8 text, Japanese included", () => {
    const text = '{"subject":"見積書 📎"}';
    expect(decodeBase64Text(Buffer.from(text).toString("base64"))).toBe(text);
  });

  test("never throws and matches Node's forgiving decoder on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const ours = Buffer.from(decodeBase64(s));
        // Node also skips what is not base64, but reads past "=": compare up to the first one.
        const head = s.split("=")[0] ?? "";
        expect(ours).toEqual(Buffer.from(head.replace(/[^A-Za-z0-9+/_-]/g, ""), "base64"));
      }),
      { numRuns: 500 }
    );
  });
});
