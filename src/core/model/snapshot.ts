/**
 * MessageSnapshot: the one shape every source yields (Office compose item, Office read item,
 * a MIME file, a built-in sample). Checks read only this, never Office or the DOM.
 */

/** What the open item is, which decides the report's mode. */
export type MessageKind = "draft" | "sent" | "bounce" | "received";

/** Where the snapshot came from; shown to the user and used in diagnostics. */
export type SnapshotSource = "office-compose" | "office-read" | "mime" | "sample";

export interface MailAddress {
  /** Display name as given, if any. */
  name?: string | undefined;
  /** The address exactly as typed or as found in the header (not normalised: checks need the raw form). */
  address: string;
}

export interface AttachmentInfo {
  name: string;
  /** Size in bytes as reported by the source (for Office this is the decoded size). */
  size: number;
  contentType?: string | undefined;
  isInline?: boolean | undefined;
  /** "file" for ordinary files, "item" for an attached mail, "cloud" for a link attachment. */
  kind?: "file" | "item" | "cloud" | undefined;
  /** The bytes, when they were read (archives are inspected from these). */
  content?: Uint8Array | undefined;
  /** Why the bytes could not be read, when reading was attempted and failed. */
  contentError?: string | undefined;
}

export interface HeaderField {
  /** Header name as written (case preserved). */
  name: string;
  /** Unfolded value, RFC 2047 words left as they are. */
  value: string;
}

export interface MessageSnapshot {
  source: SnapshotSource;
  kind: MessageKind;
  subject: string;
  bodyText?: string | undefined;
  bodyHtml?: string | undefined;
  from?: MailAddress | undefined;
  sender?: MailAddress | undefined;
  replyTo?: MailAddress[] | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  attachments: AttachmentInfo[];
  /** Header fields in their original order, when the source has them (.eml, received items). */
  headers?: HeaderField[] | undefined;
  /**
   * True for the copy of the original a bounce returned. Servers often return only part of it
   * (some header lines, or headers without the body), so a header it lacks may simply be cut.
   */
  returnedCopy?: true | undefined;
  messageId?: string | undefined;
  /** ISO 8601 date the message was sent or, for a draft, last modified. */
  date?: string | undefined;
  /** The size of the raw message when known (an .eml file, a sent item). */
  sizeBytes?: number | undefined;
  /** The raw MIME source, when the source has it (an .eml file, getAsFileAsync). */
  raw?: Uint8Array | undefined;
  /** Notes about how the snapshot was gathered, e.g. "MIME read with getAsFileAsync". */
  notes?: string[] | undefined;
}

export function allRecipients(snapshot: MessageSnapshot): MailAddress[] {
  return [...snapshot.to, ...snapshot.cc, ...snapshot.bcc];
}

/** First value of a header (case-insensitive), or undefined. */
export function headerValue(snapshot: MessageSnapshot, name: string): string | undefined {
  const lower = name.toLowerCase();
  return snapshot.headers?.find((h) => h.name.toLowerCase() === lower)?.value;
}

export function headerValues(snapshot: MessageSnapshot, name: string): string[] {
  const lower = name.toLowerCase();
  return (snapshot.headers ?? []).filter((h) => h.name.toLowerCase() === lower).map((h) => h.value);
}

export function emptySnapshot(source: SnapshotSource, kind: MessageKind): MessageSnapshot {
  return { source, kind, subject: "", to: [], cc: [], bcc: [], attachments: [] };
}
