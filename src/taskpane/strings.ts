/** The task pane's own labels, from the message catalogue (src/core/messages/pane.ts). */
import type { Lang, Localized } from "../core/model/i18n";
import type { MessageKind, SourceId } from "../core/model";
import { text, type LabelKey } from "../core/messages";
import { formatDate as formatCatalogueDate } from "../core/messages/format";

/** A label of the message catalogue in both languages; the pane picks the language. */
const l = (key: LabelKey): Localized => text(key, {});

export const UI = {
  appName: l("pane.app-name"),
  sampleBadge: l("pane.sample-badge"),
  signIn: l("pane.sign-in"),
  signingIn: l("pane.signing-in"),
  readinessLink: l("pane.readiness-link"),
  demoNotice: l("pane.demo-notice"),
  samplePicker: l("pane.sample-picker"),
  language: l("pane.language"),
  switchTo: l("pane.switch-to"),
  copyReport: l("pane.copy-report"),
  // An item a slower source (Microsoft 365, DNS, …) may still change.
  checking: l("pane.checking"),
  checkingHint: l("pane.checking-hint"),
  copied: l("pane.copied"),
  copyFailed: l("pane.copy-failed"),
  reportText: l("pane.report-text"),
  summary: l("pane.summary"),
  subject: l("pane.subject"),
  from: l("pane.from"),
  to: l("pane.to"),
  cc: l("pane.cc"),
  date: l("pane.date"),
  size: l("pane.size"),
  attachments: l("pane.attachments"),
  none: l("pane.none"),
  noSubject: l("pane.no-subject"),
  kind: l("pane.kind"),
  checklist: l("pane.checklist"),
  counts: l("pane.counts"),
  findings: l("pane.findings"),
  evidence: l("pane.evidence"),
  fix: l("pane.fix"),
  who: l("pane.who"),
  howToCheck: l("pane.how-to-check"),
  explanation: l("pane.explanation"),
  moreInfo: l("pane.more-info"),
  noFindings: l("pane.no-findings"),
  progressTitle: l("pane.progress-title"),
  loading: l("pane.loading"),
  starting: l("pane.starting"),
  readFailed: l("pane.read-failed"),
  policyNotice: l("pane.policy-notice"),
  bounceTitle: l("pane.bounce-title"),
  bounceTitleDelay: l("pane.bounce-title-delay"),
  bounceTitleNotice: l("pane.bounce-title-notice"),
  bounceReporter: l("pane.bounce-reporter"),
  recipient: l("pane.recipient"),
  serverSaid: l("pane.server-said"),
  cause: l("pane.cause"),
  nextStep: l("pane.next-step"),
  retryUntil: l("pane.retry-until"),
  status: l("pane.status"),
  returnedOriginal: l("pane.returned-original"),
  originalHeadersOnly: l("pane.original-headers-only"),
  originalComplete: l("pane.original-complete"),
  noRecipients: l("pane.no-recipients"),
  tabs: l("pane.tabs"),
  tabChecklist: l("pane.tab-checklist"),
  tabTriage: l("pane.tab-triage"),
  tabWho: l("pane.tab-who"),
  tabHeaders: l("pane.tab-headers"),
  tabInquiry: l("pane.tab-inquiry"),
  notInOutlook: l("pane.not-in-outlook"),
} satisfies Record<string, Localized>;

/** The verdict block's own labels (its sentences come from the core verdict). */
export const VERDICT_UI = {
  title: l("pane.verdict.title"),
  yes: l("pane.verdict.yes"),
  no: l("pane.verdict.no"),
  unknown: l("pane.verdict.unknown"),
  likelyNow: l("pane.verdict.likely-now"),
  openTriage: l("pane.verdict.open-triage"),
  prepareResend: l("pane.verdict.prepare-resend"),
  writeToIt: l("pane.verdict.write-to-it"),
  writeToItSecond: l("pane.verdict.write-to-it-second"),
  reportToIt: l("pane.verdict.report-to-it"),
  alsoFound: l("pane.verdict.also-found"),
  alsoFoundOriginal: l("pane.verdict.also-found-original"),
  originalMail: l("pane.verdict.original-mail"),
  originalMailDelayed: l("pane.verdict.original-mail-delayed"),
  originalMailNotice: l("pane.verdict.original-mail-notice"),
} satisfies Record<string, Localized>;

/** The collapsed groups of the checklist, each shown with its count. */
export const GROUP_UI = {
  ok: l("pane.group.ok"),
  unavailable: l("pane.group.unavailable"),
  manual: l("pane.group.manual"),
} satisfies Record<string, Localized>;

export const KIND_LABELS: Record<MessageKind, Localized> = {
  draft: l("pane.kind.draft"),
  sent: l("pane.kind.sent"),
  bounce: l("pane.kind.bounce"),
  received: l("pane.kind.received"),
};

export const SOURCE_LABELS: Record<SourceId, Localized> = {
  local: l("pane.source.local"),
  attachments: l("pane.source.attachments"),
  graph: l("pane.source.graph"),
  dns: l("pane.source.dns"),
  trace: l("pane.source.trace"),
  bounce: l("pane.source.bounce"),
  headers: l("pane.source.headers"),
};

export const SOURCE_STATE_LABELS: Record<"pending" | "done" | "unavailable" | "off", Localized> = {
  pending: l("pane.source-state.pending"),
  done: l("pane.source-state.done"),
  unavailable: l("pane.source-state.unavailable"),
  off: l("pane.source-state.off"),
};

export function tr(text: Localized, lang: Lang): string {
  return text[lang];
}

/**
 * A count or a code after a label: "問題なし（4）" with full-width parentheses and no space in
 * Japanese, as the style guide asks; "No problem (4)" in English.
 */
export function inParens(text: string | number, lang: Lang): string {
  return lang === "ja" ? `（${text}）` : ` (${text})`;
}

/** Sizes as people read them: bytes, KB, MB (binary units, as Outlook shows them). */
export function formatBytes(n: number, lang: Lang): string {
  if (!Number.isFinite(n) || n < 0) return "";
  if (n < 1024) return lang === "ja" ? `${n} バイト` : `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A date in the reader's local time with its offset, "2026-04-14 09:30（UTC+09:00）", the same
 * form the inquiry and the text report use; the raw value when it is not a date. The
 * catalogue's renderer rather than toLocaleString: the first Intl date format costs the pane
 * tens of milliseconds of ICU start-up before its first report.
 */
export function formatDate(value: string, lang: Lang): string {
  if (!value) return "";
  return formatCatalogueDate(value, lang);
}
