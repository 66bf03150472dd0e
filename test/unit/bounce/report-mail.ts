/**
 * Delivery reports built from their parts, for the tests of the reader and of what is made of
 * its reading: a multipart/report with a text part and an RFC 3464 part.
 */
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";

export interface ReportMailParts {
  /** The report's From. */
  from: string;
  subject: string;
  /** The human-readable part, line by line. */
  text: readonly string[];
  reportingMta: string;
  /** The recipient's RFC 3464 fields, one line each (folded lines start with a space). */
  recipient: readonly string[];
}

/** The report as the raw text of a mail (CRLF line ends). */
export function reportMail(p: ReportMailParts): string {
  return [
    `From: ${p.from}`,
    "To: <sender@example.com>",
    `Subject: ${p.subject}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    ...p.text,
    "",
    "--b",
    "Content-Type: message/delivery-status",
    "",
    `Reporting-MTA: dns; ${p.reportingMta}`,
    "",
    ...p.recipient,
    "",
    "--b--",
    "",
  ].join("\r\n");
}

/** A raw mail as the snapshot of a received one. */
export function receivedMail(raw: string): MessageSnapshot {
  return { ...emptySnapshot("mime", "received"), raw: new TextEncoder().encode(raw) };
}

export interface SendmailReportParts {
  /** The Final-Recipient. */
  recipient: string;
  /** The "(reason: …)" of the text part and the Diagnostic-Code's value. */
  reason: string;
  status: string;
  /** The lines after "----- Transcript of session follows -----". */
  transcript: readonly string[];
  /** The Diagnostic-Code's type; "SMTP" unless said. */
  diagnosticType?: string;
  /** How the text part names what failed: "<recipient>" unless said (a pipe, "|/path"). */
  failed?: string;
  /** Lines after the reason in the text part ("(expanded from: …)"). */
  more?: readonly string[];
}

/** sendmail's shape: the failed address, its reason and the session transcript, then the fields. */
export function sendmailReport(p: SendmailReportParts): MessageSnapshot {
  return receivedMail(
    reportMail({
      from: "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>",
      subject: "Returned mail: see transcript for details",
      text: [
        "   ----- The following addresses had permanent fatal errors -----",
        p.failed ?? `<${p.recipient}>`,
        `    (reason: ${p.reason})`,
        ...(p.more ?? []),
        "",
        "   ----- Transcript of session follows -----",
        ...p.transcript,
      ],
      reportingMta: "mx.example.com",
      recipient: [
        `Final-Recipient: RFC822; ${p.recipient}`,
        "Action: failed",
        `Status: ${p.status}`,
        `Diagnostic-Code: ${p.diagnosticType ?? "SMTP"}; ${p.reason}`,
      ],
    })
  );
}
