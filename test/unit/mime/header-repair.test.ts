/**
 * repairTopHeader mends the two header damages every parser otherwise reads as "no header" or
 * "the header ends here", and leaves every other mail byte for byte as it was.
 */
import fc from "fast-check";
import { analyze } from "../../../src/core/engine";
import { parseEml } from "../../../src/core/mime/eml";
import { repairTopHeader } from "../../../src/core/mime/header-repair";
import { DEFAULT_POLICY } from "../../../src/core/policy/defaults";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);

/** A multipart mail whose boundary parameter lost its folding space (the shape of some ARF reports). */
const UNFOLDED = [
  "From: abuse@example.com",
  "To: postmaster@example.net",
  "Subject: two parts",
  "MIME-Version: 1.0",
  "Content-Type: multipart/mixed;",
  'boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain",
  "",
  "first part",
  "--b1",
  "Content-Type: application/octet-stream",
  'Content-Disposition: attachment; filename="setup.exe"',
  "Content-Transfer-Encoding: base64",
  "",
  "TVqQAAMAAAAEAAAA",
  "--b1--",
  "",
].join("\r\n");

describe("repairTopHeader", () => {
  it("folds a parameter that starts a line after a field ending in ';'", () => {
    const r = repairTopHeader(bytes(UNFOLDED));
    expect(r.unfoldedParameters).toEqual([6]);
    expect(text(r.bytes)).toContain('Content-Type: multipart/mixed;\r\n boundary="b1"\r\n');
  });

  it("drops blank and space-only lines before the first header line", () => {
    const r = repairTopHeader(bytes("\r\n   \r\nFrom: a@example.com\r\nSubject: x\r\n\r\nbody"));
    expect(r.leadingBlankLines).toBe(2);
    expect(text(r.bytes)).toBe("From: a@example.com\r\nSubject: x\r\n\r\nbody");
  });

  it("keeps blank lines that no header follows (not a mail: the sniffer says so)", () => {
    const r = repairTopHeader(bytes("\n\njust some text\n"));
    expect(r.leadingBlankLines).toBe(0);
    expect(text(r.bytes)).toBe("\n\njust some text\n");
  });

  it("does not touch a parameter-like line in the body or after a field without ';'", () => {
    const mail = "Subject: x\r\nX-Note: a=b\r\nc=d\r\n\r\nname=value;\r\nk=v\r\n";
    const r = repairTopHeader(bytes(mail));
    expect(r.unfoldedParameters).toEqual([]);
    expect(text(r.bytes)).toBe(mail);
  });

  it("returns the very same bytes for a well-formed mail (property)", () => {
    const headerLine = fc
      .tuple(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/),
        fc.stringMatching(/^[ -~]{0,40}$/),
        fc.boolean()
      )
      .map(([name, value, folded]) => `${name}: ${value}${folded ? "\r\n\tmore;" : ""}`);
    fc.assert(
      fc.property(
        fc.array(headerLine, { minLength: 1, maxLength: 8 }),
        fc.string(),
        (lines, body) => {
          const mail = bytes(lines.join("\r\n") + "\r\n\r\n" + body.replace(/[^\x00-\xff]/g, "?"));
          const r = repairTopHeader(mail);
          expect(r.bytes).toBe(mail);
          expect(r.leadingBlankLines).toBe(0);
          expect(r.unfoldedParameters).toEqual([]);
        }
      )
    );
  });
});

describe("a damaged header, read and said", () => {
  const policy = structuredClone(DEFAULT_POLICY);
  const rulesOf = async (mail: string) => {
    const snapshot = await parseEml(bytes(mail));
    const { report } = await analyze({ snapshot, policy });
    return { snapshot, rules: report.items.flatMap((i) => i.findings.map((f) => f.rule)) };
  };

  it("reads the parts behind an unfolded boundary (the program inside is found) and says why", async () => {
    const { snapshot, rules } = await rulesOf(UNFOLDED);
    expect(snapshot.attachments.map((a) => a.name)).toEqual(["setup.exe"]);
    expect(snapshot.bodyText?.trim()).toBe("first part");
    expect(rules).toContain("input.header-unfolded");
    expect(rules).toContain("attachment.blocked-extension");
  });

  it("reads a mail with blank lines before its header, and says so", async () => {
    const { snapshot, rules } = await rulesOf(
      "\n\nFrom: a@example.com\nTo: b@example.org\nSubject: hello\n\nbody\n"
    );
    expect(snapshot.subject).toBe("hello");
    // The size is the file's, blank lines included.
    expect(snapshot.sizeBytes).toBe(61);
    expect(rules).toContain("input.header-blank-lines");
  });

  it("reads a header cut by a stray line up to that line, and says where", async () => {
    const { snapshot, rules } = await rulesOf(
      "From: a@example.com\nTo: b@example.org\nSubject: hello\nstray text\nNot-A-Usual-Field: c\n\nbody\n"
    );
    expect(snapshot.subject).toBe("hello");
    expect(rules).toContain("input.header-cut");
  });

  it("leaves out a stray line that usual header fields follow, and reads them", async () => {
    const { snapshot, rules } = await rulesOf(
      "From: a@example.com\nTo: b@example.org\nSubject: hello\nstray text\nCc: c@example.org\n\nbody\n"
    );
    expect(snapshot.subject).toBe("hello");
    expect(snapshot.cc.map((a) => a.address)).toEqual(["c@example.org"]);
    expect(rules).toContain("input.header-stray-line");
  });

  it("reads a bounce behind an unfolded boundary; its own header damage is information only", async () => {
    const bounce = [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>",
      "To: taro@example.co.jp",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      "Content-Type: multipart/report; report-type=delivery-status;",
      'boundary="b1"',
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.com",
      "",
      "Final-Recipient: rfc822; hanako@example.net",
      "Action: failed",
      "Status: 5.2.2",
      "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
      "",
      "--b1--",
      "",
    ].join("\n");
    const snapshot = await parseEml(bytes(bounce));
    const { report } = await analyze({ snapshot, policy });
    expect(report.bounce?.recipients[0]?.diagnosis?.reason).toBe("mailboxfull");
    const item20 = report.items.find((i) => i.id === 20);
    expect(item20?.findings.map((f) => [f.rule, f.severity])).toEqual([
      ["input.header-unfolded", "info"],
    ]);
  });
});

describe("a subject folded with a tab", () => {
  it("reads the tab of the continuation line as one space", async () => {
    const raw = [
      "From: taro@example.jp",
      "To: hanako@example.jp",
      "Subject: Re: TEST",
      " ",
      "\t=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=",
      "Date: Mon, 7 Dec 2026 10:00:00 +0900",
      "",
      "body",
      "",
    ].join("\r\n");
    expect((await parseEml(bytes(raw))).subject).toBe("Re: TEST テスト");
  });
});
