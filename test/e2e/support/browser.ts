/** Debian's Chromium through playwright-core, isolated: fresh profile, no network extras. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Launched {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launch(
  options: { width?: number; height?: number; colorScheme?: "light" | "dark" } = {}
): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), "todoku-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: options.width ?? 360, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? "light",
    locale: "en-US",
  });
  // The pane must run without Microsoft's CDN: office.js requests are refused.
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
