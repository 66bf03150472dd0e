/**
 * The records of a 7z header, after the 7-Zip format notes (7zFormat.txt): StreamsInfo (pack
 * sizes, folders with their coder chains, unpack sizes, how many files each folder holds) and
 * FilesInfo (names in UTF-16LE, the empty-stream, empty-file and anti flags, attributes).
 *
 * Reading stops with a SevenZipHeaderError on anything that does not fit; sevenzip.ts turns it
 * into damage. Every count is checked against the bytes left before anything is allocated for
 * it, so a header that claims 2^40 files costs no more than its own length.
 */

export class SevenZipHeaderError extends Error {}

export const ID = {
  end: 0x00,
  header: 0x01,
  archiveProperties: 0x02,
  additionalStreamsInfo: 0x03,
  mainStreamsInfo: 0x04,
  filesInfo: 0x05,
  packInfo: 0x06,
  unpackInfo: 0x07,
  subStreamsInfo: 0x08,
  size: 0x09,
  crc: 0x0a,
  folder: 0x0b,
  codersUnpackSize: 0x0c,
  numUnpackStream: 0x0d,
  emptyStream: 0x0e,
  emptyFile: 0x0f,
  anti: 0x10,
  name: 0x11,
  winAttributes: 0x15,
  encodedHeader: 0x17,
} as const;

/** Coder ids as hex, the way 7-Zip lists them. */
export const CODER = {
  copy: "00",
  lzma: "030101",
  lzma2: "21",
  aes: "06f10701",
} as const;

/** More coders in one folder than any 7-Zip method chain uses (BCJ2 + 3 LZMA is 4). */
const MAX_CODERS = 32;
const MAX_CODER_STREAMS = 32;
const FILE_ATTRIBUTE_DIRECTORY = 0x10;

function fail(message: string): never {
  throw new SevenZipHeaderError(message);
}

/** Bounds-checked reading of the 7z encodings (bytes, UINT32, and the variable-length NUMBER). */
export class Reader {
  constructor(
    readonly b: Uint8Array,
    public pos = 0
  ) {}

