import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBounce } from "../../../src/core/bounce";
import { parseDsn } from "../../../src/core/bounce/dsn";
import { parseEml } from "../../../src/core/mime/eml";
import { emptySnapshot } from "../../../src/core/model/snapshot";
import { sendmailReport } from "./report-mail";

const dir = join(__dirname, "..", "..", "fixtures", "ndr", "mails");
const read = (file: string) =>
  readBounce({
    ...emptySnapshot("mime", "received"),
    raw: new Uint8Array(readFileSync(join(dir, file))),
  });

describe("RFC 3464 fields", () => {
  it("reads blocks whose fields come in any order, and several recipients in one block", () => {
    const d = parseDsn(
      "Reporting-MTA: dns; mx.example.jp\n\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 No such user\nFinal-Recipient: rfc822; a@example.jp\n\n" +
        "Final-Recipient: rfc822; b@example.jp\nAction: delayed\nStatus: 4.4.1\nFinal-Recipient: rfc822;<c@example.jp>\nAction: failed\nStatus: 5.2.2\n"
    );
    expect(d.reportingMta).toBe("mx.example.jp");
    expect(d.recipients.map((r) => [r.finalRecipient, r.action, r.status])).toEqual([
      ["a@example.jp", "failed", "5.0.0"],
      ["b@example.jp", "delayed", "4.4.1"],
      ["c@example.jp", "failed", "5.2.2"],
    ]);
    expect(d.recipients[0]?.diagnostic).toBe("550 No such user");
  });

  it("takes a DSN field folded under a multi-line Diagnostic-Code as a field of its own", () => {
    // Gmail's delay reports indent Last-Attempt-Date as if it continued the server's reply.
    const d = parseDsn(
      "Final-Recipient: rfc822; a@example.de\nAction: delayed\nStatus: 4.4.1\n" +
        "Diagnostic-Code: smtp; The remote server refused to connect.\n [example.de 192.0.2.7: timed out]\n" +
        " Last-Attempt-Date: Thu, 23 Aug 2018 03:22:44 -0700 (PDT)\n Will-Retry-Until: Sat, 25 Aug 2018 02:00:04 -0700 (PDT)\n"
    );
    expect(d.recipients[0]?.diagnostic?.replace(/\s+/g, " ")).toBe(
      "The remote server refused to connect. [example.de 192.0.2.7: timed out]"
    );
    expect(d.recipients[0]?.willRetryUntil).toBe("Sat, 25 Aug 2018 02:00:04 -0700 (PDT)");
    // The server's own continuation lines stay its words, whatever they start with.
    const own = parseDsn(
      "Final-Recipient: rfc822; b@example.de\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 Rejected\n Status: policy\n"
    );
    expect(own.recipients[0]?.diagnostic?.replace(/\s+/g, " ")).toBe("550 Rejected Status: policy");
    expect(own.recipients[0]?.status).toBe("5.7.1");
  });

  it("reads a local delivery program's failure (Diagnostic-Code of type X-Unix) as the recipient side's", () => {
    const programReport = (code: string, transcript: string) =>
      readBounce(
        sendmailReport({
          recipient: "tickets@example.jp",
          reason: code,
          status: "5.0.0",
          transcript: [transcript],
          diagnosticType: "X-Unix",
          failed: '"|/usr/local/bin/ticket-import"',
          more: ["    (expanded from: <tickets@example.jp>)"],
        })
      );
    // "Permission denied" is about a file on the receiving host, not a refusal of the sender.
    const denied = programReport("126", "Permission denied")?.recipients[0];
    expect(denied).toMatchObject({ address: "tickets@example.jp", cause: 3 });
    expect(denied?.diagnosis?.who).toEqual(["recipientIt"]);
    // The program's own words still name a full mailbox.
    expect(
      programReport("73", "procmail: Quota exceeded while writing mailbox")?.recipients[0]?.cause
    ).toBe(14);
  });

  it("reads a refusal printed after a pipelined DATA that found no recipient as the answer to RCPT TO", () => {
    const unknownAfterData = (dataAnswer: string[]) =>
      readBounce(
        sendmailReport({
          recipient: "edwin@example.com.au",
          reason: "553 5.3.0 <edwin@example.com.au>... Unknown E-Mail Address",
          status: "5.3.0",
          transcript: [
            "... while talking to mail.example.com.au.:",
            ">>> DATA",
            "<<< 553 5.3.0 <edwin@example.com.au>... Unknown E-Mail Address",
            ...dataAnswer,
          ],
        })
      )?.recipients[0]?.cause;
    // DATA answered "no recipient": the address was refused at RCPT TO, so it is unknown (item 8).
    expect(unknownAfterData(["<<< 503 5.0.0 Need RCPT (recipient)"])).toBe(8);
    expect(unknownAfterData(["<<< 554 5.5.1 Error: no valid recipients"])).toBe(8);
    // Without that answer, "unknown" after DATA is still a filter speaking (item 7).
    expect(unknownAfterData([])).toBe(7);
  });

  it("prefers the remote server's code to a different Status written by the reporting MTA", () => {
    const b = read("lhost-sendmail-33.eml");
    expect(b?.recipients[0]?.status).toBe("5.7.1");
    expect(b?.recipients[0]?.cause).toBe(1); // "IP address blacklisted"
  });

  it("gives an expired message the last error before the server gave up", () => {
    expect(read("lhost-amazonses-17.eml")?.recipients[0]?.status).toBe("4.4.2");
  });
});

