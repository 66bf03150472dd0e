/**
 * 7z listing: the names in the archive's header and which of them are encrypted. The header
 * sits at the end of the file ("next header"). 7-Zip normally stores it compressed (an
 * "encoded header": a small folder record in clear, then the real header packed with LZMA),
 * and with `-mhe=on` it also encrypts it with AES, which hides the names.
 *
 * An encoded header is decompressed here (LZMA, LZMA2 or stored; see sevenzip-lzma.ts) up to a
 * size cap, checked against its CRC when it has one, and parsed (sevenzip-header.ts). A file
 * is encrypted when the folder holding its data has the AES coder (06 F1 07 01). File data is
 * read only to open an archive inside the 7z (sevenZipMemberData), within the caller's budget.
 */
import { hasBytes, indexOfBytes, u64, u8 } from "./bytes";
import { markStopped, timeIsUp, type WorkBudget } from "./budget";
import { crc32 } from "./sevenzip-crc";
import {
  CODER,
  folderIsEncrypted,
  folderUnpackSize,
  ID,
  readFilesInfo,
  readStreamsInfo,
  Reader,
  SevenZipHeaderError,
  type FilesInfo,
  type Folder,
  type StreamsInfo,
} from "./sevenzip-header";
import { decodeLzma, decodeLzma2, type Decoded } from "./sevenzip-lzma";
import { emptyListing, type ArchiveEntry, type ArchiveListing } from "./types";

const SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const SIGNATURE_HEADER_SIZE = 32;
const AES_CODER_ID = [0x06, 0xf1, 0x07, 0x01];
/** The coder description of an encoded header is a few dozen bytes; never scan more than this. */
const MAX_HEADER_SCAN = 64 * 1024;
/** 7-Zip packs an already packed header only once; allow a little more, never a loop. */
const MAX_ENCODED_LEVELS = 4;
const MIB = 1024 * 1024;

/**
 * Largest header decompressed to read the names, the same as the inflate cap for one archive
 * member (inspect.ts). A header takes about 60 bytes per file (UTF-16 name, time, attributes,
 * size, CRC), so 8 MiB covers over 100,000 files; decoding runs at some 20 MB/s, so the cap
 * also bounds the time to a fraction of a second. A larger header is reported, not read.
 */
export const DEFAULT_MAX_HEADER_BYTES = 8 * MIB;
export const DEFAULT_MAX_ENTRIES = 50_000;

export interface SevenZipOptions {
  maxEntries?: number | undefined;
  maxHeaderBytes?: number | undefined;
  /**
   * The mail's work budget: an encoded header is unpacked only within its bytes and time, and
   * charged with what came out (a crafted header can unpack to itself, level after level).
   */
  budget?: WorkBudget | undefined;
}

export function looksLike7z(b: Uint8Array): boolean {
  return hasBytes(b, 0, SIGNATURE);
}

export function list7z(b: Uint8Array, options: SevenZipOptions = {}): ArchiveListing {
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
  const header = b.subarray(at, at + size);
  // The AES coder in the clear folder record of an encoded header means the names are
  // encrypted; found by a scan first so a record we cannot parse still says so.
  if (
    u8(header, 0) === ID.encodedHeader &&
    indexOfBytes(header, AES_CODER_ID, 0, MAX_HEADER_SCAN) >= 0
  ) {
    listing.namesHidden = true;
    listing.encrypted = true;
    return listing;
  }
  try {
    readNextHeader(b, header, listing, {
      maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
      maxHeaderBytes: options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES,
      budget: options.budget,
    });
  } catch (e) {
    // Header errors are expected on damaged files; anything else is a bug, but still data.
    const why = e instanceof SevenZipHeaderError ? e.message : `unexpected error: ${String(e)}`;
    listing.damage = `the 7z header could not be read, so the names are unknown: ${why}`;
  }
  return listing;
}

interface Limits {
  maxEntries: number;
  maxHeaderBytes: number;
  budget: WorkBudget | undefined;
}

function fail(message: string): never {
  throw new SevenZipHeaderError(message);
}

