/**
 * RAR 4 and RAR 5 block walkers: entry names and encryption flags from the block headers,
 * which are in clear unless the archive encrypts its headers (`rar -hp`), in which case the
 * names are hidden. File data is never read.
 */
import { hasBytes, u16, u32, u8 } from "./bytes";
import { decodeLegacyName, decodeUtf8Name } from "./names";
import { emptyListing, type ArchiveListing } from "./types";

const RAR4_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const RAR5_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];

export function looksLikeRar4(b: Uint8Array): boolean {
  return hasBytes(b, 0, RAR4_SIGNATURE);
}

export function looksLikeRar5(b: Uint8Array): boolean {
  return hasBytes(b, 0, RAR5_SIGNATURE);
}

// ------------------------------------------------------------------------------- RAR 4

const R4_MAIN = 0x73;
const R4_FILE = 0x74;
const R4_END = 0x7b;
const R4_MAIN_PASSWORD = 0x0080;
const R4_FILE_ENCRYPTED = 0x0004;
const R4_FILE_LARGE = 0x0100;
const R4_FILE_UNICODE = 0x0200;
const R4_HAS_ADD_SIZE = 0x8000;
const R4_DIRECTORY_MASK = 0x00e0;

export function listRar4(b: Uint8Array, maxEntries: number): ArchiveListing {
  const listing = emptyListing("rar4");
  let p = RAR4_SIGNATURE.length;
  while (p < b.length) {
    const type = u8(b, p + 2);
    const flags = u16(b, p + 3);
    const headSize = u16(b, p + 5);
    if (type === undefined || flags === undefined || headSize === undefined || headSize < 7) {
      listing.damage = "a RAR block header is cut short or damaged";
      break;
    }
    if (type === R4_END) break;
    let addSize = 0;
    if (flags & R4_HAS_ADD_SIZE || type === R4_FILE) {
      addSize = u32(b, p + 7) ?? 0;
    }
    if (type === R4_MAIN && flags & R4_MAIN_PASSWORD) {
      listing.namesHidden = true;
      listing.encrypted = true;
      break; // every following header is encrypted
    }
    if (type === R4_FILE) {
      const nameSize = u16(b, p + 26);
      const nameAt = p + 32 + (flags & R4_FILE_LARGE ? 8 : 0);
      if (
        nameSize === undefined ||
        nameAt + nameSize > p + headSize ||
        nameAt + nameSize > b.length
      ) {
        listing.damage = "a RAR file header is cut short or damaged";
        break;
      }
      if (flags & R4_FILE_LARGE) addSize += (u32(b, p + 32) ?? 0) * 0x100000000;
      let raw = b.subarray(nameAt, nameAt + nameSize);
      // A Unicode name is stored as "legacy name \0 compressed UTF-16"; the legacy part suffices.
      if (flags & R4_FILE_UNICODE) {
        const zero = raw.indexOf(0);
        if (zero >= 0) raw = raw.subarray(0, zero);
      }
      const encrypted = (flags & R4_FILE_ENCRYPTED) !== 0;
      listing.declaredEntries++;
      if (encrypted) listing.encrypted = true;
      if (listing.entries.length < maxEntries) {
        listing.entries.push({
          name: decodeLegacyName(raw),
          isDirectory: (flags & R4_DIRECTORY_MASK) === R4_DIRECTORY_MASK,
          encrypted,
          encryption: encrypted ? "rar" : undefined,
          size: u32(b, p + 11),
          compressedSize: u32(b, p + 7),
        });
      } else listing.truncatedAtCap = true;
    }
    const next = p + headSize + addSize;
    if (next <= p) break;
    if (next > b.length) {
      listing.damage = "the RAR archive is cut short";
      break;
    }
    p = next;
  }
  return listing;
}

// ------------------------------------------------------------------------------- RAR 5

