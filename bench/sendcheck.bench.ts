/**
 * Send check speed (Smart Alerts): how long the decision takes on a normal draft and on the
 * worst case the policy allows (500 recipients, a long link-heavy body with deep quoted history,
 * many attachments including large archives). Two measurements each: the pure decision
 * (analyzeSync + decideSend) and the whole handler through office-addin-mock (reading the draft,
 * decoding base64 attachments). Budget: 1 s for a normal draft; the handler's hard cap is 3 s.
 */
import { zipSync } from "fflate";
import { analyzeSync } from "../src/core/engine";
import type { MessageSnapshot } from "../src/core/model/snapshot";
import { defaultPolicy } from "../src/core/policy/load";
import { decideSend } from "../src/core/sendcheck/decide";
import { displayLanguage, loadAttachmentContents, readCurrentItem } from "../src/office";
import { supportsMailbox } from "../src/office/context";
import {
  createSendHandler,
  SEND_BUDGET_MS,
  SEND_MAX_ATTACHMENT_BYTES,
  type SendOutcome,
} from "../src/sendcheck/handler";
import { median, report, time } from "./util";

const policy = defaultPolicy();

function pseudoRandomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

/** A zip with many members, some nested, the kind the archive check has to list. */
function bigArchive(members: number, seed: number): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < members; i++)
    files[`資料/フォルダ${i % 20}/file-${i}.${i % 50 === 0 ? "js" : "pdf"}`] = pseudoRandomBytes(
      256,
      seed + i
    );
  files["inner.zip"] = zipSync({ "payload/run.exe": pseudoRandomBytes(1024, seed) }, { level: 0 });
  return zipSync(files, { level: 0 });
}

interface Draft {
  subject: string;
  html: string;
  text: string;
  to: { displayName: string; emailAddress: string }[];
  cc: { displayName: string; emailAddress: string }[];
  attachments: { name: string; bytes: Uint8Array }[];
}

function normalDraft(): Draft {
  const text =
    "お世話になっております。\n先日の打ち合わせの資料をお送りします。\nご確認のほど、よろしくお願いいたします。\n\n山田";
  return {
    subject: "打ち合わせ資料の送付",
    html: `<p>${text.replace(/\n/g, "<br>")}</p><p><a href="https://www.contoso.co.jp/seminar">セミナー案内</a></p>`,
    text,
    to: [{ displayName: "佐藤 花子", emailAddress: "hanako.sato@fabrikam.co.jp" }],
    cc: [{ displayName: "営業部", emailAddress: "sales@contoso.co.jp" }],
    attachments: [{ name: "資料.pdf", bytes: pseudoRandomBytes(300 * 1024, 7) }],
  };
}

function worstDraft(): Draft {
  const quoted: string[] = [];
  for (let depth = 0; depth < 40; depth++)
    quoted.push(
      `${"> ".repeat(depth % 12)}前回のメールの引用 ${depth} 行目です。https://t.example.com/r/${depth}`
    );
  const links = Array.from(
    { length: 400 },
    (_, i) => `<a href="https://l${i % 60}.example.net/p/${i}?utm=${i}">link ${i}</a>`
  ).join(" ");
  const filler = "本文のテキストです。This is body text. ".repeat(4000);
  const to = Array.from({ length: 400 }, (_, i) => ({
    displayName: `User ${i}`,
    emailAddress: `user${i}@partner${i % 37}.co.jp`,
  }));
  const cc = Array.from({ length: 100 }, (_, i) => ({
    displayName: `Cc ${i}`,
    emailAddress: `cc${i}@contoso.co.jp`,
  }));
  return {
    subject: "【至急】ご確認ください RE: RE: RE: FW: 見積 ".repeat(10),
    html: `<html><body><p>${filler}</p>${links}<blockquote>${quoted.join("<br>")}</blockquote></body></html>`,
    text: `${filler}\n${quoted.join("\n")}`,
    to,
    cc,
    attachments: [
      { name: "archive-1.zip", bytes: bigArchive(20000, 11) },
      { name: "archive-2.zip", bytes: bigArchive(2000, 12) },
      { name: "請求書.pdf.exe", bytes: pseudoRandomBytes(64 * 1024, 13) },
      ...Array.from({ length: 20 }, (_, i) => ({
        name: `photo-${i}.jpg`,
        bytes: pseudoRandomBytes(200 * 1024, 100 + i),
      })),
    ],
  };
}

