/**
 * What an item opened in read mode is: a bounce, a mail the user sent, an unsent draft or a
 * received mail. Office.js has no folder API, so the decision uses what it does give: the
 * item class (REPORT.IPM.Note.NDR on Exchange), the sender (postmaster, mailer-daemon, the
 * Exchange system mailbox), the subject patterns NDRs use in Japanese and English, the report
 * content type, and whether the sender is the user. Pure: no Office here, so it is unit-tested.
 */
import type { HeaderField, MessageKind } from "../core/model/snapshot";
import { splitAddress } from "../core/text/address";

export interface ReadItemFacts {
  itemClass?: string | undefined;
  fromAddress?: string | undefined;
  senderAddress?: string | undefined;
  /** The signed-in user's address (userProfile.emailAddress). */
  userAddress?: string | undefined;
  subject?: string | undefined;
  headers?: HeaderField[] | undefined;
  internetMessageId?: string | undefined;
  /** A folder hint from elsewhere (e.g. Graph's parentFolder), when the caller has one. */
  folder?: "drafts" | "sentitems" | "inbox" | "junkemail" | "other" | undefined;
}

export interface Classification {
  kind: MessageKind;
  /** Why, in a few words, for snapshot.notes. */
  reason: string;
}

/** Local parts that report delivery problems; "microsoftexchange…" is Exchange Online's NDR sender. */
const REPORTER_LOCAL =
  /^(postmaster|mailer-daemon|mail-daemon|mailerdaemon|microsoftexchange[0-9a-f]*|mail\.delivery\.system|mdaemon|bounce[sd]?)$/i;

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

function localPart(address: string | undefined): string {
  return splitAddress(address ?? "")?.local ?? "";
}

function sameAddress(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function isReportContentType(headers: HeaderField[] | undefined): boolean {
  const ct = headers?.find((h) => h.name.toLowerCase() === "content-type")?.value ?? "";
  return /multipart\/report/i.test(ct) && /report-type\s*=\s*"?delivery-status/i.test(ct);
}

/** True when the item class names a non-delivery or delay report (not a read or delivery receipt). */
function isFailureReportClass(itemClass: string | undefined): boolean {
  return (
    !!itemClass &&
    /^REPORT\./i.test(itemClass) &&
    /\.(NDR|Delayed|DelayedDeliveryReport)$/i.test(itemClass)
  );
}

export function classifyReadItem(facts: ReadItemFacts): Classification {
  if (isFailureReportClass(facts.itemClass))
    return { kind: "bounce", reason: `item class ${facts.itemClass}` };
  if (isReportContentType(facts.headers))
    return { kind: "bounce", reason: "multipart/report delivery-status" };
  const subject = (facts.subject ?? "").trim();
  const reporter =
    REPORTER_LOCAL.test(localPart(facts.fromAddress)) ||
    REPORTER_LOCAL.test(localPart(facts.senderAddress));
  const reportSubject = REPORT_SUBJECT.test(subject);
  if (reporter && (reportSubject || subject === ""))
    return { kind: "bounce", reason: "sent by a mail system with a delivery report subject" };
  if (reportSubject && !sameAddress(facts.fromAddress, facts.userAddress))
    return { kind: "bounce", reason: "delivery report subject" };
  if (reporter) return { kind: "bounce", reason: `sent by ${facts.fromAddress}` };

  if (facts.folder === "drafts") return { kind: "draft", reason: "in Drafts" };
  if (facts.folder === "sentitems") return { kind: "sent", reason: "in Sent Items" };
  const fromUser =
    sameAddress(facts.fromAddress, facts.userAddress) ||
    sameAddress(facts.senderAddress, facts.userAddress);
  // Without a folder hint a draft shown in the reading pane looks like a sent copy; both are
  // checked as outgoing mail, so the difference only changes the wording of the pane.
  if (fromUser) return { kind: "sent", reason: "from you" };
  return { kind: "received", reason: "from someone else" };
}
