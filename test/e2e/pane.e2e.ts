/**
 * The built pane in Debian's Chromium: demo mode and a simulated Outlook (compose, Sent Items,
 * bounce, junked mail), in Japanese and English, light and dark; triage, copy, language switch,
 * Graph and DNS states, accessibility (axe-core), keyboard, 320 px width; screenshots.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startFakeDoh, type FakeDoh } from "../fakes/fake-doh";
import { CHROMIUM_PATH } from "./support/browser";
import { catalogueItem, TRIAGE_STEPS } from "../../src/core/catalogue";
import { label } from "../../src/core/messages";
import {
  expandAll,
  itemStatuses,
  openItem,
  openPane,
  screenshot,
  seriousViolations,
  waitComplete,
  type OpenPane,
} from "./support/pane";
import { distDir, startPaneServer, type PaneServer } from "./support/server";
import { bounceItem, draftItem, junkItem, sentItem } from "./support/sims";
import type { SimItem } from "./support/office-host";

jest.setTimeout(120000);

let server: PaneServer;
let pane: OpenPane | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium`);
  if (!existsSync(join(distDir(), "taskpane.html")))
    throw new Error(`No build in ${distDir()}: run npm run build first`);
  server = await startPaneServer();
});

afterAll(async () => {
  await server?.close();
});

beforeEach(() => {
  // No policy.json and no DNS unless a test sets them: DNS is turned off so no test reaches
  // the internet; the DNS tests point the resolver at the fake DoH server.
  server.setPolicy(JSON.stringify({ dns: { enabled: false } }));
  server.setDohTarget(null);
});

afterEach(async () => {
  const errors = pane?.errors ?? [];
  await pane?.close();
  pane = undefined;
  expect(errors).toEqual([]);
});

const MODES: { name: string; item?: () => SimItem; query?: string }[] = [
  { name: "demo-draft", query: "sample=draft" },
  { name: "demo-bounce", query: "sample=bounce-postfix" },
  { name: "outlook-draft", item: draftItem },
  { name: "outlook-sent", item: sentItem },
  { name: "outlook-bounce", item: bounceItem },
  { name: "outlook-junk", item: junkItem },
];

describe("demo mode (no Outlook)", () => {
  it.each(["ja", "en"] as const)(
    "renders all 24 items on the sample draft in %s, marked as a sample",
    async (lang) => {
      pane = await openPane(server.url, { lang, query: "sample=draft" });
      const { page } = pane;
      await waitComplete(page);
      expect(await page.getAttribute('[data-testid="pane"]', "data-host")).toBe("demo");
      expect(await page.textContent('[data-testid="sample-badge"]')).toBe(
        lang === "ja" ? "サンプル" : "Sample"
      );
      const statuses = await itemStatuses(page);
      expect(
        Object.keys(statuses)
          .map(Number)
          .sort((a, b) => a - b)
      ).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(statuses[8]).toBe("problem");
      expect(statuses[9]).toBe("warning");
      // Every item header has its title in the chosen language and a status word (not colour only).
      const headers = await page.$$eval(
        '[data-testid^="item-"] button.fui-AccordionHeader__button',
        (els) => els.map((e) => e.textContent ?? "")
      );
      expect(headers).toHaveLength(24);
      const word =
        lang === "ja"
          ? /(問題あり|注意|問題なし|手動で確認|確認できず)/
          : /(Problem|Warning|OK|Check by hand|Unavailable)/;
      for (const h of headers) expect(h).toMatch(word);
      if (lang === "ja") expect(headers.join("")).toContain("宛先アドレスの誤り");
      else expect(headers.join("")).toContain("Wrong recipient address");
      // Graph is not signed in during the demo: the licence item is unavailable and says why.
      expect(statuses[22]).toBe("unavailable");
      // The reason is said once, in the "could not check" group, not inside the item.
      await openItem(page, 22);
      expect(await page.textContent('[data-testid="unreachable-sources"]')).toContain(
        lang === "ja" ? "サインインしていない" : "no sign-in"
      );
      expect(await page.textContent('[data-testid="item-22"]')).not.toContain(
        lang === "ja" ? "サインインしていない" : "no sign-in"
      );
    }
  );

  it("switches language and sample, and shows an invalid policy field by field", async () => {
    server.setPolicy(
      JSON.stringify({ dns: { enabled: false }, limits: { maxRecipients: 0 }, colour: "blue" })
    );
    pane = await openPane(server.url, { lang: "ja", query: "sample=draft" });
    const { page } = pane;
    expect(await page.textContent("h1")).toBe(label("pane.app-name", "ja"));
    const notice = await page.textContent('[data-testid="policy-notice"]');
    expect(notice).toContain("limits.maxRecipients");
    expect(notice).toContain("colour");
    await page.click('[data-testid="switch-language"]');
    expect(await page.textContent("h1")).toBe(label("pane.app-name", "en"));
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.selectOption('[data-testid="sample-picker"]', "bounce-exchange");
    await page.waitForSelector('[data-testid="bounce-recipient"]');
    expect(await page.textContent('[data-testid="server-words"]')).toContain(
      "RESOLVER.ADR.RecipientNotFound"
    );
  });
});

describe("simulated Outlook", () => {
  it("draft: reads the attachment bytes, finds the encrypted zip, the full-width address and the shortener", async () => {
    // Long enough that a busy CI machine cannot miss the pending state between two polls.
    pane = await openPane(server.url, { item: draftItem(), attachmentDelayMs: 2500 });
    const { page } = pane;
    expect(await page.getAttribute('[data-testid="pane"]', "data-host")).toBe("outlook");
    // The attachment contents arrive after 2.5 s: progress is shown for them meanwhile.
    await page.waitForSelector('[data-testid="source-attachments"][data-state="pending"]', {
      timeout: 5000,
    });
    await waitComplete(page);
    expect(await page.getAttribute('[data-testid="source-attachments"]', "data-state")).toBe(
      "done"
    );
    const statuses = await itemStatuses(page);
    expect(statuses[8]).toBe("problem");
    expect(statuses[9]).toBe("warning");
    expect(statuses[15]).toBe("warning");
    const item8 = await page.textContent('[data-testid="item-8"]');
    expect(item8).toContain("tanaka＠fabrikam.co.jp");
    await openItem(page, 9);
    expect(await page.textContent('[data-testid="item-9"]')).toContain("https://bit.ly/3xQz7Rk");
    await openItem(page, 15);
    expect(await page.textContent('[data-testid="item-15"]')).toContain("見積書_2026.zip");
    // Graph: this simulated Outlook cannot sign in, so Graph's items are unavailable with a reason.
    expect(await page.getAttribute('[data-testid="source-graph"]', "data-state")).toBe(
      "unavailable"
    );
    expect((await page.textContent('[data-testid="source-graph"]'))!.length).toBeGreaterThan(40);
    expect(statuses[22]).toBe("unavailable");
  });

  it("bounce: per recipient failure, the server's words, cause, who, next step and the returned original", async () => {
    pane = await openPane(server.url, { item: bounceItem(), lang: "ja" });
    const { page } = pane;
    await waitComplete(page);
    const card = await page.textContent('[data-testid="bounce-recipient"]');
    expect(card).toContain("keiri@fabrikarn.co.jp");
    expect(card).toContain("5.1.10");
    expect(card).toContain("宛先アドレスの誤り");
    expect(card).toContain("あなた");
    expect(await page.textContent('[data-testid="server-words"]')).toContain(
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient keiri@fabrikarn.co.jp not found by SMTP address lookup"
    );
    expect(
      await page.$('[data-testid="bounce-recipient"] a[href*="learn.microsoft.com"]')
    ).not.toBeNull();
    expect(await page.textContent('[data-testid="returned-original"]')).toContain(
      "打ち合わせの日程"
    );
    expect((await itemStatuses(page))[8]).toBe("problem");
  });

  it("sent item: no transport headers said plainly; the triage wizard narrows and feeds the inquiry; resend opens a form", async () => {
    pane = await openPane(server.url, { item: sentItem() });
    const { page } = pane;
    await waitComplete(page);
    // Message trace needs Graph; without sign-in it is unavailable with a reason.
    expect(await page.getAttribute('[data-testid="source-trace"]', "data-state")).toBe(
      "unavailable"
    );
    await page.click('[data-testid="tab-headers"]');
    expect(await page.textContent('[data-testid="no-transport-headers"]')).toContain(
      "no transport headers"
    );

    await page.click('[data-testid="tab-triage"]');
    // One question at a time: each answer brings the next.
    const answer = async (step: string, value: "yes" | "no" | "unknown") => {
      await page.click(`[data-testid="triage-step-${step}"] [data-testid="triage-${value}"]`);
      await page.waitForSelector(`[data-testid="triage-answer-${step}"]`);
    };
    await answer("web", "yes");
    expect(await page.$('[data-testid="triage-step-otherDomain"]')).toBeNull();
    await answer("sameDomainOtherAccount", "no");
    await answer("otherDomain", "yes");
    expect(
      await page.textContent('[data-testid="triage-answer-sameDomainOtherAccount"]')
    ).toContain("No");
    // The web works, a colleague's mail fails too, other domains get mail: the recipient's side.
    const side = await page.getAttribute('[data-testid="triage-result"]', "data-side");
    expect(side).toBe("recipient");
    const first = await page.getAttribute('[data-testid="triage-candidates"] li', "data-item");
    expect(Number(first)).toBeGreaterThan(0);

    await screenshot(page, "outlook-sent-en-triage");
    await page.click('[data-testid="resend-prepare"]');
    await page.click("text=Open as a new mail");
    await page.waitForFunction(
      () => (window as unknown as { __todokuForms: unknown[] }).__todokuForms.length === 1
    );
    const form = await page.evaluate(
      () =>
        (window as unknown as { __todokuForms: { subject: string; toRecipients: string[] }[] })
          .__todokuForms[0]
    );
    expect(form?.toRecipients).toEqual(["keiri@fabrikam.co.jp"]);

    await page.click('[data-testid="tab-inquiry"]');
    const inquiry = await page.inputValue('[data-testid="inquiry-text"]');
    expect(inquiry).toContain(
      "<TY3PR01MB9876A1B2C3D4E5F6@TY3PR01MB9876.jpnprd01.prod.outlook.com>"
    );
    expect(inquiry).toContain("11月分 請求書のご送付");
    // The answers given in the wizard are part of the inquiry.
    expect(inquiry).toMatch(/browse the web|Web/i);
  });

  it("junked mail: SPF/DMARC failure and the junk verdict light up; the header tab explains them", async () => {
    pane = await openPane(server.url, { item: junkItem() });
    const { page } = pane;
    await waitComplete(page);
    const statuses = await itemStatuses(page);
    expect(statuses[7]).toBe("problem");
    expect(statuses[24]).toBe("problem");
    expect(statuses[4]).toBe("warning");
    await page.click('[data-testid="tab-headers"]');
    expect(await page.textContent('[data-testid="auth-table"]')).toMatch(/DMARC\s*fail/);
    expect(await page.textContent('[data-testid="antispam"]')).toContain("SCL:5");
    expect(await page.textContent('[data-testid="hops"] [data-slowest="true"]')).toContain(
      "mail.bulk-sender.example"
    );
  });
});

describe("copy report", () => {
  it("puts the plain-text report on the clipboard in the pane's language", async () => {
    pane = await openPane(server.url, { item: bounceItem(), lang: "ja", clipboard: true });
    const { page } = pane;
    await waitComplete(page);
    await page.click('[data-testid="copy-report"]');
    await page.waitForSelector('[data-testid="copy-status"]:has-text("コピーしました")');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain(label("report.bounce", "ja"));
    expect(text).toContain("keiri@fabrikarn.co.jp");
    expect(text).toMatch(/\[x\]\s+8\./);
  });
});

describe("DNS states against the fake DoH server", () => {
  let doh: FakeDoh | undefined;
  afterEach(async () => {
    await doh?.close();
    doh = undefined;
  });

  it("shows DNS as working, then its result", async () => {
    doh = await startFakeDoh(
      {
        "fabrikam.co.jp": {
          MX: ["10 fabrikam-co-jp.mail.protection.outlook.com."],
          TXT: ["v=spf1 include:spf.protection.outlook.com -all"],
        },
        "_dmarc.fabrikam.co.jp": { TXT: ["v=DMARC1; p=quarantine"] },
        "contoso.co.jp": {
          MX: ["10 contoso-co-jp.mail.protection.outlook.com."],
          TXT: ["v=spf1 include:spf.protection.outlook.com -all"],
        },
        "_dmarc.contoso.co.jp": { TXT: ["v=DMARC1; p=reject"] },
      },
      { delayMs: 2500 }
    );
    server.setDohTarget(doh.url);
    server.setPolicy(JSON.stringify({ dns: { resolverUrl: `${server.url}/doh` } }));
    pane = await openPane(server.url, { query: "sample=sent" });
    const { page } = pane;
    await page.waitForSelector('[data-testid="source-dns"][data-state="pending"]', {
      timeout: 5000,
    });
    expect(await page.textContent('[data-testid="source-dns"]')).toContain("Working");
    await waitComplete(page, 30000);
    expect(await page.getAttribute('[data-testid="source-dns"]', "data-state")).toBe("done");
    expect(
      doh.queries.some((q) => q.name.replace(/\.$/, "") === "fabrikam.co.jp" && q.type === "MX")
    ).toBe(true);
    const statuses = await itemStatuses(page);
    expect(statuses[16]).toBe("ok");
  });

  it("shows DNS as unavailable with the reason when the resolver fails", async () => {
    server.setPolicy(JSON.stringify({ dns: { resolverUrl: `${server.url}/doh` } }));
    pane = await openPane(server.url, { query: "sample=sent" });
    const { page } = pane;
    await waitComplete(page, 30000);
    const statuses = await itemStatuses(page);
    expect(statuses[16]).toBe("unavailable");
    await openItem(page, 16);
    expect((await page.textContent('[data-testid="item-16"]'))!.length).toBeGreaterThan(60);
  });
});

describe("accessibility and layout", () => {
  it.each(MODES)(
    "$name: no serious or critical axe violation, no horizontal scroll at 320 px",
    async (mode) => {
      pane = await openPane(server.url, { item: mode.item?.(), query: mode.query, width: 320 });
      const { page } = pane;
      await waitComplete(page);
      await expandAll(page);
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const tabs = ["triage", "who", "inquiry"];
      if (await page.$('[data-testid="tab-headers"]')) tabs.push("headers");
      for (const tab of tabs) {
        await page.click(`[data-testid="tab-${tab}"]`);
        await page.waitForSelector(`[data-testid="${tab}"]`);
        expect(await seriousViolations(page)).toEqual([]);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth
          )
        ).toBeLessThanOrEqual(0);
      }
    }
  );

  it("reaches every control by keyboard and opens an item with Enter", async () => {
    pane = await openPane(server.url, { query: "sample=draft" });
    const { page } = pane;
    await waitComplete(page);
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.closest("[data-testid]")?.getAttribute("data-testid") ?? el?.tagName ?? "";
      });
      seen.add(id);
      if (id === "item-8") break;
    }
    for (const id of ["switch-language", "copy-report", "sample-picker", "tab-checks", "item-8"])
      expect(seen).toContain(id);
    const before = await page.getAttribute('[data-testid="item-8"] button', "aria-expanded");
    await page.keyboard.press("Enter");
    const after = await page.getAttribute('[data-testid="item-8"] button', "aria-expanded");
    expect(after).not.toBe(before);
    // Tabs move with the arrow keys, as in Outlook.
    await page.focus('[data-testid="tab-checks"]');
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="triage"]');
  });
});

describe("high contrast", () => {
  it("uses Fluent's high-contrast theme with no serious axe violation", async () => {
    pane = await openPane(server.url, { query: "sample=draft&theme=highContrast", lang: "ja" });
    const { page } = pane;
    await waitComplete(page);
    await expandAll(page);
    expect(await seriousViolations(page)).toEqual([]);
    const bg = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('[data-testid="pane"]')!.parentElement!)
          .backgroundColor
    );
    expect(bg).toBe("rgb(0, 0, 0)");
    await screenshot(page, "demo-draft-ja-highcontrast");
  });
});

describe("screenshots", () => {
  it.each(
    MODES.flatMap((m) =>
      (["ja", "en"] as const).flatMap((lang) => [false, true].map((dark) => ({ ...m, lang, dark })))
    )
  )("$name $lang dark=$dark", async (mode) => {
    pane = await openPane(server.url, {
      item: mode.item?.(),
      query: mode.query,
      lang: mode.lang,
      dark: mode.dark,
      width: 360,
    });
    const { page } = pane;
    await waitComplete(page);
    const path = await screenshot(
      page,
      `${mode.name}-${mode.lang}-${mode.dark ? "dark" : "light"}`
    );
    expect(existsSync(path)).toBe(true);
    const bg = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('[data-testid="pane"]')!.parentElement!)
          .backgroundColor
    );
    // Dark follows Office's (or the browser's) theme: a dark background, not the light one.
    const rgb = (bg.match(/\d+/g) ?? []).map(Number);
    const mean = ((rgb[0] ?? 0) + (rgb[1] ?? 0) + (rgb[2] ?? 0)) / 3;
    if (mode.dark) expect(mean).toBeLessThan(80);
    else expect(mean).toBeGreaterThan(200);
  });
});

describe("verdict first (issue 14)", () => {
  /** The item each sample's verdict must name, from the catalogue (null: a question instead). */
  const LEAD: { sample: string; item: number | null }[] = [
    { sample: "draft", item: 8 },
    { sample: "sent", item: null },
    { sample: "bounce-exchange", item: 8 },
    { sample: "bounce-postfix", item: 14 },
    { sample: "junk", item: 24 },
  ];

  it.each(LEAD.flatMap((l) => (["ja", "en"] as const).map((lang) => ({ ...l, lang }))))(
    "$sample $lang: the verdict naming its item ends within the first 450 px at 350×900",
    async ({ sample, item, lang }) => {
      pane = await openPane(server.url, {
        query: `sample=${sample}`,
        lang,
        width: 350,
        height: 900,
      });
      const { page } = pane;
      await waitComplete(page);
      const verdict = page.locator('[data-testid="verdict"]');
      // Nothing but the compact header, the demo line and the (empty) copy status comes first.
      const before = await page.evaluate(() => {
        const v = document.querySelector('[data-testid="verdict"]')!;
        const out: string[] = [];
        for (let el = v.previousElementSibling; el; el = el.previousElementSibling)
          out.push(el.getAttribute("data-testid") ?? el.tagName.toLowerCase());
        return out.sort();
      });
      expect(before).toEqual(["copy-status", "demo", "header"]);
      const headline = page.locator('[data-testid="verdict-headline"]');
      const box = await headline.boundingBox();
      expect(box).not.toBeNull();
      if (item !== null) {
        expect(await verdict.getAttribute("data-item")).toBe(String(item));
        const label = `${item}. ${catalogueItem(item as 8).title[lang]}`;
        expect(await headline.textContent()).toContain(label);
        // The item's name sits in the first lines of the headline, all of it above 450 px.
        expect(box!.y + box!.height).toBeLessThanOrEqual(450);
      } else {
        const q = page.locator('[data-testid="verdict-question"]');
        expect(await q.textContent()).toBe(TRIAGE_STEPS[0]!.question[lang]);
        const qb = await q.boundingBox();
        expect(qb!.y + qb!.height).toBeLessThanOrEqual(450);
      }
    }
  );

  it("groups the 24 items: problems and warnings open, the rest collapsed with counts, number order, no contradicting line", async () => {
    pane = await openPane(server.url, { query: "sample=draft", lang: "en" });
    const { page } = pane;
    await waitComplete(page);
    const attention = await page.$$eval(
      '[data-testid="group-attention"] > [data-testid^="item-"]',
      (els) =>
        els.map((e) => ({
          id: Number(e.getAttribute("data-testid")!.slice(5)),
          status: e.getAttribute("data-status"),
          open: e.querySelector("button")?.getAttribute("aria-expanded"),
          severities: [...e.querySelectorAll('[data-testid="finding"]')].map((f) =>
            f.getAttribute("data-severity")
          ),
        }))
    );
    expect(attention.length).toBeGreaterThanOrEqual(3);
    const problems = attention.filter((a) => a.status === "problem");
    const warnings = attention.filter((a) => a.status === "warning");
    expect([...problems, ...warnings]).toEqual(attention);
    for (const list of [problems, warnings])
      expect(list.map((a) => a.id)).toEqual([...list.map((a) => a.id)].sort((x, y) => x - y));
    for (const a of attention) {
      expect(a.open).toBe("true");
      expect(a.severities).not.toContain("ok");
      expect(a.severities).not.toContain("unavailable");
    }
    for (const group of ["ok", "unavailable", "manual"]) {
      const toggle = page.locator(`[data-testid="group-${group}-toggle"]`);
      if ((await toggle.count()) === 0) continue;
      expect(await toggle.getAttribute("aria-expanded")).toBe("false");
      const n = await page.$$eval(
        `[data-testid="group-${group}"] [data-testid^="item-"]`,
        (els) => els.length
      );
      // "(4)" in English, "（4）" in Japanese.
      expect(await toggle.textContent()).toMatch(new RegExp(`[(（]${n}[)）]`));
    }
    // Graph's failure is said once, not in each of the items it informs.
    const graphReason = await page.$$eval(
      '[data-testid="finding"]',
      (els) => els.filter((e) => (e.getAttribute("data-rule") ?? "").startsWith("source.")).length
    );
    expect(graphReason).toBe(0);
    expect(
      await page.$$eval(
        '[data-testid="unreachable-sources"] li[data-source="graph"]',
        (e) => e.length
      )
    ).toBe(1);
  });

  it("sent mail: the verdict asks the triage's questions one at a time and names the likely cause", async () => {
    pane = await openPane(server.url, { query: "sample=sent", lang: "ja" });
    const { page } = pane;
    await waitComplete(page);
    const q = page.locator('[data-testid="verdict-question"]');
    expect(await q.textContent()).toBe(TRIAGE_STEPS[0]!.question.ja);
    await page.click('[data-testid="verdict-no"]');
    // No working web: the network comes first, named by number and title at the top.
    expect(await page.textContent('[data-testid="verdict-likely"]')).toContain(
      `12. ${catalogueItem(12).title.ja}`
    );
    await page.click('[data-testid="verdict-open-triage"]');
    await page.waitForSelector('[data-testid="triage"]');
    expect(await page.textContent('[data-testid="triage-answer-web"]')).toContain("いいえ");
    // Ruled-out causes by title, with no doubled numbering anywhere in the triage.
    const triage = (await page.textContent('[data-testid="triage"]')) ?? "";
    expect(triage).not.toMatch(/(\d+)\.\s*\1\./);
    expect(await page.textContent('[data-testid="triage-candidates"]')).toContain(
      catalogueItem(12).title.ja
    );
  });

  it("bounce: the inquiry describes the original with its Message-ID, never the bounce's own sender", async () => {
    pane = await openPane(server.url, { query: "sample=bounce-exchange", lang: "ja" });
    const { page } = pane;
    await waitComplete(page);
    // The verdict: the failed recipient, the reporter in one line, the original on demand.
    expect(await page.textContent('[data-testid="verdict-headline"]')).toContain(
      "keiri@fabrikarn.co.jp"
    );
    expect(await page.textContent('[data-testid="verdict-reporter"]')).toContain("Exchange Online");
    await page.click('[data-testid="verdict-original-toggle"]');
    const original = (await page.textContent('[data-testid="verdict-original"]')) ?? "";
    expect(original).toContain("打ち合わせの日程");
    expect(original).toContain("TY3PR01MB1234A1B2C3D4E5F6@TY3PR01MB1234.jpnprd01.prod.outlook.com");
    expect(original).not.toMatch(/\d+ (バイト|bytes)/);
    // The user's own fix comes first; the inquiry is the second step.
    expect(await page.getAttribute('[data-testid="verdict-next"]', "data-kind")).toBe("fixAddress");
    await page.click('[data-testid="verdict-write-it"]');
    await page.waitForSelector('[data-testid="inquiry"]');
    expect(await page.textContent('[data-testid="inquiry-own-fix"]')).toBeTruthy();
    const text = await page.inputValue('[data-testid="inquiry-text"]');
    expect(text).toContain("<TY3PR01MB1234A1B2C3D4E5F6@TY3PR01MB1234.jpnprd01.prod.outlook.com>");
    expect(text).toContain("打ち合わせの日程");
    expect(text).not.toContain("MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e");
    expect(text).toContain("550 5.1.10");
    // Editable before copying or sending.
    await page.fill('[data-testid="inquiry-text"]', `${text}\n追記: 至急お願いします`);
    expect(await page.inputValue('[data-testid="inquiry-text"]')).toContain("追記: 至急");
  });

  it("received mail in Junk: the recipient's view, the forged-sender advice, its own inquiry", async () => {
    pane = await openPane(server.url, { query: "sample=junk", lang: "en" });
    const { page } = pane;
    await waitComplete(page);
    expect(await page.getAttribute('[data-testid="verdict"]', "data-suspicious")).toBe("true");
    expect(await page.textContent('[data-testid="verdict-headline"]')).toMatch(
      /^You received this mail; it was put in Junk/
    );
    expect(await page.textContent('[data-testid="verdict-next"]')).toContain(
      label("verdict.next.confirm-sender", "en")
    );
    // Nowhere does the pane tell the user to trust a mail that may be forged.
    await expandAll(page);
    const all = (await page.textContent('[data-testid="pane"]')) ?? "";
    expect(all).not.toMatch(/mark it as not junk|add the sender to their safe senders/i);
    await page.click('[data-testid="verdict-write-it"]');
    await page.waitForSelector('[data-testid="inquiry"]');
    const text = await page.inputValue('[data-testid="inquiry-text"]');
    expect(text).toMatch(/^Possibly forged mail I received: /);
    expect(text).toContain("== The mail I received ==");
    expect(text).toContain("== What Todoku could not check ==");
    expect(text).not.toContain("does not seem to have reached");
  });

  it("tabs fit on one row at 320 px, and a tab that no longer applies resets on switching items", async () => {
    pane = await openPane(server.url, { query: "sample=sent", lang: "ja", width: 320 });
    const { page } = pane;
    await waitComplete(page);
    const fit = await page.$eval('[data-testid="tabs"]', (el) => {
      const tops = [...el.querySelectorAll('[role="tab"]')].map(
        (t) => (t as HTMLElement).getBoundingClientRect().top
      );
      return { rows: new Set(tops).size, over: el.scrollWidth - el.clientWidth };
    });
    expect(fit).toEqual({ rows: 1, over: 0 });
    await page.click('[data-testid="tab-headers"]');
    await page.waitForSelector('[data-testid="headers"]');
    await page.selectOption('[data-testid="sample-picker"]', "draft");
    await page.waitForSelector('[data-testid="verdict"][data-mode="draft"]');
    expect(await page.$('[data-testid="tab-headers"]')).toBeNull();
    expect(await page.getAttribute('[data-testid="tab-checks"]', "aria-selected")).toBe("true");
  });

  it("links to Microsoft's documentation in Japanese with words, not a bare URL", async () => {
    pane = await openPane(server.url, { query: "sample=bounce-exchange", lang: "ja" });
    const { page } = pane;
    await waitComplete(page);
    const links = await page.$$eval('a[href*="microsoft.com"]', (els) =>
      els.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" }))
    );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.href).toContain("/ja-jp/");
      expect(l.text).not.toMatch(/^https?:/);
    }
  });
});
