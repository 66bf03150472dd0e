/** The verdict on the five built-in samples and on hand-made reports (trace, clean, broken input). */
import { analyze } from "../../../src/core/engine";
import { buildReport } from "../../../src/core/report/build";
import { renderText } from "../../../src/core/report/text";
import {
  computeVerdict,
  itemLabel,
  looksForged,
  type Verdict,
} from "../../../src/core/report/verdict";
import { bounceFindings } from "../../../src/core/bounce/findings";
import { readBounce } from "../../../src/core/bounce";
import { receivedMail, reportMail } from "../bounce/report-mail";
import type { BounceReport } from "../../../src/core/model/bounce";
import { finding, type ItemId } from "../../../src/core/model/finding";
import type { Report } from "../../../src/core/model/report";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { sampleById, type SampleId } from "../../../src/samples";
import { demoGraphFacts, demoTrace } from "../../../src/taskpane/shells";
import { bounceOnlyReport, SENT, sentReport, TRACE, BOUNCE } from "../triage/report-fixture";

async function verdictOf(id: SampleId): Promise<{ verdict: Verdict; report: Report }> {
  const snapshot = await sampleById(id)!.load();
  const facts = { ...demoGraphFacts(DEFAULT_POLICY), trace: demoTrace(DEFAULT_POLICY) };
  const { report, original } = await analyze({
    snapshot,
    policy: DEFAULT_POLICY,
    facts,
    sources: [
      { id: "local", state: "done" },
      { id: "graph", state: "unavailable" },
      { id: "dns", state: "done" },
    ],
  });
  const verdict = computeVerdict(report, {
    originalAttachments: original?.attachments.map((a) => a.name),
  });
  return { verdict, report };
}

