/** Opening the built pane in Chromium: demo mode, or Outlook simulated with a given item. */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launch, type Launched } from "./browser";
import { officeHostScript, type SimItem, type SimSignIn } from "./office-host";
import { host } from "./sims";

export interface OpenOptions {
  /** Simulated Outlook item; absent = demo mode (plain browser). */
  item?: SimItem | undefined;
  lang?: "ja" | "en" | undefined;
  dark?: boolean | undefined;
  width?: number | undefined;
  height?: number | undefined;
  /** Extra query string for demo mode, e.g. "sample=junk". */
  query?: string | undefined;
  attachmentDelayMs?: number | undefined;
  clipboard?: boolean | undefined;
  /** The simulated Outlook signs in through its NAA bridge (see office-host.ts). */
  signIn?: SimSignIn | undefined;
  /** Refuse every request that leaves 127.0.0.1 and record it in `refused`. */
  loopbackOnly?: boolean | undefined;
}

export interface OpenPane extends Launched {
  errors: string[];
  /** URLs refused because they left loopback (with `loopbackOnly`). */
  refused: string[];
}

export async function openPane(baseUrl: string, options: OpenOptions = {}): Promise<OpenPane> {
  const lang = options.lang ?? "en";
  const launched = await launch({
    width: options.width ?? 360,
    height: options.height ?? 800,
    colorScheme: options.dark ? "dark" : "light",
  });
  const errors: string[] = [];
  const refused: string[] = [];
  launched.page.on("pageerror", (e) => errors.push(e.message));
  if (options.loopbackOnly)
    await launched.context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => {
        refused.push(route.request().url());
        return route.abort();
      }
    );
  if (options.clipboard)
    await launched.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: baseUrl,
    });
  const params = new URLSearchParams(options.query ?? "");
  if (options.item) {
    await launched.context.addInitScript({
      content: officeHostScript({
        ...host(options.item, lang, options.dark ?? false, options.attachmentDelayMs ?? 0),
        signIn: options.signIn,
      }),
    });
  } else {
    params.set("lang", lang);
    if (options.dark) params.set("theme", "dark");
  }
  const qs = params.toString();
  await launched.page.goto(`${baseUrl}/taskpane.html${qs ? `?${qs}` : ""}`);
  await waitForReport(launched.page);
  return { ...launched, errors, refused };
}

/** Waits for a report, including the checklist's folded groups that mount after the first paint. */
export async function waitForReport(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="items"]', { timeout: 20000 });
  await page.waitForFunction(() => !document.querySelector('[data-content="deferred"]'));
}

/**
 * Waits for every source to have answered and for the checklist groups that the final answer
 * created (an item moving to "could not check" mounts a new folded group) to be mounted.
 */
export async function waitComplete(page: Page, timeout = 20000): Promise<void> {
  await page.waitForSelector('[data-testid="pane"][data-complete="true"]', { timeout });
  await page.waitForFunction(() => !document.querySelector('[data-content="deferred"]'), null, {
    timeout,
  });
}

export async function itemStatuses(page: Page): Promise<Record<number, string>> {
  const pairs = await page.$$eval('[data-testid^="item-"]', (els) =>
    els.map(
      (e) => [e.getAttribute("data-testid") ?? "", e.getAttribute("data-status") ?? ""] as const
    )
  );
  const out: Record<number, string> = {};
  for (const [id, status] of pairs) {
    const n = Number(id.replace("item-", ""));
    if (Number.isInteger(n)) out[n] = status;
  }
  return out;
}

/** Opens the collapsed groups of the checklist (no problem, could not check, by hand). */
export async function openGroups(page: Page): Promise<void> {
  const toggles = await page.$$('[data-testid^="group-"] > button[aria-expanded="false"]');
  for (const t of toggles) await t.click();
}

/** Opens every collapsed group and item (to check widths and to let axe see the content). */
export async function expandAll(page: Page): Promise<void> {
  await openGroups(page);
  const buttons = await page.$$('[data-testid^="item-"] button[aria-expanded="false"]');
  for (const b of buttons) await b.click();
}

/** Opens one item's panel, and the group it is collapsed in; an open item stays open. */
export async function openItem(page: Page, id: number): Promise<void> {
  const button = `[data-testid="item-${id}"] button[aria-expanded]`;
  if (!(await page.isVisible(button))) {
    const group = await page.$(`[data-testid^="group-"]:has([data-testid="item-${id}"])`);
    await (await group?.$(':scope > button[aria-expanded="false"]'))?.click();
  }
  if ((await page.getAttribute(button, "aria-expanded")) !== "true") await page.click(button);
}

export const SCREENSHOT_DIR = join(__dirname, "..", "..", "..", "test-results", "screenshots");

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled" });
  // The first screenful as well: what the user sees on opening the pane.
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}-top.png`),
    animations: "disabled",
  });
  return path;
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core's violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the pages' CSP refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (_c: unknown) => Promise<unknown> } }).axe.run({
      // Tabster's focus sentinels (Fluent's keyboard handling): aria-hidden by design, they pass
      // focus on at once and carry no content.
      exclude: [["[data-tabster-dummy]"]],
    })
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => JSON.stringify(n.target))
          .slice(0, 3)
          .join(", ")}`
    );
}