  left(): number {
    return this.b.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.b.length) fail("the header is cut short");
    return this.b[this.pos++] as number;
  }

  /**
   * NUMBER: the count of leading one bits of the first byte is the count of little-endian
   * bytes that follow; the first byte's remaining bits are the highest part. Values past 2^53
   * lose precision, which no real size or count reaches.
   */
  number(): number {
    const first = this.byte();
    let mask = 0x80;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if ((first & mask) === 0) return value + (first & (mask - 1)) * scale;
      value += this.byte() * scale;
      scale *= 256;
      mask >>= 1;
    }
    return value;
  }

  /** A NUMBER that counts items taking at least `bytesPerItem` bytes each of what is left. */
  count(bytesPerItem: number, what: string): number {
    const n = this.number();
    if (n * bytesPerItem > this.left()) fail(`the header claims more ${what} than it holds`);
    return n;
  }

  u32(): number {
    const b = this.bytes(4);
    return (
      ((b[0] as number) | ((b[1] as number) << 8) | ((b[2] as number) << 16)) +
      (b[3] as number) * 0x1000000
    );
  }

  bytes(n: number): Uint8Array {
    if (n > this.left()) fail("the header is cut short");
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

export interface Coder {
  /** Hex coder id, e.g. "030101" for LZMA. */
  id: string;
  props: Uint8Array;
  inStreams: number;
  outStreams: number;
}

export interface Folder {
  coders: Coder[];
  /** Pairs [in stream, out stream] that chain coders inside the folder. */
  bindPairs: Array<[number, number]>;
  /** One size per out stream of all coders, in coder order. */
  unpackSizes: number[];
  /** How many packed streams (in PackInfo order) the folder reads. */
  packedStreams: number;
  crc?: number | undefined;
}

export interface StreamsInfo {
  packPos: number;
  packSizes: number[];
  folders: Folder[];
  /** Files (substreams) per folder; 1 each when the header does not say. */
  streamsPerFolder: number[];
  /** Size of each substream, all folders in order. */
  streamSizes: number[];
}

export function hexId(id: Uint8Array): string {
  let s = "";
  for (const byte of id) s += byte.toString(16).padStart(2, "0");
  return s;
}

/** The folder's final output: the out stream no bind pair consumes. */
export function folderUnpackSize(folder: Folder): number {
  for (let i = folder.unpackSizes.length - 1; i >= 0; i--) {
    if (!folder.bindPairs.some(([, out]) => out === i)) return folder.unpackSizes[i] as number;
  }
  return fail("a folder has no final output");
}

export function folderIsEncrypted(folder: Folder): boolean {
  return folder.coders.some((c) => c.id === CODER.aes);
}

/** A bit vector of `n` bits, most significant bit first, as the 7z header stores it. */
function bitVector(r: Reader, n: number): Uint8Array {
  return r.bytes(Math.ceil(n / 8));
}

export function bit(v: Uint8Array | undefined, i: number): boolean {
  if (!v) return false;
  return (((v[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) === 1;
}

/** Digests: "all defined" byte or a bit vector, then a UINT32 per defined item. */
function readDigests(r: Reader, n: number): Array<number | undefined> {
  const allDefined = r.byte();
  const defined = allDefined ? undefined : bitVector(r, n);
  const out: Array<number | undefined> = [];
  for (let i = 0; i < n; i++) out.push(allDefined || bit(defined, i) ? r.u32() : undefined);
  return out;
}

function expect(r: Reader, id: number, what: string): void {
  if (r.number() !== id) fail(`${what} is missing`);
}

function readPackInfo(r: Reader, s: StreamsInfo): void {
  s.packPos = r.number();
  const n = r.count(1, "packed streams");
  for (;;) {
    const id = r.number();
    if (id === ID.end) break;
    if (id === ID.size) for (let i = 0; i < n; i++) s.packSizes.push(r.number());
    else if (id === ID.crc) readDigests(r, n);
    else fail("the pack information has an unknown record");
  }
}

function readFolder(r: Reader): Folder {
  const numCoders = r.number();
  if (numCoders === 0 || numCoders > MAX_CODERS) fail("a folder has an invalid number of coders");
  const folder: Folder = { coders: [], bindPairs: [], unpackSizes: [], packedStreams: 1 };
  let totalIn = 0;
  let totalOut = 0;
  for (let i = 0; i < numCoders; i++) {
    const flags = r.byte();
    // Bit 7 announced "alternative methods", which no 7-Zip version has written.
    if (flags & 0x80) fail("a coder uses a reserved flag");
    const id = hexId(r.bytes(flags & 0x0f));
    let inStreams = 1;
    let outStreams = 1;
    if (flags & 0x10) {
      inStreams = r.number();
      outStreams = r.number();
      if (inStreams > MAX_CODER_STREAMS || outStreams > MAX_CODER_STREAMS) {
        fail("a coder has too many streams");
      }
    }
    const props = flags & 0x20 ? r.bytes(r.count(1, "coder properties")) : new Uint8Array(0);
    folder.coders.push({ id, props, inStreams, outStreams });
    totalIn += inStreams;
    totalOut += outStreams;
  }
  if (totalOut < 1) fail("a folder has no output");
  for (let i = 0; i < totalOut - 1; i++) {
    const inIndex = r.number();
    const outIndex = r.number();
    if (inIndex >= totalIn || outIndex >= totalOut)
      fail("a folder binds a stream it does not have");
    folder.bindPairs.push([inIndex, outIndex]);
  }
  const packed = totalIn - (totalOut - 1);
  if (packed < 1) fail("a folder has no packed stream");
  if (packed > 1) for (let i = 0; i < packed; i++) r.number();
  folder.packedStreams = packed;
  return folder;
}

function readUnpackInfo(r: Reader, s: StreamsInfo): void {
  expect(r, ID.folder, "the folder list");
  // A folder takes at least 2 bytes (coder count, coder flags).
  const n = r.count(2, "folders");
  if (r.byte() !== 0) fail("the folders are stored elsewhere (not supported)");
  for (let i = 0; i < n; i++) s.folders.push(readFolder(r));
  expect(r, ID.codersUnpackSize, "the unpacked sizes");
  for (const folder of s.folders) {
    const outs = folder.coders.reduce((sum, c) => sum + c.outStreams, 0);
    for (let i = 0; i < outs; i++) folder.unpackSizes.push(r.number());
  }
  for (;;) {
    const id = r.number();
    if (id === ID.end) break;
    if (id === ID.crc) {
      readDigests(r, n).forEach((crc, i) => {
        (s.folders[i] as Folder).crc = crc;
      });
    } else fail("the folder information has an unknown record");
  }
}

function readSubStreamsInfo(r: Reader, s: StreamsInfo): void {
  s.streamsPerFolder = s.folders.map(() => 1);
  let id = r.number();
  if (id === ID.numUnpackStream) {
    s.streamsPerFolder = s.folders.map(() => r.number());
    id = r.number();
  }
  const hasSizes = id === ID.size;
  s.streamSizes = [];
  s.folders.forEach((folder, i) => {
    const n = s.streamsPerFolder[i] as number;
    if (n === 0) return;
    let sum = 0;
    if (n > 1) {
      if (!hasSizes) fail("the sizes of the files in a folder are missing");
      // Each size is at least one byte, so a false count stops at the end of the header.
      if (n - 1 > r.left()) fail("the header claims more files than it holds");
      for (let j = 0; j < n - 1; j++) {
        const size = r.number();
        s.streamSizes.push(size);
        sum += size;
      }
    }
    s.streamSizes.push(Math.max(0, folderUnpackSize(folder) - sum));
  });
  if (hasSizes) id = r.number();
  while (id !== ID.end) {
    if (id === ID.crc) {
      let unknown = 0;
      s.folders.forEach((folder, i) => {
        const n = s.streamsPerFolder[i] as number;
        if (n !== 1 || folder.crc === undefined) unknown += n;
      });
      readDigests(r, unknown);
    } else fail("the file stream information has an unknown record");
    id = r.number();
  }
}

export function readStreamsInfo(r: Reader): StreamsInfo {
  const s: StreamsInfo = {
    packPos: 0,
    packSizes: [],
    folders: [],
    streamsPerFolder: [],
    streamSizes: [],
  };
  let sawSubStreams = false;
  for (;;) {
    const id = r.number();
    if (id === ID.end) break;
    if (id === ID.packInfo) readPackInfo(r, s);
    else if (id === ID.unpackInfo) readUnpackInfo(r, s);
    else if (id === ID.subStreamsInfo) {
      readSubStreamsInfo(r, s);
      sawSubStreams = true;
    } else fail("the stream information has an unknown record");
  }
  if (!sawSubStreams) {
    s.streamsPerFolder = s.folders.map(() => 1);
    s.streamSizes = s.folders.map(folderUnpackSize);
  }
  return s;
}

export interface FileRecord {
  name: string;
  isDirectory: boolean;
  /** A deletion marker of an update archive: not a file. */
  isAnti: boolean;
  hasStream: boolean;
}

export interface FilesInfo {
  declared: number;
  /** At most `maxFiles` records, in archive order. */
  files: FileRecord[];
  /** Set when the names ran out before the files did: the files before are kept. */
  cutShort?: string | undefined;
}

/**
 * UTF-16LE up to a 0x0000 terminator, starting at `at`: the name, the next offset, and whether
 * the terminator was there (a name cut by the end of the property is returned as read).
 */
function utf16Name(b: Uint8Array, at: number): [string, number, boolean] {
  const units: number[] = [];
  let out = "";
  let p = at;
  let terminated = false;
  while (p + 2 <= b.length) {
    const unit = (b[p] as number) | ((b[p + 1] as number) << 8);
    p += 2;
    if (unit === 0) {
      terminated = true;
      break;
    }
    units.push(unit);
    if (units.length === 4096) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return [out + String.fromCharCode.apply(null, units), terminated ? p : b.length, terminated];
}

/** Attributes: defined bits, an "external" byte, then a UINT32 per defined file. */
function readAttributes(r: Reader, numFiles: number, maxFiles: number): Array<number | undefined> {
  const allDefined = r.byte();
  const defined = allDefined ? undefined : bitVector(r, numFiles);
  if (r.byte() !== 0) fail("the attributes are stored elsewhere (not supported)");
  const out: Array<number | undefined> = [];
  const keep = Math.min(numFiles, maxFiles);
  for (let i = 0; i < keep; i++) out.push(allDefined || bit(defined, i) ? r.u32() : undefined);
  return out;
}

export function readFilesInfo(r: Reader, maxFiles: number): FilesInfo {
  const numFiles = r.number();
  let emptyStream: Uint8Array | undefined;
  let emptyFile: Uint8Array | undefined;
  let anti: Uint8Array | undefined;
  let names: Uint8Array | undefined;
  let attributes: Array<number | undefined> = [];
  let numEmpty = 0;
  for (;;) {
    const type = r.number();
    if (type === ID.end) break;
    const size = r.number();
    if (size > r.left()) fail("a file property runs past the header");
    const sub = new Reader(r.bytes(size));
    if (type === ID.emptyStream) {
      emptyStream = bitVector(sub, numFiles);
      numEmpty = 0;
      for (let i = 0; i < numFiles; i++) if (bit(emptyStream, i)) numEmpty++;
    } else if (type === ID.emptyFile) {
      emptyFile = bitVector(sub, numEmpty);
    } else if (type === ID.anti) {
      anti = bitVector(sub, numEmpty);
    } else if (type === ID.name) {
      if (sub.byte() !== 0) fail("the names are stored elsewhere (not supported)");
      names = sub.bytes(sub.left());
    } else if (type === ID.winAttributes) {
      attributes = readAttributes(sub, numFiles, maxFiles);
    }
    // Times, start positions, padding (kDummy) and unknown properties are not needed.
  }
  const files: FileRecord[] = [];
  const keep = Math.min(numFiles, maxFiles);
  let namePos = 0;
  let emptyIndex = 0;
  for (let i = 0; i < keep; i++) {
    const hasStream = !bit(emptyStream, i);
    let isEmptyFile = false;
    let isAnti = false;
    if (!hasStream) {
      isEmptyFile = bit(emptyFile, emptyIndex);
      isAnti = bit(anti, emptyIndex);
      emptyIndex++;
    }
    let name = "";
    let terminated = true;
    if (names) {
      if (namePos >= names.length) {
        return { declared: numFiles, files, cutShort: "the names end before the files do" };
      }
      [name, namePos, terminated] = utf16Name(names, namePos);
    }
    const attr = attributes[i];
    const isDirectory =
      (!hasStream && !isEmptyFile) ||
      (attr !== undefined && (attr & FILE_ATTRIBUTE_DIRECTORY) !== 0);
    files.push({ name, isDirectory, isAnti, hasStream });
    if (!terminated) return { declared: numFiles, files, cutShort: "a file name is cut short" };
  }
  return { declared: numFiles, files };
}
