/**
 * The README's screenshots, made from the production build so they cannot go stale:
 * `npm run build && npm run screenshots`. Each is the pane's first screen at 350×900 (Outlook's
 * pane is 320–450 px wide) in demo mode, once the report is complete. Japanese needs a CJK font
 * (Debian: fonts-noto-cjk), otherwise it is drawn as boxes; the script refuses to run without one.
 * Options: --dist <dir> (default dist/), --out <dir> (default docs/screenshots/).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch } from "../test/e2e/support/browser";
import { startPaneServer } from "../test/e2e/support/server";

interface Shot {
  file: string;
  sample: string;
  lang: "ja" | "en";
  theme?: "dark" | "highContrast";
}

const SHOTS: Shot[] = [
  { file: "pane-draft-ja.png", sample: "draft", lang: "ja" },
  { file: "pane-draft-en-dark.png", sample: "draft", lang: "en", theme: "dark" },
  { file: "pane-bounce-en.png", sample: "bounce-exchange", lang: "en" },
  { file: "pane-bounce-ja.png", sample: "bounce-exchange", lang: "ja" },
  { file: "pane-bounce-postfix-ja.png", sample: "bounce-postfix", lang: "ja" },
  { file: "pane-sent-ja.png", sample: "sent", lang: "ja" },
  { file: "pane-junk-ja-dark.png", sample: "junk", lang: "ja", theme: "dark" },
  { file: "pane-junk-en.png", sample: "junk", lang: "en" },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function hasCjkFont(): boolean {
  try {
    return execFileSync("fc-list", [":lang=ja"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const root = resolve(__dirname, "..");
  const dist = resolve(arg("--dist") ?? join(root, "dist"));
  const out = resolve(arg("--out") ?? join(root, "docs", "screenshots"));
  if (!existsSync(join(dist, "taskpane.html")))
    throw new Error(`No build in ${dist}: run npm run build first`);
  if (!hasCjkFont())
    throw new Error("No Japanese font found (fc-list :lang=ja): apt-get install fonts-noto-cjk");
  mkdirSync(out, { recursive: true });
  const server = await startPaneServer(dist);
  // DNS off: the screenshots must not depend on the network of the machine that makes them.
  server.setPolicy(JSON.stringify({ dns: { enabled: false } }));
  try {
    for (const shot of SHOTS) {
      const browser = await launch({
        width: 350,
        height: 900,
        colorScheme: shot.theme === "dark" ? "dark" : "light",
      });
      try {
        const q = new URLSearchParams({ sample: shot.sample, lang: shot.lang });
        if (shot.theme) q.set("theme", shot.theme);
        await browser.page.goto(`${server.url}/taskpane.html?${q.toString()}`);
        await browser.page.waitForSelector('[data-testid="pane"][data-complete="true"]', {
          timeout: 30000,
        });
        await browser.page.evaluate(() => document.fonts.ready);
        const path = join(out, shot.file);
        await browser.page.screenshot({ path, animations: "disabled" });
        process.stdout.write(`${path}\n`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`screenshots: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
