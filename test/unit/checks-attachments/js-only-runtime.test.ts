/**
 * Outlook's JavaScript-only runtime for event-based add-ins (the send check) may lack
 * TextDecoder and TextEncoder. The archive names and the size estimate must load and work
 * without them.
 */
describe("without TextDecoder and TextEncoder", () => {
  const saved = { decoder: globalThis.TextDecoder, encoder: globalThis.TextEncoder };
  afterEach(() => {
    globalThis.TextDecoder = saved.decoder;
    globalThis.TextEncoder = saved.encoder;
  });

  it("decodes names and measures text by hand", () => {
    // @ts-expect-error: simulating a runtime without the Encoding API
    delete globalThis.TextDecoder;
    // @ts-expect-error: simulating a runtime without the Encoding API
    delete globalThis.TextEncoder;
    expect(typeof TextDecoder).toBe("undefined");
    expect(typeof TextEncoder).toBe("undefined");
    jest.isolateModules(() => {
      const names =
        require("../../../src/core/archive/names") as typeof import("../../../src/core/archive/names");
      const size =
        require("../../../src/core/checks/size") as typeof import("../../../src/core/checks/size");
      // 日本.txt in UTF-8, without the flag
      const utf8Name = Uint8Array.from([
        0xe6, 0x97, 0xa5, 0xe6, 0x9c, 0xac, 0x2e, 0x74, 0x78, 0x74,
      ]);
      expect(names.decodeLegacyName(utf8Name)).toBe("日本.txt");
      expect(names.decodeUtf8Name(Uint8Array.from([0x61, 0x2e, 0x65, 0x78, 0x65]))).toBe("a.exe");
      expect(size.utf8Length("日本 abc 😀")).toBe(6 + 5 + 4);
    });
  });
});
