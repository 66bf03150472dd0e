import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bounceFindings, readBounce } from "../../../src/core/bounce";
import { scanReportText } from "../../../src/core/bounce/text";
import { unquoteForwarded } from "../../../src/core/bounce/view";
import { receivedMail, reportMail, sendmailReport } from "./report-mail";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";

const dir = join(__dirname, "..", "..", "fixtures", "ndr", "mails");
const raw = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
const fromMime = (file: string): MessageSnapshot => ({
  ...emptySnapshot("mime", "received"),
  raw: raw(file),
});

describe("readBounce on real reports", () => {
  it("reads a Postfix DSN: recipient, codes, server words, cause and the returned original", () => {
    const b = readBounce(fromMime("lhost-postfix-06.eml"));
    expect(b?.kind).toBe("failure");
    expect(b?.reporter).toBe("Postfix");
    expect(b?.readFrom).toBe("mime");
    const r = b?.recipients[0];
    expect(r?.address).toBe("kijitora@neko.example.jp");
    expect(r?.status).toBe("5.4.4");
    expect(r?.action).toBe("failed");
    expect(r?.diagnostic).toMatch(/Host or domain name not found/);
    expect(r?.cause).toBe(16);
    expect(b?.original?.to).toContain("kijitora@neko.example.jp");
  });

  it("reads an Exchange Online NDR and links Microsoft's page for its code", () => {
    const b = readBounce(fromMime("lhost-office365-07.eml"));
    expect(b?.kind).toBe("failure");
    const r = b?.recipients[0];
    expect(r?.status).toMatch(/^5\./);
    expect(r?.cause).not.toBeNull();
    expect(r?.diagnosis?.link ?? "").toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });

  it("reads a qmail text report (no DSN part)", () => {
    const b = readBounce(fromMime("lhost-qmail-08.eml"));
    expect(b?.reporter).toBe("qmail");
    expect(b?.recipients[0]?.replyCode).toBe("552");
    expect(b?.recipients[0]?.cause).toBe(14);
  });

  it("decodes an ISO-2022-JP carrier report", () => {
    const b = readBounce(fromMime("lhost-kddi-01.eml"));
    expect(b?.kind).toBe("failure");
    expect(b?.recipients[0]?.address).toMatch(/@/);
    expect(b?.recipients[0]?.cause).toBe(14);
  });

  it("tells a delay, an auto-reply and a spam complaint from a failure", () => {
    const arf = readBounce(fromMime("arf-01.eml"));
    expect(arf?.kind).toBe("feedback");
    expect(arf?.recipients.every((r) => r.cause === null)).toBe(true);
    const auto = readBounce(fromMime("rfc3834-02.eml"));
    expect(auto?.kind).toBe("autoreply");
    expect(auto?.recipients.every((r) => r.cause === null)).toBe(true);
  });

  it("does not read a mail that is not a bounce as one", () => {
    for (const f of [
      "not-bounce/is-not-bounce-01.eml",
      "not-bounce/is-not-bounce-02.eml",
      "not-bounce/rb-issue-368-bug.eml",
    ]) {
      expect(readBounce(fromMime(f))).toBeNull();
    }
  });

  it("reads from the body and attachments when there is no MIME (Outlook without getAsFileAsync)", () => {
    const snapshot: MessageSnapshot = {
      ...emptySnapshot("office-read", "received"),
      subject: "Undeliverable: Quote",
      from: { address: "MAILER-DAEMON@mx.example.jp", name: "Mail Delivery System" },
      bodyText:
        "This is the mail system at host mx.example.jp.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<tanaka@example.co.jp>: host mx.example.co.jp[192.0.2.1] said: 550 5.1.1\n    <tanaka@example.co.jp>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n",
    };
    const b = readBounce(snapshot);
    expect(b?.readFrom).toBe("body");
    expect(b?.recipients[0]).toMatchObject({
      address: "tanaka@example.co.jp",
      status: "5.1.1",
      replyCode: "550",
      action: "failed",
      cause: 8,
    });
  });
});

