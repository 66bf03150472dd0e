/**
 * The readiness page in Chromium, in a simulated Outlook that signs in through its NAA bridge,
 * against the fake Graph (Mail.Read not granted: getMailTips answers 403) and the fake DoH
 * resolver. The Mail.Read row must fail with its fix, the rows that work must say so, and the
 * table must come out as text for the rollout ticket. Nothing may leave 127.0.0.1.
 */
import { launch, type Launched } from "./support/browser";
import { graphPane } from "./support/graph-pane";
import { plainDraft } from "./support/graph-sims";
import { officeHostScript } from "./support/office-host";
import { E2E_TENANT_ID, testSignIn } from "./support/sign-in";
import { host } from "./support/sims";

jest.setTimeout(120000);

const env = graphPane();
let browser: Launched | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
  await env.closeFakes();
});

interface Row {
  id: string;
  status: string;
  detail: string;
  fix: string;
}

test("one permission missing: its row fails with the fix; the table copies as text", async () => {
  await env.startFakes(
    { faults: [{ route: "getMailTips", kind: "403" }] },
    { "microsoft.com": { MX: ["10 microsoft-com.mail.protection.outlook.com."] } }
  );
  const { server } = env;

  browser = await launch({ width: 900, height: 900 });
  const { page, context } = browser;
  const errors: string[] = [];
  const refused: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      refused.push(route.request().url());
      return route.abort();
    }
  );
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await context.addInitScript({
    content: officeHostScript({ ...host(plainDraft(), "en"), signIn: testSignIn() }),
  });
  await page.goto(`${server.url}/readiness.html`);
  await page.click('[data-testid="run"]');
  await page.waitForSelector('[data-testid="readiness-table"]', { timeout: 60000 });

  const rows: Row[] = await page.$$eval('[data-testid^="row-"]', (els) =>
    els.map((e) => ({
      id: (e.getAttribute("data-testid") ?? "").replace(/^row-/, ""),
      status: e.getAttribute("data-status") ?? "",
      detail: e.querySelector('[data-testid="detail"]')?.textContent ?? "",
      fix: e.querySelector('[data-testid="fix"]')?.textContent ?? "",
    }))
  );
  const by = Object.fromEntries(rows.map((r) => [r.id, r]));

  // the missing permission: failed, with what to do
  expect(by["perm-mail-read"]).toMatchObject({ status: "failed" });
  expect(by["perm-mail-read"]?.fix).toMatch(/Add Mail\.Read \(delegated\).*grant admin consent/);
  // what works says so
  expect(by.policy?.status).toBe("ok");
  expect(by["sign-in"]?.status).toBe("ok");
  expect(by["sign-in"]?.detail).toContain("NAA");
  expect(by["sign-in"]?.detail).toContain(E2E_TENANT_ID);
  expect(by["perm-user-read"]?.status).toBe("ok");
  expect(by.dns?.status).toBe("ok");
  expect(by["trace-service"]?.status).toBe("skipped");
  // this build was made for https://localhost:3000/ and is served from 127.0.0.1: a true finding
  expect(by["send-check"]?.status).toBe("failed");
  expect(by["send-check"]?.fix).toContain(`ADDIN_BASE_URL=${server.url}/`);
  expect(
    rows
      .filter((r) => r.status === "failed")
      .map((r) => r.id)
      .sort()
  ).toEqual(["perm-mail-read", "send-check"]);

  await page.click('[data-testid="copy"]');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^\[FAILED\] Permission Mail\.Read: /m);
  expect(copied).toMatch(/^ {4}→ Add Mail\.Read \(delegated\)/m);
  expect(copied).toMatch(/^\[OK\] Sign-in: NAA/m);
  expect(copied.split("\n").filter((l) => /^\[/.test(l))).toHaveLength(rows.length);

  expect(errors).toEqual([]);
  expect(refused.filter((u) => !/appsforoffice\.microsoft\.com/.test(u))).toEqual([]);
});
