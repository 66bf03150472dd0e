/**
 * Receivers that end a refusal with their own documented code, which says more than the
 * enhanced code beside it. One module each, so that each can be switched off alone.
 */
import type { Reason } from "../reasons";
import type { Signals, Vendor } from "./types";

/**
 * Cox ("AUP#CXBL"; Cox postmaster "Error Codes" page): CXBL and CDRBL block the sending IP,
 * IPBLnnnn means it is listed on a DNSBL, CXCNCT is too many connections, CXMXRT too many messages.
 */
export const cox: Vendor = {
  id: "cox",
  early: ({ text }: Signals): Reason | null => {
    const code = /\baup#(cxbl|cdrbl|ipbl\d{4}|cxcnct|cxmxrt)\b/.exec(text)?.[1];
    if (code === "cxcnct") return "toomanyconn";
    if (code === "cxmxrt") return "speeding";
    return code ? "blocked" : null;
  },
};

/**
 * AOL ("554 RTR:BL", "421 DYN:T1"; AOL postmaster "List of Errors"): every category there (RTR,
 * HVU, RLY, DYN, CON …) is a block of the sending IP; DNS blocks concern its reverse DNS.
 */
export const aol: Vendor = {
  id: "aol",
  early: ({ text }: Signals): Reason | null => {
    const m = /(?:^|[\s(-])(rtr|hvu|rly|dyn|con|isp|ipt|sdi|dns):([a-z]{1,2}\d?)(?=[\s),.]|$)/.exec(
      text
    );
    if (!m) return null;
    return m[1] === "dns" ? "requireptr" : "blocked";
  },
};

/**
 * Comcast ("BL000001", "ES000010", "RL000001"; Comcast postmaster "mail error codes"): BL is a
 * blocklist, ES a dynamic or residential address, RL a rate limit.
 */
export const comcast: Vendor = {
  id: "comcast",
  early: ({ text }: Signals): Reason | null => {
    const code = /\b(es|bl|rl)(?:0[01]{5}|00\d{1,2})\b/.exec(text)?.[1];
    if (!code) return null;
    return code === "rl" ? "speeding" : "blocked";
  },
};

/**
 * Yahoo ("[TSS04]", "[TS03]"; Yahoo sender hub "SMTP error codes"): deferrals and refusals of the
 * sending IP for its volume, complaints or reputation, whatever enhanced code comes with.
 */
export const yahoo: Vendor = {
  id: "yahoo",
  answered: /yahoo|yahoodns|\baol\.com/,
  early: ({ text }: Signals): Reason | null => (/\[tss?\d{2}\]/.test(text) ? "blocked" : null),
};

/**
 * Amazon SES names unverified sending identities in its own terms ("Email address is not
 * verified. The following identities failed the check", "verified sender identity").
 */
export const ses: Vendor = {
  id: "ses",
  phrases: [["notverified", /identities failed the check|verified sender identity/]],
};

export const apple: Vendor = { id: "apple", answered: /icloud\.com|\bme\.com|apple\.com/ };

/**
 * cPanel's Exim answers a failed recipient or domain verification with one fixed sentence that
 * lists possible causes ("The account or domain may not exist, they may be blacklisted, or
 * missing the proper dns entries"); its "blacklisted" is a guess, the failed lookup is the fact.
 */
export const cpanel: Vendor = {
  id: "cpanel",
  early: ({ text }: Signals): Reason | null =>
    /account or domain may not exist/.test(text) ? "hostunknown" : null,
};