describe("mails that only quote or resemble a report", () => {
  const mime = (kind: MessageSnapshot["kind"], lines: string[]): MessageSnapshot => ({
    ...emptySnapshot("mime", kind),
    raw: new TextEncoder().encode(lines.join("\r\n")),
  });
  it("does not read a sent reply without a Return-Path as a bounce", () => {
    // A Japanese Outlook reply quoting header blocks ("山田 太郎 <…>" lines); like every Sent
    // Items copy it has no Return-Path, which is not the null sender of a report.
    const file = join(
      __dirname,
      "..",
      "..",
      "fixtures",
      "outgoing-clean",
      "ja-outlook-reply-2-levels.eml"
    );
    const reply = { ...emptySnapshot("mime", "sent"), raw: new Uint8Array(readFileSync(file)) };
    expect(readBounce(reply)).toBeNull();
  });

  it("never reads a draft as a bounce, even one forwarding a bounce to the help desk", () => {
    const forwarded = readFileSync(join(dir, "lhost-postfix-06.eml"));
    expect(readBounce(fromMime("lhost-postfix-06.eml"))).not.toBeNull();
    expect(
      readBounce({ ...emptySnapshot("mime", "draft"), raw: new Uint8Array(forwarded) })
    ).toBeNull();
  });

  it("still takes an explicit null sender (Return-Path: <>) as a report's mark", () => {
    const bounce = [
      "Return-Path: <>",
      "From: mail-system@example.net",
      "To: taro@example.co.jp",
      "Subject: Notice",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered to the following recipient:",
      "",
      "  hanako@example.com",
      "  550 5.1.1 user unknown",
      "",
    ];
    expect(readBounce(mime("received", bounce))?.recipients[0]?.status).toBe("5.1.1");
  });
});

describe("readBounce on text-only reports", () => {
  const textReport = (
    body: string,
    subject = "Undelivered Mail Returned to Sender"
  ): MessageSnapshot => ({
    ...emptySnapshot("mime", "received"),
    raw: new TextEncoder().encode(
      `From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)\nSubject: ${subject}\nContent-Type: text/plain\n\n${body}`
    ),
  });

  it("reads a Postfix warning as a delay, not a failure", () => {
    const b = readBounce(
      textReport(
        "This is the mail system at host mx.example.jp.\n\n####### THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #######\n\n" +
          "<sato@example.co.jp>: connect to mx.example.co.jp[192.0.2.9]:25: Connection timed out\n\nThe mail system will continue delivery attempts.\n",
        "Delayed Mail (still being retried)"
      )
    );
    expect(b?.kind).toBe("delay");
    expect(b?.recipients[0]).toMatchObject({
      address: "sato@example.co.jp",
      action: "delayed",
      cause: null,
    });
    expect(b?.recipients[0]?.diagnosis?.reason).toBe("networkerror");
  });

  it("reads a recipient from a sendmail transcript line", () => {
    const b = readBounce(
      textReport(
        "   ----- Transcript of session follows -----\n... while talking to mx.example.co.jp.:\n>>> DATA\n<<< 550 5.1.1 <suzuki@example.co.jp>... User unknown\n"
      )
    );
    expect(b?.recipients[0]).toMatchObject({
      address: "suzuki@example.co.jp",
      status: "5.1.1",
      replyCode: "550",
      cause: 8,
    });
  });
});

describe("bounceFindings", () => {
  it("gives one problem per failed recipient with evidence and a fix", () => {
    const b = readBounce(fromMime("lhost-postfix-06.eml"));
    const findings = bounceFindings(b!);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ item: 16, severity: "problem" });
    expect(findings[0]?.evidence).toMatch(/kijitora@neko\.example\.jp.*5\.4\.4/);
    expect(findings[0]?.fix?.ja).toBeTruthy();
  });

  it("gives a warning on item 4 for a delayed recipient", () => {
    const findings = bounceFindings({
      reporter: "Postfix",
      kind: "delay",
      recipients: [
        {
          address: "a@example.jp",
          status: "4.4.1",
          replyCode: null,
          action: "delayed",
          diagnostic: "connect to mx.example.jp: Connection timed out",
          cause: null,
        },
      ],
    });
    expect(findings).toEqual([
      expect.objectContaining({ item: 4, severity: "warning", rule: "bounce.delayed" }),
    ]);
  });
});

