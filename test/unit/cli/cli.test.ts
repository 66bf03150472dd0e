import path from "node:path";
import { main } from "../../../src/cli/main";
import { memoryCliIo, SIMPLE_EML } from "../cli-io";
import { parseArgs } from "../../../src/cli/args";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "mail");

const io = (files: Record<string, string | Uint8Array> = {}) => memoryCliIo(files, { disk: true });

const SIMPLE = SIMPLE_EML;

describe("todoku check", () => {
  it("prints the report contract with all 24 items in id order", async () => {
    const { cliIo, out, err } = io({ "a.eml": SIMPLE });
    const code = await main(["check", "a.eml", "--json", "--offline"], cliIo);
    expect(err.join("")).toBe("");
    const json = JSON.parse(out.join(""));
    expect(json.version).toBe(1);
    expect(json.mode).toBe("outgoing");
    expect(json.message).toMatchObject({
      subject: "Meeting next week",
      from: "taro@example.co.jp",
      to: ["hanako@example.com"],
    });
    expect(json.items.map((i: { id: number }) => i.id)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 1)
    );
    expect(json.bounce).toBeNull();
    expect([0, 1]).toContain(code);
  });

  it("rejects a file that is not a mail with exit 2 and one line naming the file", async () => {
    const { cliIo, out, err } = io({ "notes.txt": "just some text\nnothing else\n" });
    const code = await main(["check", "notes.txt", "--json"], cliIo);
    expect(code).toBe(2);
    expect(out.join("")).toBe("");
    expect(err.join("").trim().split("\n")).toHaveLength(1);
    expect(err.join("")).toMatch(/^todoku: notes\.txt: /);
  });

  it("reads several files in order, one JSON line each, and goes on past a bad one", async () => {
    const { cliIo, out, err } = io({
      "a.eml": SIMPLE,
      "bad.bin": new Uint8Array([0, 1, 2, 3]),
      "b.eml": SIMPLE,
    });
    const code = await main(["check", "a.eml", "bad.bin", "b.eml", "--json", "--offline"], cliIo);
    const lines = out
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(["a.eml", "bad.bin", "b.eml"]);
    expect(lines[1].error).toMatch(/binary/);
    expect(err.join("")).toMatch(/bad\.bin/);
    expect(code).toBe(2);
  });

  it("reports a missing file with exit 2", async () => {
    const { cliIo, err } = io();
    expect(await main(["check", path.join(FIXTURES, "does-not-exist.eml")], cliIo)).toBe(2);
    expect(err.join("")).toMatch(/ENOENT/);
  });

  it("prints usage for bad arguments with exit 2", async () => {
    const { cliIo, err } = io();
    expect(await main(["check"], cliIo)).toBe(2);
    expect(await main(["frobnicate"], cliIo)).toBe(2);
    expect(await main(["check", "a.eml", "--lang", "fr"], cliIo)).toBe(2);
    expect(err.join("")).toMatch(/Usage: todoku check/);
  });

  it("renders text in Japanese", async () => {
    const { cliIo, out } = io({ "a.eml": SIMPLE });
    await main(["check", "a.eml", "--lang", "ja", "--offline"], cliIo);
    expect(out.join("")).toMatch(/件名：Meeting next week/);
  });

  it("reports an invalid policy field on stderr and still checks", async () => {
    const { cliIo, out, err } = io({
      "a.eml": SIMPLE,
      "p.json": '{"limits":{"maxRecipients":"many"}}',
    });
    const code = await main(["check", "a.eml", "--json", "--offline", "--policy", "p.json"], cliIo);
    expect(err.join("")).toMatch(/limits\.maxRecipients/);
    expect(JSON.parse(out.join("")).policyErrors[0]).toMatch(/maxRecipients/);
    expect(code).not.toBe(2);
  });

  it("writes policy problems in the chosen language, on stderr and in the report", async () => {
    const files = { "a.eml": SIMPLE, "p.json": '{"limits":{"maxRecipients":"many"},"bogus":1}' };
    const ja = io(files);
    await main(["check", "a.eml", "--lang", "ja", "--offline", "--policy", "p.json"], ja.cliIo);
    const stderr = ja.err.join("");
    expect(stderr).toContain("p.json: limits.maxRecipients：数値で指定してください。");
    expect(stderr).toContain("p.json: bogus：Todoku が知らない項目のため、無視しました。");
    expect(ja.out.join("")).toContain("limits.maxRecipients：数値で指定してください。");
    expect(stderr + ja.out.join("")).not.toMatch(/must be a number|unknown field/);

    const en = io(files);
    await main(
      ["check", "a.eml", "--json", "--lang", "en", "--offline", "--policy", "p.json"],
      en.cliIo
    );
    expect(JSON.parse(en.out.join("")).policyErrors).toEqual([
      "limits.maxRecipients: must be a number; the default is used",
      "bogus: unknown field, ignored",
    ]);
  });

  it("stops with a clear line in the chosen language when the policy file cannot be read", async () => {
    const { cliIo, err } = io({ "a.eml": SIMPLE });
    expect(await main(["check", "a.eml", "--lang", "ja", "--policy", "missing.json"], cliIo)).toBe(
      2
    );
    expect(err.join("")).toMatch(/missing\.json：ポリシーファイルを読み込めません/);
  });
});

describe("parseArgs", () => {
  it("accepts --lang=ja and --policy=FILE forms", () => {
    expect(parseArgs(["check", "x.eml", "--lang=ja", "--policy=p.json"])).toMatchObject({
      lang: "ja",
      policyFile: "p.json",
    });
  });
});
