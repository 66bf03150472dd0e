/**
 * Looks inside an archive attachment: every name at every nesting level we can reach, which
 * parts are encrypted, and what could not be opened and why. Memory and time are bounded by the
 * mail's budget (budget.ts), shared across all its attachments and the whole tree and charged by
 * the bytes that really came out of a decompressor and by the clock, so a zip quine, a stored zip
 * that contains itself, entries that lie about their sizes, or 10,000 nested archives stop early
 * with a "not opened" note instead of exploding.
 */
import { u16, u32 } from "./bytes";
import {
  BYTES_BUDGET_REASON,
  countUnopened,
  markStopped,
  TIME_BUDGET_REASON,
  timeIsUp,
  workBudget,
  type WorkBudget,
} from "./budget";
import { inflateCapped } from "./inflate";
import { listLzh } from "./lzh";
import { listRar4, listRar5 } from "./rar";
import { list7z, sevenZipMemberCost, sevenZipMemberData } from "./sevenzip";
import { listTar, looksLikeTar } from "./tar";
import { archiveExtension, sniffArchive } from "./sniff";
import type { ArchiveEntry, ArchiveFormat, ArchiveListing, EncryptionKind } from "./types";
import { emptyListing } from "./types";
import { decodeLegacyName } from "./names";
import { entryData, listZip } from "./zip";

export interface InspectOptions {
  /** How many levels of archives inside archives are opened (0 = only the attachment itself). */
  maxDepth: number;
  /**
   * The mail's budget, shared with its other attachments. Without one, a budget of its own is
   * made from the limits below (and the default time).
   */
  budget?: WorkBudget | undefined;
  /** Entries kept across all levels. */
  maxEntries?: number | undefined;
  /** Inner archives opened across all levels. */
  maxNestedArchives?: number | undefined;
  /** A compressed inner archive is unpacked only up to this size. */
  maxInflateBytes?: number | undefined;
  /** Total bytes unpacked. */
  maxInflateTotal?: number | undefined;
}

export interface FoundFile {
  /** The archives it sits in below the attachment, e.g. ["inner.zip"] ([] = directly inside). */
  parents: string[];
  entry: ArchiveEntry;
}

/** Names from the outer archive down, e.g. ["inner.zip", "setup.exe"]. Built on demand. */
export function filePath(f: FoundFile): string[] {
  return [...f.parents, f.entry.name];
}

export type ArchiveNoteKind =
  "damaged" | "not-opened" | "names-hidden" | "names-compressed" | "cut-at-cap";

export interface ArchiveNote {
  /** Names of the archive concerned, from the outer one down ([] = the attachment itself). */
  path: string[];
  kind: ArchiveNoteKind;
  reason: string;
}

export interface SeenArchive {
  path: string[];
  format: ArchiveFormat;
  encrypted: boolean;
  encryption?: EncryptionKind | undefined;
  namesHidden: boolean;
  entryCount: number;
  /** Set when this archive sits inside an encrypted archive, or is itself an encrypted member. */
  insideEncrypted: boolean;
}

export interface ArchiveInspection {
  format: ArchiveFormat;
  files: FoundFile[];
  archives: SeenArchive[];
  notes: ArchiveNote[];
}

/** The mail's budget and this attachment's depth limit, plus what was already opened. */
interface Budget {
  work: WorkBudget;
  maxDepth: number;
  /**
   * Data ranges already opened, per archive buffer: a crafted ZIP points many directory entries
   * at one member, and each would otherwise be unpacked again.
   */
  opened: WeakMap<Uint8Array, [number, number][]>;
}

function listFormat(
  b: Uint8Array,
  format: ArchiveFormat,
  maxEntries: number,
  work: WorkBudget
): ArchiveListing {
  switch (format) {
    case "zip":
      return listZip(b, { maxEntries });
    case "7z":
      return list7z(b, { maxEntries, budget: work });
    case "rar4":
      return listRar4(b, maxEntries);
    case "rar5":
      return listRar5(b, maxEntries);
    case "lzh":
      return listLzh(b, maxEntries);
    case "tar":
      return listTar(b, maxEntries);
    default:
      // gzip is handled by walkGzip; bzip2, xz and cab are not listed.
      return emptyListing(format);
  }
}

/**
 * Inspects `bytes` as an archive. Returns undefined when the bytes are not a known archive
 * format. Never throws.
 */
export function inspectArchive(
  bytes: Uint8Array,
  options: InspectOptions
): ArchiveInspection | undefined {
  const format = sniffArchive(bytes);
  if (!format) return undefined;
  const budget: Budget = {
    work:
      options.budget ??
      workBudget({
        entries: options.maxEntries,
        nested: options.maxNestedArchives,
        maxMember: options.maxInflateBytes,
        bytes: options.maxInflateTotal,
      }),
    maxDepth: options.maxDepth,
    opened: new WeakMap(),
  };
  const out: ArchiveInspection = { format, files: [], archives: [], notes: [] };
  walk(bytes, format, [], 0, false, undefined, budget, out);
  return out;
}

