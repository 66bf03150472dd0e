/**
 * LZH/LHA (header levels 0, 1 and 2): entry names from the headers, which chain one after the
 * other. The format has no encryption. Names are usually Shift_JIS (it was a Japanese format).
 */
import { u16, u32, u8 } from "./bytes";
import { decodeLegacyName } from "./names";
import { emptyListing, type ArchiveListing } from "./types";

/** "-lh5-", "-lh0-", "-lzs-", "-lhd-" (a directory)… at offset 2 of every header. */
function methodAt(b: Uint8Array, at: number): string | undefined {
  if (at + 7 > b.length) return undefined;
  const m = String.fromCharCode(...b.subarray(at + 2, at + 7));
  return /^-l[hz][0-9a-z]-$/.test(m) ? m : undefined;
}

export function looksLikeLzh(b: Uint8Array): boolean {
  return methodAt(b, 0) !== undefined;
}

const EXT_FILENAME = 0x01;
const EXT_DIRECTORY = 0x02;

export function listLzh(b: Uint8Array, maxEntries: number): ArchiveListing {
  const listing = emptyListing("lzh");
  let p = 0;
  while (p < b.length && b[p] !== 0) {
    const method = methodAt(b, p);
    const level = u8(b, p + 20);
    const packed = u32(b, p + 7);
    if (!method || level === undefined || packed === undefined) {
      listing.damage = "an LZH header is cut short or damaged";
      break;
    }
    let name: string | undefined;
    let next: number;
    if (level === 0 || level === 1) {
      const headerSize = u8(b, p) as number;
      const nameLen = u8(b, p + 21) ?? 0;
      if (p + 22 + nameLen > b.length) {
        listing.damage = "an LZH header is cut short";
        break;
      }
      name = decodeLegacyName(b.subarray(p + 22, p + 22 + nameLen));
      // Level 1 counts its extended headers in the packed size, so the formula is the same.
      next = p + 2 + headerSize + packed;
    } else if (level === 2) {
      const total = u16(b, p) ?? 0;
      if (total < 26) {
        listing.damage = "an LZH header is damaged";
        break;
      }
      name = readExtended(b, p + 24, p + total);
      next = p + total + packed;
    } else {
      listing.damage = `an LZH header has an unsupported level (${level})`;
      break;
    }
    listing.declaredEntries++;
    if (listing.entries.length < maxEntries) {
      listing.entries.push({
        name: name ?? "",
        isDirectory: method === "-lhd-",
        encrypted: false,
        size: u32(b, p + 11),
        compressedSize: packed,
      });
    } else listing.truncatedAtCap = true;
    if (next > b.length) {
      listing.damage = "the LZH archive is cut short";
      break;
    }
    p = next;
  }
  return listing;
}

/** Level-2 extended headers: [next size u16] then records of [type u8][data] of that size. */
function readExtended(b: Uint8Array, sizeAt: number, end: number): string | undefined {
  let size = u16(b, sizeAt) ?? 0;
  let p = sizeAt + 2;
  let fileName: string | undefined;
  let directory: string | undefined;
  while (size >= 3 && p + size <= end) {
    const type = b[p];
    const data = b.subarray(p + 1, p + size - 2);
    if (type === EXT_FILENAME) fileName = decodeLegacyName(data);
    // directory parts are separated by 0xFF bytes
    if (type === EXT_DIRECTORY)
      directory = decodeLegacyName(data.map((c) => (c === 0xff ? 0x2f : c)));
    const nextSize = u16(b, p + size - 2) ?? 0;
    p += size;
    size = nextSize;
  }
  if (fileName === undefined) return directory;
  return directory ? `${directory.replace(/\/?$/, "/")}${fileName}` : fileName;
}
