/**
 * What a vendor module may add to the general reader. Each module covers one mail system whose
 * reports or replies have a documented dialect (its own codes, its own refusal wording); the
 * general rules must still work when a module is switched off, which is how
 * `npm run eval:bounces -- --lofo` measures the reader on a family it was not written for.
 */
import type { Reason } from "../reasons";

export type VendorId =
  | "microsoft"
  | "google"
  | "yahoo"
  | "aol"
  | "cox"
  | "comcast"
  | "orange"
  | "docomo"
  | "au"
  | "softbank"
  | "apple"
  | "cpanel"
  | "ses";

/** Whose servers answered, as far as the reporter's name and the words tell. */
export type Provider = "microsoft" | "google" | "yahoo" | "docomo" | "au" | "softbank" | "apple";

export type Stage = "connect" | "helo" | "mail" | "rcpt" | "data" | null;

/** Vendors switched off for one reading (leave-one-family-out evaluation); empty in the product. */
export type VendorSwitch = ReadonlySet<VendorId>;

export const ALL_ON: VendorSwitch = new Set();

export interface EnhancedCode {
  /** The whole code, "5.7.1". */
  code: string;
  subject: number;
  detail: number;
}

/** What the general reader knows about one delivery when it asks a vendor module. */
export interface Signals {
  /** The server's words, lowercased, white space folded. */
  text: string;
  /** The SMTP command the server answered, when known. */
  stage: Stage;
  /** Who answered (carriers speak only for their own replies). */
  provider: Provider | null;
  /** Who wrote the report, lowercased. */
  reporter: string;
  /** An RFC 3463 code came with the words. */
  hasCode: boolean;
}

export interface Vendor {
  id: VendorId;
  /** This provider answered: its host names or its own markers in the reporter or the words. */
  answered?: RegExp;
  /** This provider wrote the report, from the reporter's name alone. */
  wrote?: RegExp;
  /** The vendor's own reason code or refusal wording, which outranks the general phrases. */
  early?: (s: Signals) => Reason | null;
  /**
   * The vendor's own wording of a reason (a component name, a product term), tried before the
   * general phrase families; switched off with the vendor in the leave-one-family-out run.
   */
  phrases?: ReadonlyArray<readonly [Reason, RegExp]>;
  /** An enhanced code read in the dialect of this vendor, when it wrote the report or answered. */
  dialect?: (code: EnhancedCode, text: string) => Reason | null;
}
