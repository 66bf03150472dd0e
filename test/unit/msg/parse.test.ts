import { readFileSync } from "node:fs";
import path from "node:path";
import { burn } from "@kenjiuno/msgreader/lib/Burner";
import { analyze } from "../../../src/core/engine";
import { NotAMailError, parseEml } from "../../../src/core/mime/eml";
import { parseMsg } from "../../../src/core/mime/msg";
import { FILE_BYTES_NOTE, REPORT_TABLE_NOTE, SMIME_NOTE } from "../../../src/core/mime/msg-notes";
import { estimateMessageSize } from "../../../src/core/checks/size";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { readBounce } from "../../../src/core/bounce";
import { headerValues } from "../../../src/core/model/snapshot";

const DIR = path.join(__dirname, "..", "..", "fixtures", "msg");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));

describe("parseMsg on Outlook items", () => {
  it("reads a sent mail: addresses by recipient type, dates, id, both bodies", async () => {
    const bytes = fixture("plain.msg");
    const s = await parseMsg(bytes);
    expect(s.kind).toBe("sent");
    expect(s.subject).toBe("Meeting next week");
    expect(s.from).toEqual({ name: "Taro Yamada", address: "taro@example.co.jp" });
    expect(s.to).toEqual([{ name: "Hanako Suzuki", address: "hanako@example.com" }]);
    expect(s.cc).toEqual([{ name: "Jiro Sato", address: "jiro@example.net" }]);
    expect(s.bcc).toEqual([]);
    expect(s.messageId).toBe("<plain-0001@example.co.jp>");
    expect(s.date).toBe("2026-11-02T01:00:00.000Z");
    expect(s.bodyText).toContain("See you on Tuesday");
    expect(s.bodyHtml).toContain("<p>Hello Hanako,</p>");
    expect(s.headers).toBeUndefined();
    expect(s.raw).toBeUndefined();
    expect(s.notes).toContain(`${FILE_BYTES_NOTE} ${bytes.length}`);
  });

  it("leaves out a recipient known only by its Exchange address, and says so", async () => {
    const s = await parseMsg(fixture("plain.msg"));
    expect(s.cc.map((c) => c.address)).toEqual(["jiro@example.net"]);
    expect(s.notes).toContainEqual(expect.stringMatching(/^msg\.exchange-only: 1 .*Sales Team/));
    const { report } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
    expect(report.items.find((i) => i.id === 8)!.status).not.toBe("problem");
  });

  it("finds an Exchange-only recipient's SMTP address in the transport headers by name", async () => {
    const s = await parseMsg(fixture("received.msg"));
    expect(s.cc).toEqual([{ name: "Ichiro Kato", address: "ichiro@example.co.jp" }]);
  });

  it("leaves the size to the MIME estimate: the .msg length is not the size on the wire", async () => {
    const s = await parseMsg(fixture("zip-exe.msg"));
    expect(s.sizeBytes).toBeUndefined();
    const zip = s.attachments[0]!.size;
    const estimate = estimateMessageSize(s);
    expect(estimate.measured).toBe(false);
    expect(estimate.bytes).toBeGreaterThan(Math.ceil((zip * 4) / 3));
  });

  it("reads Japanese text stored as PT_UNICODE", async () => {
    const s = await parseMsg(fixture("japanese.msg"));
    expect(s.subject).toBe("【ご確認】来週の打ち合わせ資料について");
    expect(s.from).toEqual({ name: "山田 太郎", address: "yamada@example.co.jp" });
    expect(s.to).toEqual([{ name: "鈴木 花子", address: "suzuki@example.jp" }]);
    expect(s.bodyText).toContain("いつもお世話になっております。");
  });

  it("reads ANSI (PT_STRING8) Japanese text in the item's code page (932)", async () => {
    const s = await parseMsg(fixture("ansi-japanese.msg"));
    expect(s.subject).toBe("見積書送付のお知らせ");
    expect(s.from).toEqual({ name: "佐藤 一郎", address: "sato@example.co.jp" });
    expect(s.to).toEqual([{ name: "田中 次郎", address: "tanaka@example.jp" }]);
    expect(s.bodyText).toContain("見積書をお送りいたします。");
  });

  it("keeps attachment bytes, so the zip check finds the .exe inside", async () => {
    const s = await parseMsg(fixture("zip-exe.msg"));
    expect(s.attachments).toHaveLength(1);
    const zip = s.attachments[0]!;
    expect(zip).toMatchObject({
      name: "invoice.zip",
      contentType: "application/zip",
      kind: "file",
    });
    expect(zip.size).toBe(zip.content!.length);
    expect([...zip.content!.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    const { report } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
    const item11 = report.items.find((i) => i.id === 11)!;
    expect(item11.status).toBe("problem");
    expect(JSON.stringify(item11.findings)).toContain("invoice.exe");
  });

  it("drops file bytes when asked to, keeping what the bounce reader needs", async () => {
    const s = await parseMsg(fixture("zip-exe.msg"), { keepAttachmentContent: false });
    expect(s.attachments[0]!.content).toBeUndefined();
    expect(s.attachments[0]!.size).toBeGreaterThan(100);
    const ndr = await parseMsg(fixture("ndr.msg"), { keepAttachmentContent: false });
    expect(ndr.attachments.every((a) => a.content)).toBe(true);
    expect(readBounce(ndr)!.recipients[0]!.address).toBe("nobody@example.com");
  });

  it("turns transport headers into header fields, so received checks run", async () => {
    const s = await parseMsg(fixture("received.msg"));
    expect(s.kind).toBe("received");
    expect(headerValues(s, "received")).toHaveLength(2);
    expect(headerValues(s, "received")[0]).toMatch(
      /^from mail\.example\.com .* by mx\.example\.co\.jp/
    );
    expect(headerValues(s, "authentication-results")[0]).toContain("dmarc=pass");
    expect(s.date).toBe("2026-11-06T00:14:58.000Z");
    const { report } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
    expect(report.items.find((i) => i.id === 24)!.status).toBe("ok");
    expect(report.items.find((i) => i.id === 4)!.status).toBe("ok");
  });

  it("reads a clear-signed S/MIME item's body and files from its multipart/signed attachment", async () => {
    const s = await parseMsg(fixture("signed.msg"));
    expect(s.bodyText).toContain("The installer is attached.");
    expect(s.attachments.map((a) => a.name).sort()).toEqual(["smime.p7s", "tools.zip"]);
    expect(s.notes).toContain(`${SMIME_NOTE} signed; body and files read from its MIME body`);
    const { report } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
    expect(JSON.stringify(report.items.find((i) => i.id === 11)!.findings)).toContain("setup.exe");
  });

  it("reads an unsent item as a draft", async () => {
    const s = await parseMsg(fixture("draft.msg"));
    expect(s.kind).toBe("draft");
    expect(s.date).toBe("2026-11-07T03:00:00.000Z");
  });
});

describe("parseMsg on an Exchange NDR", () => {
  it("is a bounce; the recipient table becomes delivery-status fields; the addressee is the report's receiver", async () => {
    const s = await parseMsg(fixture("ndr.msg"));
    expect(s.kind).toBe("bounce");
    expect(s.to).toEqual([{ name: "Taro Yamada", address: "taro@example.co.jp" }]);
    expect(s.notes?.some((n) => n.startsWith(REPORT_TABLE_NOTE))).toBe(true);
    const dsn = s.attachments.find((a) => a.contentType === "message/delivery-status")!;
    const text = new TextDecoder().decode(dsn.content);
    expect(text).toContain("Final-Recipient: rfc822; nobody@example.com");
    expect(text).toContain("Status: 5.1.10");
    expect(text).toContain("Action: failed");
  });

  it("a recipient row without report properties still becomes a failed recipient; the body gives the words", async () => {
    const s = await parseMsg(fixture("ndr-body-only.msg"));
    expect(s.to).toEqual([{ name: "Taro Yamada", address: "taro@example.co.jp" }]);
    const dsn = s.attachments.find((a) => a.contentType === "message/delivery-status")!;
    const text = new TextDecoder().decode(dsn.content);
    expect(text).toContain("Final-Recipient: rfc822; nobody@example.com");
    expect(text).not.toContain("Diagnostic-Code");
    expect(readBounce(s)!.recipients[0]!.diagnostic).toContain("RESOLVER.ADR.RecipientNotFound");
  });

  it("the attached original becomes an RFC 5322 message that parseEml reads", async () => {
    const s = await parseMsg(fixture("ndr.msg"));
    const item = s.attachments.find((a) => a.kind === "item")!;
    expect(item.contentType).toBe("message/rfc822");
    const original = await parseEml(item.content!);
    expect(original.subject).toBe("Request for a quotation");
    expect(original.to.map((t) => t.address)).toEqual(["nobody@example.com"]);
    expect(original.from?.address).toBe("taro@example.co.jp");
    expect(original.messageId).toBe("<quote-0003@example.co.jp>");
    expect(original.bodyText).toContain("quotation for 20 units");
  });

  it.each(["ndr.msg", "ndr-body-only.msg"])(
    "%s: the bounce names the failed recipient, 5.1.10 and cause #8, and returns the original",
    async (name) => {
      const s = await parseMsg(fixture(name));
      const bounce = readBounce(s)!;
      expect(bounce.kind).toBe("failure");
      expect(bounce.reporter).toBe("Exchange Online");
      expect(bounce.recipients).toHaveLength(1);
      expect(bounce.recipients[0]).toMatchObject({
        address: "nobody@example.com",
        status: "5.1.10",
        action: "failed",
        cause: 8,
      });
      expect(bounce.original).toMatchObject({ subject: "Request for a quotation", complete: true });
      const { report, original } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
      expect(report.mode).toBe("bounce");
      expect(report.items.find((i) => i.id === 8)!.status).toBe("problem");
      expect(original?.subject).toBe("Request for a quotation");
    }
  );
});

describe("parseMsg on bad input", () => {
  const notMail = async (bytes: Uint8Array) => {
    const e = await parseMsg(bytes).then(
      () => null,
      (x: unknown) => x
    );
    expect(e).toBeInstanceOf(NotAMailError);
    return (e as Error).message;
  };

  it("refuses a file without the Compound File signature", async () => {
    expect(await notMail(new TextEncoder().encode("From: a@b\r\n\r\nhi"))).toMatch(/signature/);
    expect(await notMail(new Uint8Array(0))).toMatch(/signature/);
  });

  it("refuses a file cut short", async () => {
    const whole = fixture("plain.msg");
    for (const length of [8, 300, 512, 1024, 3000, whole.length - 512]) {
      expect(await notMail(whole.subarray(0, length))).toMatch(
        /damaged|cut short|outside the file/
      );
    }
  });

  it("refuses an Outlook item that is not a mail (a contact)", async () => {
    const utf16 = (t: string) => Uint8Array.from([...t].flatMap((c) => [c.charCodeAt(0), 0]));
    const props = new Uint8Array(32 + 16);
    const view = new DataView(props.buffer);
    view.setUint32(32, 0x001a001f, true); // PR_MESSAGE_CLASS, PT_UNICODE
    view.setUint32(36, 6, true);
    view.setUint32(40, utf16("IPM.Contact").length + 2, true);
    const contact = burn([
      { name: "Root Entry", type: 5, children: [1, 2], length: 0 },
      { name: "__properties_version1.0", type: 2, length: 48, binaryProvider: () => props },
      {
        name: "__substg1.0_001A001F",
        type: 2,
        length: 22,
        binaryProvider: () => utf16("IPM.Contact"),
      },
    ]);
    expect(await notMail(contact)).toBe(
      "this Outlook item is not a mail (its class is IPM.Contact)"
    );
  });

  it("refuses a Compound File that is not an Outlook item", async () => {
    const doc = burn([
      { name: "Root Entry", type: 5, children: [1], length: 0 },
      { name: "WordDocument", type: 2, length: 5, binaryProvider: () => [1, 2, 3, 4, 5] },
    ]);
    expect(await notMail(doc)).toMatch(/not an Outlook item/);
  });
});

/**
 * A crafted item can declare any property with another type than Outlook writes (the subject as
 * binary, the body as an integer): the stream name's last four hex digits are the type. Every
 * property of every fixture, retyped, is read or refused and the whole report still comes.
 */
describe("parseMsg on properties retyped in the file", () => {
  const RETYPE: Record<string, string[]> = {
    "001F": ["0102", "0003", "001E", "000B"],
    "001E": ["0102", "0003"],
    "0102": ["001F", "0003"],
    "0003": ["001F", "0102"],
    "000B": ["001F", "0102"],
  };
  const utf16 = (s: string) => Buffer.from(s, "utf16le");

  /** Every property stream name in the directory, with where its type digits sit. */
  function propertyStreams(bytes: Uint8Array): { at: number; type: string }[] {
    const text = Buffer.from(bytes).toString("latin1");
    const marker = utf16("__substg1.0_").toString("latin1");
    const out: { at: number; type: string }[] = [];
    for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
      const typeAt = i + marker.length + 8;
      const type = Buffer.from(bytes.subarray(typeAt, typeAt + 8)).toString("utf16le");
      if (RETYPE[type]) out.push({ at: typeAt, type });
    }
    return out;
  }

  it.each(["plain.msg", "ndr.msg", "received.msg", "japanese.msg", "zip-exe.msg"])(
    "%s: every retyped property is read or refused, and analysed without an error",
    async (name) => {
      const original = fixture(name);
      const streams = propertyStreams(original);
      expect(streams.length).toBeGreaterThan(10);
      let read = 0;
      for (const { at, type } of streams) {
        for (const to of RETYPE[type] ?? []) {
          const bytes = Uint8Array.from(original);
          bytes.set(utf16(to), at);
          let snapshot;
          try {
            snapshot = await parseMsg(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(NotAMailError);
            continue;
          }
          const { report } = await analyze({ snapshot, policy: DEFAULT_POLICY });
          expect(report.items).toHaveLength(24);
          expect(typeof report.message.subject).toBe("string");
          read++;
        }
      }
      expect(read).toBeGreaterThan(0);
    },
    60_000
  );
});
