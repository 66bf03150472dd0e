/**
 * The first guess whether a mail is a delivery report (NDR, DSN, delay notice), from what every
 * source has: the headers, the sender, the subject. Used for .eml files (guessKind) and for items
 * opened in Outlook (office/classify), so both read the same mail the same way. The bounce reader
 * has the last word: it may find a report this misses, or find nothing in one this flags.
 * Read and delivery receipts (disposition notifications) are not reports of a failure.
 */
import type { HeaderField } from "../model/snapshot";
import { splitAddress } from "../text/address";

export interface BounceSignInput {
  headers?: HeaderField[] | undefined;
  fromAddress?: string | undefined;
  fromName?: string | undefined;
  senderAddress?: string | undefined;
  subject?: string | undefined;
  /** The reader's own address, when known: a report subject on one's own mail is not a report. */
  userAddress?: string | undefined;
}

/** Local parts that report delivery problems; "microsoftexchange…" is Exchange Online's NDR sender. */
const REPORTER_LOCAL =
  /^(postmaster|mailer-daemon|mail-daemon|mailerdaemon|microsoftexchange[0-9a-f]*|mail\.delivery\.system|mdaemon|bounce[sd]?)$/i;

/** Display names mail systems give their reports ("Mail Delivery Subsystem" is Postfix and Gmail). */
const REPORTER_NAME =
  /^(mailer-daemon|postmaster|mail-daemon|mail delivery (subsystem|system)|microsoftexchange[0-9a-f]*)\b/i;

/** Subjects of delivery reports, at the start of the subject (a forwarded NDR is "FW: …", a normal mail). */
const REPORT_SUBJECT = new RegExp(
  "^[\\s\\[【(「]*(?:" +
    [
      "undeliverable\\s*:",
      "undelivered mail returned to sender",
      "delivery status notification \\((failure|delay)\\)",
      "delivery (has )?failed",
      "mail delivery (failed|failure|subsystem)",
      "returned mail\\s*:",
      "failure notice",
      "delivery (notification|failure)\\s*:",
      "message (not delivered|delivery failed|delayed)",
      "non[- ]?delivery (report|notification)",
      "delayed mail",
      "delivery delayed",
      "delivery failure",
      "nondeliverable",
      "mail system error",
      "warning: could not send message",
      "配信不能",
      "配信できませんでした",
      "配信に失敗",
      "配信エラー",
      "配信[がの]?遅延",
      "送信できませんでした",
      "宛先不明",
      "不達",
    ].join("|") +
    ")",
  "i"
);

function headerOf(headers: HeaderField[] | undefined, name: string): string {
  return headers?.find((h) => h.name.toLowerCase() === name)?.value ?? "";
}

function isReporterAddress(address: string | undefined): boolean {
  return REPORTER_LOCAL.test(splitAddress(address ?? "")?.local ?? "");
}

/** The same mailbox, ignoring case and surrounding space. */
export function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** True for a multipart/report of delivery status (not a read receipt). */
export function isDeliveryStatusReport(contentType: string): boolean {
  return (
    /multipart\/report/i.test(contentType) &&
    /report-type\s*=\s*"?delivery-status/i.test(contentType)
  );
}

/** Why the mail looks like a delivery report, in a few words; undefined when it does not. */
export function bounceSign(mail: BounceSignInput): string | undefined {
  if (isDeliveryStatusReport(headerOf(mail.headers, "content-type")))
    return "multipart/report delivery-status";
  if (headerOf(mail.headers, "x-failed-recipients").trim()) return "X-Failed-Recipients header";
  const subject = (mail.subject ?? "").trim();
  const reporter =
    isReporterAddress(mail.fromAddress) ||
    isReporterAddress(mail.senderAddress) ||
    REPORTER_NAME.test((mail.fromName ?? "").trim());
  const reportSubject = REPORT_SUBJECT.test(subject);
  if (reporter && (reportSubject || subject === ""))
    return "sent by a mail system with a delivery report subject";
  if (reportSubject && !sameAddress(mail.fromAddress, mail.userAddress))
    return "delivery report subject";
  if (reporter) return `sent by ${mail.fromAddress ?? mail.fromName ?? "a mail system"}`;
  return undefined;
}
