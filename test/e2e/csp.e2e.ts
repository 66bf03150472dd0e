/**
 * Every built HTML page carries a Content-Security-Policy before its first script, and the pane
 * still works under it: demo mode and a simulated Outlook item run with no violation reported.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPane, waitComplete } from "./support/pane";
import { distDir, startPaneServer, type PaneServer } from "./support/server";
import { draftItem } from "./support/sims";

const META = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i;

function pages(): string[] {
  return readdirSync(distDir()).filter((f) => f.endsWith(".html"));
}

describe("the CSP of every built page", () => {
  it.each(pages())("%s has one, first in <head>, with default-src 'none'", (page) => {
    const html = readFileSync(join(distDir(), page), "utf8");
    const m = META.exec(html);
    expect(m).not.toBeNull();
    const policy = m![1]!;
    expect(policy).toMatch(/^default-src 'none'/);
    expect(policy).not.toMatch(/'unsafe-eval'|\*(?![:.])/);
    // Before any script, so it governs all of them.
    const firstScript = html.search(/<script/i);
    if (firstScript >= 0) expect(m!.index).toBeLessThan(firstScript);
  });
});

describe("the pane under its CSP", () => {
  let server: PaneServer;
  beforeAll(async () => {
    server = await startPaneServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  /**
   * CSP violations the page reports from a fresh load to a complete report (openPane has already
   * loaded it once, before a listener could be attached, so it is loaded again).
   */
  async function violations(page: Page): Promise<string[]> {
    const seen: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
    });
    await page.reload();
    await waitComplete(page);
    return seen;
  }

  it("demo mode renders its sample with no violation", async () => {
    const pane = await openPane(server.url, { query: "sample=draft" });
    try {
      const seen = await violations(pane.page);
      expect(pane.errors).toEqual([]);
      expect(seen).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it("a simulated Outlook draft is checked with no violation", async () => {
    const pane = await openPane(server.url, { item: draftItem() });
    try {
      const seen = await violations(pane.page);
      expect(pane.errors).toEqual([]);
      expect(seen).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
