/**
 * Shapes met in a fourth set of real bounces (other projects' fixtures, read once to find what
 * the reader got wrong; the mails are not copied here): each is written anew with example
 * hosts, in the general form the rule reads.
 */
import { readBounce } from "../../../src/core/bounce";
import { classifyDelivery } from "../../../src/core/bounce/classify";
import { parseDsn } from "../../../src/core/bounce/dsn";
import { runChecks } from "../../../src/core/checks";
import { parseReturnedOriginal } from "../../../src/core/mime/eml";
import { DEFAULT_POLICY } from "../../../src/core/policy/defaults";
import { receivedMail, reportMail } from "./report-mail";

describe("DSN fields wrapped without indentation", () => {
  it("are read as one Diagnostic-Code, so its last words still count", () => {
    const dsn = parseDsn(
      [
        "Final-Recipient: rfc822; bob@example.net",
        "Action: failed",
        "Status: 5.2.0",
        "Diagnostic-Code: smtp; 552 5.2.0 ab12 This message has been rejected due to content judged to b",
        "e spam by the internet community XY1",
      ].join("\n")
    );
    expect(dsn.recipients[0]?.diagnostic).toContain("judged to be spam by the internet community");
    const bounce = readBounce(
      receivedMail(
        reportMail({
          from: "Mail Delivery Subsystem <mailer-daemon@example.org>",
          subject: "Delivery Status Notification (Failure)",
          text: ["Your message could not be delivered."],
          reportingMta: "mx.example.org",
          recipient: [
            "Final-Recipient: rfc822; bob@example.net",
            "Action: failed",
            "Status: 5.2.0",
            "Diagnostic-Code: smtp; 552 5.2.0 ab12 This message has been rejected due to content judged to b",
            "e spam by the internet community XY1",
          ],
        })
      )
    );
    expect(bounce?.recipients[0]?.diagnosis?.reason).toBe("spamdetected");
  });
});

describe("words of the reply that were read wrongly", () => {
  const reasonOf = (diagnostic: string, status?: string) =>
    classifyDelivery({ diagnostic, status })?.reason;

  it("reads an SPF refusal in the wording of Exim's SPF example", () => {
    expect(
      reasonOf(
        "550 192.0.2.68 is not allowed to send mail from mail.example.com (in reply to RCPT TO command)",
        "5.0.0"
      )
    ).toBe("authfailure");
    expect(reasonOf("550 192.0.2.9 is not a designated mailserver for example.com")).toBe(
      "authfailure"
    );
  });

  it("does not take a client library's 'unexpected response status code' for a protocol error", () => {
    expect(
      reasonOf(
        "554 5.7.1 Error during the last delivery attempt: remote smtp server sent unexpected response status code: got 554, expected 2xx, permanent: 554 5.7.1",
        "5.7.1"
      )
    ).not.toBe("syntaxerror");
    expect(reasonOf("500 unexpected command")).toBe("syntaxerror");
  });

  it("words a delayed recipient's summary as a delay, not as a failure", () => {
    const d = classifyDelivery({
      diagnostic: "400 4.4.7 Message delayed",
      status: "4.4.7",
      delayed: true,
    });
    expect(d?.summary.en).toContain("delayed");
    expect(d?.summary.en).not.toMatch(/gave up|could not be delivered/);
    expect(d?.nextStep.en).toContain("Wait");
  });
});

describe("a returned copy of the original", () => {
  const item20 = async (raw: string) => {
    const original = await parseReturnedOriginal(new TextEncoder().encode(raw));
    if (!original) throw new Error("not parsed");
    return runChecks({ snapshot: original, facts: {}, policy: DEFAULT_POLICY })
      .filter((f) => f.item === 20)
      .map((f) => `${f.rule}:${f.severity}`);
  };

  it("without a From is a part the server cut, not a mail missing its headers", async () => {
    expect(
      await item20("Content-Type: text/plain\r\nSubject: Hello, how are you\r\n\r\nhi\r\n")
    ).toEqual(["headers.returned-copy-partial:info"]);
  });

  it("with its From is checked whole: a missing Message-ID is still a fault", async () => {
    expect(
      await item20(
        "From: a@example.com\r\nTo: b@example.net\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\nSubject: x\r\n\r\nhi\r\n"
      )
    ).toEqual(["headers.message-id-missing:problem"]);
  });

  it("sent through an old Mailman list is not a Sender mismatch", async () => {
    const headers = [
      "From: Ann Author <ann@author.example>",
      "Sender: team-admin@lists.example.org",
      "To: team@lists.example.org",
      "Date: Mon, 07 Dec 2026 10:00:00 +0000",
      "Message-ID: <1@author.example>",
      "Subject: [team] notes",
    ];
    expect(
      await item20([...headers, "X-Mailman-Version: 2.1a3", "", "hi", ""].join("\r\n"))
    ).toEqual(["headers.checked:ok"]);
    expect(await item20([...headers, "", "hi", ""].join("\r\n"))).toEqual([
      "headers.sender-mismatch:warning",
    ]);
  });
});

describe("a recipient held back by the sender's own sending service", () => {
  it("is suppressed (the address bounced before), not an unknown user", () => {
    const d = classifyDelivery({
      diagnostic:
        "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
      status: "5.1.1",
    });
    expect(d?.reason).toBe("suppressed");
    expect(d?.cause).toBe(8);
    expect(d?.summary.en).toContain("suppression list");
    expect(
      classifyDelivery({ diagnostic: "Not delivering to previously bounced address" })?.reason
    ).toBe("suppressed");
  });
});
