/**
 * Looks inside an archive attachment: every name at every nesting level we can reach, which
 * parts are encrypted, and what could not be opened and why. Memory and time are bounded by
 * budgets shared across the whole tree, so a zip quine, a stored zip that contains itself, or
 * 10,000 nested archives stop early with a "not opened" note instead of exploding.
 */
import { gunzipSync, inflateSync } from "fflate";
import { u16, u32 } from "./bytes";
import { listLzh } from "./lzh";
import { listRar4, listRar5 } from "./rar";
import { list7z, sevenZipMemberCost, sevenZipMemberData } from "./sevenzip";
import { listTar, looksLikeTar } from "./tar";
import { archiveExtension, sniffArchive } from "./sniff";
import type { ArchiveEntry, ArchiveFormat, ArchiveListing, EncryptionKind } from "./types";
import { emptyListing } from "./types";
import { decodeLegacyName } from "./names";
import { entryData, listZip } from "./zip";

const MIB = 1024 * 1024;

export interface InspectOptions {
  /** How many levels of archives inside archives are opened (0 = only the attachment itself). */
  maxDepth: number;
  /** Entries kept across all levels. */
  maxEntries?: number | undefined;
  /** Inner archives opened across all levels. */
  maxNestedArchives?: number | undefined;
  /** A deflated inner archive is inflated only up to this declared size. */
  maxInflateBytes?: number | undefined;
  /** Total bytes inflated for one attachment. */
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

interface Budget {
  entries: number;
  nested: number;
  inflated: number;
  maxInflate: number;
  maxDepth: number;
}

function listFormat(b: Uint8Array, format: ArchiveFormat, maxEntries: number): ArchiveListing {
  switch (format) {
    case "zip":
      return listZip(b, { maxEntries });
    case "7z":
      return list7z(b, { maxEntries });
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
    entries: options.maxEntries ?? 50_000,
    nested: options.maxNestedArchives ?? 100,
    // "Small" inner archives only: the task pane runs in the mail client's web view, so the
    // extra memory for one attachment stays within a few tens of megabytes.
    inflated: options.maxInflateTotal ?? 32 * MIB,
    maxInflate: options.maxInflateBytes ?? 8 * MIB,
    maxDepth: options.maxDepth,
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
    listing = listFormat(b, format, Math.max(0, budget.entries));
  } catch (e) {
    // The readers are written not to throw; this is the last line of defence.
    out.notes.push({ path, kind: "damaged", reason: e instanceof Error ? e.message : String(e) });
    return;
  }
  budget.entries -= listing.entries.length;
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
    if (reason) out.notes.push({ path: entryPath, kind: "not-opened", reason });
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
  if (b.length < 18) reason = "the gzip file is cut short";
  else if (isize > budget.maxInflate) reason = "it is compressed and too large to open";
  else if (isize > budget.inflated)
    reason = "the decompression budget for this attachment is used up";
  else {
    budget.inflated -= isize;
    try {
      inner = gunzipSync(b, { out: new Uint8Array(isize) });
    } catch {
      reason = "it could not be decompressed (damaged)";
    }
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
  if (budget.nested <= 0) return "too many nested archives";
  const data = format === "7z" ? open7zMember(b, entry, budget) : entryData(b, entry);
  if (typeof data === "string") return data;
  let inner: Uint8Array;
  if (format === "7z" || entry.method === 0) {
    inner = data; // stored (read in place, no copy), or a 7z member already unpacked
  } else if (entry.method === 8) {
    // Deflate has no index, so an inner archive's directory is reachable only by inflating the
    // whole member. We allow it for members whose declared size fits the per-member and total
    // budgets; the output buffer is allocated at the declared size, so a lying header cannot
    // make it grow.
    const size = entry.size ?? 0;
    if (size > budget.maxInflate) return "it is compressed and too large to open";
    if (size > budget.inflated) return "the decompression budget for this attachment is used up";
    budget.inflated -= size;
    try {
      inner = inflateSync(data, { out: new Uint8Array(size) });
    } catch {
      return "it is compressed and could not be decompressed";
    }
  } else {
    return `it uses compression method ${entry.method ?? "?"}, which is not opened`;
  }
  const innerFormat = sniffArchive(inner);
  if (!innerFormat) return "its content is not an archive format that can be read";
  budget.nested--;
  walk(inner, innerFormat, entryPath, depth + 1, insideEncrypted, undefined, budget, out);
  return undefined;
}

/** A 7z member unpacked within the budgets (its folder up to its end), or why not. */
function open7zMember(b: Uint8Array, entry: ArchiveEntry, budget: Budget): Uint8Array | string {
  const cost = sevenZipMemberCost(entry);
  if (cost === undefined) return "members of a 7z archive are compressed and not opened";
  if (cost > budget.maxInflate) return "it is compressed and too large to open";
  if (cost > budget.inflated) return "the decompression budget for this attachment is used up";
  budget.inflated -= cost;
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
