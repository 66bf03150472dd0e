/**
 * A sendmail-style failure report built from its parts, for the reader's tests: the text part
 * (the failed address, its reason and the session transcript) and the RFC 3464 part.
 */
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";

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

export function sendmailReport(p: SendmailReportParts): MessageSnapshot {
  const lines = [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>",
    "To: <sender@example.com>",
    "Subject: Returned mail: see transcript for details",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    p.failed ?? `<${p.recipient}>`,
    `    (reason: ${p.reason})`,
    ...(p.more ?? []),
    "",
    "   ----- Transcript of session follows -----",
    ...p.transcript,
    "",
    "--b",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.com",
    "",
    `Final-Recipient: RFC822; ${p.recipient}`,
    "Action: failed",
    `Status: ${p.status}`,
    `Diagnostic-Code: ${p.diagnosticType ?? "SMTP"}; ${p.reason}`,
    "",
    "--b--",
    "",
  ];
  return {
    ...emptySnapshot("mime", "received"),
    raw: new TextEncoder().encode(lines.join("\r\n")),
  };
}
