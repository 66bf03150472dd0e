/** The size check (item 10). */
import { checkSize, estimateMessageSize, utf8Length } from "../../../src/core/checks/size";
import { factOk, type Facts } from "../../../src/core/model/facts";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { defaultPolicy } from "../../../src/core/policy";

const MIB = 1024 * 1024;

function draft(attachmentBytes: number[], to: string[] = ["a@example.co.jp"]): MessageSnapshot {
  const s = emptySnapshot("office-compose", "draft");
  s.subject = "資料送付";
  s.bodyText = "お世話になっております。資料をお送りします。";
  s.to = to.map((address) => ({ address }));
  s.attachments = attachmentBytes.map((size, i) => ({ name: `file${i}.pdf`, size, kind: "file" }));
  return s;
}

const run = (s: MessageSnapshot, facts: Facts = {}) =>
  checkSize({ snapshot: s, facts, policy: defaultPolicy() });

describe("estimate", () => {
  it("counts attachments at about 1.37 times plus headers", () => {
    const { bytes, measured } = estimateMessageSize(draft([10 * MIB]));
    expect(measured).toBe(false);
    expect(bytes / (10 * MIB)).toBeGreaterThan(1.368);
    expect(bytes / (10 * MIB)).toBeLessThan(1.372);
  });

  it("uses the raw size when it is known, and ignores cloud attachments", () => {
    const s = draft([30 * MIB]);
    s.attachments.push({ name: "link", size: 500 * MIB, kind: "cloud" });
    expect(estimateMessageSize(s).bytes).toBeLessThan(42 * MIB);
    s.sizeBytes = 1234;
    expect(estimateMessageSize(s)).toEqual({ bytes: 1234, measured: true });
  });
});

describe("limits", () => {
  it("26 MB of files is over the 35 MB organisation limit once encoded", () => {
    const [f] = run(draft([26 * MIB]));
    expect(f).toMatchObject({
      rule: "size.over-organisation-limit",
      severity: "problem",
      item: 10,
    });
    expect(f?.fix?.en).toContain("OneDrive");
  });

  it("20 MB of files to Gmail goes over Gmail's 25 MB (warning), within the org limit", () => {
    const fs = run(draft([20 * MIB], ["x@gmail.com", "y@example.co.jp"]));
    expect(fs.map((f) => `${f.rule}:${f.severity}`)).toEqual(["size.over-provider-limit:warning"]);
    expect(fs[0]?.message.en).toContain("gmail.com (Gmail)");
  });

  it("3 MB to a carrier address is a mobile-size warning", () => {
    const fs = run(draft([3 * MIB], ["taro.1234@docomo.ne.jp"]));
    expect(fs.map((f) => f.rule)).toEqual(["size.large-for-mobile"]);
  });

  it("a small mail is ok and names the limits it was compared with, MailTips included", () => {
    const facts: Facts = {
      mailTips: factOk([{ address: "a@example.co.jp", maxMessageSize: 10 * MIB }]),
    };
    const fs = run(draft([100 * 1024], ["a@example.co.jp", "b@icloud.com"]), facts);
    expect(fs.map((f) => `${f.rule}:${f.severity}`)).toEqual(["size.checked:ok"]);
    expect(fs[0]?.message.en).toMatch(
      /your organisation's 35 MB, 20 MB at icloud\.com, the recipients' MailTips limit of 10 MB/
    );
  });

  it("between 10 MB and the limits: ok plus a hint to check with the recipient", () => {
    const fs = run(draft([9 * MIB]));
    expect(fs.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "size.large:info",
      "size.checked:ok",
    ]);
  });
});

describe("utf8Length", () => {
  it("agrees with TextEncoder on mixed text", () => {
    const samples = [
      "",
      "abc",
      "日本語テキスト",
      "é and ü",
      "emoji 😀 and 𠮷",
      "\ud800 lone",
      // a surrogate pair across the 64 Ki-character chunk boundary, then long Japanese text
      `${"a".repeat(65535)}😀${"日本".repeat(70000)}`,
    ];
    for (const s of samples) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
