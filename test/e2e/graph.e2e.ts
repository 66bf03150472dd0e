/**
 * Microsoft Graph and DNS in the built pane, in Chromium, against the fake Graph and fake DoH
 * servers: a simulated Outlook signs in through its NAA bridge (the pane's real MSAL sign-in
 * path), the policy points Graph and DNS at the fakes, and each source is seen loading, with its
 * result on the right items, and unavailable with a reason and a fix when the server fails.
 * Nothing may leave 127.0.0.1.
 */
import type { FakeGraphOptions } from "../fakes/fake-graph";
import {
  ADDRESSES,
  brokenZone,
  draftGraph,
  healthyZone,
  OUT_OF_OFFICE,
  plainDraft,
  recentSentItem,
  SENT_MESSAGE_ID,
  traceRows,
} from "./support/graph-sims";
import { graphPane } from "./support/graph-pane";
import type { SimItem, SimSignIn } from "./support/office-host";
import {
  expandAll,
  itemStatuses,
  openItem as openPaneItem,
  openPane,
  screenshot,
  seriousViolations,
  waitComplete,
  type OpenPane,
} from "./support/pane";
import { E2E_CLIENT_ID, testSignIn } from "./support/sign-in";
import type { Page } from "playwright-core";

jest.setTimeout(120000);

const env = graphPane();
let pane: OpenPane | undefined;

afterEach(async () => {
  const errors = pane?.errors ?? [];
  // office.js from Microsoft's CDN is refused in every e2e test; anything else leaving loopback is a leak.
  const leaked = (pane?.refused ?? []).filter((u) => !/appsforoffice\.microsoft\.com/.test(u));
  await pane?.close();
  pane = undefined;
  await env.closeFakes();
  expect(errors).toEqual([]);
  expect(leaked).toEqual([]);
});

async function open(item: SimItem, signIn: SimSignIn = testSignIn(), lang: "ja" | "en" = "en") {
  pane = await openPane(env.server.url, { item, signIn, lang, loopbackOnly: true });
  return pane.page;
}

/** A source's row in the progress list, or null when the list is not shown (all done, none failed). */
async function sourceRow(page: Page, id: string): Promise<{ state: string; text: string } | null> {
  const row = await page.$(`[data-testid="source-${id}"]`);
  if (!row) return null;
  return {
    state: (await row.getAttribute("data-state")) ?? "",
    text: (await row.textContent()) ?? "",
  };
}

/** Opens an item's panel (problems are open already; a click would close them). */
async function openItem(page: Page, id: number): Promise<void> {
  await openPaneItem(page, id); // also opens the collapsed group the item sits in
}

async function findingsOf(
  page: Page,
  item: number
): Promise<{ rule: string; severity: string; text: string; evidence: string }[]> {
  return page.$$eval(`[data-testid="item-${item}"] [data-testid="finding"]`, (els) =>
    els.map((e) => ({
      rule: e.getAttribute("data-rule") ?? "",
      severity: e.getAttribute("data-severity") ?? "",
      text: e.textContent ?? "",
      evidence: e.querySelector('[data-testid="evidence"]')?.textContent ?? "",
    }))
  );
}

async function tokenRequests(
  page: Page
): Promise<{ method: string; scope: string; clientId: string }[]> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __todokuTokenRequests: { method: string; scope: string; clientId: string }[];
        }
      ).__todokuTokenRequests
  );
}

async function axeClean(page: Page): Promise<void> {
  await expandAll(page);
  expect(await seriousViolations(page)).toEqual([]);
}