describe("computeVerdict on the samples", () => {
  it("draft: names the wrong address first, problems before warnings, and the own fix", async () => {
    const { verdict } = await verdictOf("draft");
    expect(verdict.mode).toBe("draft");
    expect(verdict.tone).toBe("problem");
    expect(verdict.causes[0]?.item).toBe(8);
    const statuses = verdict.causes.map((c) => c.status);
    expect(statuses.indexOf("warning")).toBeGreaterThan(statuses.lastIndexOf("problem"));
    expect(verdict.headline.en).toContain("8. Wrong recipient address");
    expect(verdict.headline.ja).toContain("8. 宛先アドレスの誤り");
    expect(verdict.next.kind).toBe("fixAddress");
    expect(verdict.next.ownFix).toBe(true);
    expect(verdict.next.text.en).toContain("tanaka@fabrikam.co.jp");
    expect(verdict.couldNotCheck?.en).toContain("Microsoft 365");
    expect(verdict.unreachable.map((u) => u.source)).toEqual(["graph"]);
    // The fallback reason, never a blank line.
    expect(verdict.unreachable[0]?.reason.ja.length).toBeGreaterThan(5);
  });

  it("sent without a trace: asks the triage's first question right away", async () => {
    const { verdict } = await verdictOf("sent");
    expect(verdict.mode).toBe("sent");
    expect(verdict.tone).toBe("open");
    expect(verdict.next.kind).toBe("openTriage");
    expect(verdict.question?.id).toBe("web");
    expect(verdict.question?.text.ja).toMatch(/Web/);
  });

  it("sent: the next unanswered question follows the answers; a dead web stops it", async () => {
    const { report } = await verdictOf("sent");
    expect(computeVerdict(report, { answers: { web: "yes" } }).question?.id).toBe(
      "sameDomainOtherAccount"
    );
    expect(computeVerdict(report, { answers: { web: "no" } }).question).toBeUndefined();
  });

  it("Exchange bounce: failed recipient, cause 8, the returned original, not the bounce's sender", async () => {
    const { verdict, report } = await verdictOf("bounce-exchange");
    expect(verdict.mode).toBe("bounce");
    expect(verdict.failed?.map((r) => r.address)).toEqual(["keiri@fabrikarn.co.jp"]);
    expect(verdict.failed?.[0]?.code).toBe("550 5.1.10");
    expect(verdict.causes[0]?.item).toBe(8);
    expect(verdict.headline.en).toContain("keiri@fabrikarn.co.jp");
    expect(verdict.headline.en).toContain("8. Wrong recipient address");
    expect(verdict.reporter?.en).toBe("Reported by Exchange Online (code 550 5.1.10)");
    expect(verdict.original?.subject).toBe("打ち合わせの日程");
    expect(verdict.original?.messageId).toMatch(/^TY3PR01MB1234/);
    expect(verdict.original?.from).toBe("suzuki@contoso.co.jp");
    expect(verdict.original?.from).not.toBe(report.message.from);
    // Unnamed MIME parts of the bounce never show up as attachments.
    expect(verdict.original?.attachments.every((n) => n.trim() !== "")).toBe(true);
    expect(verdict.next.kind).toBe("fixAddress");
    expect(verdict.next.ownFix).toBe(true);
  });

  it("Postfix bounce: mailbox full, the recipient acts", async () => {
    const { verdict } = await verdictOf("bounce-postfix");
    expect(verdict.causes[0]?.item).toBe(14);
    expect(verdict.who).toEqual(["recipient"]);
    expect(verdict.next.kind).toBe("contactRecipient");
    expect(verdict.reporter?.ja).toContain("Postfix");
    expect(verdict.original?.complete).toBe(false);
  });

  it("junk: the recipient's point of view, forged sender, never 'move it out of Junk'", async () => {
    const { verdict, report } = await verdictOf("junk");
    expect(verdict.mode).toBe("received");
    expect(verdict.suspicious).toBe(true);
    expect(looksForged(report)).toBe(true);
    expect(verdict.headline.en).toMatch(/^You received this mail; it was put in Junk/);
    expect(verdict.headline.ja).toMatch(/^このメールは受信していますが/);
    // Only the problems are the reasons it was junked; the delay is not one.
    expect(verdict.headline.en).not.toContain("4. Delivery delayed");
    expect(verdict.next.kind).toBe("confirmSender");
    expect(verdict.next.text.en).toMatch(/Do not move it out of Junk/);
    expect(verdict.next.text.ja).toContain("別の手段");
    // No finding of a forged mail advises trusting it.
    const fixes = report.items.flatMap((i) => i.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
    for (const fix of fixes) {
      expect(fix.en).not.toMatch(/mark it as not junk|add the sender to their safe senders/i);
      expect(fix.ja).not.toContain("「迷惑メールではない」として戻し");
    }
  });
});

describe("computeVerdict on hand-made reports", () => {
  it("a trace that stopped the mail as spam names it and sends the user to IT", () => {
    const v = computeVerdict(sentReport({ trace: TRACE }));
    expect(v.tone).toBe("problem");
    expect(v.headline.en).toContain("hanako.suzuki@contoso.co.jp");
    expect(v.headline.en).toMatch(/spam/);
    expect(v.next.kind).toBe("writeToIt");
    expect(v.next.ownFix).toBe(false);
  });

  it("a delivered trace points at the recipient's Junk folder", () => {
    const delivered = {
      ...TRACE,
      recipients: TRACE.recipients.map((r) => ({ ...r, status: "Delivered" })),
    };
    const v = computeVerdict(sentReport({ trace: delivered }));
    expect(v.tone).toBe("clear");
    expect(v.next.kind).toBe("askRecipientIt");
  });

  it("a sent mail with a problem and no trace names it and still offers the question", () => {
    const v = computeVerdict(sentReport());
    expect(v.causes[0]?.item).toBe(11);
    expect(v.headline.en).toContain("11. Attachment type blocked");
    expect(v.next.kind).toBe("removeAttachment");
    expect(v.question?.id).toBe("web");
  });

  it("a bounce without a diagnosis still names its cause and reporter", () => {
    const report = buildReport({
      snapshot: { ...SENT, kind: "bounce" },
      findings: [],
      facts: {},
      bounce: BOUNCE,
      sources: [],
    });
    const v = computeVerdict(report);
    expect(v.causes[0]?.item).toBe(14);
    expect(v.reporter?.en).toBe("Reported by Exchange Online (code 552 5.2.2)");
    expect(v.original).toBeUndefined();
  });

  it("a clean draft says nothing stops delivery, with one line of what was not checked", () => {
    const report = buildReport({
      snapshot: { ...SENT, kind: "draft", attachments: [] },
      findings: [
        finding(8, "recipient.addresses-checked", "ok", { ja: "確認済み", en: "checked" }),
      ],
      facts: {
        dns: {
          state: "unavailable",
          why: { code: "dns.offline", reason: { ja: "", en: "" }, fix: { ja: "", en: "" } },
        },
      },
      bounce: null,
      sources: [],
    });
    const v = computeVerdict(report);
    expect(v.tone).toBe("clear");
    expect(v.headline.en).toBe("Nothing found that stops delivery.");
    expect(v.next.kind).toBe("send");
    // Derived from the findings when the report carries no source states (the CLI).
    expect(v.unreachable.map((u) => u.source)).toEqual(["dns"]);
    expect(v.couldNotCheck?.en).toMatch(/^Not checked: DNS \(\d+ items to check by hand\)$/);
  });

  it("a delay notice is a delay (item 4, a warning, wait), not an unreadable failure", () => {
    const delayedBounce = (diagnosis?: ReturnType<typeof diag>): BounceReport => ({
      reporter: "Postfix",
      kind: "delay",
      recipients: [
        {
          address: "busy@example.com",
          status: "4.2.2",
          replyCode: "452",
          action: "delayed",
          diagnostic: "452 4.2.2 Mailbox over quota, try again later",
          cause: null,
          ...(diagnosis ? { diagnosis } : {}),
        },
      ],
    });
    for (const diagnosis of [
      undefined,
      { ...diag(14), reason: "mailboxfull" },
      { ...diag(4), reason: "expired" },
    ]) {
      const bounce = delayedBounce(diagnosis);
      const report = bounceOnlyReport(bounce);
      const v = computeVerdict(report);
      expect(v.tone).toBe("warning");
      expect(v.named).toEqual([4]);
      expect(v.causes[0]).toMatchObject({ item: 4, status: "warning", inOriginal: false });
      expect(v.headline.en).toMatch(/^Delivery to busy@example\.com is delayed/);
      expect(v.headline.ja).toContain("配信が遅れています");
      expect(v.next.kind).toBe("waitAndResend");
      expect(v.next.text.en).toMatch(/^Wait/);
      // What the server says holds it up, when it names something, in words for a delivery
      // still being retried: never the failure's past-tense summary.
      const meaning = v.causes[0]?.meaning;
      expect(meaning).not.toEqual(diagnosis?.summary);
      if (diagnosis?.reason === "mailboxfull") {
        expect(meaning?.en).toBe(
          "What the server reports as holding it up: the recipient's mailbox is full."
        );
        expect(v.headline.ja).toContain("宛先のメールボックスの容量が足りない");
      } else {
        expect(meaning?.en).toBe("The notice does not say what is holding it up.");
      }
    }
  });

  it("a delay says until when the server keeps retrying, when the notice gives it", () => {
    const raw = reportMail({
      from: "Mail Delivery System <MAILER-DAEMON@mail.example.com>",
      subject: "Delivery delayed: test",
      text: ["Delivery is delayed to these recipients or groups: busy@example.com"],
      reportingMta: "mail.example.com",
      recipient: [
        "Final-Recipient: rfc822;busy@example.com",
        "Action: delayed",
        "Status: 4.4.7",
        "Diagnostic-Code: smtp;400 4.4.7 Message delayed",
        "Will-Retry-Until: Thu, 9 Feb 2017 11:29:10 -0500",
      ],
    });
    const bounce = readBounce(receivedMail(raw));
    expect(bounce?.recipients[0]?.retryUntil).toBe("2017-02-09T16:29:10.000Z");
    const v = computeVerdict(bounceOnlyReport(bounce as BounceReport));
    expect(v.causes[0]?.meaning.en).toMatch(
      /The server keeps retrying until 2017-02-0\d \d\d:\d\d/
    );
    // A failure's Will-Retry-Until (some servers copy it) is no promise of more tries.
    const failed = readBounce(
      receivedMail(raw.replace("Action: delayed", "Action: failed").replace(/4\.4\.7/g, "5.4.7"))
    );
    expect(failed?.recipients[0]?.retryUntil).toBeUndefined();
  });

  it("a recipient the bounce names without an address is not shown as an empty one", () => {
    const bounce: BounceReport = {
      reporter: "AOL",
      kind: "failure",
      recipients: [
        {
          address: "",
          status: null,
          replyCode: null,
          action: "failed",
          diagnostic: "",
          cause: 7,
          diagnosis: diag(7),
        },
      ],
    };
    const report = bounceOnlyReport(bounce);
    const v = computeVerdict(report);
    expect(v.headline.en).toMatch(/^Not delivered to some recipients\./);
    expect(renderText(report, "en")).toContain("- (the bounce gives no address) (not delivered)");
  });

  it("a delivery report, an automatic reply and a spam complaint are not called failures", () => {
    const verdictFor = (bounce: BounceReport) => computeVerdict(bounceOnlyReport(bounce));
    const rcpt = (action: "delivered" | "relayed" | "failed", address = "sato@example.jp") => ({
      address,
      status: action === "failed" ? "5.0.0" : "2.0.0",
      replyCode: null,
      action,
      diagnostic: "",
      cause: null,
    });
    const success = verdictFor({
      reporter: null,
      kind: "success",
      recipients: [rcpt("delivered")],
    });
    expect(success).toMatchObject({
      tone: "clear",
      named: [],
      who: [],
      next: { kind: "nothingToDo" },
    });
    expect(success.headline.en).toBe(
      "This is a delivery report, not a bounce: the mail to sato@example.jp reached the receiving server."
    );
    // A read receipt says the mail arrived, and what the recipient did with it.
    const receipt = (readReceipt: "displayed" | "deleted") =>
      verdictFor({ reporter: null, kind: "success", readReceipt, recipients: [rcpt("delivered")] });
    const opened = receipt("displayed");
    expect(opened).toMatchObject({ tone: "clear", who: [], next: { kind: "nothingToDo" } });
    expect(opened.headline.en).toBe(
      "This is a read receipt, not a bounce: the mail to sato@example.jp arrived and was opened in their mail program."
    );
    expect(receipt("deleted").headline.ja).toContain("開かれずに削除されました");
    const auto = verdictFor({ reporter: null, kind: "autoreply", recipients: [rcpt("delivered")] });
    expect(auto).toMatchObject({ tone: "clear", who: [], next: { kind: "nothingToDo" } });
    expect(auto.headline.ja).toContain("sato@example.jp からの自動応答");
    const complaint = verdictFor({ reporter: null, kind: "feedback", recipients: [] });
    expect(complaint).toMatchObject({
      tone: "warning",
      who: ["yourIt"],
      next: { kind: "writeToIt" },
    });
    expect(complaint.headline.en).toMatch(/^This is a spam complaint report/);
    // A failure among them is still a failure.
    const mixed = verdictFor({ reporter: null, kind: "failure", recipients: [rcpt("failed")] });
    expect(mixed.tone).toBe("problem");
  });

  it("a bounce a colleague forwarded says whom its 'you' means, where the advice is for 'you'", () => {
    const forwarded = (cause: 8 | 14, who: "you" | "recipient" = "you"): BounceReport => ({
      reporter: "Exchange Online",
      kind: "failure",
      forwardedBy: "suzuki@example.co.jp",
      recipients: [
        {
          address: "keiri@example.net",
          status: "5.1.1",
          replyCode: "550",
          action: "failed",
          diagnostic: "550 5.1.1 User unknown",
          cause,
          diagnosis: { ...diag(cause), who: [who] },
        },
      ],
    });
    const report = bounceOnlyReport(forwarded(8));
    const v = computeVerdict(report);
    expect(v.who).toEqual(["you"]);
    expect(v.forwardedBy?.en).toBe(
      "This bounce was forwarded by suzuki@example.co.jp. Where it says “You”, it means them: they sent the mail that did not arrive."
    );
    expect(v.forwardedBy?.ja).toContain("suzuki@example.co.jp さんから転送された");
    const textReport = renderText(report, "en");
    expect(textReport).toContain("Forwarded by: suzuki@example.co.jp");
    expect(textReport).toContain("This bounce was forwarded by suzuki@example.co.jp.");
    // A full mailbox is the recipient's to empty: no "you" to explain.
    expect(
      computeVerdict(bounceOnlyReport(forwarded(14, "recipient"))).forwardedBy
    ).toBeUndefined();
  });

  it("a bounce that names no recipient still gives a verdict", () => {
    const report = buildReport({
      snapshot: { ...SENT, kind: "bounce" },
      findings: [],
      facts: {},
      bounce: { reporter: null, kind: "failure", recipients: [] },
      sources: [],
    });
    const v = computeVerdict(report);
    expect(v.headline.en).toBe("No failed recipient could be read from this bounce.");
    expect(v.next.kind).toBe("writeToIt");
  });
});

describe("the items a verdict names, and where its other causes were found", () => {
  const label = (v: Verdict, item: ItemId) => [
    v.headline.ja.includes(itemLabel(item).ja),
    v.headline.en.includes(itemLabel(item).en),
  ];

  it("names the headline's items by id, for every sample", async () => {
    const ids: SampleId[] = ["draft", "sent", "bounce-exchange", "bounce-postfix", "junk"];
    for (const id of ids) {
      const { verdict } = await verdictOf(id);
      // Each named item is in the headline, in both languages, and no unnamed cause is.
      for (const item of verdict.named) expect(label(verdict, item)).toEqual([true, true]);
      for (const c of verdict.causes)
        if (!verdict.named.includes(c.item)) expect(label(verdict, c.item)).toEqual([false, false]);
    }
    expect((await verdictOf("draft")).verdict.named).toEqual([8]);
    expect((await verdictOf("sent")).verdict.named).toEqual([]);
    expect((await verdictOf("bounce-exchange")).verdict.named).toEqual([8]);
    expect((await verdictOf("bounce-postfix")).verdict.named).toEqual([14]);
    const junk = (await verdictOf("junk")).verdict;
    expect(junk.named.length).toBeGreaterThan(0);
    expect(junk.named).not.toContain(4);
  });

  it("names nothing when the headline is a trace's or says nothing was found", () => {
    expect(computeVerdict(sentReport({ trace: TRACE })).named).toEqual([]);
    const clean = buildReport({
      snapshot: { ...SENT, kind: "draft", attachments: [] },
      findings: [],
      facts: {},
      bounce: null,
      sources: [],
    });
    expect(computeVerdict(clean).named).toEqual([]);
    expect(computeVerdict(sentReport()).named).toEqual([11]);
  });

  it("marks the Exchange bounce's shortened link as found in the returned original", async () => {
    const { verdict } = await verdictOf("bounce-exchange");
    const nine = verdict.causes.find((c) => c.item === 9);
    expect(nine?.inOriginal).toBe(true);
    expect(verdict.causes[0]).toMatchObject({ item: 8, inOriginal: false });
  });

  it("tells a second recipient's cause (the bounce's) from a finding on the original", () => {
    const bounce: BounceReport = {
      reporter: "Exchange Online",
      kind: "failure",
      recipients: [
        { ...BOUNCE.recipients[0]!, address: "a@contoso.co.jp", cause: 8, diagnosis: diag(8) },
        { ...BOUNCE.recipients[0]!, address: "b@contoso.co.jp", cause: 14, diagnosis: diag(14) },
      ],
    };
    const text = { ja: "短縮URL", en: "shortened link" };
    const report = buildReport({
      snapshot: { ...SENT, kind: "bounce" },
      findings: [
        ...bounceFindings(bounce),
        finding(9, "body.shortened-url", "warning", text),
        // The original's size warning on an item the bounce raises too stays the bounce's.
        finding(14, "size.near-limit", "warning", text),
      ],
      facts: {},
      bounce,
      sources: [],
    });
    const v = computeVerdict(report);
    expect(v.named).toEqual([8]);
    expect(v.causes.map((c) => [c.item, c.inOriginal])).toEqual([
      [8, false],
      [14, false],
      [9, true],
    ]);
  });

  it("never marks a cause of a mail that is not a bounce as the original's", async () => {
    for (const id of ["draft", "sent", "junk"] as const) {
      const { verdict } = await verdictOf(id);
      expect(verdict.causes.every((c) => !c.inOriginal)).toBe(true);
    }
  });
});

function diag(cause: ItemId) {
  const text = { ja: "理由", en: "reason" };
  return { cause, reason: `r${cause}`, who: ["you" as const], summary: text, nextStep: text };
}