describe("readBounce on text reports whose sentences are wrapped", () => {
  const textReport = (body: string) =>
    readBounce({
      ...emptySnapshot("mime", "received"),
      raw: new TextEncoder().encode(
        "From: MAILER-DAEMON@mx.example.jp (Mail Delivery System)\nTo: a@example.co.jp\n" +
          "Subject: Undelivered Mail Returned to Sender\n\n" +
          body
      ),
    });

  it("recognises a failure said across a line break, with no code on the recipient's line", () => {
    const b = textReport(
      "Your message could not\nbe delivered to one or more recipients.\n\n" +
        "<info@branch.example.jp>: mail for branch.example.jp loops back to myself\n"
    );
    expect(b?.kind).toBe("failure");
    expect(b?.recipients[0]).toMatchObject({ address: "info@branch.example.jp", cause: 12 });
  });

  it("still reads a plain notice without failure words or error lines as no bounce", () => {
    expect(
      textReport("Your message\nwas received.\n\n<info@branch.example.jp>: thank you\n")
    ).toBeNull();
  });
});

describe("scanReportText: display names before an address", () => {
  it("takes 'Name <address>' lines as recipients, alone or after a label", () => {
    const scan = scanReportText(
      'Taro Yamada <taro@example.jp>: 550 5.1.1 User unknown\nRecipient: "Sato, Hanako" <hanako@example.jp>\nReason: 552 5.2.2 Mailbox full\n',
      new Set()
    );
    expect(scan.recipients.map((r) => [r.address, r.block])).toEqual([
      ["taro@example.jp", "550 5.1.1 User unknown"],
      ["hanako@example.jp", "Reason: 552 5.2.2 Mailbox full"],
    ]);
  });

  it("does not take a sentence before an address for a name", () => {
    const scan = scanReportText(
      "For further assistance, please contact <support@example.ne.jp>\n",
      new Set()
    );
    expect(scan.recipients).toEqual([]);
  });
});

describe("readBounce on a report forwarded inline with quotes", () => {
  const forwarded = (quote: string) =>
    [
      "From: Hanako <hanako@example.jp>",
      "To: helpdesk@example.jp",
      "Subject: Fwd: Returned mail: see transcript for details",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "My mail to a customer came back, can you look?",
      "",
      "Begin forwarded message:",
      "",
      ...[
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>",
        "Subject: Returned mail: see transcript for details",
        "",
        "   ----- The following addresses had permanent fatal errors -----",
        "<kaori@example.net>",
        "    (reason: 552 5.2.2 Mailbox full)",
        "",
        "   ----- Transcript of session follows -----",
        "... while talking to mx.example.net.:",
        ">>> RCPT To:<kaori@example.net>",
        "<<< 552 5.2.2 <kaori@example.net>... Mailbox full",
        "",
        "Final-Recipient: RFC822; kaori@example.net",
        "Action: failed",
        "Status: 5.2.2",
      ].map((line) => (line ? `${quote}${line}` : quote.trim())),
      "",
    ].join("\r\n");

  it.each(["> ", ">"])("reads the quoted report as written (quote %j)", (quote) => {
    const b = readBounce({
      ...emptySnapshot("mime", "received"),
      raw: new TextEncoder().encode(forwarded(quote)),
    });
    const r = b?.recipients[0];
    expect(r).toMatchObject({ address: "kaori@example.net", status: "5.2.2", cause: 14 });
    // The server's words come without the quote marks and without the lines after them.
    expect(r?.diagnostic).not.toMatch(/(^|\s)>\s/);
    expect(r?.diagnostic).not.toMatch(/Final-Recipient/);
  });

  it("says who forwarded it, and not for a gateway's own report with a reply prefix", () => {
    const read = (eml: string) =>
      readBounce({ ...emptySnapshot("mime", "received"), raw: new TextEncoder().encode(eml) });
    expect(read(forwarded("> "))?.forwardedBy).toBe("hanako@example.jp");
    const gateway = [
      "From: notes-gateway@example.com",
      "To: someone@example.org",
      "Subject: RE: Quarterly figures : non remis (delivery failed)",
      "",
      "Your message could not be delivered to",
      "taro@example.com",
      "",
    ].join("\r\n");
    const b = read(gateway);
    expect(b?.recipients[0]?.address).toBe("taro@example.com");
    expect(b?.forwardedBy).toBeUndefined();
  });

  it("keeps a report's own transcript lines and a few quoted lines as they are", () => {
    const own = ">>> DATA\n<<< 554 5.7.1 Rejected\n> quoted once\nplain\nplain\nplain";
    expect(unquoteForwarded(own)).toBe(own);
  });
});

