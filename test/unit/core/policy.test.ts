import { DEFAULT_POLICY, isAllowedServiceUrl } from "../../../src/core/policy/schema";
import { parsePolicyText, validatePolicy } from "../../../src/core/policy/load";

describe("policy.json", () => {
  it("uses the defaults when there is no file", () => {
    const r = parsePolicyText(null);
    expect(r.errors).toEqual([]);
    expect(r.policy).toEqual(DEFAULT_POLICY);
  });

  it("keeps valid fields and fills the rest with defaults", () => {
    const r = validatePolicy({ limits: { maxRecipients: 100 }, internalDomains: ["Example.co.jp"] });
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
    expect(r.errors.join("\n")).toMatch(/limits\.maxRecipients/);
    expect(r.errors.join("\n")).toMatch(/dns\.resolverUrl: must be an https URL/);
    expect(r.errors.join("\n")).toMatch(/attachments\.blockedExtensions\[1\]/);
    expect(r.errors.join("\n")).toMatch(/bogus: unknown field/);
    expect(r.policy.limits.maxRecipients).toBe(500);
    expect(r.policy.limits.maxLinks).toBe(7);
    expect(r.policy.dns.resolverUrl).toBe(DEFAULT_POLICY.dns.resolverUrl);
    expect(r.policy.attachments.blockedExtensions).toEqual([]);
  });

  it("reports a file that is not JSON and uses the defaults", () => {
    const r = parsePolicyText("{ limits: ");
    expect(r.errors[0]).toMatch(/not valid JSON/);
    expect(r.policy).toEqual(DEFAULT_POLICY);
  });

  it("reports a JSON value that is not an object", () => {
    expect(validatePolicy([1, 2]).errors[0]).toMatch(/must be a JSON object/);
  });

  it("normalises extensions to a lower-case leading dot", () => {
    expect(validatePolicy({ attachments: { blockedExtensions: ["XYZ", ".Abc"] } }).policy.attachments.blockedExtensions).toEqual([
      ".xyz",
      ".abc",
    ]);
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
});
