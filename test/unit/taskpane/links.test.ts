import { docsLinkText, isSafeLink, localizedDocsUrl } from "../../../src/taskpane/links";

describe("links to documentation", () => {
  const ndr =
    "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online";
  it("puts Microsoft's pages in the reader's language", () => {
    expect(localizedDocsUrl(ndr, "ja")).toBe(ndr.replace("/en-us/", "/ja-jp/"));
    expect(localizedDocsUrl(ndr.replace("/en-us/", "/ja-jp/"), "en")).toBe(ndr);
    expect(localizedDocsUrl("https://support.microsoft.com/en-us/office/x", "ja")).toBe(
      "https://support.microsoft.com/ja-jp/office/x"
    );
  });
  it("leaves other sites, paths without a locale and junk alone", () => {
    expect(localizedDocsUrl("https://example.com/en-us/x", "ja")).toBe(
      "https://example.com/en-us/x"
    );
    expect(localizedDocsUrl("https://learn.microsoft.com/exchange", "ja")).toBe(
      "https://learn.microsoft.com/exchange"
    );
    expect(localizedDocsUrl("not a url", "ja")).toBe("not a url");
    expect(localizedDocsUrl("http://learn.microsoft.com/en-us/x", "ja")).toBe(
      "http://learn.microsoft.com/en-us/x"
    );
  });
  it("opens only http(s)", () => {
    expect(isSafeLink("javascript:alert(1)")).toBe(false);
    expect(isSafeLink("data:text/html,x")).toBe(false);
    expect(isSafeLink(ndr)).toBe(true);
  });
  it("says whose page it is, in words", () => {
    expect(docsLinkText(ndr, "550 5.1.10", "ja")).toBe("Microsoft の解説(エラー 550 5.1.10)");
    expect(docsLinkText(ndr, "", "en")).toBe("Microsoft's explanation");
    expect(docsLinkText("https://example.org/x", "", "en")).toBe("More information (example.org)");
  });
});
