/**
 * The code layer (RFC 3463 enhanced status codes, RFC 5321 reply codes): what a code means when
 * it is specific, and what its class and subject suggest when nothing more specific matched.
 */
import type { Reason } from "../reasons";

/** RFC 3463 codes whose meaning does not depend on the text (`*` = 4 or 5). */
export const SPECIFIC_CODES: Record<string, Reason> = {
  "1.0": "userunknown",
  "1.1": "userunknown",
  "1.2": "hostunknown",
  "1.3": "userunknown",
  "1.4": "userunknown",
  "1.6": "hasmoved",
  "1.7": "rejected",
  "1.8": "rejected",
  "1.10": "notaccept",
  "2.1": "suspend",
  "2.2": "mailboxfull",
  "2.3": "mesgtoobig",
  "2.4": "listexpansion",
  "3.1": "systemfull",
  "3.2": "systemerror",
  "3.3": "systemerror",
  "3.4": "mesgtoobig",
  "3.5": "systemerror",
  "4.1": "networkerror",
  "4.2": "networkerror",
  "4.3": "systemerror",
  "4.4": "hostunknown",
  "4.5": "systemerror",
  "4.6": "networkerror",
  "4.7": "expired",
  "4.8": "failedstarttls",
  "5.3": "toomanyconn",
  "5.1": "syntaxerror",
  "5.2": "syntaxerror",
  "5.4": "syntaxerror",
  "5.5": "syntaxerror",
  "6.0": "contenterror",
  "6.1": "contenterror",
  "6.2": "contenterror",
  "6.3": "contenterror",
  "6.4": "contenterror",
  "6.5": "contenterror",
  "6.6": "contenterror",
  "7.2": "listexpansion",
  "7.3": "securityerror",
  "7.4": "securityerror",
  "7.5": "securityerror",
  "7.6": "securityerror",
  "7.7": "securityerror",
  "7.8": "securityerror",
  "7.9": "securityerror",
  "7.10": "failedstarttls",
  "7.11": "failedstarttls",
  "7.13": "suspend",
  "7.14": "securityerror",
  "7.15": "policyviolation",
  "7.16": "mesgtoobig",
  "7.17": "hasmoved",
  "7.18": "hasmoved",
  "7.20": "authfailure",
  "7.21": "authfailure",
  "7.22": "authfailure",
  "7.23": "authfailure",
  "7.24": "authfailure",
  "7.25": "requireptr",
  "7.26": "authfailure",
  "7.27": "rejected",
  "7.28": "spamdetected",
  "7.29": "authfailure",
  "7.30": "failedstarttls",
};

/** What the code's subject alone suggests, when nothing more specific matched. */
export const SUBJECT_FALLBACK: Record<string, Reason> = {
  "1": "userunknown",
  "2": "mailboxfull",
  "3": "systemerror",
  "4": "networkerror",
  "5": "syntaxerror",
  "6": "contenterror",
  "7": "rejected",
};

/** What a bare SMTP reply code (RFC 5321 §4.2.2) suggests, when neither words nor an enhanced code say more. */
export function replyMeaning(reply: string): Reason | null {
  switch (reply) {
    case "550":
    case "551":
    case "553":
      return "userunknown";
    case "552":
      return "mailboxfull";
    case "554":
      return "rejected";
    case "421":
    case "451":
    case "450":
      return "systemerror";
    case "452":
      return "mailboxfull";
    case "500":
    case "501":
    case "502":
    case "503":
    case "504":
      return "syntaxerror";
    default:
      return null;
  }
}
