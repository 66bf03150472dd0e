/**
 * Item 20, for mail read from a file or a received/sent item (the snapshot carries headers):
 * Date, Message-ID and From must be present once and well formed, and Sender should be in the
 * same organisation as From. Receivers reject or distrust mail that breaks these (Gmail asks
 * for one From address and a valid Message-ID; SpamAssassin scores a missing Date or Message-ID).
 */
import type { Finding } from "../model/finding";
import { say } from "../messages";
import { headerValues, type MessageSnapshot } from "../model/snapshot";
import { addressProblems, domainOf } from "../text/address";
import { clip } from "../text/clip";
import { isSameOrSubdomain, registrableDomain } from "../text/domain";
import { analyzeHeaders } from "../headers/analyze";
import type { Policy } from "../policy/schema";
import { checkDateHeader, isValidMessageId, splitAddressList } from "../text/header-values";
import type { CheckInput, NamedCheck } from "./types";

const SINGLE_HEADERS = ["From", "Date", "Message-ID", "Subject", "To", "Sender"];

type MissingRule = "headers.date-missing" | "headers.message-id-missing" | "headers.from-missing";
type MalformedRule =
  | "headers.date-malformed"
  | "headers.message-id-malformed"
  | "headers.from-multiple"
  | "headers.from-malformed";

function missing(rule: MissingRule): Finding {
  // Nothing of the user's to show: the header is not there.
  return say(20, rule, "problem", {});
}

function malformed(rule: MalformedRule, name: string, value: string): Finding {
  return say(20, rule, "problem", {}, { evidence: `${name}: ${clip(value, 200)}` });
}

function dateFindings(snapshot: MessageSnapshot): Finding[] {
  const values = headerValues(snapshot, "date");
  if (values.length === 0) return [missing("headers.date-missing")];
  const result = checkDateHeader(values[0] ?? "");
  if (!result.ok) return [malformed("headers.date-malformed", "Date", values[0] ?? "")];
  return [];
}

function messageIdFindings(snapshot: MessageSnapshot): Finding[] {
  const values = headerValues(snapshot, "message-id");
  if (values.length === 0) return [missing("headers.message-id-missing")];
  if (!isValidMessageId(values[0] ?? ""))
    return [malformed("headers.message-id-malformed", "Message-ID", values[0] ?? "")];
  return [];
}

function fromFindings(snapshot: MessageSnapshot): Finding[] {
  const values = headerValues(snapshot, "from");
  if (values.length === 0) {
    return [missing("headers.from-missing")];
  }
  const raw = values[0] ?? "";
  const mailboxes = splitAddressList(raw).filter((p) => p.includes("@"));
  const out: Finding[] = [];
  if (mailboxes.length > 1 && headerValues(snapshot, "sender").length === 0) {
    out.push(malformed("headers.from-multiple", "From", raw));
  }
  const address = snapshot.from?.address ?? "";
  if (address === "" || addressProblems(address).length > 0) {
    out.push(malformed("headers.from-malformed", "From", raw));
  }
  return out;
}

/** True when the domain is one of the organisation's own (policy internalDomains) or below one. */
function isOwnDomain(domain: string, policy: Policy): boolean {
  return policy.internalDomains.some((d) => isSameOrSubdomain(domain, d));
}

/**
 * The receiving server's DMARC verdict was "pass": the From domain authenticated the mail, so a
 * different Sender (Google Calendar sending for the organiser, a delegate, a list) is not
 * spoofing. Only a received copy carries this verdict.
 */
function dmarcPassed(snapshot: MessageSnapshot): boolean {
  return analyzeHeaders(snapshot.headers).auth.dmarc === "pass";
}

/**
 * A mailing list resends each post with its own address as Sender (RFC 2369 List-* fields name
 * the list): the list's domain differing from the author's is how lists work, not spoofing.
 * Told by a List-* field that names the Sender's domain, so a bare List-Id does not hide a forger.
 */
