/**
 * Japanese mobile carriers. Their domain filters (受信拒否設定, 指定受信) refuse a sender with an
 * "unknown user" reply after DATA, so the same words mean a filter there, not a missing mailbox.
 */
import type { Reason } from "../reasons";
import type { Signals, Vendor } from "./types";

const DOMAIN_FILTER = /domain[- ]filter|rejected-by-the-domain-filter|address filter/;

export const docomo: Vendor = {
  id: "docomo",
  // A carrier address means the carrier answered, whoever wrote the report.
  answered: /docomo\.ne\.jp/,
  // "Unknown user" not given in answer to RCPT TO means its filter refused the sender.
  early: (s: Signals): Reason | null =>
    s.provider === "docomo" &&
    ((/unknown user|user unknown/.test(s.text) && s.stage !== "rcpt") || DOMAIN_FILTER.test(s.text))
      ? "filtered"
      : null,
};

export const au: Vendor = {
  id: "au",
  answered: /ezweb\.ne\.jp|\bau\.com\b|kddi/,
  // Its filter answers with an empty reason before "User unknown" ("550 : User unknown").
  early: (s: Signals): Reason | null =>
    s.provider === "au" &&
    (/\b550:? : user unknown|rejected by (a|the) remote mail server/.test(s.text) ||
      DOMAIN_FILTER.test(s.text))
      ? "filtered"
      : null,
};

export const softbank: Vendor = {
  id: "softbank",
  answered: /softbank\.ne\.jp|i\.softbank\.jp|vodafone\.ne\.jp/,
  early: (s: Signals): Reason | null =>
    s.provider === "softbank" && DOMAIN_FILTER.test(s.text) ? "filtered" : null,
};