/** Follows encoded headers down to the plain header and lists it. */
function readNextHeader(
  file: Uint8Array,
  header: Uint8Array,
  listing: ArchiveListing,
  limits: Limits
): void {
  let current = header;
  for (let level = 0; ; level++) {
    const kind = current[0];
    if (kind === ID.header) {
      readPlainHeader(new Reader(current, 1), listing, limits.maxEntries);
      return;
    }
    if (kind !== ID.encodedHeader) {
      if (level === 0) listing.damage = "the 7z header has an unknown type (the file is damaged)";
      else fail("the unpacked header is not a 7z header");
      return;
    }
    if (level >= MAX_ENCODED_LEVELS) fail("the header is packed too many times");
    const streams = readStreamsInfo(new Reader(current, 1));
    const folder = streams.folders[0];
    if (!folder || streams.folders.length !== 1) fail("the packed header is not one folder");
    if (folderIsEncrypted(folder)) {
      listing.namesHidden = true;
      listing.encrypted = true;
      return;
    }
    const unpackSize = folderUnpackSize(folder);
    if (unpackSize > limits.maxHeaderBytes) {
      listing.namesCompressed = true; // too large to unpack here: said, not guessed
      return;
    }
    const budget = limits.budget;
    // Checked in this order: past the deadline nothing more is unpacked, whatever the bytes.
    const stop =
      budget && (timeIsUp(budget) ? "time" : unpackSize > budget.bytesLeft ? "bytes" : "");
    if (budget && stop) {
      markStopped(budget, stop);
      budget.unopened[stop]++;
      listing.namesCompressed = true;
      return;
    }
    const start = SIGNATURE_HEADER_SIZE + streams.packPos;
    const packSize = streams.packSizes[0];
    if (packSize === undefined) fail("the packed header has no size");
    if (start + packSize > file.length) {
      listing.damage = "the 7z packed header lies past the end of the file (the file is cut short)";
      return;
    }
    const decoded = decodeFolder(folder, file.subarray(start, start + packSize), unpackSize);
    if (decoded === undefined) {
      listing.namesCompressed = true; // a method not decoded here (PPMd, BZip2, filters…)
      return;
    }
    if (!decoded.ok) fail(decoded.reason);
    if (budget) budget.bytesLeft -= decoded.bytes.length;
    if (folder.crc !== undefined && crc32(decoded.bytes) !== folder.crc) {
      fail("the unpacked header does not match its checksum");
    }
    current = decoded.bytes;
  }
}

/** Decodes a one-coder folder; undefined when its method is not one decoded here. */
function decodeFolder(folder: Folder, packed: Uint8Array, size: number): Decoded | undefined {
  const coder = folder.coders[0];
  if (!coder || folder.coders.length !== 1) return undefined;
  if (coder.id === CODER.lzma) return decodeLzma(coder.props, packed, size);
  if (coder.id === CODER.lzma2) return decodeLzma2(coder.props, packed, size);
  if (coder.id === CODER.copy) {
    if (packed.length < size) return { ok: false, reason: "the stored header is cut short" };
    return { ok: true, bytes: packed.subarray(0, size) };
  }
  return undefined;
}

function readPlainHeader(r: Reader, listing: ArchiveListing, maxEntries: number): void {
  let id = r.number();
  if (id === ID.archiveProperties) {
    while (r.number() !== ID.end) r.bytes(r.count(1, "archive property bytes"));
    id = r.number();
  }
  if (id === ID.additionalStreamsInfo) {
    readStreamsInfo(r);
    id = r.number();
  }
  let streams: StreamsInfo | undefined;
  if (id === ID.mainStreamsInfo) {
    streams = readStreamsInfo(r);
    id = r.number();
  }
  let files: FilesInfo = { declared: 0, files: [] };
  if (id === ID.filesInfo) {
    files = readFilesInfo(r, maxEntries);
    id = r.number();
  }
  if (id !== ID.end) fail("the header has an unknown record");

  const folders = streams?.folders ?? [];
  listing.encrypted = folders.some(folderIsEncrypted);
  listing.declaredEntries = files.declared;
  listing.truncatedAtCap = files.declared > files.files.length ? true : undefined;
  const packStarts = streams ? folderPackStarts(streams) : [];
  // Files with data take the streams in order, folder after folder.
  let folderIndex = 0;
  let leftInFolder = streams?.streamsPerFolder[0] ?? 0;
  let offsetInFolder = 0;
  let streamIndex = 0;
  let missingStreams = false;
  for (const file of files.files) {
    let stream: MemberLocation | undefined;
    if (file.hasStream) {
      while (leftInFolder === 0 && folderIndex < folders.length - 1) {
        folderIndex++;
        leftInFolder = streams?.streamsPerFolder[folderIndex] ?? 0;
        offsetInFolder = 0;
      }
      const folder = folders[folderIndex];
      const size = streams?.streamSizes[streamIndex];
      const pack = packStarts[folderIndex];
      if (folder && pack && size !== undefined && leftInFolder > 0) {
        stream = { folder, packStart: pack.start, packSize: pack.size, offsetInFolder, size };
        leftInFolder--;
        streamIndex++;
        offsetInFolder += size;
      } else missingStreams = true;
    }
    if (file.isAnti) continue;
    // A file whose stream cannot be placed is taken as encrypted when any folder is.
    const encrypted = stream
      ? folderIsEncrypted(stream.folder)
      : file.hasStream && listing.encrypted;
    const entry: ArchiveEntry = {
      name: file.name,
      isDirectory: file.isDirectory,
      encrypted,
      encryption: encrypted ? "7z-aes" : undefined,
      size: file.hasStream ? stream?.size : 0,
    };
    if (stream && !encrypted) members.set(entry, stream);
    listing.entries.push(entry);
  }
  if (files.cutShort) listing.damage = `the 7z header is damaged: ${files.cutShort}`;
  if (missingStreams)
    listing.damage = "the 7z header lists more files with data than it has streams";
}

