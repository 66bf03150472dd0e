/**
 * @jest-environment jsdom
 */
import { label } from "../../../src/core/messages";
import { TextDecoder, TextEncoder } from "node:util";
Object.assign(globalThis, { TextEncoder, TextDecoder });
// jsdom has no ResizeObserver; Fluent's MessageBar uses one for its layout.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: NoopResizeObserver });

import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { App, type PaneEnv } from "../../../src/taskpane/App";
import { SAMPLES } from "../../../src/samples";
import { defaultPolicy, validatePolicy } from "../../../src/core/policy/load";
import { demoGraphFacts } from "../../../src/taskpane/shells";
import type { DnsFacts, Fact, Facts } from "../../../src/core/model/facts";

function deferred<T>() {
  // eslint-disable-next-line no-unused-vars -- a parameter name in a function type
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function demoEnv(overrides: Partial<PaneEnv> = {}): PaneEnv {
  return {
    host: "demo",
    lang: "en",
    theme: "light",
    loadPolicy: () => Promise.resolve({ policy: defaultPolicy(), errors: [] }),
    samples: SAMPLES,
    initialSampleId: "draft",
    tasksFor: (snapshot, policy) =>
      snapshot.kind === "draft" ? { graph: () => Promise.resolve(demoGraphFacts(policy)) } : {},
    ...overrides,
  };
}

async function renderReady(env: PaneEnv) {
  const view = render(<App env={env} />);
  await screen.findByTestId("items", {}, { timeout: 10000 });
  // The checklist's folded groups mount just after the first paint.
  // On a busy machine that can take longer than waitFor's default second.
  await waitFor(() => expect(document.querySelector('[data-content="deferred"]')).toBeNull(), {
    timeout: 10000,
  });
  return view;
}

describe("task pane", () => {
  it("shows all 24 items grouped (problems, warnings, ok, could not check, by hand), in number order within a group", async () => {
    await renderReady(demoEnv());
    expect(screen.getByTestId("sample-badge").textContent).toBe("Sample");
    const items = within(screen.getByTestId("items")).getAllByTestId(/^item-\d+$/);
    expect(items).toHaveLength(24);
    const rank = { problem: 0, warning: 1, ok: 2, unavailable: 3, manual: 4 } as Record<
      string,
      number
    >;
    const keyed = items.map((el) => ({
      rank: rank[el.getAttribute("data-status") ?? ""] ?? 9,
      id: Number((el.getAttribute("data-testid") ?? "").replace("item-", "")),
    }));
    const sorted = [...keyed].sort((a, b) => a.rank - b.rank || a.id - b.id);
    expect(keyed).toEqual(sorted);
    // The verdict comes first and names the surest stopper of the risky draft.
    expect(screen.getByTestId("verdict").getAttribute("data-item")).toBe("8");
    expect(screen.getByTestId("verdict-headline").textContent).toContain(
      "8. Wrong recipient address"
    );
    // Disclosures are Fluent buttons with aria-expanded, not <details>.
    expect(document.querySelector("details")).toBeNull();
    expect(screen.getByTestId("group-manual-toggle").getAttribute("aria-expanded")).toBe("false");
    // Graph is not signed in during the demo: the licence item says so.
    await waitFor(() =>
      expect(screen.getByTestId("item-22").getAttribute("data-status")).toBe("unavailable")
    );
  });

  it("switches language and copies the report as text in that language", async () => {
    const copied: string[] = [];
    await renderReady(demoEnv({ copyText: (t) => (copied.push(t), Promise.resolve()) }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      label("pane.app-name", "en")
    );
    fireEvent.click(screen.getByTestId("switch-language"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      label("pane.app-name", "ja")
    );
    expect(document.documentElement.lang).toBe("ja");
    await act(async () => {
      fireEvent.click(screen.getByTestId("copy-report"));
    });
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/件名[:：] ?Re: Re: Re: Re: 見積書送付の件/);
    expect(copied[0]).toContain("8. 宛先アドレスの誤り");
    expect(screen.getByTestId("copy-status").textContent).toContain("コピーしました");
  });

  it("offers the report in a box when the clipboard refuses", async () => {
    await renderReady(demoEnv({ copyText: () => Promise.reject(new Error("denied")) }));
    await act(async () => {
      fireEvent.click(screen.getByTestId("copy-report"));
    });
    expect(screen.getByTestId("copy-status").textContent).toContain("could not be copied");
    expect((screen.getByRole("textbox") as HTMLTextAreaElement).value).toContain("Subject:");
  });

  it("lists policy problems in the pane's language and still runs on the defaults", async () => {
    await renderReady(
      demoEnv({
        loadPolicy: () => Promise.resolve(validatePolicy({ limits: { maxRecipients: 0 } })),
      })
    );
    const notice = () => screen.getByTestId("policy-notice").textContent ?? "";
    expect(notice()).toContain("limits.maxRecipients: must be at least 1; the default is used");
    fireEvent.click(screen.getByTestId("switch-language"));
    expect(notice()).toContain("limits.maxRecipients：1 以上の値を指定してください。");
    expect(notice()).not.toContain("must be at least");
  });

  it("shows a bounce's recipients with the server's own words as text", async () => {
    await renderReady(demoEnv({ initialSampleId: "bounce-exchange" }));
    const words = await screen.findAllByTestId("server-words", {}, { timeout: 10000 });
    expect(words[0]?.tagName).toBe("PRE");
    expect(words[0]?.textContent).toContain("550 5.1.10 RESOLVER.ADR.RecipientNotFound");
    const recipient = screen.getByTestId("bounce-recipient");
    expect(recipient.textContent).toContain("keiri@fabrikarn.co.jp");
    expect(recipient.textContent).toContain("Wrong recipient address");
    expect(screen.getByTestId("returned-original").textContent).toContain("Message-ID");
    expect(screen.getByTestId("item-8").getAttribute("data-status")).toBe("problem");
  });

  it("shows progress per source when a source takes longer than 300 ms", async () => {
    const { promise: dns, resolve: resolveDns } = deferred<Fact<DnsFacts>>();
    await renderReady(demoEnv({ tasksFor: () => ({ dns: () => dns }) }));
    const progress = await screen.findByTestId("progress", {}, { timeout: 2000 });
    expect(within(progress).getByTestId("source-dns").getAttribute("data-state")).toBe("pending");
    expect(within(progress).getByTestId("source-dns").textContent).toContain("Working");
    await act(async () => {
      resolveDns({
        state: "unavailable",
        why: {
          code: "dns.timeout",
          reason: { ja: "応答なし", en: "No answer" },
          fix: { ja: "再試行", en: "Retry" },
        },
      });
    });
    // Once nothing is pending, the failure folds into one line that opens to the reason.
    const folded = screen.getByTestId("progress");
    expect(within(folded).getByTestId("source-dns").getAttribute("data-state")).toBe("unavailable");
    expect(within(folded).getByTestId("source-dns").textContent).toContain("No answer");
    expect(within(folded).getByTestId("progress-toggle").textContent).toContain("DNS");
  });

  it("never shows a blank reason when a source fails without one", async () => {
    const { promise: dns, resolve: resolveDns } = deferred<Fact<DnsFacts>>();
    await renderReady(demoEnv({ tasksFor: () => ({ dns: () => dns }) }));
    await act(async () => {
      resolveDns({
        state: "unavailable",
        why: { code: "dns.weird", reason: { ja: "", en: " " }, fix: { ja: "", en: "" } },
      });
    });
    const row = await screen.findByTestId("source-dns", {}, { timeout: 2000 });
    expect(row.getAttribute("data-state")).toBe("unavailable");
    expect(row.textContent).toContain("DNS gave no answer");
    expect(row.textContent).toContain("Check again in a little while");
  });
});

describe("secondary views", () => {
  it("narrows the causes with the triage answers and carries them into the inquiry", async () => {
    await renderReady(demoEnv({ initialSampleId: "sent", tasksFor: () => ({}) }));
    fireEvent.click(screen.getByTestId("tab-triage"));
    const step = await screen.findByTestId("triage-step-web", {}, { timeout: 10000 });
    fireEvent.click(within(step).getByTestId("triage-no"));
    const result = screen.getByTestId("triage-result");
    expect(result.getAttribute("data-side")).toBe("network");
    const first = within(screen.getByTestId("triage-candidates")).getAllByRole("listitem")[0];
    expect(first?.getAttribute("data-item")).toBe("12");

    fireEvent.click(screen.getByTestId("tab-inquiry"));
    const text = (await screen.findByTestId(
      "inquiry-text",
      {},
      { timeout: 10000 }
    )) as HTMLTextAreaElement;
    expect(text.value).toContain("11月分 請求書のご送付");
    expect(text.value).toContain(
      "<TY3PR01MB9876A1B2C3D4E5F6@TY3PR01MB9876.jpnprd01.prod.outlook.com>"
    );
    // Back on the wizard, the answer is still there and can be changed.
    fireEvent.click(screen.getByTestId("tab-triage"));
    const again = await screen.findByTestId("triage-answer-web");
    expect(again.textContent).toContain("No");
    fireEvent.click(within(again).getByRole("button"));
    fireEvent.click(within(screen.getByTestId("triage-step-web")).getByTestId("triage-yes"));
    expect(screen.getByTestId("triage-result").getAttribute("data-side")).not.toBe("network");
    // One question at a time: the next one is the colleague's account.
    expect(screen.getByTestId("triage-step-sameDomainOtherAccount")).toBeTruthy();
    expect(screen.queryByTestId("triage-step-otherDomain")).toBeNull();
    // Ranked with reasons; the ruled-out ones by number and title; no doubled "1. 1.".
    const ruled = screen.getByTestId("triage-ruled-out");
    expect(ruled.textContent).toMatch(/12\. Network problem/);
    expect(screen.getByTestId("triage").textContent).not.toMatch(/(\d+)\.\s*\1\./);
  });

  it("asks the triage's first question in the verdict of a sent mail and moves on with the answer", async () => {
    await renderReady(demoEnv({ initialSampleId: "sent", tasksFor: () => ({}) }));
    expect(screen.getByTestId("verdict").getAttribute("data-mode")).toBe("sent");
    expect(screen.getByTestId("verdict-question").textContent).toBe(
      "Can you browse the web normally?"
    );
    fireEvent.click(screen.getByTestId("verdict-yes"));
    expect(screen.getByTestId("verdict-question").textContent).not.toBe(
      "Can you browse the web normally?"
    );
  });

  it("says a Sent Items copy has no transport headers instead of an empty table", async () => {
    await renderReady(demoEnv({ initialSampleId: "sent", tasksFor: () => ({}) }));
    fireEvent.click(screen.getByTestId("tab-headers"));
    const none = await screen.findByTestId("no-transport-headers", {}, { timeout: 10000 });
    expect(none.textContent).toContain("no transport headers");
  });

  it("explains a junked mail's header: authentication, spam verdict and the slow hop", async () => {
    await renderReady(demoEnv({ initialSampleId: "junk", tasksFor: () => ({}) }));
    fireEvent.click(screen.getByTestId("tab-headers"));
    const auth = await screen.findByTestId("auth-table", {}, { timeout: 10000 });
    expect(auth.textContent).toMatch(/DMARC.*fail/);
    expect(screen.getByTestId("antispam").textContent).toContain("SCL:5");
    expect(
      screen.getByTestId("hops").querySelector('[data-slowest="true"]')?.textContent
    ).toContain("mail.bulk-sender.example");
  });

  it("prepares a bounce's resend from the original it returned, not from the bounce", async () => {
    await renderReady(demoEnv({ initialSampleId: "bounce-exchange", tasksFor: () => ({}) }));
    fireEvent.click(screen.getByTestId("tab-triage"));
    // The original is parsed after the first report; the resend is offered once it is there.
    fireEvent.click(await screen.findByTestId("resend-prepare", {}, { timeout: 10000 }));
    const draft = within(screen.getByTestId("resend-draft")).getByRole(
      "textbox"
    ) as HTMLTextAreaElement;
    const subject = draft.value.split("\n")[0] ?? "";
    expect(subject).toContain("打ち合わせの日程");
    expect(subject).not.toContain("配信不能");
    expect(draft.value).not.toContain("RecipientNotFound");
  });

  it("offers a resend without the attachments right in the verdict when an attachment stopped a bounce", async () => {
    const { parseEml } = await import("../../../src/core/mime/eml");
    // A bounce refusing the original's attachment by its type, with the whole original returned.
    const refused = [
      "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
      "To: suzuki@contoso.co.jp",
      "Subject: Undelivered Mail Returned to Sender",
      "Date: Fri, 20 Nov 2026 15:10:42 +0900",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "Your message could not be delivered to one or more recipients.",
      "",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; sato@example.net",
      "Action: failed",
      "Status: 5.7.1",
      "Diagnostic-Code: smtp; 554 5.7.1 Attachment type not allowed: setup.exe",
      "",
      "--b1",
      "Content-Type: message/rfc822",
      "",
      "From: suzuki@contoso.co.jp",
      "To: sato@example.net",
      "Subject: Installer for the new tool",
      "Date: Fri, 20 Nov 2026 06:10:39 +0000",
      "Message-ID: <resend-test@contoso.co.jp>",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b2"',
      "",
      "--b2",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "Here is the installer we talked about.",
      "--b2",
      'Content-Type: application/octet-stream; name="setup.exe"',
      'Content-Disposition: attachment; filename="setup.exe"',
      "Content-Transfer-Encoding: base64",
      "",
      "TVqQAAMAAAAEAAAA",
      "--b2--",
      "",
      "--b1--",
      "",
    ].join("\r\n");
    const sample = {
      id: "attachment-refused",
      label: { ja: "添付ファイルの拒否", en: "Attachment refused" },
      load: () => parseEml(new TextEncoder().encode(refused)),
    };
    await renderReady(
      demoEnv({
        samples: [sample as never],
        initialSampleId: "attachment-refused",
        tasksFor: () => ({}),
      })
    );
    expect(screen.getByTestId("verdict-next").getAttribute("data-kind")).toBe("removeAttachment");
    fireEvent.click(await screen.findByTestId("verdict-resend", {}, { timeout: 10000 }));
    expect(screen.getByTestId("tab-triage").getAttribute("aria-selected")).toBe("true");
    const draft = within(
      await screen.findByTestId("resend-draft", {}, { timeout: 10000 })
    ).getByRole("textbox") as HTMLTextAreaElement;
    expect(draft.value.split("\n")[0]).toContain("Installer for the new tool");
    expect(draft.value).toContain("Here is the installer");
    expect(draft.value).not.toContain("could not be delivered");
  });

  it("offers no resend button for a bounce whose cause is not the attachment", async () => {
    await renderReady(demoEnv({ initialSampleId: "bounce-exchange", tasksFor: () => ({}) }));
    await waitFor(() =>
      expect(document.querySelector('[data-testid="pane"]')?.getAttribute("data-complete")).toBe(
        "true"
      )
    );
    expect(screen.queryByTestId("verdict-resend")).toBeNull();
  });

  it("lists a bounce's findings on the returned original apart, under their own heading", async () => {
    await renderReady(demoEnv({ initialSampleId: "bounce-exchange", tasksFor: () => ({}) }));
    // The original's shortened link (item 9) arrives once the returned mail is parsed.
    const group = await screen.findByTestId("verdict-also-original", {}, { timeout: 10000 });
    expect(group.textContent).toContain(label("pane.verdict.also-found-original", "en"));
    const list = within(group).getByRole("list", {
      name: label("pane.verdict.also-found-original", "en"),
    });
    expect(within(list).getByRole("button").textContent).toBe("9. Body or subject looks like spam");
    // Not among the bounce's own other causes, and the headline's item is in neither list.
    expect(screen.queryByTestId("verdict-also")).toBeNull();
    expect(group.textContent).not.toContain("8. Wrong recipient address");
  });

  it("leaves out of 'Also found' only the items the headline names", async () => {
    await renderReady(demoEnv());
    const headline = screen.getByTestId("verdict-headline").textContent ?? "";
    expect(headline).toContain("8. Wrong recipient address");
    const also = screen.getByTestId("verdict-also");
    const items = [...also.querySelectorAll("[data-item]")].map((e) => e.getAttribute("data-item"));
    expect(items.length).toBeGreaterThan(0);
    expect(items).not.toContain("8");
    expect(screen.queryByTestId("verdict-also-original")).toBeNull();
  });

  it("names who acts from the reader's side on a received mail: the recipient is you", async () => {
    await renderReady(demoEnv({ initialSampleId: "junk", tasksFor: () => ({}) }));
    const item7 = screen.getByTestId("item-7");
    const whoLines = within(item7)
      .getAllByText(/^Who acts/)
      .map((el) => el.parentElement?.textContent ?? "");
    expect(whoLines.length).toBeGreaterThan(0);
    for (const line of whoLines) {
      expect(line).not.toMatch(/The recipient/);
      expect(line).toMatch(/You|Your IT team|The sender/);
    }
  });

  it("puts the recipient's full mailbox first as the user's own step, a forged mail's inquiry without it", async () => {
    await renderReady(demoEnv({ initialSampleId: "bounce-postfix", tasksFor: () => ({}) }));
    expect(screen.getByTestId("verdict-next").getAttribute("data-kind")).toBe("contactRecipient");
    fireEvent.click(screen.getByTestId("verdict-write-it"));
    expect(await screen.findByTestId("inquiry-own-fix", {}, { timeout: 10000 })).toBeTruthy();
    const text = screen.getByTestId("inquiry-text") as HTMLTextAreaElement;
    // The original's subject, not the bounce's own.
    expect(text.value).toContain("写真を送ります");
    expect(text.value).not.toContain("MAILER-DAEMON");
  });

  it("groups the causes by who acts", async () => {
    await renderReady(demoEnv());
    fireEvent.click(screen.getByTestId("tab-who"));
    const you = await screen.findByTestId("who-you", {}, { timeout: 10000 });
    expect(you.querySelector('[data-applies="true"]')?.textContent).toContain(
      "Wrong recipient address"
    );
  });
});

describe("Graph states", () => {
  it("shows Graph working, then its result on the items it informs", async () => {
    const { promise, resolve } = deferred<Pick<Facts, "mailTips" | "licence" | "ownMailbox">>();
    await renderReady(demoEnv({ tasksFor: () => ({ graph: () => promise }) }));
    const progress = await screen.findByTestId("progress", {}, { timeout: 2000 });
    expect(within(progress).getByTestId("source-graph").textContent).toContain("Working");
    // While Graph works, the items it informs do not show an early OK.
    const item14 = screen.getByTestId("item-14");
    expect(item14.getAttribute("data-awaiting")).toBe("true");
    expect(item14.querySelector('[data-status="checking"]')?.textContent).toContain("Checking");
    expect(item14.querySelector('[data-status="ok"]')).toBeNull();
    // An item Graph does not inform (the body) is final already.
    expect(screen.getByTestId("item-9").getAttribute("data-awaiting")).toBeNull();
    await act(async () => {
      resolve({
        mailTips: {
          state: "ok",
          value: [
            { address: "sato@fabrikam.co.jp", mailboxFull: true },
            { address: "tanaka＠fabrikam.co.jp" },
            { address: "yamada@gmial.com" },
          ],
        },
        licence: { state: "off" },
        ownMailbox: { state: "off" },
      });
    });
    expect(within(progress).getByTestId("source-graph").getAttribute("data-state")).toBe("done");
    expect(screen.getByTestId("item-14").getAttribute("data-status")).toBe("problem");
    expect(screen.getByTestId("item-14").getAttribute("data-awaiting")).toBeNull();
    expect(screen.getByTestId("item-14").querySelector('[data-status="checking"]')).toBeNull();
    expect(screen.getByTestId("item-14").textContent).toContain("sato@fabrikam.co.jp");
  });
});

describe("readiness link", () => {
  it("points IT at the readiness page beside the pane, in the reader's language", async () => {
    await renderReady(demoEnv({ lang: "ja" }));
    const link = screen.getByTestId("readiness-link");
    expect(link.getAttribute("href")).toBe("readiness.html");
    expect(link.textContent).toBe(label("pane.readiness-link", "ja"));
  });
});

describe("sign-in", () => {
  const signInNeeded = {
    state: "unavailable" as const,
    why: {
      code: "graph.sign-in-required",
      reason: { ja: "まだサインインしていません。", en: "Not signed in to Microsoft 365 yet." },
      fix: { ja: "サインインしてください。", en: "Sign in." },
    },
  };
  const signedInFacts: Pick<Facts, "mailTips" | "licence" | "ownMailbox"> = {
    mailTips: {
      state: "ok",
      value: [{ address: "sato@fabrikam.co.jp", mailboxFull: true }],
    },
    licence: { state: "off" },
    ownMailbox: { state: "off" },
  };

  it("offers one sign-in when a silent Graph call needs the user, and analyses again after it", async () => {
    let signedIn = false;
    const signIn = jest.fn(async () => {
      signedIn = true;
      return { ok: true };
    });
    const graph = jest.fn(async () =>
      signedIn
        ? signedInFacts
        : { mailTips: signInNeeded, licence: signInNeeded, ownMailbox: signInNeeded }
    );
    await renderReady(demoEnv({ signIn, tasksFor: () => ({ graph }) }));
    const button = await screen.findByTestId("sign-in", {}, { timeout: 5000 });
    expect(button.textContent).toBe(label("pane.sign-in", "en"));
    // Nothing interactive happened on its own: only the silent call ran.
    expect(signIn).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(button);
    });
    expect(signIn).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(graph).toHaveBeenCalledTimes(2), { timeout: 5000 });
    await waitFor(() =>
      expect(screen.getByTestId("item-14").getAttribute("data-status")).toBe("problem")
    );
    expect(screen.queryByTestId("sign-in")).toBeNull();
  });

  it("offers no button where the host cannot sign in (the demo) or Graph failed for another reason", async () => {
    await renderReady(demoEnv());
    await waitFor(() =>
      expect(screen.getByTestId("item-22").getAttribute("data-status")).toBe("unavailable")
    );
    expect(screen.queryByTestId("sign-in")).toBeNull();
  });

  it("keeps the button and the reason when the sign-in is refused", async () => {
    const signIn = jest.fn(async () => ({ ok: false }));
    const graph = jest.fn(async () => ({
      mailTips: signInNeeded,
      licence: signInNeeded,
      ownMailbox: signInNeeded,
    }));
    await renderReady(demoEnv({ signIn, tasksFor: () => ({ graph }) }));
    const button = await screen.findByTestId("sign-in", {}, { timeout: 5000 });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(signIn).toHaveBeenCalledTimes(1);
    expect(graph).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId("sign-in").hasAttribute("disabled")).toBe(false));
  });
});

describe("quick sources", () => {
  it("show no progress panel when everything finishes within 300 ms", async () => {
    await renderReady(
      demoEnv({ tasksFor: () => ({ dns: () => Promise.resolve({ state: "off" }) }) })
    );
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(screen.queryByTestId("progress")).toBeNull();
  });
});

describe("no mail text rendered as HTML", () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
  }
  it("has no dangerouslySetInnerHTML or innerHTML in the pane", () => {
    const root = join(__dirname, "../../../src/taskpane");
    for (const f of files(root)) {
      const text = readFileSync(f, "utf8");
      expect({ f, hit: /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(text) }).toEqual({
        f,
        hit: false,
      });
    }
  });
});
