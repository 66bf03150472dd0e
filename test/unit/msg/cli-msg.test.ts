import { readFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../../src/cli/main";
import { memoryCliIo, SIMPLE_EML } from "../cli-io";

const DIR = path.join(__dirname, "..", "..", "fixtures", "msg");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)));

const EML = SIMPLE_EML;

const io = (files: Record<string, Uint8Array | string>) => memoryCliIo(files);

const lines = (out: string[]) =>
  out
    .join("")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));

describe("todoku check on .msg files", () => {
  it("reads a.msg and b.eml in one run, one JSON line each", async () => {
    const { cliIo, out, err } = io({ "ndr.msg": fixture("ndr.msg"), "b.eml": EML });
    const code = await main(["check", "ndr.msg", "b.eml", "--json", "--offline"], cliIo);
    expect(err.join("")).toBe("");
    const [ndr, eml] = lines(out);
    expect(ndr.file).toBe("ndr.msg");
    expect(ndr.mode).toBe("bounce");
    expect(ndr.bounce.kind).toBe("failure");
    expect(ndr.bounce.recipients).toEqual([
      expect.objectContaining({
        address: "nobody@example.com",
        status: "5.1.10",
        action: "failed",
        cause: 8,
      }),
    ]);
    expect(ndr.bounce.original.subject).toBe("Request for a quotation");
    expect(eml.file).toBe("b.eml");
    expect(eml.mode).toBe("outgoing");
    expect(eml.message.subject).toBe("Meeting next week");
    expect(code).toBe(1); // the NDR is a problem
  });

  it("the text report of the NDR names the failed recipient and the cause, in Japanese too", async () => {
    const { cliIo, out } = io({ "ndr.msg": fixture("ndr-body-only.msg") });
    await main(["check", "ndr.msg", "--offline", "--lang", "ja"], cliIo);
    const text = out.join("");
    expect(text).toContain("nobody@example.com");
    expect(text).toContain("5.1.10");
    expect(text).toMatch(/宛先/);
  });

  it("tells the kind by content, not by name", async () => {
    const { cliIo, out, err } = io({
      "saved.eml": fixture("japanese.msg"),
      "renamed.msg": EML,
    });
    await main(["check", "saved.eml", "renamed.msg", "--json", "--offline"], cliIo);
    expect(err.join("")).toBe("");
    const [msg, eml] = lines(out);
    expect(msg.message.subject).toBe("【ご確認】来週の打ち合わせ資料について");
    expect(eml.message.subject).toBe("Meeting next week");
  });

  it("a damaged .msg gives exit 2 and one clear line; the next file is still read", async () => {
    const cut = fixture("plain.msg").subarray(0, 1500);
    const { cliIo, out, err } = io({ "cut.msg": cut, "b.eml": EML });
    const code = await main(["check", "cut.msg", "b.eml", "--json", "--offline"], cliIo);
    expect(code).toBe(2);
    expect(err.join("")).toMatch(
      /^todoku: cut\.msg: the Outlook item \(\.msg\) file is damaged \(.+\)\n$/
    );
    const [bad, good] = lines(out);
    expect(bad).toMatchObject({ file: "cut.msg", error: expect.stringMatching(/damaged/) });
    expect(good.message.subject).toBe("Meeting next week");
  });
});