describe("a draft: MailTips, licence and own mailbox through the NAA sign-in; DNS through DoH", () => {
  it("shows Graph and DNS as working while the servers are slow, then lights the right items", async () => {
    await env.startFakes({ ...draftGraph(), delayMs: 1500 }, healthyZone(), { delayMs: 1200 });
    const signIn = testSignIn();
    const page = await open(plainDraft(), signIn);

    // Loading: both sources say they are working while the fakes hold their answers.
    await page.waitForSelector('[data-testid="source-graph"][data-state="pending"]', {
      timeout: 5000,
    });
    expect((await sourceRow(page, "graph"))?.text).toContain("Microsoft 365 (Graph): Working");
    expect((await sourceRow(page, "dns"))?.state).toBe("pending");
    expect((await sourceRow(page, "dns"))?.text).toContain("DNS: Working");
    expect(await page.getAttribute('[data-testid="pane"]', "data-complete")).not.toBe("true");
    // Graph's items are not yet judged: the licence item waits for its answer.
    expect((await itemStatuses(page))[22]).not.toBe("ok");
    await screenshot(page, "graph-draft-en-loading");

    await waitComplete(page, 30000);
    const statuses = await itemStatuses(page);

    // The token came from the bridge, through MSAL, for this app, and was sent to Graph.
    const asked = await tokenRequests(page);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked[0]).toMatchObject({ method: "GetToken", clientId: E2E_CLIENT_ID });
    expect(asked[0]?.scope.split(" ")).toEqual(expect.arrayContaining(["User.Read", "Mail.Read"]));
    const batch = env.graph!.requests.find((r) => r.url === "/v1.0/$batch");
    expect(batch?.headers.authorization).toBe(`Bearer ${signIn.accessToken}`);
    // Only addresses go to Graph: never the subject or the body.
    expect(batch?.body).toContain(ADDRESSES.full);
    expect(batch?.body).not.toContain("定例会");

    // Full mailbox: item 14 is a problem, with the address as evidence.
    expect(statuses[14]).toBe("problem");
    const full = (await findingsOf(page, 14)).find(
      (f) => f.rule === "mailtips.recipient-mailbox-full"
    );
    expect(full).toMatchObject({ severity: "problem", evidence: ADDRESSES.full });
    // The sender's own mailbox was checked too and is fine, but an "ok" line is not shown
    // inside an item that is a problem (issue 14: no contradicting line).
    expect((await findingsOf(page, 14)).map((f) => f.severity)).not.toContain("ok");

    // Only permitted senders: item 7 is a problem; the out-of-office reply is quoted there, as text.
    expect(statuses[7]).toBe("problem");
    await openItem(page, 7);
    const item7 = await findingsOf(page, 7);
    expect(item7.find((f) => f.rule === "mailtips.delivery-restricted")).toMatchObject({
      severity: "problem",
      evidence: ADDRESSES.restricted,
    });
    const away = item7.find((f) => f.rule === "mailtips.automatic-reply");
    expect(away?.text).toContain(ADDRESSES.away);
    expect(`${away?.text} ${away?.evidence}`).toContain(OUT_OF_OFFICE);
    expect(`${away?.text} ${away?.evidence}`).not.toContain("<p>");

    // Licence: Exchange Online is assigned and active.
    expect(statuses[22]).toBe("ok");
    await openItem(page, 22);
    expect((await findingsOf(page, 22)).map((f) => f.rule)).toContain("licence.exchange-ok");

    // DNS: the recipients' domain has MX; the sender's domain has SPF and DMARC.
    expect(env.doh!.queries.some((q) => q.name === "fabrikam.co.jp" && q.type === "MX")).toBe(true);
    expect(statuses[16]).toBe("ok");
    await openItem(page, 16);
    expect((await findingsOf(page, 16)).find((f) => f.rule === "dns.recipient.ok")?.text).toContain(
      "fabrikam.co.jp"
    );
    expect(statuses[24]).toBe("ok");
    await openItem(page, 24);
    const item24 = (await findingsOf(page, 24)).map((f) => f.rule);
    expect(item24).toEqual(
      expect.arrayContaining(["dns.spf.ok", "dns.dmarc.policy", "dns.dkim.microsoft365-published"])
    );

    // The progress list, shown because the servers were slow, now says done.
    expect(await sourceRow(page, "graph")).toEqual({
      state: "done",
      text: "Microsoft 365 (Graph): Done",
    });
    expect((await sourceRow(page, "dns"))?.state).toBe("done");
    await screenshot(page, "graph-draft-en-result");
    await axeClean(page);
  });

  it("shows DNS faults of the domains as problems, in Japanese", async () => {
    await env.startFakes(draftGraph(), brokenZone());
    const page = await open(plainDraft(), testSignIn(), "ja");
    await waitComplete(page, 30000);
    const statuses = await itemStatuses(page);
    // fabrikam.co.jp does not exist: mail to it cannot be delivered.
    expect(statuses[16]).toBe("problem");
    const nx = (await findingsOf(page, 16)).find((f) => f.rule === "dns.recipient.nxdomain");
    expect(nx?.severity).toBe("problem");
    expect(nx?.evidence).toContain("fabrikam.co.jp");
    // contoso.co.jp publishes neither SPF nor DMARC.
    expect(["problem", "warning"]).toContain(statuses[24]);
    await openItem(page, 24);
    const rules = (await findingsOf(page, 24)).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["dns.spf.missing", "dns.dmarc.missing"]));
    // Graph still answered for the same draft.
    expect(statuses[14]).toBe("problem");
    await screenshot(page, "graph-draft-ja-dns-problems");
    await axeClean(page);
  });
});

