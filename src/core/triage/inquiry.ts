/**
 * The inquiry: a ready plain-text mail for the help desk or the recipient's administrator, with
 * what they need to find the message (date, sender, recipients, subject, Message-ID) and what
 * Todoku already knows (problems and warnings with evidence, the bounce, the trace, the triage).
 */
import { catalogueItem, TRIAGE_STEPS } from "../catalogue";
import type { ItemId } from "../model/finding";
import type { Lang, Localized } from "../model/i18n";
import { cameBack } from "../model/bounce";
import type { Report } from "../model/report";
import type { Policy } from "../policy/schema";
import { computeVerdict } from "../report/verdict";
import { label, text, type LabelKey } from "../messages";
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
  /** Attachment names of a bounce's returned original, when the caller parsed it. */
  originalAttachments?: readonly string[] | undefined;
}

export interface Inquiry {
  subject: string;
  body: string;
}

/** A label of the message catalogue (messages/triage.ts) in both languages. */
const l = (key: LabelKey): Localized => text(key, {});

const L = {
  subjectHelpdesk: l("triage.inquiry.subject-helpdesk"),
  subjectRecipient: l("triage.inquiry.subject-recipient"),
  subjectDelay: l("triage.inquiry.subject-delay"),
  subjectFeedback: l("triage.inquiry.subject-feedback"),
  subjectReceived: l("triage.inquiry.subject-received"),
  subjectReceivedForged: l("triage.inquiry.subject-received-forged"),
  introReceived: l("triage.inquiry.intro-received"),
  introReceivedForged: l("triage.inquiry.intro-received-forged"),
  introBounce: l("triage.inquiry.intro-bounce"),
  introDelay: l("triage.inquiry.intro-delay"),
  introFeedback: l("triage.inquiry.intro-feedback"),
  received: l("triage.inquiry.received"),
  receivedAt: l("triage.inquiry.received-at"),
  original: l("triage.inquiry.original"),
  originalDelayed: l("triage.inquiry.original-delayed"),
  originalNotice: l("triage.inquiry.original-notice"),
  attachments: l("triage.inquiry.attachments"),
  bounceDate: l("triage.inquiry.bounce-date"),
  bounceFrom: l("triage.inquiry.bounce-from"),
  notChecked: l("triage.inquiry.not-checked"),
  noTrace: l("triage.inquiry.no-trace"),
  noSubject: l("triage.inquiry.no-subject"),
  dear: l("triage.inquiry.dear"),
  introHelpdesk: l("triage.inquiry.intro-helpdesk"),
  introRecipient: l("triage.inquiry.intro-recipient"),
  message: l("triage.inquiry.message"),
  date: l("triage.inquiry.date"),
  from: l("triage.inquiry.from"),
  to: l("triage.inquiry.to"),
  cc: l("triage.inquiry.cc"),
  subject: l("triage.inquiry.subject"),
  messageId: l("triage.inquiry.message-id"),
  size: l("triage.inquiry.size"),
  unknown: l("triage.inquiry.unknown"),
  findings: l("triage.inquiry.findings"),
  noFindings: l("triage.inquiry.no-findings"),
  problem: l("triage.inquiry.problem"),
  warning: l("triage.inquiry.warning"),
  evidence: l("triage.inquiry.evidence"),
  bounce: l("triage.inquiry.bounce"),
  delayNotice: l("triage.inquiry.delay-notice"),
  notice: l("triage.inquiry.notice"),
  reporter: l("triage.inquiry.reporter"),
  forwardedBy: l("report.forwarded-by"),
  serverSaid: l("triage.inquiry.server-said"),
  cause: l("triage.inquiry.cause"),
  trace: l("triage.inquiry.trace"),
  lastEvent: l("triage.inquiry.last-event"),
  triage: l("triage.inquiry.triage"),
  likelySide: l("triage.inquiry.likely-side"),
  askRecipient: l("triage.inquiry.ask-recipient"),
  askList: [
    l("triage.inquiry.ask-1"),
    l("triage.inquiry.ask-2"),
    l("triage.inquiry.ask-3"),
    l("triage.inquiry.ask-4"),
  ],
  closingHelpdesk: l("triage.inquiry.closing-helpdesk"),
  closingRecipient: l("triage.inquiry.closing-recipient"),
  madeBy: l("triage.inquiry.made-by"),
};

const ANSWER_LABELS: Record<TriageAnswer, Localized> = {
  yes: l("triage.answer.yes"),
  no: l("triage.answer.no"),
  unknown: l("triage.answer.unknown"),
};

const SIDE_LABELS = {
  sender: l("triage.side.sender"),
  recipient: l("triage.side.recipient"),
  network: l("triage.side.network"),
  unknown: l("triage.side.unknown"),
};

