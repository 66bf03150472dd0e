/**
 * 7z: what the signature header tells without decompressing. The names live in the "next
 * header" at the end of the file. 7-Zip normally stores that header compressed (an "encoded
 * header", so the names are not readable without LZMA), and with `-mhe=on` it encrypts it
 * with AES, which hides the names. The coder list of the encoded header is tiny and in clear,
 * so the AES coder id (06 F1 07 01) there means "names hidden"; in a plain header it means
 * "files encrypted".
 */
import { hasBytes, indexOfBytes, u64, u8 } from "./bytes";
import { emptyListing, type ArchiveListing } from "./types";

const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const SIGNATURE_HEADER_SIZE = 32;
const AES_CODER_ID = [0x06, 0xf1, 0x07, 0x01];
const K_HEADER = 0x01;
const K_ENCODED_HEADER = 0x17;
/** The coder description of an encoded header is a few dozen bytes; never scan more than this. */
const MAX_HEADER_SCAN = 64 * 1024;

export function looksLike7z(b: Uint8Array): boolean {
  return hasBytes(b, 0, SIGNATURE);
}

export function list7z(b: Uint8Array): ArchiveListing {
  const listing = emptyListing("7z");
  const offset = u64(b, 12);
  const size = u64(b, 20);
  if (offset === undefined || size === undefined) {
    listing.damage = "the 7z start header is cut short";
    return listing;
  }
  const at = SIGNATURE_HEADER_SIZE + offset;
  if (size === 0) return listing; // an empty archive
  if (!Number.isFinite(at) || !Number.isFinite(size) || at + size > b.length) {
    listing.damage = "the 7z header lies past the end of the file (the file is cut short)";
    return listing;
  }
  const kind = u8(b, at);
  const scanEnd = at + Math.min(size, MAX_HEADER_SCAN);
  const aes = indexOfBytes(b, AES_CODER_ID, at, scanEnd) >= 0;
  if (kind === K_ENCODED_HEADER) {
    if (aes) {
      listing.namesHidden = true;
      listing.encrypted = true;
    } else {
      listing.namesCompressed = true;
    }
  } else if (kind === K_HEADER) {
    // Names are in clear but not parsed here; file encryption shows in the coder list.
    listing.namesCompressed = false;
    listing.encrypted = aes;
  } else {
    listing.damage = "the 7z header has an unknown type (the file is damaged)";
  }
  return listing;
}
