/** The attachments check (items 11 and 15) on snapshots built in the test. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { checkAttachments } from "../../../src/core/checks/attachments";
import type { Finding } from "../../../src/core/model/finding";
import { emptySnapshot, type AttachmentInfo } from "../../../src/core/model/snapshot";
import { defaultPolicy, type Policy } from "../../../src/core/policy";
import {
  build7z,
  buildRar5,
  buildZip,
  SEVEN_ZIP_PPMD_HEADER,
  SEVEN_ZIP_ENCRYPTED_HEADER,
  utf8,
} from "../../fixtures/attachments/build";

const REAL = join(__dirname, "../../fixtures/attachments/real");

function run(
  attachments: AttachmentInfo[],
  options: { policy?: Policy; to?: string[] } = {}
): Finding[] {
  const snapshot = emptySnapshot("office-compose", "draft");
  snapshot.attachments = attachments;
  snapshot.to = (options.to ?? ["taro@example.co.jp"]).map((address) => ({ address }));
  return checkAttachments({ snapshot, facts: {}, policy: options.policy ?? defaultPolicy() });
}

function file(name: string, content?: Uint8Array, contentType?: string): AttachmentInfo {
  const a: AttachmentInfo = { name, size: content?.length ?? 1000, kind: "file" };
  if (content) a.content = content;
  if (contentType) a.contentType = contentType;
  return a;
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.item}:${f.rule}:${f.severity}`).sort();

describe("names", () => {
  it("a clean set of attachments is ok and says what was checked", async () => {
    const zip = await new JSZip()
      .file("資料.pdf", "%PDF")
      .file("表.xlsx", "x")
      .generateAsync({ type: "uint8array" });
    const fs = run([file("議事録.docx"), file("資料一式.zip", zip)]);
    expect(rules(fs)).toEqual(["11:attachment.checked:ok", "15:attachment.no-encrypted:info"]);
    expect(fs[0]?.message.en).toBe(
      "Checked 2 attachments (1 archive holding 2 files, 0 not opened): no blocked file type."
    );
  });

  it("names the lists that block an extension", () => {
    const [f] = run([file("tool.exe")]);
    expect(f).toMatchObject({
      rule: "attachment.blocked-extension",
      severity: "problem",
      item: 11,
    });
    // The evidence is the user's file name; the lists are named in the message, in words.
    expect(f?.evidence).toBe("tool.exe");
    expect(f?.message.en).toContain(
      "Outlook on the web's default block list, Exchange Online Protection's common attachment filter (default), Gmail's blocked file types"
    );
    const [lzh] = run([file("古い資料.lzh")]).filter(
      (x) => x.rule === "attachment.blocked-extension"
    );
    expect(lzh?.evidence).toBe("古い資料.lzh");
    expect(lzh?.message.en).toContain("Exchange Online Protection's common attachment filter");
  });

  it("uses the organisation's own list from the policy", () => {
    const policy = defaultPolicy();
    policy.attachments.blockedExtensions = [".dwg"];
    const [f] = run([file("図面.DWG")], { policy });
    expect(f?.evidence).toBe("図面.DWG");
    expect(f?.message.ja).toContain("組織のポリシーに含まれる種類です");
  });

  it("sees through trailing dots and spaces that Windows drops", () => {
    expect(run([file("photo.scr. . ")])[0]?.rule).toBe("attachment.blocked-extension");
  });

  it("flags a double extension and a right-to-left override", () => {
    const fs = run([file("請求書.pdf.exe"), file("report\u202Efdp.scr")]);
    expect(rules(fs)).toEqual([
      "11:attachment.blocked-extension:problem",
      "11:attachment.blocked-extension:problem",
      "11:attachment.double-extension:warning",
      "11:attachment.rtl-override:problem",
      "15:attachment.no-encrypted:info",
    ]);
    expect(fs.find((f) => f.rule === "attachment.rtl-override")?.evidence).toBe(
      "report<U+202E>fdp.scr"
    );
  });

  it("does not call archive.tar.gz or v1.2.pdf a double extension", () => {
    expect(rules(run([file("backup.tar.gz"), file("仕様書 v1.2.pdf")]))).toEqual([
      "11:attachment.archive-not-read:info",
      "11:attachment.checked:ok",
      "15:attachment.no-encrypted:info",
    ]);
  });

  it("flags program content types and macro-enabled Office files", () => {
    const fs = run([file("script.txt", undefined, "application/javascript"), file("集計.xlsm")]);
    expect(rules(fs)).toEqual([
      "11:attachment.blocked-content-type:problem",
      "11:attachment.macro-enabled:warning",
      "15:attachment.no-encrypted:info",
    ]);
  });
});

describe("contents", () => {
  it("finds a program renamed to .pdf", () => {
    const pe = new Uint8Array(256);
    pe.set(utf8("MZ"), 0);
    pe[0x3c] = 0x80;
    pe.set(utf8("PE\0\0"), 0x80);
    const [f] = run([file("invoice.pdf", pe)]);
    expect(f).toMatchObject({ rule: "attachment.program-renamed", severity: "problem" });
  });

  it("lists blocked names inside a zip with the path as evidence, naming EOP and Gmail", () => {
    const fs = run([
      file("archive.zip", new Uint8Array(readFileSync(join(REAL, "plain-with-exe.zip")))),
    ]);
    const f = fs.find((x) => x.rule === "attachment.blocked-in-archive");
    expect(f?.severity).toBe("problem");
    expect(f?.evidence).toBe("archive.zip → setup.exe");
    expect(f?.message.en).toContain("Gmail");
    expect(fs.some((x) => x.rule === "attachment.checked")).toBe(false);
  });

  it("an inner type only Outlook on the web blocks is a warning, not a problem", () => {
    const zip = buildZip([{ name: "shortcut.url", data: utf8("[InternetShortcut]") }]);
    expect(rules(run([file("links.zip", zip)]))).toEqual([
      "11:attachment.risky-in-archive:warning",
      "15:attachment.no-encrypted:info",
    ]);
  });

  it("a password-protected zip (PPAP) is a warning under 15, and its inner zip a Gmail problem", () => {
    const bytes = new Uint8Array(readFileSync(join(REAL, "ppap.zip")));
    const fs = run([file("見積書.zip", bytes)], { to: ["client@gmail.com"] });
    expect(rules(fs)).toEqual([
      "11:attachment.archive-not-opened:info",
      "11:attachment.encrypted-nested-archive:problem",
      "15:attachment.encrypted-archive:warning",
    ]);
    expect(fs.find((f) => f.item === 15)?.evidence).toBe("見積書.zip; 見積書.zip → inner.zip");
    // Sharing a link instead is the sender's choice to make.
    expect(fs.find((f) => f.item === 15)?.who).toEqual(["you"]);
  });

  it("the encrypted-archive warning follows the policy switch", () => {
    const policy = defaultPolicy();
    policy.attachments.warnOnEncryptedArchives = false;
    const bytes = new Uint8Array(readFileSync(join(REAL, "ppap.zip")));
    expect(run([file("a.zip", bytes)], { policy }).some((f) => f.item === 15)).toBe(false);
  });

  it("7z with encrypted names: names hidden (11) and encrypted (15)", () => {
    const fs = run([file("data.7z", build7z(SEVEN_ZIP_ENCRYPTED_HEADER))]);
    expect(rules(fs)).toEqual([
      "11:attachment.archive-names-hidden:warning",
      "15:attachment.encrypted-archive:warning",
    ]);
  });

  it("says in words why an archive was not opened", () => {
    const fs = run([file("図面.7z", build7z(SEVEN_ZIP_PPMD_HEADER))]);
    const f = fs.find((x) => x.rule === "attachment.archive-not-opened");
    expect(f?.message.ja).toBe(
      "「図面.7z」の中身は、ファイル名の一覧が大きすぎるか、ここでは開けない方式（「PPMd」など）で圧縮されているため確認していません。"
    );
    expect(fs.find((x) => x.rule === "attachment.checked")?.message.en).toContain("1 not opened");
    let deep = buildZip([{ name: "x.txt", data: utf8("x") }]);
    for (let i = 0; i < 4; i++) deep = buildZip([{ name: `l${i}.zip`, data: deep }]);
    const nested = run([file("deep.zip", deep)]).find(
      (x) => x.rule === "attachment.archive-not-opened"
    );
    expect(nested?.message.en).toBe(
      "The contents of “deep.zip → l3.zip → l2.zip → l1.zip → l0.zip” were not checked: archives are nested too deep."
    );
  });

  it("RAR5 with a blocked file inside", () => {
    const fs = run([file("tools.rar", buildRar5([{ name: "bin/run.cmd" }]))]);
    expect(fs.find((f) => f.rule === "attachment.blocked-in-archive")?.evidence).toBe(
      "tools.rar → bin/run.cmd"
    );
  });

  it("a damaged zip is said so, and the other attachments are still checked", async () => {
    const good = await new JSZip().file("a.txt", "a").generateAsync({ type: "uint8array" });
    const fs = run([file("broken.zip", good.subarray(0, good.length - 10)), file("virus.js")]);
    expect(rules(fs)).toEqual([
      "11:attachment.archive-damaged:warning",
      "11:attachment.blocked-extension:problem",
      "15:attachment.no-encrypted:info",
    ]);
  });

  it("unreadable and oversized attachments are reported, not silently skipped", () => {
    const policy = defaultPolicy();
    policy.limits.maxInspectBytes = 100;
    const unreadable: AttachmentInfo = {
      name: "big.zip",
      size: 5,
      contentError: "getAttachmentContentAsync failed",
    };
    const fs = run([unreadable, file("huge.zip", new Uint8Array(500))], { policy });
    expect(rules(fs)).toEqual([
      "11:attachment.checked:ok",
      "11:attachment.too-large-to-inspect:unavailable",
      "11:attachment.unreadable:unavailable",
      "15:attachment.no-encrypted:info",
    ]);
    expect(fs.find((f) => f.rule === "attachment.checked")?.message.en).toContain("2 not opened");
  });

  it("a .docx carrying a VBA project is a macro warning", async () => {
    const docx = await new JSZip()
      .file("[Content_Types].xml", "<Types/>")
      .file("word/document.xml", "<w:document/>")
      .file("word/vbaProject.bin", "vba")
      .generateAsync({ type: "uint8array" });
    const f = run([file("提案書.docx", docx)]).find((x) => x.rule === "attachment.macro-enabled");
    expect(f?.evidence).toBe("提案書.docx → word/vbaProject.bin");
  });

  it("a password-protected .xlsx (an OLE container) is a warning under 15", () => {
    const ole = Uint8Array.from([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(504).fill(0),
    ]);
    expect(rules(run([file("給与.xlsx", ole)]))).toEqual([
      "11:attachment.checked:ok",
      "15:attachment.encrypted-document:warning",
    ]);
  });

  it("a PDF with an /Encrypt dictionary in its trailer is password-protected (15)", () => {
    const locked = utf8(
      "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n"
    );
    expect(rules(run([file("契約書.pdf", locked)]))).toEqual([
      "11:attachment.checked:ok",
      "15:attachment.encrypted-document:warning",
    ]);
    const plain = utf8("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    expect(rules(run([file("契約書.pdf", plain)]))).toEqual([
      "11:attachment.checked:ok",
      "15:attachment.no-encrypted:info",
    ]);
  });

  it("no attachments: ok, and nothing under 15", () => {
    expect(rules(run([]))).toEqual(["11:attachment.checked:ok"]);
  });
});