/**
 * The particulars of the mail the inquiry is about. For a bounce that is the returned original
 * (the bounce itself is only evidence, further down): its own sender is a mailer daemon and its
 * Message-ID is not the one IT searches for.
 */
function messageFields(report: Report, options: InquiryOptions) {
  const m = report.message;
  const o = report.bounce?.original;
  if (report.bounce && o) {
    const titles = { failure: L.original, delay: L.originalDelayed, notice: L.originalNotice };
    return {
      title: titles[cameBack(report.bounce.kind)],
      dateLabel: L.date,
      date: o.date ?? "",
      from: o.from ?? "",
      to: o.to,
      cc: [] as string[],
      subject: o.subject ?? "",
      messageId: o.messageId ? `<${o.messageId.replace(/^<|>$/g, "")}>` : "",
      size: 0,
      attachments: (options.originalAttachments ?? []).filter((n) => n.trim() !== ""),
    };
  }
  return {
    title: report.kind === "received" ? L.received : L.message,
    // The Date header is when the sender sent it, also for a mail received.
    dateLabel: L.date,
    date: m.date,
    from: m.from,
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    messageId: m.messageId,
    size: m.sizeBytes,
    attachments: [] as string[],
  };
}

export function buildInquiry(report: Report, options: InquiryOptions): Inquiry {
  const lang: Lang = options.lang === "en" ? "en" : "ja";
  const p = (x: Localized) => x[lang];
  const offset = options.utcOffsetMinutes ?? (lang === "ja" ? 540 : 0);
  const forRecipient = options.audience === "recipientAdmin";
  const received = report.kind === "received" && !report.bounce;
  const verdict = computeVerdict(report, { originalAttachments: options.originalAttachments });
  const forged = received && verdict.suspicious;
  const f = messageFields(report, options);
  const subjectText = oneLine(f.subject, 200) || p(L.noSubject);
  const prefix = received
    ? forged
      ? L.subjectReceivedForged
      : L.subjectReceived
    : forRecipient
      ? L.subjectRecipient
      : report.bounce?.kind === "delay"
        ? L.subjectDelay
        : report.bounce?.kind === "feedback"
          ? L.subjectFeedback
          : L.subjectHelpdesk;
  const subject = `${p(prefix)}${subjectText}`;

  const out: string[] = [];
  const name = oneLine(options.helpdesk?.name, 100);
  if (!forRecipient && name) out.push(lang === "ja" ? `${name} ${p(L.dear)}` : `Dear ${name},`);
  else out.push(p(L.dear));
  const intro = received
    ? forged
      ? L.introReceivedForged
      : L.introReceived
    : forRecipient
      ? L.introRecipient
      : report.bounce
        ? bounceIntro(report.bounce.kind)
        : L.introHelpdesk;
  out.push("", p(intro), "");

  section(out, p(f.title), lang);
  const field = (label: Localized, value: string) =>
    out.push(labelled(p(label), value || p(L.unknown), lang));
  // A bounce's returned original carries its date as written (RFC 5322), shown at the offset too.
  field(f.dateLabel, f.date ? formatDateAt(toIso(f.date), offset, lang) : "");
  field(L.from, oneLine(f.from));
  field(L.to, f.to.map((a) => oneLine(a)).join(", "));
  if (f.cc.length > 0) field(L.cc, f.cc.map((a) => oneLine(a)).join(", "));
  field(L.subject, oneLine(f.subject, 300));
  field(L.messageId, oneLine(f.messageId));
  if (f.size > 0) field(L.size, formatSize(f.size));
  if (f.attachments.length > 0)
    field(L.attachments, f.attachments.map((a) => oneLine(a, 200)).join(", "));

  findingsSection(out, report, lang, forRecipient);
  bounceSection(out, report, lang, offset);
  traceSection(out, report, lang, offset);
  triageSection(out, options, report, lang);
  notCheckedSection(out, report, verdict.unreachable, lang);

  if (forRecipient) {
    out.push("");
    section(out, p(L.askRecipient), lang);
    for (const ask of L.askList) out.push(`- ${p(ask)}`);
  }
  out.push("", p(forRecipient ? L.closingRecipient : L.closingHelpdesk), "", p(L.madeBy));
  return { subject, body: out.join("\n") + "\n" };
}

/** "件名：…" in Japanese (full-width colon, as the style guide asks), "Subject: …" in English. */
function labelled(label: string, value: string, lang: Lang): string {
  return lang === "ja" ? `${label}：${value}` : `${label}: ${value}`;
}

function bracketed(text: string, lang: Lang): string {
  return lang === "ja" ? `［${text}］` : `[${text}] `;
}

