/**
 * A structural check of a Compound File (CFB, [MS-CFB]) before msgreader reads it.
 *
 * Why this exists: @kenjiuno/msgreader follows sector chains and directory links with
 * `while (next != END_OF_CHAIN)` and no step limit, so a crafted .msg whose FAT chain, mini-FAT
 * chain or directory tree loops back on itself makes it spin forever (or recurse until the stack
 * breaks), and a stream size of 2 GB makes it allocate 2 GB. This module walks every chain and
 * link msgreader will walk, the way msgreader walks them (same header fields, same lookups), with
 * a step limit and a visited set, and rejects the file if any of them loops, leaves the file or
 * claims more bytes than the file has. It reads only; it never builds the streams.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = -2;
const NO_INDEX = -1;
const HEADER_FAT_SLOTS = 109;
const DIR_ENTRY_SIZE = 128;
const MINI_SECTOR_SIZE = 64;
const MINI_STREAM_CUTOFF = 4096;
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
/** Deeper than any real .msg (a mail in a mail in a mail …) and shallow enough for any stack. */
const MAX_TREE_DEPTH = 64;
/** A text property's stream: PT_UNICODE (001F) or PT_STRING8 (001E). */
const STRING_STREAM = /^__substg1\.0_[0-9A-Fa-f]{4}001[EFef]$/;
/** One text property (a body, a header block) larger than this is not read: 8 Mi UTF-16 chars. */
const MAX_TEXT_PROPERTY_BYTES = 16 * 1024 * 1024;
/** All text properties of the item, embedded items included. */
const MAX_TEXT_PROPERTIES_BYTES = 40 * 1024 * 1024;

/**
 * Recipients and attachments (a storage each), embedded items included. Exchange Online takes
 * at most 1,000 recipients a mail; 250,000 in a crafted item took 12 s to read.
 */
const MAX_STORAGES = 20_000;

const mb = (n: number) => Math.round(n / 1024 / 1024);