describe("provider formats", () => {
  it("reads Amazon SES notifications: a delivery is a success, a complaint is feedback", () => {
    expect(read("lhost-amazonses-13.eml")).toMatchObject({
      kind: "success",
      reporter: "Amazon SES",
    });
    const complaint = read("lhost-amazonses-11.eml");
    expect(complaint?.kind).toBe("feedback");
    expect(complaint?.recipients[0]).toMatchObject({
      address: "complaint@simulator.amazonses.com",
      cause: null,
    });
  });

  it("reads a Microsoft JMRP complaint (no RFC 5965 part) as feedback", () => {
    const b = read("arf-24.eml");
    expect(b?.kind).toBe("feedback");
    expect(b?.recipients[0]?.address).toBe("kijitora@example.com");
  });

  it("knows that docomo's 'Unknown user' after DATA is its filter refusing the sender", () => {
    const b = read("rhost-nttdocomo-01.eml");
    expect(b?.recipients[0]?.diagnosis?.reason).toBe("filtered");
    expect(b?.recipients[0]?.cause).toBe(7);
  });

  it("takes the report's own explanation of a disabled au account", () => {
    expect(read("lhost-ezweb-02.eml")?.recipients[0]?.cause).toBe(17);
  });

  it("reads an address problem after MAIL FROM as a refusal of the sender", () => {
    expect(read("lhost-exim-50.eml")?.recipients[0]?.diagnosis?.reason).toBe("rejected");
  });

  it("reads Exchange 2003 text reports without codes", () => {
    const b = read("lhost-exchange2003-03.eml");
    expect(b?.recipients[0]).toMatchObject({
      address: "kijitora@example.jp",
      cause: 8,
      status: null,
    });
    expect(b?.reporter).toBe("Microsoft Exchange");
  });

  it("reads a bounce of a bounce through to the inner report", () => {
    const b = read("lhost-postfix-49.eml");
    expect(b?.kind).not.toBe("autoreply");
    expect(b?.recipients.length).toBeGreaterThan(0);
  });
});

describe("the returned original", () => {
  it("keeps the whole returned message so that the outgoing checks can run on it", async () => {
    const b = read("lhost-exchange2003-03.eml");
    expect(b?.original).toMatchObject({ complete: true, to: ["kijitora@example.net"] });
    expect(b?.original?.subject).toContain("白猫");
    const original = await parseEml(b!.original!.raw!);
    expect(original.to[0]?.address).toBe("kijitora@example.net");
  });

  it("reads headers-only originals without claiming the whole message came back", () => {
    const b = read("rhost-messagelabs-02.eml");
    expect(b?.original?.complete).toBe(false);
    expect(b?.original?.raw).toBeUndefined();
  });
});

describe("a Final-Recipient without its local part", () => {
  const bounce = (dsnBlocks: string, text: string) =>
    readBounce({
      ...emptySnapshot("mime", "received"),
      raw: new TextEncoder().encode(
        [
          "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>",
          "To: sender@example.jp",
          "Subject: Returned mail: see transcript for details",
          'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
          "",
          "--b",
          "Content-Type: text/plain",
          "",
          text,
          "--b",
          "Content-Type: message/delivery-status",
          "",
          "Reporting-MTA: dns; mx.example.jp",
          "",
          dsnBlocks,
          "--b--",
          "",
        ].join("\r\n")
      ),
    });

  it("is named by the one address the report's text gives (a source route cut short)", () => {
    const b = bounce(
      "Final-Recipient: RFC822; @mx.example.org\r\nAction: failed\r\nStatus: 5.1.2\r\n",
      "   ----- The following addresses had permanent fatal errors -----\r\n<kijitora@example.org>\r\n    (reason: 550 Host unknown)\r\n"
    );
    expect(b?.recipients.map((r) => r.address)).toEqual(["kijitora@example.org"]);
  });

  it("is named by a mailbox Original-Recipient first", () => {
    const b = bounce(
      "Original-Recipient: rfc822; first@example.org\r\nFinal-Recipient: RFC822; @relay.example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n",
      "Delivery failed for <other@example.org>.\r\n"
    );
    expect(b?.recipients.map((r) => r.address)).toEqual(["first@example.org"]);
  });

  it("is named by the Original-Recipient when a relay masked the final one", () => {
    const b = bounce(
      "Final-Recipient: rfc822; ********************@**********\r\nOriginal-Recipient: rfc822;taro@example.org\r\nAction: failed\r\nStatus: 5.2.0\r\n",
      "<taro@example.net>: Message delivery failed\r\n"
    );
    expect(b?.recipients.map((r) => r.address)).toEqual(["taro@example.org"]);
  });

  it("stays as the field said when the text does not say which address it was", () => {
    const b = bounce(
      "Final-Recipient: RFC822; @mx.example.org\r\nAction: failed\r\nStatus: 5.1.2\r\n\r\n" +
        "Final-Recipient: RFC822; @mx2.example.org\r\nAction: failed\r\nStatus: 5.1.2\r\n",
      "<a@example.org>\r\n<b@example.org>\r\n"
    );
    expect(b?.recipients.map((r) => r.address)).toEqual(["@mx.example.org", "@mx2.example.org"]);
  });
});
