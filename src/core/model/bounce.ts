/** What the bounce reader yields: the report contract's `bounce` object, plus detail for the pane. */
import type { ItemId, Who } from "./finding";
import type { Localized } from "./i18n";

export type DsnAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded";

/** What kind of report the mail is. Only "failure" and "delay" are about undelivered mail. */
export type BounceKind = "failure" | "delay" | "success" | "autoreply" | "feedback";

/**
 * What came back, as the surfaces name it (section titles, the original's label): a failure, a
 * delay, or a notice that reports no failure at all (a delivery report, an auto-reply, a
 * complaint).
 */
export function cameBack(kind: BounceKind): "failure" | "delay" | "notice" {
  return kind === "failure" || kind === "delay" ? kind : "notice";
}

export interface BounceDiagnosis {
  /** The checklist item this recipient's failure points to. */
  cause: ItemId;
  /** A short class name, e.g. "userunknown", "mailboxfull", "authfailure". */
  reason: string;
  who: Who[];
  summary: Localized;
  nextStep: Localized;
  /** Microsoft's page for an Exchange Online code, or another reference. */
  link?: string | undefined;
}

export interface BounceRecipient {
  address: string;
  /** RFC 3463 enhanced status code, e.g. "5.1.1"; null when the report gives none. */
  status: string | null;
  /** SMTP reply code, e.g. "550"; null when the report gives none. */
  replyCode: string | null;
  action: DsnAction;
  /** The remote server's own words, as text. */
  diagnostic: string;
  /** The checklist item it points to; null when this is not a failure. */
  cause: ItemId | null;
  remoteMta?: string | undefined;
  /** A delayed recipient: until when the server keeps retrying (ISO 8601, UTC), when it says. */
  retryUntil?: string | undefined;
  diagnosis?: BounceDiagnosis | undefined;
}

/** What the bounce tells about the message that was sent. */
export interface ReturnedOriginal {
  subject?: string | undefined;
  from?: string | undefined;
  to: string[];
  date?: string | undefined;
  messageId?: string | undefined;
  /** True when the whole message came back, not only its headers. */
  complete: boolean;
  /** The returned message as raw MIME, when present, so that the outgoing checks can run on it. */
  raw?: Uint8Array | undefined;
}

export interface BounceReport {
  /** The MTA or service that wrote the report, when known (e.g. "Exchange Online", "Postfix", "Gmail"). */
  reporter: string | null;
  kind: BounceKind;
  recipients: BounceRecipient[];
  original?: ReturnedOriginal | undefined;
  /** Where the report was read from in Outlook: the full MIME, or only the body and attachments. */
  readFrom?: "mime" | "body" | undefined;
  /**
   * The person who forwarded the report (the address the outer mail is from), when it was read
   * from a person's forward or reply rather than from the report itself: a help desk reading it
   * for a colleague. "You" in the report's advice is that person, not the reader.
   */
  forwardedBy?: string | undefined;
  /**
   * A read receipt (RFC 8098 disposition notification) rather than a delivery report: what the
   * recipient's mail program says became of the mail, "displayed" (opened) or "deleted" unread.
   * Either way the mail arrived.
   */
  readReceipt?: "displayed" | "deleted" | "other" | undefined;
}