/** True when the bytes start with the Compound File signature (.msg, old .doc/.xls …). */
export function hasCfbSignature(bytes: Uint8Array): boolean {
  if (bytes.length < CFB_SIGNATURE.length) return false;
  return CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

export type CfbCheck = { ok: true } | { ok: false; reason: string };

class Damaged extends Error {}

interface DirEntry {
  /** The entry's name, read only for streams ("__substg1.0_0037001F"). */
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** Checks the structure msgreader relies on; see the module comment. */
export function checkCfb(bytes: Uint8Array): CfbCheck {
  if (!hasCfbSignature(bytes)) return { ok: false, reason: "not a Compound File" };
  if (bytes.length < 512) return { ok: false, reason: "the file is cut short (no full header)" };
  try {
    new CfbWalk(bytes).run();
    return { ok: true };
  } catch (e) {
    if (e instanceof Damaged) return { ok: false, reason: e.message };
    throw e;
  }
}

class CfbWalk {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly perSector: number;
  private readonly sectorCount: number;
  private readonly fat: number[] = [];
  private readonly miniFat: number[] = [];
  private readonly dir: DirEntry[] = [];
  private rootChain: number[] = [];
  private streamBytes = 0;
  private textBytes = 0;
  private storages = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // msgreader's rule: sector shift 12 means 4096-byte sectors, anything else 512.
    this.sectorSize = bytes[30] === 12 ? 4096 : 512;
    this.perSector = this.sectorSize / 4;
    this.sectorCount = Math.max(0, Math.ceil((bytes.length - this.sectorSize) / this.sectorSize));
  }

  run(): void {
    this.readFat();
    this.readMiniFatSectors();
    this.readDirectory();
    this.rootChain = this.chain(this.dir[0]?.start ?? END_OF_CHAIN, "the root storage");
    this.walkTree();
  }

  private int32(offset: number): number {
    if (offset < 0 || offset + 4 > this.bytes.length)
      throw new Damaged("a sector points past the end of the file");
    return this.view.getInt32(offset, true);
  }

  private sector(n: number, what: string): number {
    if (!Number.isInteger(n) || n < 0 || n >= this.sectorCount)
      throw new Damaged(`${what} points to sector ${n}, outside the file`);
    return (n + 1) * this.sectorSize;
  }

  private count(offset: number, what: string): number {
    const n = this.int32(offset);
    if (n < 0 || n > this.sectorCount)
      throw new Damaged(`the header's ${what} (${n}) is impossible`);
    return n;
  }

  private readFat(): void {
    const fatCount = this.count(0x2c, "FAT sector count");
    for (let i = 0; i < Math.min(fatCount, HEADER_FAT_SLOTS); i++) {
      const s = this.int32(0x4c + 4 * i);
      this.sector(s, "the FAT");
      this.fat.push(s);
    }
    const extraCount = this.count(0x48, "DIFAT sector count");
    let remaining = fatCount - Math.min(fatCount, HEADER_FAT_SLOTS);
    let next = this.int32(0x44);
    const seen = new Set<number>();
    for (let i = 0; i < extraCount; i++) {
      if (seen.has(next)) throw new Damaged("the DIFAT chain loops");
      seen.add(next);
      const base = this.sector(next, "the DIFAT");
      const take = Math.min(remaining, this.perSector - 1);
      for (let j = 0; j < take; j++) {
        const s = this.int32(base + 4 * j);
        if (s === NO_INDEX || s === END_OF_CHAIN) break;
        this.sector(s, "the FAT");
        this.fat.push(s);
      }
      remaining -= take;
      next = this.int32(base + 4 * (this.perSector - 1));
      if (next === NO_INDEX || next === END_OF_CHAIN) break;
    }
  }

  /** The next sector in a chain, looked up the way msgreader does (a missing table entry ends it). */
  private nextIn(table: readonly number[], s: number): number {
    const tableSector = table[Math.floor(s / this.perSector)];
    if (tableSector === undefined) return END_OF_CHAIN;
    return this.int32((tableSector + 1) * this.sectorSize + 4 * (s % this.perSector));
  }

  /** A FAT chain up to END_OF_CHAIN; every sector inside the file, none twice. */
  private chain(start: number, what: string, limit = this.sectorCount): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    let s = start;
    while (s !== END_OF_CHAIN) {
      this.sector(s, what);
      if (seen.has(s)) throw new Damaged(`the sector chain of ${what} loops`);
      if (out.length >= limit) return out;
      seen.add(s);
      out.push(s);
      s = this.nextIn(this.fat, s);
    }
    return out;
  }

  private readMiniFatSectors(): void {
    const count = this.count(0x40, "mini FAT sector count");
    let s = this.int32(0x3c);
    const seen = new Set<number>();
    // msgreader stops at sector 0 as well as at the end of the chain.
    for (let i = 0; i < count && s !== 0 && s !== END_OF_CHAIN; i++) {
      this.sector(s, "the mini FAT");
      if (seen.has(s)) throw new Damaged("the mini FAT chain loops");
      seen.add(s);
      this.miniFat.push(s);
      s = this.nextIn(this.fat, s);
    }
  }

  private readDirectory(): void {
    const sectors = this.chain(this.int32(0x30), "the directory");
    const perSector = this.sectorSize / DIR_ENTRY_SIZE;
    for (const s of sectors) {
      const base = this.sector(s, "the directory");
      for (let i = 0; i < perSector; i++) {
        const at = base + i * DIR_ENTRY_SIZE;
        if (at + DIR_ENTRY_SIZE > this.bytes.length) break;
        const type = this.bytes[at + 0x42] ?? 0;
        const used = type === 1 || type === 2 || type === 5;
        this.dir.push({
          name: type === TYPE_STREAM ? this.nameAt(at) : "",
          type,
          left: used ? this.int32(at + 0x44) : NO_INDEX,
          right: used ? this.int32(at + 0x48) : NO_INDEX,
          child: used ? this.int32(at + 0x4c) : NO_INDEX,
          start: this.int32(at + 0x74),
          size: this.int32(at + 0x78),
        });
      }
    }
    if (this.dir.length === 0) throw new Damaged("the directory is empty");
  }

  /** A directory entry's UTF-16 name (at most 31 characters, [MS-CFB] 2.6.1). */
  private nameAt(at: number): string {
    // The length counts the terminating NUL; the name field is 64 bytes at most.
    const bytes = Math.min(this.view.getUint16(at + 0x40, true), 64) - 2;
    let name = "";
    for (let i = 0; i < bytes; i += 2)
      name += String.fromCharCode(this.view.getUint16(at + i, true));
    return name;
  }

  private entry(index: number): DirEntry {
    const e = this.dir[index];
    if (!e) throw new Damaged(`a directory link points to entry ${index}, which does not exist`);
    return e;
  }

  /** Every storage and stream reachable from the root, each once, not too deep. */
  private walkTree(): void {
    const visited = new Set<number>([0]);
    const pending: { index: number; depth: number }[] = [{ index: 0, depth: 0 }];
    while (pending.length > 0) {
      const { index, depth } = pending.pop() as { index: number; depth: number };
      const node = this.entry(index);
      if (node.child === NO_INDEX) continue;
      if (depth >= MAX_TREE_DEPTH) throw new Damaged("storages are nested too deeply");
      const siblings = [node.child];
      while (siblings.length > 0) {
        const i = siblings.pop() as number;
        if (visited.has(i)) throw new Damaged("the directory tree loops");
        visited.add(i);
        const e = this.entry(i);
        if (e.left !== NO_INDEX) siblings.push(e.left);
        if (e.right !== NO_INDEX) siblings.push(e.right);
        if (e.type === TYPE_STORAGE) {
          // One storage per recipient and attachment: msgreader decodes each, ~45 µs apiece.
          if (++this.storages > MAX_STORAGES)
            throw new Damaged(
              `it holds more than ${MAX_STORAGES.toLocaleString("en")} recipients and attachments`
            );
          pending.push({ index: i, depth: depth + 1 });
        } else if (e.type === TYPE_STREAM) this.checkStream(e);
      }
    }
  }

  private checkStream(e: DirEntry): void {
    if (e.size === 0) return;
    if (e.size < 0 || e.size > this.bytes.length)
      throw new Damaged(`a stream claims ${e.size >>> 0} bytes, more than the file holds`);
    // msgreader builds a text property one character at a time: a 60 MB subject or header
    // block took 13 s and 3 GB. Outlook's own text properties are far smaller.
    if (STRING_STREAM.test(e.name)) {
      if (e.size > MAX_TEXT_PROPERTY_BYTES)
        throw new Damaged(
          `a text property holds ${mb(e.size)} MB, more than the ${mb(MAX_TEXT_PROPERTY_BYTES)} MB Todoku reads`
        );
      this.textBytes += e.size;
      if (this.textBytes > MAX_TEXT_PROPERTIES_BYTES)
        throw new Damaged(
          `the text properties hold more than the ${mb(MAX_TEXT_PROPERTIES_BYTES)} MB Todoku reads in all`
        );
    }
    this.streamBytes += e.size;
    // Streams do not overlap, so together they fit twice in the file (the mini stream counted again).
    if (this.streamBytes > 2 * this.bytes.length + MINI_STREAM_CUTOFF)
      throw new Damaged("the streams claim more bytes than the file holds");
    if (e.size >= MINI_STREAM_CUTOFF) {
      const need = Math.ceil(e.size / this.sectorSize);
      const got = this.chain(e.start, "a stream", need);
      if (got.length < need) throw new Damaged("a stream's sector chain ends early");
      return;
    }
    const miniCount = (this.rootChain.length * this.sectorSize) / MINI_SECTOR_SIZE;
    // msgreader walks a small stream's whole chain, whatever its size says; a chain longer than
    // the size needs would let many small streams each cost a walk over the whole mini stream.
    const need = Math.ceil(e.size / MINI_SECTOR_SIZE);
    const seen = new Set<number>();
    let s = e.start;
    while (s !== END_OF_CHAIN) {
      if (!Number.isInteger(s) || s < 0 || s >= miniCount)
        throw new Damaged(`a small stream points to mini sector ${s}, outside the mini stream`);
      if (seen.has(s)) throw new Damaged("a small stream's chain loops");
      if (seen.size >= need) throw new Damaged("a small stream's chain is longer than its size");
      seen.add(s);
      s = this.nextIn(this.miniFat, s);
    }
    if (seen.size < need) throw new Damaged("a small stream's chain ends early");
  }
}
