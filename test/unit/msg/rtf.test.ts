import { readFileSync } from "node:fs";
import path from "node:path";
import { decompressRTF } from "@kenjiuno/decompressrtf";
import {
  decompressChecked,
  groupDepthWithin,
  MAX_RTF_BYTES,
  MAX_RTF_GROUP_DEPTH,
  rtfBody,
} from "../../../src/cli/rtf";
import { main, type CliIo } from "../../../src/cli/main";
import { analyze } from "../../../src/core/engine";
import { parseMsg } from "../../../src/core/mime/msg";
import { RTF_NOTE, RTF_ONLY_NOTE } from "../../../src/core/mime/msg-notes";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { rtfBomb, rtfStored } from "../../robustness/hostile-mail";

const DIR = path.join(__dirname, "..", "..", "fixtures", "msg");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));

/** Compressed RTF in its uncompressed ("MELA") form: the 16-byte header, then the RTF. */
function mela(rtf: string, claimed?: { compSize?: number; rawSize?: number }): Uint8Array {
  const body = new TextEncoder().encode(rtf);
  const out = new Uint8Array(16 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, claimed?.compSize ?? out.length - 4, true);
  view.setUint32(4, claimed?.rawSize ?? body.length, true);
  view.setUint32(8, 0x414c454d, true);
  out.set(body, 16);
  return out;
}

describe("RTF-only bodies", () => {
  it("without a reader the HTML kept in RTF stays unread, and the link checks see only text", async () => {
    const s = await parseMsg(fixture("rtf-html.msg"));
    expect(s.bodyHtml).toBeUndefined();
    expect(s.bodyText).toContain("https://www.example.co.jp/signin");
    const { report } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
    expect(report.items.find((i) => i.id === 9)!.status).toBe("ok");
  });

  it("the CLI's reader gets the encapsulated HTML back, so a disguised link is found", async () => {
    const s = await parseMsg(fixture("rtf-html.msg"), { rtfBody });
    expect(s.bodyHtml).toContain('<a href="http://198.51.100.9/login">');
    expect(s.bodyHtml).toContain("<p>こんにちは</p>"); // \'hh bytes in code page 932
    expect(s.notes).toContain(`${RTF_NOTE} HTML read from the RTF body`);
    const { report } = await analyze({ snapshot: s, policy: DEFAULT_POLICY });
    const rules = report.items.find((i) => i.id === 9)!.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["body.link-text-mismatch", "body.ip-link"]));
  });

  it("todoku check reads it the same way", async () => {
    const out: string[] = [];
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: (t) => out.push(`ERR ${t}`),
      readFile: async () => fixture("rtf-html.msg"),
      env: {},
    };
    await main(["check", "rtf-html.msg", "--json", "--offline"], io);
    const json = JSON.parse(out.join(""));
    const item9 = json.items.find((i: { id: number }) => i.id === 9);
    expect(item9.status).toBe("warning");
    expect(JSON.stringify(item9)).toContain("198.51.100.9");
  });

  it("reads text-only RTF as text, and only when there is no plain body", () => {
    expect(rtfBody(mela("{\\rtf1\\ansi\\fromtext Hello\\par there}"))).toEqual({
      text: expect.stringContaining("Hello"),
    });
  });

  it("refuses compressed RTF whose header claims more than it holds (decompressRTF would loop)", () => {
    const rtf = "{\\rtf1\\ansi\\fromtext Hello}";
    expect(rtfBody(mela(rtf, { compSize: 0x7ffffff0 }))).toBeUndefined();
    expect(rtfBody(mela(rtf, { rawSize: 0x7ffffff0 }))).toBeUndefined();
    expect(rtfBody(new Uint8Array(8))).toBeUndefined();
  });

  it("a damaged RTF body leaves the plain body and a note", async () => {
    const throwing = () => {
      throw new Error("Not encapsulated");
    };
    const s = await parseMsg(fixture("rtf-html.msg"), { rtfBody: throwing });
    expect(s.bodyHtml).toBeUndefined();
    expect(s.bodyText).toContain("こんにちは");
    expect(s.notes).toContainEqual(
      expect.stringMatching(/^msg\.rtf: the RTF body could not be read/)
    );
    expect(s.notes?.some((n) => n.startsWith(RTF_ONLY_NOTE))).toBe(false);
  });
});

describe("LZFu decompression held to the declared size", () => {
  it("gives the same bytes as @kenjiuno/decompressrtf on a stream of references", () => {
    const compressed = rtfBomb(50_000);
    const ours = decompressChecked(compressed);
    const theirs = Uint8Array.from(decompressRTF(Array.from(compressed)));
    expect(ours?.length).toBe(50_000);
    // The library writes on to the end of the last reference; the bytes up to there agree.
    expect(Buffer.from(ours!).equals(Buffer.from(theirs.subarray(0, 50_000)))).toBe(true);
  });

  it("the fixture's Outlook-written body decompresses as the library does", () => {
    const s = readFileSync(path.join(DIR, "rtf-html.msg"));
    const at = s.indexOf(Buffer.from("LZFu"));
    expect(at).toBeGreaterThan(8);
    const compressed = new Uint8Array(s.subarray(at - 8, at - 4 + s.readUInt32LE(at - 8)));
    const ours = decompressChecked(compressed);
    const theirs = Uint8Array.from(decompressRTF(Array.from(compressed)));
    expect(Buffer.from(ours!).toString("latin1")).toBe(Buffer.from(theirs).toString("latin1"));
  });

  it("stops a stream that expands past its header's raw size at that size", () => {
    expect(decompressChecked(rtfBomb(2_000_000, 1000))?.length).toBe(1000);
  });

  it("does not read an RTF body declared larger than MAX_RTF_BYTES", () => {
    expect(decompressChecked(rtfBomb(1000, MAX_RTF_BYTES + 1))).toBeUndefined();
    expect(rtfBody(rtfBomb(1000, MAX_RTF_BYTES + 1))).toBeUndefined();
  });
});

describe("RTF nested deeper than any real body", () => {
  it("is counted without reading escaped braces as groups", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(groupDepthWithin(enc("{\\rtf1 {a {b}} \\{ \\{ \\{ }"), 3)).toBe(true);
    expect(groupDepthWithin(enc("{\\rtf1 {{{{x}}}}}"), 3)).toBe(false);
  });

  it("is not de-encapsulated: the body is left unread instead of parsed for minutes", () => {
    const deep = `{\\rtf1\\ansi\\fromhtml1 ${"{".repeat(MAX_RTF_GROUP_DEPTH + 1)}x${"}".repeat(MAX_RTF_GROUP_DEPTH + 1)}}`;
    expect(rtfBody(rtfStored(deep))).toBeUndefined();
    const shallow = `{\\rtf1\\ansi\\fromtext {\\fonttbl{\\f0 Arial;}}Hello}`;
    expect(rtfBody(rtfStored(shallow))?.text).toContain("Hello");
  });
});