describe("readBounce on reports with little to read", () => {
  const mail = (lines: string[]): MessageSnapshot => ({
    ...emptySnapshot("mime", "received"),
    raw: new TextEncoder().encode(lines.join("\r\n")),
  });

  it("reads a delivery-status report whose parts are missing as an unreadable failure", () => {
    const b = readBounce(
      mail([
        "Return-Path: <>",
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
        "To: <someone@example.org>",
        "Subject: Returned mail: see transcript for details",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;",
        '\tboundary="b1/mx.example.net"',
        "",
        "<<< No Message Collected >>>",
        "",
      ])
    );
    expect(b).toMatchObject({ kind: "failure", recipients: [] });
  });

  it("reads a plain-text report from a mail system that says nothing as an unreadable failure", () => {
    const report = (from: string, subject: string) =>
      readBounce(
        mail([
          `From: ${from}`,
          "To: <someone@example.org>",
          `Subject: ${subject}`,
          "Content-Type: text/plain; charset=us-ascii",
          "",
          "test",
          "",
        ])
      );
    const daemon = "MAILER-DAEMON@mx.example.net (Mail Delivery System)";
    expect(report(daemon, "Undelivered Mail Returned to Sender")).toMatchObject({
      kind: "failure",
      recipients: [],
    });
    expect(report(daemon, "Mail delivery failed: returning message to sender")?.kind).toBe(
      "failure"
    );
    // Exim's subject for a mail it could not even try to deliver.
    expect(report(daemon, "Mail failure - no recipient addresses")?.kind).toBe("failure");
    // Not a failure: a delay or success notice, a person quoting a report, a person's mail.
    expect(report(daemon, "Delivery Status Notification (Delay)")).toBeNull();
    expect(report(daemon, "Delivery Status Notification (Success)")).toBeNull();
    expect(report(daemon, "Re: Undelivered Mail Returned to Sender")).toBeNull();
    expect(report("Taro <taro@example.org>", "Undelivered Mail Returned to Sender")).toBeNull();
  });

  it("does not take a person's mail that only claims a report type for a bounce", () => {
    const b = readBounce(
      mail([
        "From: Taro <taro@example.org>",
        "To: <someone@example.net>",
        "Subject: hello",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=x",
        "",
        "no parts",
        "",
      ])
    );
    expect(b).toBeNull();
  });

  it("keeps to X-Failed-Recipients when the text also names the sender", () => {
    const b = readBounce(
      mail([
        "Return-Path: <>",
        "X-Failed-Recipients: gone@example.net",
        "From: Mail Delivery System <Mailer-Daemon@mx.example.com>",
        "To: SRS0+x1=news@relay.example.com",
        "Subject: Mail delivery failed",
        "",
        "This message was created automatically by mail delivery software.",
        "",
        "A message sent by",
        "",
        "  <news@example.org>",
        "",
        "could not be delivered to one or more of its recipients. The following",
        "address(es) failed:",
        "",
        "  gone@example.net",
        "    (ultimately generated from gone@example.co.uk)",
        "",
      ])
    );
    expect(b?.recipients.map((r) => r.address)).toEqual(["gone@example.net"]);
  });

  it("keeps to X-Failed-Recipients when the text names only what a delivery program printed", () => {
    // Exim returns a failed pipe's output, whose environment lines look like addresses.
    const b = readBounce(
      mail([
        "Return-Path: <>",
        "X-Failed-Recipients: tickets@example.net",
        "From: Mail Delivery System <Mailer-Daemon@mx.example.net>",
        "To: taro@example.jp",
        "Subject: Mail delivery failed: returning message to sender",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        "  pipe to |/usr/local/bin/helpdesk-import",
        "    generated by tickets@example.net",
        "",
        "The following text was generated during the delivery attempt:",
        "",
        "------ pipe to |/usr/local/bin/helpdesk-import",
        "       generated by tickets@example.net ------",
        "",
        "import failed; environment:",
        "RECIPIENT=tickets@example.net",
        "SENDER=taro@example.jp",
        "",
      ])
    );
    expect(b?.recipients.map((r) => r.address)).toEqual(["tickets@example.net"]);
  });

  it.each([
    "[Automatyczna =?iso-8859-2?Q?odpowied=BC?=] test",
    "Respuesta automática: Pedido",
    "Automatische Antwort: Angebot",
    "【自動返信】お問い合わせありがとうございます",
    "AUTO: Smith, John is out of the office. (returning 05/01/2027)",
  ])("reads the subject %p as an automatic reply", (subject) => {
    const b = readBounce(
      mail([
        "From: Anna <anna@example.pl>",
        "To: <someone@example.net>",
        `Subject: ${subject}`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "I am away until Monday.",
        "",
      ])
    );
    expect(b?.kind).toBe("autoreply");
  });
});

