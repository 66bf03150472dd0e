import { DEFAULT_POLICY, isAllowedServiceUrl } from "../../../src/core/policy/schema";
import { parsePolicyText, validatePolicy } from "../../../src/core/policy/load";

describe("policy.json", () => {
  it("uses the defaults when there is no file", () => {
    const r = parsePolicyText(null);
    expect(r.errors).toEqual([]);
    expect(r.policy).toEqual(DEFAULT_POLICY);
  });

  it("keeps valid fields and fills the rest with defaults", () => {
    const r = validatePolicy({
      limits: { maxRecipients: 100 },
      internalDomains: ["Example.co.jp"],
    });
    expect(r.errors).toEqual([]);
    expect(r.policy.limits.maxRecipients).toBe(100);
    expect(r.policy.limits.maxMessageBytes).toBe(36700160);
    expect(r.policy.internalDomains).toEqual(["example.co.jp"]);
  });

  it("reports each invalid field by path and uses its default, keeping the valid ones", () => {
    const r = validatePolicy({
      limits: { maxRecipients: -5, maxLinks: 7 },
      dns: { resolverUrl: "http://evil.example/dns-query" },
      attachments: { blockedExtensions: [".xyz", "not an extension!"] },
      bogus: 1,
    });
    const en = r.errors.map((e) => e.en).join("\n");
    expect(en).toMatch(/limits\.maxRecipients/);
    expect(en).toMatch(/dns\.resolverUrl: must be an https URL/);
    expect(en).toMatch(
      /attachments\.blockedExtensions\[1\]: must be a file extension such as \.xyz; the whole list falls back/
    );
    expect(en).toMatch(/bogus: unknown field/);
    expect(r.policy.limits.maxRecipients).toBe(500);
    expect(r.policy.limits.maxLinks).toBe(7);
    expect(r.policy.dns.resolverUrl).toBe(DEFAULT_POLICY.dns.resolverUrl);
    expect(r.policy.attachments.blockedExtensions).toEqual([]);
  });

  it("reports a file that is not JSON and uses the defaults", () => {
    const r = parsePolicyText("{ limits: ");
    expect(r.errors[0]?.en).toMatch(/not valid JSON/);
    expect(r.errors[0]?.ja).toMatch(/^（ファイル）：JSON として読み取れません/);
    expect(r.policy).toEqual(DEFAULT_POLICY);
  });

  it("reports a JSON value that is not an object", () => {
    expect(validatePolicy([1, 2]).errors[0]?.en).toMatch(/must be a JSON object/);
    expect(validatePolicy([1, 2]).errors[0]?.ja).toMatch(/オブジェクト/);
  });

  it("normalises extensions to a lower-case leading dot", () => {
    expect(
      validatePolicy({ attachments: { blockedExtensions: ["XYZ", ".Abc"] } }).policy.attachments
        .blockedExtensions
    ).toEqual([".xyz", ".abc"]);
  });

  it.each([
    ["https://cloudflare-dns.com/dns-query", true],
    ["http://127.0.0.1:8053/dns-query", true],
    ["http://localhost:1234/", true],
    ["http://[::1]:99/", true],
    ["http://example.com/", false],
    ["ftp://127.0.0.1/", false],
    ["not a url", false],
  ])("service URL %s allowed: %s", (url, ok) => {
    expect(isAllowedServiceUrl(url)).toBe(ok);
  });

  it("says every problem in Japanese too, with the path as written in the file", () => {
    const r = validatePolicy({
      limits: { maxRecipients: 0, maxQuotedShare: 3, maxLinks: 1.5, maxMessageBytes: "big" },
      dns: { resolverUrl: "http://evil.example/dns-query", timeoutMs: 99999999 },
      attachments: { warnOnEncryptedArchives: "yes" },
      helpdesk: { email: "nope", name: "x".repeat(300) },
      sendCheck: { mode: "block", promptOnWarnings: "x" },
      internalDomains: ["bad domain"],
      graph: null,
      bogus: 1,
    });
    const byPath = new Map(r.errors.map((e) => [e.en.split(":")[0], e]));
    const ja = (path: string) => byPath.get(path)?.ja;
    expect(ja("limits.maxRecipients")).toBe(
      "limits.maxRecipients：1 以上の値を指定してください。この項目には既定値を使用しています。"
    );
    expect(ja("limits.maxQuotedShare")).toContain("1 以下の値を指定してください");
    expect(ja("limits.maxLinks")).toContain("整数で指定してください");
    expect(ja("limits.maxMessageBytes")).toContain("数値で指定してください");
    expect(ja("dns.resolverUrl")).toContain("「https://」で始まる URL を指定してください");
    expect(ja("dns.timeoutMs")).toContain("60000 以下の値を指定してください");
    expect(ja("attachments.warnOnEncryptedArchives")).toContain("「true」または「false」");
    expect(ja("helpdesk.email")).toContain("メールアドレスを指定してください");
    expect(ja("helpdesk.name")).toContain("200 文字以内で指定してください");
    expect(ja("sendCheck.mode")).toContain(
      '"promptUser"、"softBlock" のいずれかを指定してください'
    );
    expect(ja("sendCheck.promptOnWarnings")).toContain("リスト（[…]）で指定してください");
    expect(ja("internalDomains[0]")).toContain("この一覧全体に既定値を使用しています");
    expect(ja("graph")).toContain("オブジェクト（{…}）で指定してください");
    expect(ja("bogus")).toContain("無視しました");
    for (const e of r.errors) {
      expect(e.ja).not.toMatch(/must|expected|Invalid|unknown field/);
      expect(e.en).not.toMatch(/[\u3040-\u30ff]/);
    }
    expect(r.errors).toHaveLength(14);
  });
});