function snapshotOf(d: Draft): MessageSnapshot {
  return {
    source: "office-compose",
    kind: "draft",
    subject: d.subject,
    bodyHtml: d.html,
    bodyText: d.text,
    from: { name: "山田 太郎", address: "taro.yamada@contoso.co.jp" },
    to: d.to.map((r) => ({ name: r.displayName, address: r.emailAddress })),
    cc: d.cc.map((r) => ({ name: r.displayName, address: r.emailAddress })),
    bcc: [],
    attachments: d.attachments.map((a) => ({
      name: a.name,
      size: a.bytes.length,
      kind: "file" as const,
      content: a.bytes,
    })),
  };
}

function ok<T>(value: T) {
  return (...args: unknown[]) =>
    (args[args.length - 1] as (r: unknown) => void)({ status: "succeeded", value });
}

/** The same draft as an Outlook compose item (plain object: the shape office-addin-mock seeds use). */
function installDraft(d: Draft): void {
  const contents = new Map(
    d.attachments.map((a, i) => [`A${i}`, Buffer.from(a.bytes).toString("base64")])
  );
  const item = {
    subject: { getAsync: ok(d.subject) },
    body: {
      getAsync: (c: string, cb: (r: unknown) => void) =>
        cb({ status: "succeeded", value: c === "html" ? d.html : d.text }),
    },
    from: { getAsync: ok({ displayName: "山田 太郎", emailAddress: "taro.yamada@contoso.co.jp" }) },
    to: { getAsync: ok(d.to) },
    cc: { getAsync: ok(d.cc) },
    bcc: { getAsync: ok([]) },
    getAttachmentsAsync: ok(
      d.attachments.map((a, i) => ({
        id: `A${i}`,
        name: a.name,
        size: a.bytes.length,
        attachmentType: "file",
        isInline: false,
      }))
    ),
    getAttachmentContentAsync: (id: string, cb: (r: unknown) => void) =>
      cb({ status: "succeeded", value: { format: "base64", content: contents.get(id) } }),
  };
  (globalThis as { Office?: unknown }).Office = {
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" },
      SendModeOverride: { PromptUser: "promptUser" },
    },
    context: {
      displayLanguage: "ja-JP",
      requirements: { isSetSupported: () => true },
      mailbox: {
        item,
        userProfile: { emailAddress: "taro.yamada@contoso.co.jp", displayName: "山田 太郎" },
      },
    },
  };
}

async function handlerRun(d: Draft): Promise<SendOutcome> {
  installDraft(d);
  let outcome: SendOutcome | undefined;
  const run = createSendHandler({
    loadPolicy: () => Promise.resolve({ policy, errors: [] }),
    readDraft: () => readCurrentItem(),
    loadAttachments: (s, max) => loadAttachmentContents(s, max),
    lang: () => displayLanguage(),
    supportsPromptOptions: () => supportsMailbox("1.14"),
    promptUserMode: () => "promptUser",
    onDecision: (o) => (outcome = o),
  });
  await run({ completed: () => undefined });
  return outcome as SendOutcome;
}

async function main(): Promise<void> {
  for (const [label, draft] of [
    ["normal draft", normalDraft()],
    ["worst-case draft", worstDraft()],
  ] as const) {
    const snapshot = snapshotOf(draft);
    const decideRuns = await time(
      () => decideSend(analyzeSync({ snapshot, policy }), policy, "ja"),
      label.startsWith("normal") ? 30 : 8,
      2
    );
    const decision = decideSend(analyzeSync({ snapshot, policy }), policy, "ja");
    report(
      `decision (analyzeSync + decideSend), ${label}`,
      `${median(decideRuns).toFixed(1)} ms`,
      label.startsWith("normal") ? "1000 ms" : `${SEND_BUDGET_MS} ms cap`
    );
    const outcomes: SendOutcome[] = [];
    const handlerRuns = await time(
      async () => outcomes.push(await handlerRun(draft)),
      label.startsWith("normal") ? 15 : 5,
      1
    );
    const kinds = [
      ...new Set(outcomes.map((o) => (o.kind === "decided" ? o.decision.action : o.kind))),
    ].join("/");
    report(
      `whole handler via Office mock, ${label} → ${kinds}`,
      `${median(handlerRuns).toFixed(1)} ms`,
      `${SEND_BUDGET_MS} ms cap`
    );
    if (decision.action === "prompt") {
      const rules = [...new Set(decision.findings.map((f) => f.rule))].join(", ");
      console.log(`  prompt (${Array.from(decision.message).length} chars) from: ${rules}`);
    }
  }
  const worst = worstDraft();
  const total = worst.attachments.reduce((n, a) => n + a.bytes.length, 0);
  console.log(
    `  worst case: 500 recipients, ${worst.attachments.length} attachments (one zip of 20000 members), ${(total / 1024 / 1024).toFixed(1)} MB (attachments over ${SEND_MAX_ATTACHMENT_BYTES / 1024 / 1024} MB are not read on send)`
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