describe("readBounce: a multi-line reply cut short in the Diagnostic-Code", () => {
  const dsnWithTranscript = (transcript: string[], reason: string) =>
    sendmailReport({
      recipient: "hanako@example.net",
      reason,
      status: "5.1.1",
      transcript: ["... while talking to mx.example.net.:", ">>> DATA", ...transcript],
    });

  it("reads the reply's last line from the transcript: a failed sender check is the sender refused", () => {
    const b = readBounce(
      dsnWithTranscript(
        [
          "<<< 550-Verification failed for <bounces+42@example.com>",
          "<<< 550-The mail server could not deliver mail to bounces+42@example.com. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
          "<<< 550 Sender verify failed",
          "550 5.1.1 <hanako@example.net>... User unknown",
        ],
        "550-Verification failed for <bounces+42@example.com>"
      )
    );
    const r = b?.recipients[0];
    expect(r?.diagnostic).toContain("Sender verify failed");
    expect(r?.diagnostic).not.toContain("User unknown");
    expect(r?.diagnosis?.reason).toBe("rejected");
  });

  it("keeps the words of each line, not the enhanced code every line repeats", () => {
    const b = readBounce(
      dsnWithTranscript(
        [
          "<<< 552-5.7.0 This message was blocked because its content presents a potential",
          "<<< 552-5.7.0 security issue. Please visit",
          "<<< 552 5.7.0 https://support.example/answer to review our content guidelines.",
        ],
        "552-5.7.0 This message was blocked because its content presents a potential"
      )
    );
    expect(b?.recipients[0]?.diagnostic).toBe(
      "552-5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.example/answer to review our content guidelines."
    );
  });

  it("leaves a one-line reply, and one the transcript does not have, as they were", () => {
    const one = readBounce(
      dsnWithTranscript(["<<< 550 5.1.1 No such user here"], "550 5.1.1 No such user here")
    );
    expect(one?.recipients[0]?.diagnostic).toBe("550 5.1.1 No such user here");
    const missing = readBounce(
      dsnWithTranscript(
        ["<<< 550 5.1.1 something else"],
        "550-5.1.1 The mailbox does not exist here"
      )
    );
    expect(missing?.recipients[0]?.diagnosis?.reason).toBe("userunknown");
  });
});