/** Where a member's bytes are: its folder, the folder's packed stream, and its offset inside. */
interface MemberLocation {
  folder: Folder;
  packStart: number;
  packSize: number;
  offsetInFolder: number;
  size: number;
}

/** Locations of the members listed, kept beside the entries so ArchiveEntry stays generic. */
const members = new WeakMap<ArchiveEntry, MemberLocation>();

/** The file offset and size of each folder's first packed stream. */
function folderPackStarts(s: StreamsInfo): Array<{ start: number; size: number } | undefined> {
  const out: Array<{ start: number; size: number } | undefined> = [];
  let stream = 0;
  let at = SIGNATURE_HEADER_SIZE + s.packPos;
  for (const folder of s.folders) {
    const size = s.packSizes[stream];
    out.push(size === undefined ? undefined : { start: at, size });
    for (let i = 0; i < folder.packedStreams; i++) at += s.packSizes[stream++] ?? 0;
  }
  return out;
}

/**
 * How many bytes must be unpacked to reach a 7z member: a solid folder has no index, so
 * everything before the member in its folder, plus the member. Undefined when the member
 * cannot be opened here (encrypted, or its folder uses a method other than LZMA, LZMA2 or
 * none, or a chain of coders such as BCJ + LZMA).
 */
export function sevenZipMemberCost(entry: ArchiveEntry): number | undefined {
  const at = members.get(entry);
  if (!at || at.folder.coders.length !== 1) return undefined;
  const id = at.folder.coders[0]?.id;
  if (id !== CODER.lzma && id !== CODER.lzma2 && id !== CODER.copy) return undefined;
  return at.offsetInFolder + at.size;
}

/**
 * The bytes of a 7z member listed by list7z from the same `b`, for opening an archive inside
 * a 7z; the caller checks sevenZipMemberCost against its budget first. A reason otherwise.
 */
export function sevenZipMemberData(b: Uint8Array, entry: ArchiveEntry): Uint8Array | string {
  const at = members.get(entry);
  const cost = sevenZipMemberCost(entry);
  if (!at || cost === undefined) return "members of a 7z archive are compressed and not opened";
  if (at.packStart + at.packSize > b.length) return "it lies past the end of the file (cut short)";
  const packed = b.subarray(at.packStart, at.packStart + at.packSize);
  const folderSize = folderUnpackSize(at.folder);
  if (cost > folderSize) return "it runs past the end of its folder (cut short)";
  const coder = at.folder.coders[0] as Folder["coders"][number];
  let decoded: Decoded;
  if (coder.id === CODER.copy) {
    decoded = packed.length >= cost ? { ok: true, bytes: packed } : { ok: false, reason: "" };
  } else if (coder.id === CODER.lzma) {
    decoded = decodeLzma(coder.props, packed, cost); // a prefix of an LZMA stream decodes alone
  } else {
    decoded = decodeLzma2(coder.props, packed, folderSize, cost);
  }
  if (!decoded.ok) return "it is compressed and could not be decompressed";
  return decoded.bytes.subarray(at.offsetInFolder, cost);
}