describe("a sent mail: message trace through the NAA sign-in", () => {
  it("shows the trace while it runs, then FilteredAsSpam and Failed on their items and in the inquiry", async () => {
    const sentAt = new Date(Date.now() - 30 * 60_000);
    await env.startFakes({ traces: traceRows(sentAt), delayMs: 1200 }, null);
    const page = await open(recentSentItem(sentAt));
    await page.waitForSelector('[data-testid="source-trace"][data-state="pending"]', {
      timeout: 5000,
    });
    expect((await sourceRow(page, "trace"))?.text).toContain("Message trace: Working");
    await waitComplete(page, 30000);

    const asked = await tokenRequests(page);
    expect(asked.some((r) => r.scope.split(" ").includes("ExchangeMessageTrace.Read.All"))).toBe(
      true
    );
    const query = env.graph!.requests.find((r) => r.url.startsWith("/v1.0/admin/exchange/tracing"));
    expect(decodeURIComponent(query?.url ?? "")).toContain(`messageId eq '${SENT_MESSAGE_ID}'`);

    const statuses = await itemStatuses(page);
    // Filtered as spam: item 9 is a problem, with the trace row and the spam event as evidence.
    expect(statuses[9]).toBe("problem");
    const spam = (await findingsOf(page, 9)).find((f) => f.rule === "trace.filtered-as-spam");
    expect(spam?.severity).toBe("problem");
    expect(spam?.evidence).toContain(ADDRESSES.spam);
    expect(spam?.evidence).toContain("filteredasspam");
    expect(spam?.evidence).toContain("SCL 6");
    // Failed with 550 5.1.1: a problem for that recipient, with the server's words.
    const failed = (
      await Promise.all(
        Object.entries(statuses)
          .filter(([, s]) => s === "problem")
          .map(async ([id]) => findingsOf(page, Number(id)))
      )
    )
      .flat()
      .find((f) => f.rule.startsWith("trace.failed"));
    expect(failed?.severity).toBe("problem");
    expect(failed?.evidence).toContain(ADDRESSES.unknown);
    expect(failed?.evidence).toContain("550 5.1.1");
    await screenshot(page, "graph-sent-en-trace");
    await axeClean(page);

    // The inquiry to IT carries the trace result.
    await page.click('[data-testid="tab-inquiry"]');
    const inquiry = await page.inputValue('[data-testid="inquiry-text"]');
    expect(inquiry).toContain(SENT_MESSAGE_ID);
    expect(inquiry).toContain(ADDRESSES.unknown);
  });
});

interface FaultCase {
  name: string;
  sent?: boolean;
  graph?: FakeGraphOptions;
  signIn?: Partial<SimSignIn>;
  source: "graph" | "trace";
  /** Items that must say "unavailable". */
  items: number[];
  reason: string;
  fix: string;
}

const FAULTS: FaultCase[] = [
  {
    name: "Graph 403 (no consent)",
    graph: { ...draftGraph(), faults: [{ route: "batch", kind: "403" }] },
    source: "graph",
    items: [14, 22],
    reason: "has not been given permission (consent)",
    fix: "Ask your IT",
  },
  {
    name: "Graph 429 with a long Retry-After, every time",
    graph: { ...draftGraph(), faults: [{ route: "batch", kind: "429", retryAfter: 120 }] },
    source: "graph",
    items: [14, 22],
    reason: "Microsoft 365 is busy: try again in 120 seconds.",
    fix: "Wait about 120 seconds, then check again.",
  },
  {
    name: "Graph 500",
    graph: { ...draftGraph(), faults: [{ route: "batch", kind: "500" }] },
    source: "graph",
    items: [14, 22],
    reason: "Microsoft 365 had a temporary error.",
    fix: "Wait a little and try again.",
  },
  {
    name: "sign-in refused: consent required",
    graph: draftGraph(),
    signIn: {
      error: {
        status: "USER_INTERACTION_REQUIRED",
        code: "consent_required",
        description:
          "AADSTS65001: The user or administrator has not consented to use the application.",
      },
    },
    source: "graph",
    items: [14, 22],
    reason: "has not been given permission (consent)",
    fix: "Ask your IT",
  },
  {
    name: "message trace 403 (not an Exchange admin)",
    sent: true,
    graph: { faults: [{ route: "messageTraces", kind: "403" }] },
    source: "trace",
    items: [3],
    reason: "Only Exchange administrators can run a message trace",
    fix: SENT_MESSAGE_ID,
  },
];