function walk(
  b: Uint8Array,
  format: ArchiveFormat,
  path: string[],
  depth: number,
  insideEncrypted: boolean,
  memberEncryption: EncryptionKind | undefined,
  budget: Budget,
  out: ArchiveInspection
): void {
  if (format === "gzip") {
    walkGzip(b, path, depth, insideEncrypted, budget, out);
    return;
  }
  let listing: ArchiveListing;
  try {
    listing = listFormat(b, format, Math.max(0, budget.work.entriesLeft), budget.work);
  } catch (e) {
    // The readers are written not to throw; this is the last line of defence.
    out.notes.push({ path, kind: "damaged", reason: e instanceof Error ? e.message : String(e) });
    return;
  }
  budget.work.entriesLeft -= listing.entries.length;
  if (listing.truncatedAtCap) markStopped(budget.work, "entries");
  out.archives.push({
    path,
    format,
    encrypted: listing.encrypted || memberEncryption !== undefined,
    encryption:
      memberEncryption ??
      listing.entries.find((e) => e.encryption)?.encryption ??
      (listing.encrypted ? wholeArchiveEncryption(format) : undefined),
    namesHidden: listing.namesHidden,
    entryCount: listing.declaredEntries,
    insideEncrypted,
  });
  if (listing.damage) out.notes.push({ path, kind: "damaged", reason: listing.damage });
  if (format === "bzip2" || format === "xz" || format === "cab") {
    out.notes.push({
      path,
      kind: "not-opened",
      reason: `the contents of a ${format} file are not listed`,
    });
  }
  if (listing.namesHidden) {
    out.notes.push({ path, kind: "names-hidden", reason: "the names are encrypted" });
  }
  if (listing.namesCompressed) {
    out.notes.push({ path, kind: "names-compressed", reason: "the names are stored compressed" });
  }
  if (listing.truncatedAtCap) {
    out.notes.push({
      path,
      kind: "cut-at-cap",
      reason: "too many entries; only the first were read",
    });
  }
  for (const entry of listing.entries) {
    if (entry.isDirectory) continue;
    out.files.push({ parents: path, entry });
    if (!archiveExtension(entry.name)) continue;
    const entryPath = [...path, entry.name];
    const reason = openMember(
      b,
      format,
      entry,
      entryPath,
      depth,
      insideEncrypted || listing.encrypted,
      budget,
      out
    );
    if (reason) {
      countUnopened(budget.work, reason);
      out.notes.push({ path: entryPath, kind: "not-opened", reason });
    }
  }
}

const GZIP_FEXTRA = 0x04;
const GZIP_FNAME = 0x08;
const MAX_GZIP_NAME = 1024;

/** The original file name stored in a gzip header (FNAME), when present. */
function gzipName(b: Uint8Array): string | undefined {
  const flags = b[3] ?? 0;
  if (!(flags & GZIP_FNAME)) return undefined;
  let p = 10;
  if (flags & GZIP_FEXTRA) p += 2 + (u16(b, 10) ?? 0);
  const end = b.indexOf(0, p);
  if (end < 0 || end - p > MAX_GZIP_NAME) return undefined;
  return decodeLegacyName(b.subarray(p, end));
}

/**
 * gzip holds one compressed file. Its header may name it (FNAME), which is enough for a single
 * file; a .tar.gz needs inflating to list the tar, allowed within the same budgets as a
 * deflated inner zip. The gzip layer itself adds no level to the path.
 */
function walkGzip(
  b: Uint8Array,
  path: string[],
  depth: number,
  insideEncrypted: boolean,
  budget: Budget,
  out: ArchiveInspection
): void {
  const name = gzipName(b);
  const isize = b.length >= 18 ? (u32(b, b.length - 4) ?? 0) : 0;
  let inner: Uint8Array | undefined;
  let reason: string | undefined;
  const work = budget.work;
  // ISIZE is the size modulo 2^32 as the writer declares it; inflateCapped holds it to that.
  if (b.length < 18) reason = "the gzip file is cut short";
  else if (isize > work.maxMember) reason = "it is compressed and too large to open";
  else if (isize > work.bytesLeft) {
    markStopped(work, "bytes");
    reason = BYTES_BUDGET_REASON;
  } else if (timeIsUp(work)) reason = TIME_BUDGET_REASON;
  else {
    const data = inflateCapped(b, "gzip", isize, work);
    if (typeof data === "string") reason = data;
    else inner = data;
  }
  if (inner && looksLikeTar(inner)) {
    walk(inner, "tar", path, depth, insideEncrypted, undefined, budget, out);
    return;
  }
  out.archives.push({
    path,
    format: "gzip",
    encrypted: false,
    namesHidden: false,
    entryCount: 1,
    insideEncrypted,
  });
  if (name) {
    out.files.push({
      parents: path,
      entry: { name, isDirectory: false, encrypted: false, size: isize },
    });
  } else if (reason) {
    countUnopened(budget.work, reason);
    out.notes.push({ path, kind: "not-opened", reason });
  }
}