describe("readBounce: Exchange's X-Supplementary-Info", () => {
  it("gives the remote server's reply as its words when there is no Diagnostic-Code", () => {
    const raw = reportMail({
      from: "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
      subject: "Undeliverable: test",
      text: [
        "Delivery has failed to these recipients or distribution lists:",
        "hanako@example.net",
        "The recipient's e-mail address was not found in the recipient's e-mail system.",
      ],
      reportingMta: "exch.example.co.jp",
      recipient: [
        "Final-recipient: RFC822; hanako@example.net",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx.example.net",
        "X-Supplementary-Info: <mx.example.net #5.1.1 smtp;550 5.1.1 <hanako@example.net>:",
        " Recipient address rejected: User unknown in virtual mailbox table>",
      ],
    });
    const b = readBounce(receivedMail(raw));
    const r = b?.recipients[0];
    expect(r?.diagnostic).toBe(
      "550 5.1.1 <hanako@example.net>: Recipient address rejected: User unknown in virtual mailbox table"
    );
    expect(r?.diagnosis?.reason).toBe("userunknown");
  });
});

describe("readBounce: a report that passed a link-rewriting gateway", () => {
  it("shows the server's words with the gateway's links put back", () => {
    const raw = reportMail({
      from: "MAILER-DAEMON@mx.example.com (Mail Delivery System)",
      subject: "Undelivered Mail Returned to Sender",
      text: ["<hanako@example.net>: host mx1.example.net said: 550 5.1.1 User unknown"],
      reportingMta: "mx.example.com",
      recipient: [
        "Final-Recipient: rfc822; hanako@example.net",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 <hanako@example.net>... User unknown (see",
        " https://urldefense.proofpoint.com/v2/url?u=http-3A__mx1.example.net&d=DwICAg&e= )",
      ],
    });
    expect(readBounce(receivedMail(raw))?.recipients[0]?.diagnostic).toBe(
      "550 5.1.1 <hanako@example.net>... User unknown (see mx1.example.net )"
    );
  });
});

describe("readBounce: a read receipt (RFC 8098)", () => {
  const receipt = (disposition: string, recipientFields: string[]) =>
    readBounce(
      receivedMail(
        [
          "From: Hanako Suzuki <hanako@example.net>",
          "To: taro@example.jp",
          "Subject: =?UTF-8?B?6ZaL5bCB5riI44G/OiDopovnqY3mm7g=?=",
          "MIME-Version: 1.0",
          'Content-Type: multipart/report; report-type=disposition-notification; boundary="r"',
          "",
          "--r",
          "Content-Type: text/plain; charset=UTF-8",
          "",
          "The message you sent was displayed.",
          "",
          "--r",
          "Content-Type: message/disposition-notification",
          "",
          "Reporting-UA: pc01.example.net; Mail 16.0",
          ...recipientFields,
          "Original-Message-ID: <quote-123@example.jp>",
          `Disposition: ${disposition}`,
          "",
          "--r",
          "Content-Type: text/rfc822-headers",
          "",
          "From: taro@example.jp",
          "To: hanako@example.net",
          "Subject: Quotation",
          "",
          "--r--",
          "",
        ].join("\r\n")
      )
    );

  it("says the mail arrived and was opened, for the recipient it names", () => {
    const b = receipt("manual-action/MDN-sent-manually; displayed", [
      "Final-Recipient: rfc822;hanako@example.net",
    ]);
    expect(b).toMatchObject({ kind: "success", readReceipt: "displayed" });
    expect(b?.recipients).toMatchObject([
      { address: "hanako@example.net", action: "delivered", cause: null },
    ]);
  });

  it("tells a deletion unread, and falls back to the Original-Recipient or the original's To", () => {
    expect(
      receipt("manual-action/MDN-sent-manually; deleted", [
        "Original-Recipient: rfc822;hanako@example.net",
      ])
    ).toMatchObject({ readReceipt: "deleted", recipients: [{ address: "hanako@example.net" }] });
    expect(receipt("manual-action/MDN-sent-manually; displayed", [])?.recipients[0]?.address).toBe(
      "hanako@example.net"
    );
  });

  it("leaves a Sieve refusal (an automatic 'deleted', RFC 5429) to be read as a bounce", () => {
    expect(
      receipt("automatic-action/MDN-sent-automatically; deleted", [
        "Final-Recipient: rfc822;hanako@example.net",
      ])?.readReceipt
    ).toBeUndefined();
  });
});
