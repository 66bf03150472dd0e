/**
 * tar (POSIX ustar and GNU): entry names from the 512-byte headers, skipping file data by the
 * octal size field. Used for .tar attachments and for the inside of a small .tar.gz.
 */
import { decodeLegacyName } from "./names";
import { emptyListing, type ArchiveListing } from "./types";

const BLOCK = 512;

/** "ustar" at offset 257 marks a POSIX (or GNU) tar header. */
export function looksLikeTar(b: Uint8Array): boolean {
  return (
    b.length >= BLOCK &&
    b[257] === 0x75 &&
    b[258] === 0x73 &&
    b[259] === 0x74 &&
    b[260] === 0x61 &&
    b[261] === 0x72
  );
}

function field(b: Uint8Array, at: number, length: number): Uint8Array {
  const f = b.subarray(at, at + length);
  const zero = f.indexOf(0);
  return zero >= 0 ? f.subarray(0, zero) : f;
}

function octal(b: Uint8Array, at: number, length: number): number | undefined {
  let n = 0;
  let digits = 0;
  for (let i = at; i < at + length; i++) {
    const c = b[i] as number;
    if (c === 0 || c === 0x20) {
      if (digits > 0) break;
      continue;
    }
    if (c < 0x30 || c > 0x37) return undefined;
    n = n * 8 + (c - 0x30);
    digits++;
  }
  return n;
}

export function listTar(b: Uint8Array, maxEntries: number): ArchiveListing {
  const listing = emptyListing("tar");
  let p = 0;
  let longName: string | undefined;
  while (p + BLOCK <= b.length) {
    if (b[p] === 0) break; // the end-of-archive zero blocks
    const size = octal(b, p + 124, 12);
    if (size === undefined) {
      listing.damage = "a tar header is damaged";
      break;
    }
    const type = b[p + 156];
    const dataBlocks = Math.ceil(size / BLOCK);
    if (type === 0x4c /* GNU long name: the data is the next entry's name */) {
      longName = decodeLegacyName(field(b, p + BLOCK, Math.min(size, 4096)));
    } else if (type !== 0x78 && type !== 0x67 /* pax headers */) {
      const prefix = decodeLegacyName(field(b, p + 345, 155));
      const base = decodeLegacyName(field(b, p, 100));
      const name = longName ?? (prefix ? `${prefix}/${base}` : base);
      longName = undefined;
      listing.declaredEntries++;
      if (listing.entries.length < maxEntries) {
        listing.entries.push({
          name,
          isDirectory: type === 0x35 || name.endsWith("/"),
          encrypted: false,
          size,
        });
      } else listing.truncatedAtCap = true;
    }
    p += BLOCK * (1 + dataBlocks);
  }
  if (p > b.length) listing.damage = "the tar archive is cut short";
  return listing;
}
