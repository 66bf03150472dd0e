/**
 * LZMA and LZMA2 decoding for 7z headers, on top of LZMA-JS (npm `lzma`), a pure-JS decoder
 * that runs synchronously in Node and the browser. The caller states the unpacked size (from
 * the 7z folder record) and has already capped it; here the dictionary is shrunk to that size,
 * so a hostile "1 GB dictionary" property cannot allocate more than the output itself.
 *
 * LZMA-JS only decodes one raw LZMA stream from start to end. LZMA2 is a sequence of chunks;
 * a chunk that resets the dictionary is a raw LZMA stream of its own, and stored chunks are
 * copied, so those are decoded here. A chunk that continues the previous chunk's dictionary
 * needs the decoder's state across chunks, which LZMA-JS does not expose: such a stream is
 * reported as unsupported (headers of up to 2 MB written in one chunk are not affected).
 */
import { LZMA } from "lzma/src/lzma-d.js";

export type Decoded = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const MIN_DICTIONARY = 4096;

function fail(reason: string): Decoded {
  return { ok: false, reason };
}

/** An ".lzma" (LZMA-alone) file around a raw stream, as LZMA-JS expects it. */
function lzmaAlone(props: Uint8Array, unpackSize: number, stream: Uint8Array): Uint8Array {
  const out = new Uint8Array(13 + stream.length);
  out[0] = props[0] as number;
  const dictionary = Math.max(MIN_DICTIONARY, unpackSize);
  const declared =
    ((props[1] as number) | ((props[2] as number) << 8) | ((props[3] as number) << 16)) +
    (props[4] as number) * 0x1000000;
  let dict = Math.min(declared, dictionary);
  for (let i = 0; i < 4; i++) {
    out[1 + i] = dict & 0xff;
    dict = Math.floor(dict / 256);
  }
  let size = unpackSize;
  for (let i = 0; i < 8; i++) {
    out[5 + i] = size % 256;
    size = Math.floor(size / 256);
  }
  out.set(stream, 13);
  return out;
}

/** Decodes a raw LZMA stream (7z coder 03 01 01, 5 property bytes) of `unpackSize` bytes. */
export function decodeLzma(props: Uint8Array, stream: Uint8Array, unpackSize: number): Decoded {
  if (props.length < 5) return fail("the LZMA properties are cut short");
  if ((props[0] as number) >= 9 * 5 * 5) return fail("the LZMA properties are invalid");
  if (unpackSize === 0) return { ok: true, bytes: new Uint8Array(0) };
  let out: number[] | string;
  try {
    out = LZMA.decompress(lzmaAlone(props, unpackSize, stream));
  } catch {
    return fail("the LZMA stream is damaged");
  }
  // A match may run a little past the stated size; a short output means a broken stream.
  if (typeof out === "string" || out.length < unpackSize) {
    return fail("the LZMA stream ended early");
  }
  const bytes = new Uint8Array(unpackSize);
  for (let i = 0; i < unpackSize; i++) bytes[i] = (out[i] as number) & 0xff;
  return { ok: true, bytes };
}

/** LZMA2 dictionary property (one byte) is checked only for range: the output size rules. */
const LZMA2_MAX_DICT_PROP = 40;

/** Decodes an LZMA2 stream (7z coder 21, one property byte) of `unpackSize` bytes. */
export function decodeLzma2(props: Uint8Array, stream: Uint8Array, unpackSize: number): Decoded {
  if (props.length < 1 || (props[0] as number) > LZMA2_MAX_DICT_PROP) {
    return fail("the LZMA2 properties are invalid");
  }
  const out = new Uint8Array(unpackSize);
  let written = 0;
  let p = 0;
  let lzmaProps: Uint8Array | undefined;
  let needDictReset = true;
  while (p < stream.length) {
    const control = stream[p] as number;
    if (control === 0x00) break;
    if (control === 0x01 || control === 0x02) {
      // A stored chunk: big-endian size - 1, then the bytes.
      if (p + 3 > stream.length) return fail("an LZMA2 chunk header is cut short");
      const size = (((stream[p + 1] as number) << 8) | (stream[p + 2] as number)) + 1;
      p += 3;
      if (control === 0x01) needDictReset = false;
      else if (needDictReset) return fail("the LZMA2 stream does not start with a reset");
      if (p + size > stream.length || written + size > unpackSize) {
        return fail("an LZMA2 chunk runs past its stream");
      }
      out.set(stream.subarray(p, p + size), written);
      written += size;
      p += size;
      continue;
    }
    if (control < 0x80) return fail("an LZMA2 chunk has an invalid control byte");
    const reset = (control >> 5) & 0x03;
    const headerSize = reset >= 2 ? 6 : 5;
    if (p + headerSize > stream.length) return fail("an LZMA2 chunk header is cut short");
    const unpacked =
      ((control & 0x1f) << 16) + ((stream[p + 1] as number) << 8) + (stream[p + 2] as number) + 1;
    const packed = ((stream[p + 3] as number) << 8) + (stream[p + 4] as number) + 1;
    if (reset >= 2) {
      const prop = stream[p + 5] as number;
      // lc + lp must not exceed 4 in LZMA2; pb is at most 4.
      const lc = prop % 9;
      const lp = Math.floor(prop / 9) % 5;
      if (prop >= 9 * 5 * 5 || lc + lp > 4) return fail("an LZMA2 chunk has invalid properties");
      // The chunk's own size bounds its match distances, so it serves as the dictionary size.
      lzmaProps = Uint8Array.of(prop, 0xff, 0xff, 0xff, 0xff);
    }
    p += headerSize;
    if (reset !== 3) {
      return fail("the LZMA2 stream continues a dictionary across chunks (not supported)");
    }
    needDictReset = false;
    if (!lzmaProps) return fail("the LZMA2 stream has no properties");
    if (p + packed > stream.length || written + unpacked > unpackSize) {
      return fail("an LZMA2 chunk runs past its stream");
    }
    const chunk = decodeLzma(lzmaProps, stream.subarray(p, p + packed), unpacked);
    if (!chunk.ok) return chunk;
    out.set(chunk.bytes, written);
    written += unpacked;
    p += packed;
  }
  if (written !== unpackSize) return fail("the LZMA2 stream ended early");
  return { ok: true, bytes: out };
}