describe("Graph faults: unavailable with the reason and the fix, never a blank pane", () => {
  it.each(FAULTS)("$name", async (c) => {
    const sentAt = new Date(Date.now() - 30 * 60_000);
    await env.startFakes(c.graph ?? {}, null);
    const page = await open(
      c.sent ? recentSentItem(sentAt) : plainDraft(),
      testSignIn(c.signIn ?? {})
    );
    await waitComplete(page, 30000);
    const row = await sourceRow(page, c.source);
    expect(row?.state).toBe("unavailable");
    expect(row?.text).toContain(c.reason);
    expect(row?.text).toContain(c.fix);
    const statuses = await itemStatuses(page);
    expect(Object.keys(statuses)).toHaveLength(24);
    for (const id of c.items) {
      expect(statuses[id]).toBe("unavailable");
      await openItem(page, id);
    }
    // The reason is said once, above the "could not check" items, not inside each of them.
    const said = (await page.textContent('[data-testid="unreachable-sources"]')) ?? "";
    expect(said).toContain(c.reason);
    for (const id of c.items)
      expect((await page.textContent(`[data-testid="item-${id}"]`)) ?? "").not.toContain(c.reason);
    // The pane is not blank: the local checks still stand.
    expect(Object.values(statuses).filter((s) => s !== "unavailable").length).toBeGreaterThan(10);
    const slug = c.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    await screenshot(page, `graph-fault-${slug}`);
  });

  it("keeps the axe scan clean on an unavailable Graph, in Japanese", async () => {
    await env.startFakes(
      { ...draftGraph(), faults: [{ route: "batch", kind: "429", retryAfter: 120 }] },
      null
    );
    const page = await open(plainDraft(), testSignIn(), "ja");
    await waitComplete(page, 30000);
    expect((await sourceRow(page, "graph"))?.text).toContain("120 秒後");
    await axeClean(page);
  });
});

describe("DNS faults: unavailable with the reason and the fix", () => {
  it("SERVFAIL from every domain: DNS items unavailable, each saying why", async () => {
    const servfail = { servfail: true };
    await env.startFakes(null, {
      "fabrikam.co.jp": servfail,
      "contoso.co.jp": servfail,
      "_dmarc.contoso.co.jp": servfail,
      "selector1._domainkey.contoso.co.jp": servfail,
      "selector2._domainkey.contoso.co.jp": servfail,
    });
    const page = await open(plainDraft());
    await waitComplete(page, 30000);
    const statuses = await itemStatuses(page);
    expect(statuses[16]).toBe("unavailable");
    await openItem(page, 16);
    const item16 = (await findingsOf(page, 16)).find((f) => f.rule === "dns.recipient.unavailable");
    expect(item16?.text).toContain("SERVFAIL");
    expect(item16?.text).toContain("Check again later");
    expect(item16?.evidence).toBe("fabrikam.co.jp");
    expect(statuses[24]).toBe("unavailable");
    await screenshot(page, "dns-fault-servfail");
    await axeClean(page);
  });

  it("a resolver that never answers in time: the DNS source is unavailable with the reason", async () => {
    await env.startFakes(null, healthyZone(), { delayMs: 2500 }, 1000);
    const page = await open(plainDraft());
    await page.waitForSelector('[data-testid="source-dns"][data-state="pending"]', {
      timeout: 5000,
    });
    await waitComplete(page, 30000);
    const row = await sourceRow(page, "dns");
    expect(row?.state).toBe("unavailable");
    expect(row?.text).toContain("did not come back in time");
    expect(row?.text).toContain("Wait a moment and check again.");
    const statuses = await itemStatuses(page);
    for (const id of [16, 24]) expect(statuses[id]).toBe("unavailable");
    await screenshot(page, "dns-fault-timeout");
  });
});
