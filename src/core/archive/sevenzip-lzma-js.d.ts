/**
 * The decompress-only build of LZMA-JS (npm `lzma`). Its package entry point loads a Node
 * worker through `path`, so the core imports this file directly: it is plain script code that
 * sets `LZMA` on its module and runs the same in Node, jest and the browser bundle.
 */
declare module "lzma/src/lzma-d.js" {
  /** A byte per element; the values may be signed (-128..127) when the output is binary. */
  type LzmaOutput = number[] | string;
  export const LZMA: {
    /**
     * Synchronous when no callback is given. The input is an ".lzma" file: 5 property bytes,
     * the unpacked size (8 bytes, little-endian), then the stream. Throws on corrupt input.
     * Returns a string when the output happens to be valid UTF-8 without a zero byte.
     */
    decompress(input: Uint8Array | number[]): LzmaOutput;
  };
}