function isListResend(snapshot: MessageSnapshot, senderDomain: string): boolean {
  const listFields = ["list-id", "list-post", "list-unsubscribe", "list-help"].flatMap((name) =>
    headerValues(snapshot, name)
  );
  if (listFields.some((v) => v.toLowerCase().includes(senderDomain))) return true;
  // Lists older than RFC 2369 (Mailman 2's early versions, majordomo) wrote no List-* fields,
  // but their Sender is the list's own administrative address, and Mailman names itself.
  const local = (snapshot.sender?.address ?? "").toLowerCase().split("@")[0] ?? "";
  const base = local.split("+")[0] ?? "";
  const listAddress = base.startsWith("owner-") || /-(?:owner|bounces?|admin|request)$/.test(base);
  return listAddress && headerValues(snapshot, "x-mailman-version").length > 0;
}

function senderFindings(snapshot: MessageSnapshot, policy: Policy): Finding[] {
  const from = snapshot.from?.address;
  const sender = snapshot.sender?.address;
  if (!from || !sender) return [];
  const fromDomain = registrableDomain(domainOf(from));
  const senderDomain = registrableDomain(domainOf(sender));
  if (fromDomain === "" || senderDomain === "" || fromDomain === senderDomain) return [];
  // A delegate in another of the organisation's own domains (a group company, a holding) sends
  // "on behalf of" inside one organisation: the same tenant signs and sends both.
  if (isOwnDomain(domainOf(from), policy) && isOwnDomain(domainOf(sender), policy)) return [];
  if (dmarcPassed(snapshot) || isListResend(snapshot, senderDomain)) return [];
  return [
    say(
      20,
      "headers.sender-mismatch",
      "warning",
      { fromDomain, senderDomain },
      { evidence: `From: ${clip(from, 120)} / Sender: ${clip(sender, 120)}` }
    ),
  ];
}

function duplicateFindings(snapshot: MessageSnapshot): Finding[] {
  const out: Finding[] = [];
  for (const name of SINGLE_HEADERS) {
    const values = headerValues(snapshot, name);
    if (values.length > 1) {
      out.push(
        say(
          20,
          "headers.duplicate",
          "problem",
          { name, count: values.length },
          { evidence: values.map((v) => `${name}: ${clip(v, 80)}`).join(" | ") }
        )
      );
    }
  }
  return out;
}

/**
 * A draft's Date and Message-ID are written by the program when it sends the mail, so their
 * absence says nothing yet; a value the draft already carries is checked as it would be sent.
 */
function notYetWritten(snapshot: MessageSnapshot, name: "date" | "message-id"): boolean {
  return snapshot.kind === "draft" && headerValues(snapshot, name).length === 0;
}

/**
 * A returned copy without a From is a part of the original, not a mail sent without one (no
 * server accepts that, RFC 5322 requires it): its missing fields were cut by the server that
 * returned it, and saying them as faults of the mail would blame the sender for the server.
 */
function partialReturnedCopy(snapshot: MessageSnapshot): boolean {
  return snapshot.returnedCopy === true && headerValues(snapshot, "from").length === 0;
}

function runHeaderChecks(input: CheckInput): Finding[] {
  const snapshot = input.snapshot;
  if (!snapshot.headers || snapshot.headers.length === 0) return [];
  if (partialReturnedCopy(snapshot)) {
    // What the copy does carry is still checked; what it lacks is not counted against it.
    const present = [
      ...duplicateFindings(snapshot),
      ...(headerValues(snapshot, "date").length > 0 ? dateFindings(snapshot) : []),
      ...(headerValues(snapshot, "message-id").length > 0 ? messageIdFindings(snapshot) : []),
    ];
    return [say(20, "headers.returned-copy-partial", "info", {}), ...present];
  }
  const out = [
    ...duplicateFindings(snapshot),
    ...(notYetWritten(snapshot, "date") ? [] : dateFindings(snapshot)),
    ...(notYetWritten(snapshot, "message-id") ? [] : messageIdFindings(snapshot)),
    ...fromFindings(snapshot),
    ...senderFindings(snapshot, input.policy),
  ];
  if (out.length > 0) return out;
  return [say(20, "headers.checked", "ok", {})];
}

export const messageHeadersCheck: NamedCheck = {
  name: "message-headers",
  items: [20],
  run: runHeaderChecks,
};
