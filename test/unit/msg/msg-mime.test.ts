import fc from "fast-check";
import { parseEml } from "../../../src/core/mime/eml";
import {
  encodeBase64Lines,
  headerText,
  writeDeliveryStatus,
  writeMime,
} from "../../../src/core/mime/msg-mime";
import { parseDsn } from "../../../src/core/bounce/dsn";

const text = (b: Uint8Array) => new TextDecoder("latin1").decode(b);

describe("writers for attached mails and report tables", () => {
  it("base64 matches Node's, in 76-character CRLF lines", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const lines = text(encodeBase64Lines(bytes));
        expect(lines.replace(/\r\n/g, "")).toBe(Buffer.from(bytes).toString("base64"));
        for (const line of lines.split("\r\n").slice(0, -1))
          expect(line.length).toBeLessThanOrEqual(76);
        expect(lines === "" || lines.endsWith("\r\n")).toBe(true);
      })
    );
  });

  it("encodes a non-ASCII header value as one encoded word", () => {
    expect(headerText("Meeting")).toBe("Meeting");
    expect(headerText("見積もり")).toBe(
      `=?UTF-8?B?${Buffer.from("見積もり").toString("base64")}?=`
    );
  });

  it("writes a mail that parseEml reads back: addresses, subject, body and file bytes", async () => {
    const file = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) & 255);
    const mime = writeMime({
      from: { name: "山田 太郎", address: "yamada@example.co.jp" },
      to: [{ address: "a@example.com" }, { name: "B, Second", address: "b@example.com" }],
      cc: [],
      subject: "見積もりのご依頼",
      date: "2026-11-09T01:00:00.000Z",
      messageId: "<q@example.co.jp>",
      text: "本文です。",
      attachments: [{ name: "表.xlsx", contentType: "application/octet-stream", content: file }],
    });
    const mail = await parseEml(mime);
    expect(mail.subject).toBe("見積もりのご依頼");
    expect(mail.from).toEqual({ name: "山田 太郎", address: "yamada@example.co.jp" });
    expect(mail.to.map((t) => t.address)).toEqual(["a@example.com", "b@example.com"]);
    expect(mail.bodyText?.trim()).toBe("本文です。");
    expect(mail.date).toBe("2026-11-09T01:00:00.000Z");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]!.name).toBe("表.xlsx");
    expect([...mail.attachments[0]!.content!]).toEqual([...file]);
  });

  it("writes delivery-status fields the DSN reader reads", () => {
    const dsn = parseDsn(
      writeDeliveryStatus([
        {
          address: "nobody@example.com",
          action: "failed",
          supplementaryInfo: "<mx.example.com #5.1.1 smtp;550 5.1.1 User unknown>",
        },
        { address: "late@example.net", action: "delayed" },
      ])
    );
    expect(dsn.recipients).toEqual([
      expect.objectContaining({
        finalRecipient: "nobody@example.com",
        action: "failed",
        status: "5.1.1",
        diagnostic: expect.stringContaining("User unknown"),
      }),
      expect.objectContaining({
        finalRecipient: "late@example.net",
        action: "delayed",
        status: "4.0.0",
      }),
    ]);
  });
});
