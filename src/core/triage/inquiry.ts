/**
 * The inquiry: a ready plain-text mail for the help desk or the recipient's administrator, with
 * what they need to find the message (date, sender, recipients, subject, Message-ID) and what
 * Todoku already knows (problems and warnings with evidence, the bounce, the trace, the triage).
 */
import { catalogueItem, TRIAGE_STEPS } from "../catalogue";
import type { ItemId } from "../model/finding";
import type { Lang, Localized } from "../model/i18n";
import type { Report } from "../model/report";
import type { Policy } from "../policy/schema";
import { formatDateAt, oneLine } from "./format";
import {
  narrowTriage,
  TRIAGE_STEP_IDS,
  type TriageAnswer,
  type TriageAnswers,
  type TriageResult,
} from "./wizard";

export type InquiryAudience = "helpdesk" | "recipientAdmin";

export interface InquiryOptions {
  lang: Lang;
  answers?: TriageAnswers | undefined;
  /** A triage result already computed; when absent and answers are given, it is computed here. */
  triage?: TriageResult | undefined;
  helpdesk?: Policy["helpdesk"] | undefined;
  audience: InquiryAudience;
  /** The offset times are shown at, in minutes east of UTC; default JST (540) in ja, UTC in en. */
  utcOffsetMinutes?: number | undefined;
}

export interface Inquiry {
  subject: string;
  body: string;
}

const t = (ja: string, en: string): Localized => ({ ja, en });

const L = {
  subjectHelpdesk: t("【メール不達の調査依頼】", "Undelivered mail, please investigate: "),
  subjectRecipient: t("【受信状況のご確認のお願い】", "Please check the delivery of our mail: "),
  noSubject: t("(件名なし)", "(no subject)"),
  dear: t("ご担当者様", "Hello,"),
  introHelpdesk: t(
    "下記のメールが相手に届いていないようです。配信の状況と、どこで止まっているかの調査をお願いいたします。",
    "The message below does not seem to have reached its recipients. Could you find out what happened to it and where it stopped?"
  ),
  introRecipient: t(
    "弊社から送信した下記のメールが、貴社の宛先に届いていないようです。お手数ですが、受信サーバーの記録、迷惑メールフォルダーや隔離の状況をご確認いただけますでしょうか。",
    "The message below, sent from our organisation, does not seem to have reached your users. Could you check your receiving logs, junk folders and quarantine for it?"
  ),
  message: t("対象のメール", "The message"),
  date: t("送信日時", "Sent"),
  from: t("差出人", "From"),
  to: t("宛先", "To"),
  cc: t("CC", "Cc"),
  subject: t("件名", "Subject"),
  messageId: t("Message-ID", "Message-ID"),
  size: t("サイズ", "Size"),
  unknown: t("(不明)", "(unknown)"),
  findings: t("Todoku の確認で見つかった問題と注意点", "Problems and warnings found by Todoku"),
  noFindings: t(
    "自動の確認では、問題や注意点は見つかりませんでした。",
    "The automatic checks found no problem or warning."
  ),
  problem: t("問題", "Problem"),
  warning: t("注意", "Warning"),
  evidence: t("根拠", "Evidence"),
  bounce: t("配信不能レポート", "Non-delivery report"),
  reporter: t("報告元", "Reported by"),
  serverSaid: t("相手サーバーの応答", "Server said"),
  cause: t("考えられる原因", "Likely cause"),
  trace: t("メッセージ追跡の結果", "Message trace"),
  lastEvent: t("最後の記録", "Last event"),
  triage: t("切り分けの結果", "Triage so far"),
  likelySide: t("疑わしい側", "Likely side"),
  askRecipient: t("特にご確認いただきたいこと", "What we would ask you to check"),
  askList: [
    t(
      "上記の Message-ID のメールを受信した記録があるか",
      "whether your servers received the message with the Message-ID above"
    ),
    t(
      "迷惑メールフォルダーや隔離に入っていないか",
      "whether it is in a junk folder or in quarantine"
    ),
    t(
      "弊社のドメインやアドレスが拒否されていないか、最近セキュリティの設定を変更していないか",
      "whether our domain or address is blocked, or security settings changed recently"
    ),
    t(
      "宛先のメールボックスが容量の上限に達していないか",
      "whether the recipient's mailbox is full"
    ),
  ],
  closingHelpdesk: t(
    "お手数をおかけしますが、よろしくお願いいたします。",
    "Thank you for your help."
  ),
  closingRecipient: t("ご確認のほど、よろしくお願いいたします。", "Thank you for looking into it."),
  madeBy: t("(この文面は Todoku が作成しました)", "(Written with Todoku)"),
};

const ANSWER_LABELS: Record<TriageAnswer, Localized> = {
  yes: t("はい", "Yes"),
  no: t("いいえ", "No"),
  unknown: t("わからない", "Don't know"),
};

const SIDE_LABELS = {
  sender: t("送信側", "Sending side"),
  recipient: t("受信側", "Recipient's side"),
  network: t("ネットワーク", "Network"),
  unknown: t("未確定", "Not yet known"),
};