function parenthesized(text: string, lang: Lang): string {
  return lang === "ja" ? `（${text}）` : ` (${text})`;
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
        `- ${bracketed(label, lang)}${labelled(`#${item.id} ${catalogueItem(item.id).title[lang]}`, oneLine(f.message[lang], 600), lang)}`
      );
      if (f.evidence) out.push(`  ${labelled(L.evidence[lang], oneLine(f.evidence, 300), lang)}`);
    }
  }
  if (count === 0) out.push(L.noFindings[lang]);
}

/** What the user tells IT came back: a failure, a delay, a complaint, or another notice. */
function bounceIntro(kind: NonNullable<Report["bounce"]>["kind"]): Localized {
  if (kind === "failure") return L.introBounce;
  if (kind === "delay") return L.introDelay;
  if (kind === "feedback") return L.introFeedback;
  return L.introHelpdesk;
}

function bounceSection(out: string[], report: Report, lang: Lang, offset: number): void {
  const bounce = report.bounce;
  if (!bounce || bounce.recipients.length === 0) return;
  out.push("");
  const titles = { failure: L.bounce, delay: L.delayNotice, notice: L.notice };
  section(out, titles[cameBack(bounce.kind)][lang], lang);
  if (bounce.reporter) out.push(labelled(L.reporter[lang], oneLine(bounce.reporter), lang));
  if (bounce.forwardedBy)
    out.push(labelled(L.forwardedBy[lang], oneLine(bounce.forwardedBy), lang));
  if (report.kind === "bounce" && report.message.date)
    out.push(labelled(L.bounceDate[lang], formatDateAt(report.message.date, offset, lang), lang));
  for (const r of bounce.recipients) {
    // The action in the reader's words; the codes as the servers wrote them.
    const action = label(`report.action.${r.action}`, lang);
    const codes = [action, r.status, r.replyCode]
      .filter((x): x is string => !!x)
      .join(lang === "ja" ? "、" : ", ");
    out.push(`- ${oneLine(r.address)}${codes ? parenthesized(codes, lang) : ""}`);
    if (r.diagnostic)
      out.push(`  ${labelled(L.serverSaid[lang], oneLine(r.diagnostic, 400), lang)}`);
    if (r.cause !== null)
      out.push(
        `  ${labelled(L.cause[lang], `#${r.cause} ${catalogueItem(r.cause).title[lang]}`, lang)}`
      );
  }
}

function traceSection(out: string[], report: Report, lang: Lang, offset: number): void {
  const trace = report.trace;
  if (!trace || trace.recipients.length === 0) return;
  out.push("");
  section(out, L.trace[lang], lang);
  for (const r of trace.recipients) {
    out.push(`- ${labelled(oneLine(r.address), oneLine(r.status), lang)}`);
    const last = r.events[r.events.length - 1];
    if (last)
      out.push(
        `  ${labelled(L.lastEvent[lang], `${formatDateAt(last.dateTime, offset, lang)} ${oneLine(last.event)} ${oneLine(last.description, 300)}`.trimEnd(), lang)}`
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
    labelled(
      L.likelySide[lang],
      `${SIDE_LABELS[triage.side][lang]} — ${triage.sideExplanation[lang]}`,
      lang
    )
  );
  const likely = triage.candidates.filter((c) => c.strength === "likely").slice(0, 5);
  if (likely.length > 0) {
    out.push(
      labelled(
        L.cause[lang],
        likely.map((c) => `#${c.id} ${c.title[lang]}`).join(lang === "ja" ? "、" : "; "),
        lang
      )
    );
  }
}

/** Sources that could not be asked (no trace, DNS offline, not signed in), each once. */
function notCheckedSection(
  out: string[],
  report: Report,
  unreachable: ReturnType<typeof computeVerdict>["unreachable"],
  lang: Lang
): void {
  const lines = unreachable.map((u) => `- ${oneLine(u.reason[lang], 300)}`);
  const traceAsked = unreachable.some((u) => u.source === "trace");
  if (!report.bounce && !report.trace && !traceAsked && report.kind !== "draft")
    lines.push(`- ${L.noTrace[lang]}`);
  if (lines.length === 0) return;
  out.push("");
  section(out, L.notChecked[lang], lang);
  out.push(...new Set(lines));
}

/** An RFC 5322 date (a returned original's Date header) as ISO; ISO and junk pass through. */
function toIso(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** The item ids an inquiry mentions as problems or warnings (for the pane to highlight). */
export function inquiryItems(report: Report): ItemId[] {
  return report.items
    .filter((i) => i.status === "problem" || i.status === "warning")
    .map((i) => i.id);
}
