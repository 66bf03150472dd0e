/** Tells archive formats apart by their first bytes (never by the name). */
import { hasBytes } from "./bytes";
import { looksLike7z } from "./sevenzip";
import { looksLikeLzh } from "./lzh";
import { looksLikeRar4, looksLikeRar5 } from "./rar";
import { looksLikeTar } from "./tar";
import type { ArchiveFormat } from "./types";
import { looksLikeZip } from "./zip";

export function sniffArchive(b: Uint8Array): ArchiveFormat | undefined {
  if (looksLikeZip(b)) return "zip";
  if (looksLike7z(b)) return "7z";
  if (looksLikeRar5(b)) return "rar5";
  if (looksLikeRar4(b)) return "rar4";
  if (hasBytes(b, 0, [0x1f, 0x8b])) return "gzip";
  if (hasBytes(b, 0, [0x42, 0x5a, 0x68])) return "bzip2";
  if (hasBytes(b, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return "xz";
  if (hasBytes(b, 0, [0x4d, 0x53, 0x43, 0x46])) return "cab";
  if (looksLikeLzh(b)) return "lzh";
  if (looksLikeTar(b)) return "tar";
  return undefined;
}

/** Extensions of archive formats (by name), lower case with the dot. */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  ".zip",
  ".zipx",
  ".7z",
  ".rar",
  ".lzh",
  ".lha",
  ".cab",
  ".gz",
  ".tgz",
  ".bz2",
  ".tbz2",
  ".xz",
  ".txz",
  ".tar",
  ".arj",
  ".ace",
  ".z",
]);

/** First characters (lower case) of ARCHIVE_EXTENSIONS after the dot. */
const ARCHIVE_FIRST_LETTERS: ReadonlySet<number> = new Set(
  [...ARCHIVE_EXTENSIONS].map((ext) => ext.charCodeAt(1) | 0x20)
);

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The archive extension of a name (a last "." followed by 1 to 5 ASCII letters or digits), or
 * undefined. Read by hand rather than with a regex: it runs once per entry of every archive.
 */
export function archiveExtension(name: string): string | undefined {
  const dot = name.lastIndexOf(".");
  const length = name.length - dot - 1;
  if (dot < 0 || length < 1 || length > 5) return undefined;
  for (let i = dot + 1; i < name.length; i++)
    if (!isAsciiAlnum(name.charCodeAt(i))) return undefined;
  // Most names (".pdf", ".jpg", ".docx") are ruled out by their first letter, without a copy.
  if (!ARCHIVE_FIRST_LETTERS.has(name.charCodeAt(dot + 1) | 0x20)) return undefined;
  const ext = name.slice(dot).toLowerCase();
  return ARCHIVE_EXTENSIONS.has(ext) ? ext : undefined;
}
