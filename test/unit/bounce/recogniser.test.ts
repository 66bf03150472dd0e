/**
 * The general recogniser behind the format readers: reports from systems it has no reader for
 * are read from signs every system leaves (a report sender, a report subject in the user's
 * language, a returned original, failure words), and ordinary mail is never taken for a report.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readBounce } from "../../../src/core/bounce";
import { emptySnapshot } from "../../../src/core/model/snapshot";

const received = (text: string) =>
  readBounce({ ...emptySnapshot("mime", "received"), raw: new TextEncoder().encode(text) });

const mail = (headers: string, body: string) =>
  `${headers.trim()}\nDate: Mon, 7 Dec 2026 09:00:00 +0900\nMessage-ID: <r1@mx.example.net>\n\n${body}`;

const ORIGINAL = [
  "--b1",
  "Content-Type: message/rfc822",
  "",
  "From: Taro <taro@example.co.jp>",
  "To: hanako@example.org",
  "Subject: Quotation",
  "",
  "Hello",
  "--b1--",
  "",
].join("\n");

describe("reports from systems without a reader of their own", () => {
  it("reads a German report that names no address, with the returned original's recipient", () => {
    const r = received(
      mail(
        `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: taro@example.co.jp
Subject: Unzustellbar: Quotation
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"`,
        `--b1\nContent-Type: text/plain; charset=utf-8\n\nIhre Nachricht konnte nicht zugestellt werden.\nGrund: Postfach voll.\n\n${ORIGINAL}`
      )
    );
    expect(r?.kind).toBe("failure");
    expect(r?.recipients[0]?.address).toBe("hanako@example.org");
    expect(r?.recipients[0]?.cause).toBe(14);
  });

  it("reads recipients written as '(generated from …)', '[SMTP:…]' and '-- …'", () => {
    for (const line of [
      "  an undisclosed address\n    (generated from kenji@example.org)",
      "Recipient: [SMTP:kenji@example.org]\nReason: 550 Requested action not taken: mailbox unavailable",
      "-- kenji@example.org\ncould not be delivered. The problem appears to be :\n-- 550 no such user",
    ]) {
      const r = received(
        mail(
          "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nTo: taro@example.co.jp\nSubject: Mail delivery failed",
          `A message that you sent could not be delivered to one or more of its recipients.\n\n${line}\n`
        )
      );
      expect(r?.recipients.map((x) => x.address)).toContain("kenji@example.org");
    }
  });

  it("reads a Japanese ISP's notice in Japanese", () => {
    const r = received(
      mail(
        "From: =?UTF-8?B?44Oh44O844Or6YWN5L+h44K344K544OG44Og?= <postmaster@isp.example.ne.jp>\nTo: taro@example.co.jp\nSubject: =?UTF-8?B?6YWN6YCB5aSx5pWX44Gu44GK55+l44KJ44Gb?=\nContent-Type: text/plain; charset=utf-8",
        "以下の宛先へのメールの配送に失敗しました。\n\n宛先アドレス: jiro@example.ne.jp\n理由: 宛先のメールボックスが見つかりません\n"
      )
    );
    expect(r?.recipients[0]?.address).toBe("jiro@example.ne.jp");
    expect(r?.recipients[0]?.cause).toBe(8);
  });

  it("reads a delay notice as item 4 and a provider's wrapper from the remote server's words", () => {
    const delay = received(
      mail(
        "From: MAILER-DAEMON@mx.example.net\nTo: taro@example.co.jp\nSubject: Warning: message delayed",
        "kenji@example.org\n  Your message has not yet been delivered. Delivery attempts will continue for 4 days.\n"
      )
    );
    expect(delay?.kind).toBe("delay");
    expect(delay?.recipients[0]?.diagnosis?.cause).toBe(4);
    const wrapped = received(
      mail(
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: taro@example.co.jp\nSubject: Delivery Status Notification (Failure)",
        "Delivery to the following recipient failed permanently:\n\n     kenji@example.org\n\nTechnical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the recipient domain. The error that the other server returned was: 550 5.2.2 The email account that you tried to reach is over quota.\n"
      )
    );
    expect(wrapped?.recipients[0]?.cause).toBe(14);
  });
});

describe("no new false alarms", () => {
  it("does not take a person's forward of a report, or a mail about a failed delivery, for one", () => {
    expect(
      received(
        mail(
          'From: Hanako <hanako@example.co.jp>\nTo: helpdesk@example.co.jp\nSubject: Fw: Undeliverable: Quotation\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"',
          `--b1\nContent-Type: text/plain\n\nThis could not be delivered, can you look?\n\n${ORIGINAL}`
        )
      )
    ).toBeNull();
    expect(
      received(
        mail(
          "From: Postmaster <postmaster@example.co.jp>\nTo: all@example.co.jp\nSubject: Maintenance tonight",
          "Mail may not be delivered between 22:00 and 23:00 tonight. Contact kenji@example.org.\n"
        )
      )
    ).toBeNull();
  });

  it("reads no mail of the clean corpora and no labelled non-bounce as a bounce", () => {
    const root = join(__dirname, "..", "..", "fixtures");
    const files = [
      ...["outgoing-clean", "outgoing"].flatMap((d) =>
        readdirSync(join(root, d))
          .filter((f) => f.endsWith(".eml"))
          .map((f) => join(root, d, f))
      ),
      ...["ndr", "ndr-flufl"].flatMap((d) =>
        (
          JSON.parse(readFileSync(join(root, d, "negatives.json"), "utf8")) as Array<{
            file: string;
          }>
        ).map((n) => join(root, d, "mails", n.file))
      ),
    ];
    expect(files.length).toBeGreaterThan(40);
    const alarms = files.filter(
      (f) =>
        readBounce({
          ...emptySnapshot("mime", "received"),
          raw: new Uint8Array(readFileSync(f)),
        }) !== null
    );
    expect(alarms).toEqual([]);
  });
});

describe("mailing-list managers", () => {
  it("reads a list robot's refusal of a non-member's post, never a newsletter mentioning members", () => {
    const refusal = received(
      mail(
        "From: seminar-admin@lists.example.ac.jp\nTo: taro@example.co.jp\nSubject: NOT MEMBER article from taro@example.co.jp\nX-MLServer: fml [fml 4.0.3 release]\nX-ML-Name: seminar",
        "You are not member of this list, so your article was not distributed.\n\nOriginal mail as follows:\n\nFrom: taro@example.co.jp\nTo: seminar@lists.example.ac.jp\nSubject: Question\n\nHello\n"
      )
    );
    expect(refusal?.kind).toBe("failure");
    expect(refusal?.recipients[0]?.diagnosis?.reason).toBe("rejected");
    const newsletter = received(
      mail(
        "From: News <news@shop.example.com>\nTo: taro@example.co.jp\nSubject: Members-only sale this week\nList-Id: <news.shop.example.com>",
        "Not a member yet? Join today and save 10%.\n"
      )
    );
    expect(newsletter).toBeNull();
  });
});