/** Opens one archive member if the budgets allow; returns why not otherwise. */
function openMember(
  b: Uint8Array,
  format: ArchiveFormat,
  entry: ArchiveEntry,
  entryPath: string[],
  depth: number,
  insideEncrypted: boolean,
  budget: Budget,
  out: ArchiveInspection
): string | undefined {
  if (depth + 1 > budget.maxDepth) return "nesting limit reached";
  if (format !== "zip" && format !== "7z") {
    return `members of a ${format} archive are compressed and not opened`;
  }
  if (entry.encrypted) {
    // Still record it as an archive: an encrypted archive inside an archive is a rule of its own.
    out.archives.push({
      path: entryPath,
      format: sniffByName(entry.name),
      encrypted: true,
      encryption: entry.encryption,
      namesHidden: true,
      entryCount: 0,
      insideEncrypted,
    });
    return "it is encrypted";
  }
  const work = budget.work;
  if (work.nestedLeft <= 0) {
    markStopped(work, "nested");
    return "too many nested archives";
  }
  if (timeIsUp(work)) return TIME_BUDGET_REASON;
  const data = format === "7z" ? open7zMember(b, entry, work) : zipMemberData(b, entry, budget);
  if (typeof data === "string") return data;
  let inner: Uint8Array;
  if (format === "7z" || entry.method === 0) {
    inner = data; // stored (read in place, no copy), or a 7z member already unpacked
  } else if (entry.method === 8) {
    // Deflate has no index, so an inner archive's directory is reachable only by inflating the
    // whole member. Allowed for members whose declared size fits the per-member and remaining
    // budgets; the inflater stops as soon as the output passes that size, and what came out is
    // what is charged.
    const size = entry.size ?? 0;
    if (size > work.maxMember) return "it is compressed and too large to open";
    if (size > work.bytesLeft) {
      markStopped(work, "bytes");
      return BYTES_BUDGET_REASON;
    }
    const unpacked = inflateCapped(data, "deflate", size, work);
    if (typeof unpacked === "string") return unpacked;
    inner = unpacked;
  } else {
    return `it uses compression method ${entry.method ?? "?"}, which is not opened`;
  }
  const innerFormat = sniffArchive(inner);
  if (!innerFormat) return "its content is not an archive format that can be read";
  work.nestedLeft--;
  walk(inner, innerFormat, entryPath, depth + 1, insideEncrypted, undefined, budget, out);
  return undefined;
}

/**
 * A ZIP member's stored bytes, unless they overlap a member already opened from the same
 * archive: honest archives never share data, and a crafted one repeats one bomb under many names.
 */
function zipMemberData(b: Uint8Array, entry: ArchiveEntry, budget: Budget): Uint8Array | string {
  const data = entryData(b, entry);
  if (typeof data === "string") return data;
  const start = data.byteOffset - b.byteOffset;
  const end = start + data.length;
  let ranges = budget.opened.get(b);
  if (!ranges) budget.opened.set(b, (ranges = []));
  // At most nestedLeft (100) ranges per mail are ever recorded, so a linear scan is enough.
  for (const [s, e] of ranges) {
    if (start < e && s < end) return "its local header is shared with another entry (read once)";
  }
  ranges.push([start, end]);
  return data;
}

/**
 * A 7z member unpacked within the budgets (its folder up to its end), or why not. The LZMA
 * decoder writes into an output of exactly that size, so the cost charged is the work done.
 */
function open7zMember(b: Uint8Array, entry: ArchiveEntry, work: WorkBudget): Uint8Array | string {
  const cost = sevenZipMemberCost(entry);
  if (cost === undefined) return "members of a 7z archive are compressed and not opened";
  if (cost > work.maxMember) return "it is compressed and too large to open";
  if (cost > work.bytesLeft) {
    markStopped(work, "bytes");
    return BYTES_BUDGET_REASON;
  }
  work.bytesLeft -= cost;
  return sevenZipMemberData(b, entry);
}

/** What encrypts an archive whose headers are encrypted (no entry to ask). */
function wholeArchiveEncryption(format: ArchiveFormat): EncryptionKind {
  if (format === "7z") return "7z-aes";
  if (format === "rar4" || format === "rar5") return "rar";
  return "unknown";
}

/** The format of an encrypted member, guessed from its name (its bytes cannot be read). */
function sniffByName(name: string): ArchiveFormat {
  const ext = archiveExtension(name);
  if (ext === ".7z") return "7z";
  if (ext === ".rar") return "rar5";
  if (ext === ".lzh" || ext === ".lha") return "lzh";
  return "zip";
}

/** "outer.zip → inner.zip → setup.exe" */
export function describePath(attachmentName: string, path: readonly string[]): string {
  return [attachmentName, ...path].join(" → ");
}
