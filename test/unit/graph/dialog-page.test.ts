/**
 * @jest-environment jsdom
 */
/** The sign-in dialog's one line: from the catalogue, in the reader's language. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { GRAPH_MESSAGES } from "../../../src/core/messages/graph";

type Page = typeof import("../../../src/graph/auth/dialog-page");
let page: Page;

beforeAll(async () => {
  // The page waits for Office; here Office never becomes ready, so only the text is shown.
  (globalThis as { Office?: unknown }).Office = { onReady: jest.fn() };
  page = await import("../../../src/graph/auth/dialog-page");
});

describe("sign-in dialog text", () => {
  it("is shown at load, before Office is ready, in the browser's language", () => {
    // jsdom's navigator says en-US and the test page has no ?lang=.
    expect(document.documentElement.lang).toBe("en");
    expect(document.body.textContent).toBe("Signing in to Microsoft 365…");
    expect(
      (globalThis as unknown as { Office: { onReady: jest.Mock } }).Office.onReady
    ).toHaveBeenCalled();
  });

  it("takes the language from ?lang=, else from the locale", () => {
    expect(page.dialogLang("?lang=ja", "en-US")).toBe("ja");
    expect(page.dialogLang("?lang=en&scopes=User.Read", "ja-JP")).toBe("en");
    expect(page.dialogLang("?scopes=User.Read", "ja-JP")).toBe("ja");
    expect(page.dialogLang("?lang=fr", "ja")).toBe("ja");
    expect(page.dialogLang("", "de-DE")).toBe("en");
    expect(page.dialogLang("", undefined)).toBe("en");
  });

  it("says the catalogue's line in one language", () => {
    expect(page.signingInText("ja")).toBe(GRAPH_MESSAGES["graph.dialog.signing-in"].ja);
    expect(page.signingInText("en")).toBe("Signing in to Microsoft 365…");
  });

  it("replaces the static two-language line once the script runs", () => {
    page.showSigningIn(document, "ja");
    expect(document.documentElement.lang).toBe("ja");
    expect(document.body.querySelectorAll("p")).toHaveLength(1);
    expect(document.body.textContent).toBe("Microsoft 365 にサインインしています…");
  });

  it("keeps the HTML's static fallback equal to the catalogue, in both languages", () => {
    const html = readFileSync(
      path.join(__dirname, "../../../src/graph/auth/authdialog.html"),
      "utf8"
    );
    const entry = GRAPH_MESSAGES["graph.dialog.signing-in"];
    expect(html).toContain(`<p lang="ja">${entry.ja}</p>`);
    expect(html).toContain(`<p lang="en">${entry.en}</p>`);
  });
});
