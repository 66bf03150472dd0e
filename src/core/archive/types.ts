/**
 * What an archive reader can tell without decompressing: the format, the names inside, which
 * entries are encrypted, and why a part could not be read. Readers never throw; damage is data.
 */

export type ArchiveFormat =
  "zip" | "7z" | "rar4" | "rar5" | "lzh" | "tar" | "gzip" | "bzip2" | "xz" | "cab";

/** How an entry (or a whole archive) is encrypted, as far as the format says. */
export type EncryptionKind = "zipcrypto" | "aes" | "strong" | "rar" | "7z-aes" | "unknown";

export interface ArchiveEntry {
  /** The name as stored, decoded (UTF-8, or CP932 for names Japanese Windows wrote). */
  name: string;
  isDirectory: boolean;
  encrypted: boolean;
  encryption?: EncryptionKind | undefined;
  /** Uncompressed size as declared by the archive (not verified). */
  size?: number | undefined;
  /** Compressed size as declared by the archive. */
  compressedSize?: number | undefined;
  /** ZIP compression method (0 stored, 8 deflate, 99 AES wrapper resolved to the real one). */
  method?: number | undefined;
  /** Where the entry's local header starts (ZIP only), already corrected for prepended data. */
  localOffset?: number | undefined;
}

export interface ArchiveListing {
  format: ArchiveFormat;
  /** Entries read, in archive order; at most the reader's entry cap. */
  entries: ArchiveEntry[];
  /** Entries the archive declares (or that were counted), which can exceed `entries.length`. */
  declaredEntries: number;
  /** The names cannot be read without the password (7z -mhe, RAR header encryption). */
  namesHidden: boolean;
  /**
   * The names are stored compressed and were not unpacked: a 7z header over the size cap, or
   * packed with a method other than LZMA, LZMA2 or none.
   */
  namesCompressed: boolean;
  /** Some content or the headers are encrypted. */
  encrypted: boolean;
  /** Why the listing is incomplete: truncated, corrupt, or cut at the entry cap. */
  damage?: string | undefined;
  /** Entries left out because of the entry cap. */
  truncatedAtCap?: boolean | undefined;
}

export function emptyListing(format: ArchiveFormat): ArchiveListing {
  return {
    format,
    entries: [],
    declaredEntries: 0,
    namesHidden: false,
    namesCompressed: false,
    encrypted: false,
  };
}
