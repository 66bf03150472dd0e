/**
 * Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net) end every refusal with their own
 * three-digit reason number: "OFR_506", "OFR005_505", "LPN007_426", "OUK_513", often repeated as
 * "[506]". The number, not the enhanced code (they answer "5.2.0" or "5.5.0" for unrelated
 * causes), says why. Meanings as Orange's postmaster pages describe them (see postmastery.com
 * "Orange postmaster SMTP error codes OFR"; Sisimai's FrancePTT table reads them the same way).
 * Numbers whose text says only "try later" carry no cause and are left to the other rules.
 */
import type { Reason } from "../reasons";
import type { Signals, Vendor } from "./types";

const ORANGE_CODES: Record<string, Reason> = {
  "102": "blocked", // source IP blocked for spam
  "103": "blocked", // service refused to this sender
  "104": "toomanyconn", // too many connections
  "305": "securityerror", // invalid authentication code
  "402": "securityerror", // authentication required
  "403": "rejected", // invalid sender
  "405": "rejected",
  "415": "rejected",
  "416": "userunknown", // at least one recipient address is invalid
  "417": "mailboxfull", // recipient's mailbox over quota
  "418": "userunknown",
  "420": "suspend", // recipient mailbox archived
  "421": "rejected", // MAIL FROM not owned by the authenticated user
  "426": "suspend", // recipient account blocked
  "505": "systemerror", // "service refused, please try later": a temporary refusal
  "506": "spamdetected", // "Mail rejete. Mail rejected": the content was taken for spam
  "510": "blocked",
  "514": "mesgtoobig", // message size limit reached
  "999": "blocked", // sending IP refused
};

function early({ text }: Signals): Reason | null {
  const m = /\b(?:ofr|lpn|ouk)(?:_(\d{3})|\d{3}[-_](\d{3}))\b/.exec(text);
  const code = m?.[1] ?? m?.[2];
  return code ? (ORANGE_CODES[code] ?? null) : null;
}

export const orange: Vendor = { id: "orange", early };
