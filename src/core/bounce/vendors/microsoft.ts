/**
 * Exchange Server, Exchange Online and Outlook.com. Their enhanced codes have their own
 * meanings beyond RFC 3463 (Microsoft's "Email non-delivery reports and SMTP errors in Exchange
 * Online" pages: 5.7.509 DMARC, 5.7.7xx tenant sending limits, 5.4.1 recipient not found …).
 */
import type { Reason } from "../reasons";
import type { EnhancedCode, Vendor } from "./types";

function dialect({ code, subject, detail }: EnhancedCode, text: string): Reason | null {
  if (subject === 7) {
    if (detail === 509 || detail === 515 || detail === 23) return "authfailure";
    if ([12, 13, 124, 133, 134, 135, 136].includes(detail)) return "rejected";
    // "Access denied, spam abuse detected" / "banned sender": Microsoft banned the sender.
    if (detail >= 501 && detail <= 503) return "blocked";
    if (detail === 504) return "userunknown";
    if (detail === 505) return "suspend";
    if (detail === 25) return "requireptr";
    if (detail === 508 || (detail >= 700 && detail <= 749)) return "speeding";
    // The sender's own tenant blocks the recipient in its Tenant Allow/Block List.
    if (detail === 703) return "senderpolicy";
    if (detail === 750 || detail === 800) return "rejected";
    if (detail === 512) return "notcompliantrfc";
    if (
      [506, 507, 510, 511, 513].includes(detail) ||
      (detail >= 500 && detail <= 699) ||
      (detail >= 850 && detail <= 899)
    )
      return "blocked";
    if (detail === 57) return "securityerror";
    if (detail === 64 || detail === 367) return "norelaying";
    if (detail >= 321 && detail <= 325) return "failedstarttls";
    if (detail === 650) return "badreputation";
    if (detail >= 900 && detail <= 999) return "policyviolation";
  }
  if (subject === 4) {
    if (detail === 1) return /relay/.test(text) ? "norelaying" : "userunknown";
    if (detail === 6 || detail === 14) return "networkerror";
    if (detail === 316 && code.startsWith("4")) return "networkerror";
    if (detail === 300 || detail === 316) return "expired";
    if (detail === 310) return "hostunknown";
    if (detail === 312) return "hostunknown";
    if (detail === 317) return "failedstarttls";
    if (detail === 318) return "systemerror";
  }
  if (subject === 2) {
    if (detail === 2 && /submission quota|sending limit|sender/.test(text)) return "speeding";
    if (detail === 121 || detail === 122) return "speeding";
  }
  if (subject === 1) {
    if (detail === 10 || detail === 351) return "userunknown";
    if (detail === 8) return "rejected";
    if (detail === 90) return "speeding";
  }
  if (code.endsWith(".0.350")) return "policyviolation";
  if (subject === 6 && detail === 11) return "contenterror";
  if (subject === 3 && detail === 190) return "systemerror";
  return null;
}

export const microsoft: Vendor = {
  id: "microsoft",
  // Exchange names the component that refused (RESOLVER.ADR…, STOREDRV…, SMTPSEND…) and tags its
  // anti-spam rules AS(nnnn): its dialect of the codes applies wherever the words are quoted.
  answered:
    /protection\.outlook\.com|\.outlook\.com\b|office ?365|exchange online|hotmail\.|\bmsn\.com|\blive\.com|\.prod\.outlook|\b(resolver\.(adr|rst)|storedrv|smtpsend)\.|\bas\(\d{3,}\)/,
  wrote: /exchange online|protection\.outlook\.com|\.prod\.outlook\.com|office ?365|outlook\.com\b/,
  dialect,
  // Exchange's component names and product terms: RESOLVER.ADR.RecipNotFound, DNS's
  // InfoDomainNonexistent, its tenant "Customer Block list" and "banned sending IP".
  phrases: [
    ["userunknown", /resolver\.adr\.recipnotfound|recipientnotfound/],
    ["hostunknown", /infodomainnonexistent/],
    ["blocked", /banned sending ip|customer block list/],
  ],
};

const EXO_NDR_BASE = "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/";
const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** Microsoft's page for an Exchange Online NDR code (the general page when there is no specific one). */
export function exchangeOnlineLink(status: string | null | undefined, text = ""): string {
  const m = ENHANCED.exec((status ?? "").trim());
  const page = (slug: string) => EXO_NDR_BASE + slug;
  if (!m) return page("non-delivery-reports-in-exchange-online");
  const [, cls, s, d] = m;
  const subject = Number(s);
  const detail = Number(d);
  if (subject === 1) {
    if (detail === 0) return page("fix-error-code-550-5-1-0-in-exchange-online");
    if (detail === 8) return page("fix-error-code-5-1-8-in-exchange-online");
    if (detail === 10) return page("fix-error-code-550-5-1-10-in-exchange-online");
    if (detail >= 1 && detail <= 20)
      return page("fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online");
  }
  if (subject === 2 && detail === 2 && /quota|limit/.test(text.toLowerCase()))
    return page("fix-error-for-submission-quota-exceeded-in-exchange-online");
  if (subject === 4) {
    if (detail === 1) return page("fix-error-code-550-5-4-1-in-exchange-online");
    if (detail === 7) return page("fix-error-code-550-4-4-7-in-exchange-online");
    if (cls === "4" && detail === 317) return page("fix-error-code-450-4-4-317-untrusted-root");
    if (detail >= 6 && detail <= 20)
      return page("fix-error-code-5-4-6-through-5-4-20-in-exchange-online");
  }
  if (subject === 0 && detail === 350) return page("fix-error-code-550-5-0-350-in-exchange-online");
  if (subject === 6 && detail === 11) return page("fix-error-code-550-5-6-11-in-exchange-online");
  if (subject === 7) {
    if (detail === 1) return page("fix-error-code-550-5-7-1-in-exchange-online");
    if (detail === 13 || detail === 135)
      return page("fix-error-code-5-7-13-or-5-7-135-in-exchange-online");
    if ([12, 23, 57, 64, 124, 133, 134, 136].includes(detail))
      return page(`fix-error-code-5-7-${detail}-in-exchange-online`);
    if (detail === 367) return page("forwarded-message-rejected-5-7-367-ndr");
    if (detail >= 700 && detail <= 750) return page("fix-error-code-5-7-700-through-5-7-750");
    if (cls === "4" && detail >= 500 && detail <= 699)
      return page("fix-error-code-451-4-7-500-699-asxxx-in-exchange-online");
  }
  return page("non-delivery-reports-in-exchange-online");
}