export function buildInquiry(report: Report, options: InquiryOptions): Inquiry {
  const lang: Lang = options.lang === "en" ? "en" : "ja";
  const p = (x: Localized) => x[lang];
  const offset = options.utcOffsetMinutes ?? (lang === "ja" ? 540 : 0);
  const m = report.message;
  const forRecipient = options.audience === "recipientAdmin";
  const subjectText = oneLine(m.subject, 200) || p(L.noSubject);
  const subject = `${p(forRecipient ? L.subjectRecipient : L.subjectHelpdesk)}${subjectText}`;

  const out: string[] = [];
  const name = oneLine(options.helpdesk?.name, 100);
  if (!forRecipient && name) out.push(lang === "ja" ? `${name} ${p(L.dear)}` : `Dear ${name},`);
  else out.push(p(L.dear));
  out.push("", p(forRecipient ? L.introRecipient : L.introHelpdesk), "");

  section(out, p(L.message), lang);
  const field = (label: Localized, value: string) =>
    out.push(`${p(label)}: ${value || p(L.unknown)}`);
  field(L.date, m.date ? formatDateAt(m.date, offset) : "");
  field(L.from, oneLine(m.from));
  field(L.to, m.to.map((a) => oneLine(a)).join(", "));
  if (m.cc.length > 0) field(L.cc, m.cc.map((a) => oneLine(a)).join(", "));
  field(L.subject, oneLine(m.subject, 300));
  field(L.messageId, oneLine(m.messageId));
  if (m.sizeBytes > 0) field(L.size, formatSize(m.sizeBytes));

  findingsSection(out, report, lang, forRecipient);
  bounceSection(out, report, lang);
  traceSection(out, report, lang, offset);
  triageSection(out, options, report, lang);

  if (forRecipient) {
    out.push("");
    section(out, p(L.askRecipient), lang);
    for (const ask of L.askList) out.push(`- ${p(ask)}`);
  }
  out.push("", p(forRecipient ? L.closingRecipient : L.closingHelpdesk), "", p(L.madeBy));
  return { subject, body: out.join("\n") + "\n" };
}

function section(out: string[], title: string, lang: Lang): void {
  out.push(lang === "ja" ? `■ ${title}` : `== ${title} ==`);
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * Problems and warnings with evidence. For the recipient's administrator, causes that only the
 * sender can fix (licence, own settings) are left out: they are internal and not theirs to act on.
 */
function findingsSection(out: string[], report: Report, lang: Lang, forRecipient: boolean): void {
  out.push("");
  section(out, L.findings[lang], lang);
  let count = 0;
  for (const item of report.items) {
    if (item.status !== "problem" && item.status !== "warning") continue;
    if (forRecipient && catalogueItem(item.id).side === "sender") continue;
    for (const f of item.findings) {
      if (f.severity !== "problem" && f.severity !== "warning") continue;
      count++;
      const label = f.severity === "problem" ? L.problem[lang] : L.warning[lang];
      out.push(
        `- [${label}] #${item.id} ${catalogueItem(item.id).title[lang]}: ${oneLine(f.message[lang], 600)}`
      );
      if (f.evidence) out.push(`  ${L.evidence[lang]}: ${oneLine(f.evidence, 300)}`);
    }
  }
  if (count === 0) out.push(L.noFindings[lang]);
}

function bounceSection(out: string[], report: Report, lang: Lang): void {
  const bounce = report.bounce;
  if (!bounce || bounce.recipients.length === 0) return;
  out.push("");
  section(out, L.bounce[lang], lang);
  if (bounce.reporter) out.push(`${L.reporter[lang]}: ${oneLine(bounce.reporter)}`);
  for (const r of bounce.recipients) {
    const codes = [r.action, r.status, r.replyCode].filter((x): x is string => !!x).join(", ");
    out.push(`- ${oneLine(r.address)} (${codes})`);
    if (r.diagnostic) out.push(`  ${L.serverSaid[lang]}: ${oneLine(r.diagnostic, 400)}`);
    if (r.cause !== null)
      out.push(`  ${L.cause[lang]}: #${r.cause} ${catalogueItem(r.cause).title[lang]}`);
  }
}

function traceSection(out: string[], report: Report, lang: Lang, offset: number): void {
  const trace = report.trace;
  if (!trace || trace.recipients.length === 0) return;
  out.push("");
  section(out, L.trace[lang], lang);
  for (const r of trace.recipients) {
    out.push(`- ${oneLine(r.address)}: ${oneLine(r.status)}`);
    const last = r.events[r.events.length - 1];
    if (last)
      out.push(
        `  ${L.lastEvent[lang]}: ${formatDateAt(last.dateTime, offset)} ${oneLine(last.event)} ${oneLine(last.description, 300)}`.trimEnd()
      );
  }
}

function triageSection(out: string[], options: InquiryOptions, report: Report, lang: Lang): void {
  const answers = options.triage?.answers ?? options.answers;
  if (!answers || Object.keys(answers).length === 0) return;
  const triage = options.triage ?? narrowTriage(answers, report);
  out.push("");
  section(out, L.triage[lang], lang);
  for (const id of TRIAGE_STEP_IDS) {
    const answer = answers[id];
    if (!answer) continue;
    const step = TRIAGE_STEPS.find((s) => s.id === id);
    if (step) out.push(`- ${step.question[lang]} → ${ANSWER_LABELS[answer][lang]}`);
  }
  out.push(
    `${L.likelySide[lang]}: ${SIDE_LABELS[triage.side][lang]} — ${triage.sideExplanation[lang]}`
  );
  const likely = triage.candidates.filter((c) => c.strength === "likely").slice(0, 5);
  if (likely.length > 0) {
    out.push(
      `${L.cause[lang]}: ${likely.map((c) => `#${c.id} ${c.title[lang]}`).join(lang === "ja" ? "、" : "; ")}`
    );
  }
}

/** The item ids an inquiry mentions as problems or warnings (for the pane to highlight). */
export function inquiryItems(report: Report): ItemId[] {
  return report.items
    .filter((i) => i.status === "problem" || i.status === "warning")
    .map((i) => i.id);
}