const R5_FILE = 2;
const R5_ENCRYPTION = 4;
const R5_END = 5;
const R5_HAS_EXTRA = 0x0001;
const R5_HAS_DATA = 0x0002;
const R5_FILE_DIRECTORY = 0x0001;
const R5_FILE_HAS_TIME = 0x0002;
const R5_FILE_HAS_CRC = 0x0004;
const R5_EXTRA_CRYPT = 0x01;

/** RAR5 variable-length integer: 7 bits per byte, high bit = more. At most 10 bytes. */
function vint(b: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const byte = u8(b, at + i);
    if (byte === undefined) return undefined;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if (!(byte & 0x80)) return { value, next: at + i + 1 };
  }
  return undefined;
}

export function listRar5(b: Uint8Array, maxEntries: number): ArchiveListing {
  const listing = emptyListing("rar5");
  let p = RAR5_SIGNATURE.length;
  while (p < b.length) {
    const size = vint(b, p + 4);
    if (!size || size.value < 2) {
      listing.damage = "a RAR block header is cut short or damaged";
      break;
    }
    const headerEnd = size.next + size.value;
    if (headerEnd > b.length) {
      listing.damage = "the RAR archive is cut short";
      break;
    }
    const type = vint(b, size.next);
    const flags = type && vint(b, type.next);
    if (!type || !flags) {
      listing.damage = "a RAR block header is damaged";
      break;
    }
    let q = flags.next;
    let extraSize = 0;
    let dataSize = 0;
    if (flags.value & R5_HAS_EXTRA) {
      const v = vint(b, q);
      if (!v) break;
      extraSize = v.value;
      q = v.next;
    }
    if (flags.value & R5_HAS_DATA) {
      const v = vint(b, q);
      if (!v) break;
      dataSize = v.value;
      q = v.next;
    }
    if (type.value === R5_ENCRYPTION) {
      listing.namesHidden = true;
      listing.encrypted = true;
      break;
    }
    if (type.value === R5_END) break;
    if (type.value === R5_FILE) {
      const entry = readRar5File(b, q, headerEnd - extraSize, headerEnd);
      if (!entry) {
        listing.damage = "a RAR file header is damaged";
        break;
      }
      listing.declaredEntries++;
      if (entry.encrypted) listing.encrypted = true;
      if (listing.entries.length < maxEntries) listing.entries.push(entry);
      else listing.truncatedAtCap = true;
    }
    const next = headerEnd + dataSize;
    if (next > b.length) {
      listing.damage = "the RAR archive is cut short";
      break;
    }
    p = next;
  }
  return listing;
}

function readRar5File(b: Uint8Array, at: number, extraAt: number, end: number) {
  const fileFlags = vint(b, at);
  if (!fileFlags) return undefined;
  const unpacked = vint(b, fileFlags.next);
  if (!unpacked) return undefined;
  const attributes = vint(b, unpacked.next);
  if (!attributes) return undefined;
  let q = attributes.next;
  if (fileFlags.value & R5_FILE_HAS_TIME) q += 4;
  if (fileFlags.value & R5_FILE_HAS_CRC) q += 4;
  const compression = vint(b, q);
  const hostOs = compression && vint(b, compression.next);
  const nameLen = hostOs && vint(b, hostOs.next);
  if (!nameLen || nameLen.next + nameLen.value > extraAt) return undefined;
  const name = decodeUtf8Name(b.subarray(nameLen.next, nameLen.next + nameLen.value));
  // Extra records: size, type, data. Type 1 is "file encryption".
  let encrypted = false;
  let r = extraAt;
  while (r < end) {
    const recSize = vint(b, r);
    if (!recSize || recSize.value === 0) break;
    const recType = vint(b, recSize.next);
    if (recType && recType.value === R5_EXTRA_CRYPT) encrypted = true;
    r = recSize.next + recSize.value;
  }
  return {
    name,
    isDirectory: (fileFlags.value & R5_FILE_DIRECTORY) !== 0,
    encrypted,
    encryption: encrypted ? ("rar" as const) : undefined,
    size: unpacked.value,
  };
}
