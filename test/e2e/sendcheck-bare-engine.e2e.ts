/**
 * The production send check (dist/launchevent.js) in a bare JavaScript engine, as classic
 * Outlook on Windows runs it: a prompt naming the file or address on drafts that would fail, no
 * prompt on clean drafts, and a decision within Outlook's 5 s on an attacker-shaped attachment.
 * This guards the contract the earlier script only printed: a send check that fails open in the
 * real runtime lets every mail through while looking green everywhere else.
 */
import { existsSync } from "fs";
import { join } from "path";
import { deflateRawSync } from "zlib";
import { zipSync, strToU8 } from "fflate";
import { distDir } from "./support/server";
import { loadBareSendCheck, type BareDraft } from "./support/bare-engine";

const bundle = join(distDir(), "launchevent.js");
const CLIENT = [{ displayName: "鈴木 花子", emailAddress: "suzuki.hanako@client-corp.co.jp" }];
const PDF = strToU8("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

function draft(extra: Partial<BareDraft>): BareDraft {
  return {
    subject: "お見積書の送付について",
    bodyText:
      "鈴木様\n\nいつもお世話になっております。お見積書をお送りします。\nご確認のほど、よろしくお願いいたします。\n\n山田",
    to: CLIENT,
    ...extra,
  };
}

async function send(d: BareDraft) {
  return loadBareSendCheck(bundle, d)();
}

/**
 * A ZIP whose entries all point at one deflate stream of zeros while declaring size 0, named as
 * archives so an inspector tries to open each: the shape that made the inflater run unbounded.
 */
function lyingZip(entries: number, zeroBytes: number): Uint8Array {
  const stream = deflateRawSync(Buffer.alloc(zeroBytes), { level: 1 });
  const name = (i: number) => Buffer.from(`inner${i}.zip`);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(stream.length, 18);
  local.writeUInt32LE(0, 22); // declared uncompressed size: a lie
  local.writeUInt16LE(name(0).length, 26);
  const head = Buffer.concat([local, name(0), stream]);
  const central: Buffer[] = [];
  for (let i = 0; i < entries; i++) {
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(stream.length, 20);
    c.writeUInt32LE(0, 24);
    c.writeUInt16LE(name(i).length, 28);
    c.writeUInt32LE(0, 42); // every entry at the one local header
    central.push(c, name(i));
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(head.length, 16);
  return new Uint8Array(Buffer.concat([head, dir, end]));
}

beforeAll(() => {
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
});

describe("the production send check in a bare engine (no Intl, TextEncoder, TextDecoder, atob, URL, DOM)", () => {
  test.each([
    [
      "a program attached (ja)",
      draft({ attachments: [{ name: "setup.exe", bytes: EXE }] }),
      "setup.exe",
    ],
    [
      "a program attached (en)",
      draft({ lang: "en-US", attachments: [{ name: "invoice.pdf.exe", bytes: EXE }] }),
      "invoice.pdf.exe",
    ],
    [
      "a script inside a ZIP",
      draft({
        attachments: [
          {
            name: "資料一式.zip",
            bytes: zipSync({ "見積書.pdf": PDF, "tools/run_me.js": strToU8("WScript.Echo(1)") }),
          },
        ],
      }),
      "run_me.js",
    ],
    [
      "a full-width address",
      draft({
        to: [{ displayName: "鈴木 花子", emailAddress: "suzuki.hanako＠client-corp．co．jp" }],
      }),
      "client-corp",
    ],
  ])("%s: the mail is stopped with a prompt naming it", async (_name, d, named) => {
    const { options, ms } = await send(d);
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain(named);
    expect(ms).toBeLessThan(5000);
  });

  test.each([
    [
      "a Japanese business mail with a PDF",
      draft({ attachments: [{ name: "お見積書.pdf", bytes: PDF }] }),
    ],
    [
      "an English mail with a link and a ZIP of documents",
      draft({
        lang: "en-US",
        subject: "Quarterly report",
        bodyText:
          "Hello Hanako,\n\nPlease find the report attached. Details: https://www.contoso.co.jp/reports\n\nBest regards,\nTaro",
        bodyHtml:
          '<p>Hello Hanako,</p><p>Please find the report attached. Details: <a href="https://www.contoso.co.jp/reports">https://www.contoso.co.jp/reports</a></p><p>Best regards,<br>Taro</p>',
        attachments: [{ name: "report.zip", bytes: zipSync({ "report.pdf": PDF }) }],
      }),
    ],
  ])("%s: the mail goes without a prompt", async (_name, d) => {
    const { options } = await send(d);
    expect(options).toEqual({ allowEvent: true });
  });

  test("an attacker-shaped archive (entries lying about their size over one huge stream) is decided within 5 s", async () => {
    const zip = lyingZip(12, 512 * 1024 * 1024);
    const { options, ms } = await send(
      draft({
        attachments: [
          { name: "見積書.zip", bytes: zip },
          { name: "setup.exe", bytes: EXE },
        ],
      })
    );
    expect(ms).toBeLessThan(5000);
    // The other attachment is still judged: the archive's cost must not hide it.
    expect(options.allowEvent).toBe(false);
    expect(options.errorMessage).toContain("setup.exe");
  });
});
