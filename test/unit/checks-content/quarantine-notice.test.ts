/**
 * Microsoft 365's quarantine notice, opened by the person it was sent to: the mail they wait for
 * is held in quarantine. Notices here are written for the test (invented hosts and ids).
 */
import { analyze } from "../../../src/core/engine";
import { parseEml } from "../../../src/core/mime/eml";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { computeVerdict } from "../../../src/core/report/verdict";

const notice = (o: { from: string; subject: string; body: string; auth?: string }) =>
  [
    "Received: from mail.protection.outlook.example (10.167.1.1) by mbx.contoso.example with Microsoft SMTP Server id 15.20.1.1; Mon, 7 Dec 2026 01:00:04 +0000",
    `Authentication-Results: ${o.auth ?? "spf=pass smtp.mailfrom=messaging.microsoft.com; dkim=pass header.d=microsoft.com; dmarc=pass action=none header.from=messaging.microsoft.com"}`,
    `From: ${o.from}`,
    "To: taro@contoso.example",
    `Subject: ${o.subject}`,
    "Date: Mon, 7 Dec 2026 01:00:03 +0000",
    "Message-ID: <q-1@messaging.microsoft.com>",
    "Content-Type: text/html; charset=utf-8",
    "",
    o.body,
    "",
  ].join("\r\n");

async function read(mail: string) {
  const snapshot = await parseEml(new TextEncoder().encode(mail));
  const { report } = await analyze({ snapshot, policy: DEFAULT_POLICY, facts: {} });
  return { report, verdict: computeVerdict(report) };
}

const link = '<a href="https://security.microsoft.com/quarantine?id=1">Review</a>';

describe("Microsoft 365's quarantine notice", () => {
  it("says the awaited mail is held, and sends the reader to the page by its known address", async () => {
    const { report, verdict } = await read(
      notice({
        from: "Microsoft 365 <quarantine@messaging.microsoft.com>",
        subject: "You have messages in quarantine",
        body: `<p>1 message held</p>${link}`,
      })
    );
    expect(report.items.find((i) => i.id === 7)?.findings.map((f) => f.rule)).toContain(
      "received.quarantine-notice"
    );
    expect(verdict).toMatchObject({ tone: "problem", who: ["you", "yourIt"], named: [7] });
    expect(verdict.headline.en).toMatch(/^This is Microsoft 365's quarantine notice/);
    expect(verdict.next.text.en).toContain("https://security.microsoft.com/quarantine");
    expect(verdict.next.text.ja).toContain("通知のリンクからではなく");
  });

  it("is told by the quarantine page and the subject when IT changed the sender", async () => {
    const { verdict } = await read(
      notice({
        from: "IT Security <no-reply@contoso.example>",
        subject: "=?UTF-8?B?5qSc55ar5Lit44Gu44Oh44OD44K744O844K4?=",
        body: `<p>held</p>${link}`,
        auth: "spf=pass smtp.mailfrom=contoso.example; dkim=pass header.d=contoso.example; dmarc=pass header.from=contoso.example",
      })
    );
    expect(verdict.headline.ja).toContain("検疫の通知");
  });

  it("is not claimed for a colleague's mail about quarantine, nor for a forged notice", async () => {
    const colleague = await read(
      notice({
        from: "Hanako <hanako@contoso.example>",
        subject: "Quarantine policy review",
        body: "<p>Let us meet about the policy.</p>",
        auth: "spf=pass smtp.mailfrom=contoso.example; dkim=pass header.d=contoso.example; dmarc=pass header.from=contoso.example",
      })
    );
    expect(colleague.verdict.headline.en).not.toMatch(/quarantine notice/);
    const forged = await read(
      notice({
        from: "Microsoft 365 <quarantine@messaging.microsoft.com>",
        subject: "You have messages in quarantine",
        body: `<p>Log in to release</p>${link}`,
        auth: "spf=fail smtp.mailfrom=messaging.microsoft.com; dkim=none; dmarc=fail action=reject header.from=messaging.microsoft.com",
      })
    );
    expect(forged.verdict.suspicious).toBe(true);
    expect(forged.report.items.flatMap((i) => i.findings).map((f) => f.rule)).not.toContain(
      "received.quarantine-notice"
    );
    expect(forged.verdict.headline.en).not.toMatch(/quarantine notice/);
  });
});
