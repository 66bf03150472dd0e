import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBounce } from "../../../src/core/bounce";
import { emptySnapshot } from "../../../src/core/model/snapshot";

const snap = (raw: Uint8Array) => ({ ...emptySnapshot("mime", "received"), raw });
const enc = (s: string) => new TextEncoder().encode(s);
const sample = new Uint8Array(
  readFileSync(join(__dirname, "..", "..", "fixtures", "ndr", "mails", "lhost-postfix-06.eml"))
);

describe("readBounce on hostile input", () => {
  it("never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expect(() => readBounce(snap(bytes))).not.toThrow();
      }),
      { numRuns: 300 }
    );
  });

  it("never throws on a real report cut or corrupted anywhere", () => {
    fc.assert(
      fc.property(
        fc.nat(sample.length),
        fc.nat(sample.length),
        fc.uint8Array({ maxLength: 64 }),
        (cut, at, junk) => {
          const bytes = new Uint8Array([...sample.subarray(0, cut)]);
          bytes.set(junk.subarray(0, Math.max(0, bytes.length - at)), Math.min(at, bytes.length));
          expect(() => readBounce(snap(bytes))).not.toThrow();
        }
      ),
      { numRuns: 300 }
    );
  });

  it("never throws on read receipts built from disposition fragments", () => {
    const pieces = [
      "Disposition: ",
      "manual-action/MDN-sent-manually; displayed",
      "automatic-action/MDN-sent-automatically; deleted",
      "Final-Recipient: rfc822;",
      "Original-Recipient: ",
      "a@b.example",
      "*****@****",
      "\r\n",
      " ",
      ";",
    ];
    const receipt = (fields: string) =>
      [
        "From: a@b.example",
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=r",
        "",
        "--r",
        "Content-Type: message/disposition-notification",
        "",
        fields,
        "--r--",
        "",
      ].join("\r\n");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const b = readBounce(snap(enc(receipt(parts.join("")))));
        // Whatever it reads, a receipt never names a failure.
        if (b?.readReceipt) expect(b.recipients.every((r) => r.cause === null)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it("never throws on MIME-like text built from report fragments", () => {
    const pieces = [
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
      "--b\n",
      "--b--\n",
      "\n",
      "Content-Type: message/delivery-status\n",
      "Final-Recipient: rfc822; a@b.c\n",
      "Action: failed\n",
      "Status: 5.1.1\n",
      "Diagnostic-Code: smtp; 550 5.1.1 nope\n",
      "Content-Transfer-Encoding: base64\n",
      "Content-Type: text/plain; charset=x-unknown-charset\n",
      "=?iso-2022-jp?B?GyRC?=",
      "\u001b$B",
      "<a@b.c>: said 550\n",
      "Content-Type: message/rfc822\n",
      "From: MAILER-DAEMON@x\n",
      "Subject: Undelivered\n",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        expect(() => readBounce(snap(enc(parts.join(""))))).not.toThrow();
      }),
      { numRuns: 400 }
    );
  });

  it("stays linear: a 20 MB single line, deep nesting, invalid charsets", () => {
    const line = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const t0 = Date.now();
    expect(
      readBounce(
        snap(
          new Uint8Array([
            ...enc("From: MAILER-DAEMON@x\nSubject: Undelivered\n\n"),
            ...line.subarray(0, 1024),
          ])
        )
      )
    ).toBeNull();
    const big = new Uint8Array(line.length + 64);
    big.set(enc("From: MAILER-DAEMON@x\nSubject: Undelivered\n\n"));
    big.set(line, 50);
    expect(() => readBounce(snap(big))).not.toThrow();
    let nested = "";
    for (let i = 0; i < 5000; i++)
      nested += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
    expect(() => readBounce(snap(enc(nested)))).not.toThrow();
    const badCharset =
      'From: MAILER-DAEMON@x\nContent-Type: text/plain; charset="no-such-charset"\n\n<a@b.c>: 550 5.1.1 user unknown\n';
    expect(readBounce(snap(enc(badCharset)))?.recipients[0]?.status).toBe("5.1.1");
    // Generous bound: the work is linear; this only catches a runaway (super-linear) regression.
    expect(Date.now() - t0).toBeLessThan(15000);
  });

  it("stays fast on a report that lists thousands of recipients", () => {
    let body =
      "From: MAILER-DAEMON@x\nSubject: Undelivered\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\n";
    for (let i = 0; i < 5000; i++)
      body += `<u${i}@example.jp>: host mx.example.jp said: 550 5.1.1 unknown\n`;
    body += "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\n";
    for (let i = 0; i < 5000; i++)
      body += `Final-Recipient: rfc822; u${i}@example.jp\nAction: failed\nStatus: 5.1.1\n\n`;
    body += "--b--\n";
    const t0 = Date.now();
    const b = readBounce(snap(enc(body)));
    expect(b?.recipients.length).toBe(500); // capped: the pane shows the first 500
    expect(b?.recipients[499]?.cause).toBe(8);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});
