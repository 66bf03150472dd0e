import fc from "fast-check";
import { parseAbsoluteWebUrl, parseWebUrlByHand } from "../../../src/core/text/web-url";

/** Web URLs of the shapes mail links take: ASCII hosts, optional userinfo/port, path, query, fragment. */
// Not IDNA's ACE labels ("xn--…"): the native class decodes and validates their punycode, which
// the stand-in does not do (see web-url.ts); what it does with them is tested on its own below.
const label = fc
  .stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/)
  .filter((l) => !l.startsWith("xn--"));
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join("."));
const part = fc.stringMatching(/^[A-Za-z0-9._~%!$&'()*+,;=:@/-]{0,20}$/);
const webUrl = fc
  .record({
    scheme: fc.constantFrom("http", "https", "HTTPS"),
    user: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(:[a-z0-9]{1,8})?$/), { nil: undefined }),
    host,
    port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    path: fc.option(part, { nil: undefined }),
    query: fc.option(fc.array(fc.tuple(label, part), { maxLength: 3 }), { nil: undefined }),
    fragment: fc.option(part, { nil: undefined }),
  })
  .map(({ scheme, user, host, port, path, query, fragment }) => {
    let s = `${scheme}://${user ? `${user}@` : ""}${host}${port ? `:${port}` : ""}`;
    if (path !== undefined) s += `/${path}`;
    if (query) s += `?${query.map(([k, v]) => `${k}=${v}`).join("&")}`;
    if (fragment !== undefined) s += `#${fragment}`;
    return s;
  });

describe("web URLs without the URL class (classic Outlook's JavaScript-only runtime)", () => {
  test("the stand-in reads host, path, search and parameters as the WHATWG URL class does", () => {
    fc.assert(
      fc.property(webUrl, fc.constantFrom("u", "url", "q", "a", "k"), (text, name) => {
        const mine = parseWebUrlByHand(text);
        let native: URL;
        try {
          native = new URL(text);
        } catch {
          expect(mine).toBeUndefined(); // e.g. a numeric host out of range: invalid for both
          return;
        }
        expect(mine?.hostname).toBe(native.hostname);
        // The native class percent-encodes a few query characters (such as "'"); the rest agree.
        if (!/%/.test(native.search)) expect(mine?.search).toBe(native.search);
        // The native class normalises dot segments and escapes; the link checks read only prefixes.
        if (!/\/\.|%|[^\x21-\x7e]/.test(text)) expect(mine?.pathname).toBe(native.pathname);
        let expected: string | undefined;
        try {
          expected = native.searchParams.get(name) ?? undefined;
        } catch {
          expected = undefined;
        }
        if (!/%/.test(native.search)) expect(mine?.param(name)).toBe(expected);
      }),
      { numRuns: 3000 }
    );
  });

  test("gateway links and odd authorities", () => {
    const safe = parseWebUrlByHand(
      "https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.com%2Fa&data=1"
    );
    expect(safe?.hostname).toBe("jpn01.safelinks.protection.outlook.com");
    expect(safe?.param("url")).toBe("https://example.com/a");
    expect(parseWebUrlByHand("http://user@Evil.example:8080\\login")?.hostname).toBe(
      "evil.example"
    );
    expect(parseWebUrlByHand("http://[::1]:3000/x")?.hostname).toBe("[::1]");
    expect(parseWebUrlByHand("mailto:a@b.example")).toBeUndefined();
    expect(parseWebUrlByHand("http://exa mple.com/")).toBeUndefined();
    // An ACE (punycode) host is kept as written, valid or not: the link checks still see it.
    expect(parseWebUrlByHand("http://XN--80AK6AA92E.example/x")?.hostname).toBe(
      "xn--80ak6aa92e.example"
    );
    expect(parseWebUrlByHand("http://xn--a.a")?.hostname).toBe("xn--a.a");
  });

  test("the native path rejects what is not http(s)", () => {
    expect(parseAbsoluteWebUrl("ftp://example.com/")).toBeUndefined();
    expect(parseAbsoluteWebUrl("https://Example.COM/p?q=1")?.hostname).toBe("example.com");
  });
});
