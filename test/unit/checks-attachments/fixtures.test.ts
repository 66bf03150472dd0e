/**
 * The realistic attachment mails (test/fixtures/outgoing/attach-*.eml, made by
 * test/fixtures/attachments/make-eml.ts) through parseEml and every check: the findings on
 * items 10, 11 and 15 must be exactly the ones each mail was written to show. Size cases are
 * built in memory (a 27 MB fixture does not belong in the repository).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_CHECKS, runChecks } from "../../../src/core/checks";
import { parseEml } from "../../../src/core/mime/eml";
import type { Finding } from "../../../src/core/model/finding";
import { defaultPolicy } from "../../../src/core/policy";

const DIR = join(__dirname, "../../fixtures/outgoing");
const MY_ITEMS = new Set([10, 11, 15]);

async function findingsOf(bytes: Uint8Array): Promise<Finding[]> {
  const snapshot = await parseEml(bytes);
  return runChecks({ snapshot, facts: {}, policy: defaultPolicy() }, ALL_CHECKS).filter((f) =>
    MY_ITEMS.has(f.item)
  );
}

const fromFile = (file: string) => findingsOf(new Uint8Array(readFileSync(join(DIR, file))));

const raised = (fs: Finding[]) =>
  fs
    .filter((f) => f.severity === "problem" || f.severity === "warning")
    .map((f) => `${f.item}:${f.rule}:${f.severity}`)
    .sort();

describe("clean mails raise nothing on items 10, 11 and 15", () => {
  it.each([
    "attach-clean-ja.eml",
    "clean-ja-plain.eml",
    "clean-ja-outlook-reply.eml",
    "clean-en-reply.eml",
  ])("%s", async (file) => {
    const fs = await fromFile(file);
    expect(raised(fs)).toEqual([]);
    expect(
      fs
        .filter((f) => f.severity === "ok")
        .map((f) => f.rule)
        .sort()
    ).toEqual(["attachment.checked", "size.checked"]);
  });

  it("the clean mail with an archive says what it looked at", async () => {
    const ok = (await fromFile("attach-clean-ja.eml")).find((f) => f.rule === "attachment.checked");
    expect(ok?.message.ja).toBe(
      "添付ファイル 2 件（圧縮ファイル 1 件、その中のファイル 2 件、開けなかったもの 0 件）を確認しました。ブロックされる種類のファイルはありません。"
    );
  });
});

const EXPECTED: Record<string, { raised: string[]; evidence?: [string, string] }> = {
  "attach-blocked-exe.eml": {
    raised: ["11:attachment.blocked-extension:problem"],
    evidence: ["attachment.blocked-extension", "setup.exe"],
  },
  "attach-zip-with-program.eml": {
    raised: ["11:attachment.blocked-in-archive:problem"],
    evidence: ["attachment.blocked-in-archive", "tools.zip → setup.exe"],
  },
  "attach-cp932-zip-script.eml": {
    raised: ["11:attachment.blocked-in-archive:problem"],
    evidence: ["attachment.blocked-in-archive", "集計.zip → 実行.js"],
  },
  "attach-ppap.eml": {
    raised: [
      "11:attachment.encrypted-nested-archive:warning",
      "15:attachment.encrypted-archive:warning",
    ],
    evidence: ["attachment.encrypted-archive", "お見積書.zip; お見積書.zip → inner.zip"],
  },
  "attach-double-extension.eml": {
    raised: ["11:attachment.blocked-extension:problem", "11:attachment.double-extension:warning"],
  },
  "attach-rtl-override.eml": {
    raised: ["11:attachment.blocked-extension:problem", "11:attachment.rtl-override:problem"],
    evidence: ["attachment.rtl-override", "invoice_<U+202E>fdp.exe"],
  },
  "attach-macro.eml": { raised: ["11:attachment.macro-enabled:warning"] },
  "attach-7z-encrypted-names.eml": {
    raised: [
      "11:attachment.archive-names-hidden:warning",
      "15:attachment.encrypted-archive:warning",
    ],
    evidence: ["attachment.encrypted-archive", "設計データ.7z"],
  },
  "attach-renamed-program.eml": { raised: ["11:attachment.program-renamed:problem"] },
  "attach-tgz-with-script.eml": {
    raised: ["11:attachment.blocked-in-archive:problem"],
    evidence: ["attachment.blocked-in-archive", "backup.tar.gz → backup/setup.vbs"],
  },
  "attach-rar-with-script.eml": {
    raised: ["11:attachment.blocked-in-archive:problem"],
    evidence: ["attachment.blocked-in-archive", "deploy.rar → deploy/install.ps1"],
  },
};

describe("one attachment problem per mail", () => {
  it.each(Object.keys(EXPECTED))("%s", async (file) => {
    const want = EXPECTED[file]!;
    const fs = await fromFile(file);
    expect(raised(fs)).toEqual(want.raised);
    if (want.evidence)
      expect(fs.find((f) => f.rule === want.evidence![0])?.evidence).toBe(want.evidence[1]);
  });
});

/** A plain mail with one base64 attachment of `size` bytes, to `to`. */
function bigMail(size: number, to: string): Uint8Array {
  const data = Buffer.alloc(size, 0x41).toString("base64").replace(/.{76}/g, "$&\r\n");
  const head = [
    "From: Taro Yamada <yamada.taro@example.co.jp>",
    `To: ${to}`,
    "Subject: =?UTF-8?B?5Zuz6Z2i44OH44O844K/?=",
    "Date: Tue, 14 Apr 2026 10:00:00 +0900",
    "Message-ID: <size.20260414@mail.example.co.jp>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    "Please see the drawings attached.",
    "--b",
    "Content-Type: application/octet-stream",
    'Content-Disposition: attachment; filename="drawings.dwg"',
    "Content-Transfer-Encoding: base64",
    "",
  ].join("\r\n");
  return new Uint8Array(Buffer.from(`${head}\r\n${data}\r\n--b--\r\n`));
}

describe("size, measured from the raw mail", () => {
  it("27 MB of drawings is over the 35 MB organisation limit once encoded", async () => {
    const fs = await findingsOf(bigMail(27 * 1024 * 1024, "client@example.com"));
    expect(raised(fs)).toEqual(["10:size.over-organisation-limit:problem"]);
    const f = fs.find((x) => x.item === 10);
    // The evidence names the file that makes it large; the sizes are in the message, in MB.
    expect(f?.evidence).toBe("drawings.dwg 27 MB");
    expect(f?.message.ja).toMatch(
      /^メールのサイズは3\d\.\d MB（組織の上限 35 MB）で、上限を超えています。/
    );
    expect(f?.message.en).toMatch(
      /^The mail is 3\d\.\d MB, over your organisation's limit of 35 MB\./
    );
  });

  it("20 MB to a Gmail address is over Gmail's limit", async () => {
    const fs = await findingsOf(bigMail(20 * 1024 * 1024, "friend@gmail.com"));
    expect(raised(fs)).toEqual(["10:size.over-provider-limit:warning"]);
  });
});
