/**
 * The verdict: the one answer every surface shows first — which checklist item(s) apply to this
 * mail, what that means for it, who acts and the next action — computed from a Report alone
 * (plus, for a bounce, the returned original's attachment names when the caller parsed it).
 * Pure: the pane puts it at the top, the CLI's text report opens with it.
 */
import { catalogueItem } from "../catalogue";
import type { BounceRecipient } from "../model/bounce";
import type { Finding, ItemId, Who } from "../model/finding";
import type { Localized } from "../model/i18n";
import type { Report, ReportItem, SourceId } from "../model/report";
import { TRIAGE_STEPS } from "../catalogue/triage";
import { explain, SOURCE_FALLBACK, type Explanation } from "../checks/unavailable";
import { fixText, joinTexts, text } from "../messages";
import { delayNote } from "../bounce/reasons";

/** The verdict's fixed phrases, from the message catalogue. */
const V = {
  sourceGraph: text("verdict.source.graph", {}),
  sourceDns: text("verdict.source.dns", {}),
  sourceTrace: text("verdict.source.trace", {}),
  sourceAttachments: text("verdict.source.attachments", {}),
  sourceBounce: text("verdict.source.bounce", {}),
  sourceHeaders: text("verdict.source.headers", {}),
  sourceLocal: text("verdict.source.local", {}),
  noReason: text("verdict.no-reason", {}),
  delayNoReason: text("verdict.delay.no-reason", {}),
  nextFixAddress: text("verdict.next.fix-address", {}),
  nextReduceSize: text("verdict.next.reduce-size", {}),
  nextRemoveAttachment: text("verdict.next.remove-attachment", {}),
  nextEditContent: text("verdict.next.edit-content", {}),
  nextContactRecipient: text("verdict.next.contact-recipient", {}),
  nextWriteToIt: text("verdict.next.write-to-it", {}),
  nextAskRecipientIt: text("verdict.next.ask-recipient-it", {}),
  draftClear: text("verdict.draft.clear", {}),
  nextSend: text("verdict.next.send", {}),
  someRecipients: text("verdict.some-recipients", {}),
  bounceUnread: text("verdict.bounce.unread", {}),
  nextWriteToItBounce: text("verdict.next.write-to-it-bounce", {}),
  nextWriteToItTrace: text("verdict.next.write-to-it-trace", {}),
  nextWaitTrace: text("verdict.next.wait-trace", {}),
  nextAskRecipientJunk: text("verdict.next.ask-recipient-junk", {}),
  sentNoTrace: text("verdict.sent.no-trace", {}),
  nextTriage: text("verdict.next.triage", {}),
  authFailed: text("verdict.auth-failed", {}),
  receivedClear: text("verdict.received.clear", {}),
  nextConfirmSender: text("verdict.next.confirm-sender", {}),
  nextNotJunk: text("verdict.next.not-junk", {}),
  nextTellSender: text("verdict.next.tell-sender", {}),
  nextNothingReceived: text("verdict.next.nothing-received", {}),
};

export type VerdictMode = "draft" | "sent" | "bounce" | "received";

/** problem: it will (or did) not arrive; warning: it may not; clear: nothing found; open: not known yet. */
export type VerdictTone = "problem" | "warning" | "clear" | "open";

export type NextActionKind =
  | "fixAddress"
  | "removeAttachment"
  | "reduceSize"
  | "editContent"
  | "contactRecipient"
  | "askRecipientIt"
  | "writeToIt"
  | "waitAndResend"
  | "openTriage"
  | "confirmSender"
  | "notJunk"
  | "nothingToDo"
  | "send";

export interface NextAction {
  kind: NextActionKind;
  text: Localized;
  /** True when the fix is the user's own (or the recipient's): the inquiry to IT comes second. */
  ownFix: boolean;
}

export interface VerdictCause {
  item: ItemId;
  title: Localized;
  status: "problem" | "warning";
  /** What it means for this mail: the item's worst finding, or the bounce's diagnosis. */
  meaning: Localized;
  evidence?: string | undefined;
  who: Who[];
  /**
   * Bounce only: found by the checks on the original the bounce returned (a link in its body,
   * its attachment), not in the bounce's own report. Always false for any other mail.
   */
  inOriginal: boolean;
}

export interface VerdictRecipient {
  address: string;
  /** "5.1.10", "550 5.1.10" or "" when the report gives no code. */
  code: string;
  action: BounceRecipient["action"];
  cause: ItemId | null;
}

/** The mail a bounce returned, as the user sent it. */
export interface VerdictOriginal {
  subject: string;
  from: string;
  to: string[];
  date: string;
  messageId: string;
  /** File names only; unnamed parts are left out, never shown as their size. */
  attachments: string[];
  complete: boolean;
}

export interface UnreachableSource {
  source: SourceId;
  reason: Localized;
  fix?: Localized | undefined;
}

export interface Verdict {
  mode: VerdictMode;
  tone: VerdictTone;
  /** The one sentence: the item(s) by number and title and what it means for this mail. */
  headline: Localized;
  /**
   * The checklist items the headline names, in its order (none when it names no item): a list
   * of the other causes leaves these out.
   */
  named: ItemId[];
  /** Problems then warnings, the surest stoppers first. */
  causes: VerdictCause[];
  who: Who[];
  next: NextAction;
  /** One short line of what could not be checked; absent when everything was. */
  couldNotCheck?: Localized | undefined;
  /** Sources that could not be reached, each once (the pane says why there, not in every item). */
  unreachable: UnreachableSource[];
  /** Bounce: the failed recipients, who reported it, and the returned original. */
  failed?: VerdictRecipient[] | undefined;
  reporter?: Localized | undefined;
  /** A bounce read from a colleague's forward whose advice is for "you": whom that means. */
  forwardedBy?: Localized | undefined;
  original?: VerdictOriginal | undefined;
  /** A received mail whose authentication says it may be forged. */
  suspicious: boolean;
  /** Sent mail without a trace: the triage's first open question, asked right away. */
  question?: { id: string; text: Localized; how?: Localized | undefined } | undefined;
}

export interface VerdictOptions {
  /** Attachment names of the bounce's returned original, when the caller parsed it. */
  originalAttachments?: readonly string[] | undefined;
  /** Triage answers so far; the question offered is the next unanswered one. */
  answers?: Readonly<Record<string, "yes" | "no" | "unknown">> | undefined;
}

/**
 * How surely an item stops delivery when it is a problem: a hard refusal by a server (wrong
 * address, size, blocked type, full mailbox, no licence) before a filtering risk (content,
 * links, authentication) before a delay. Ties fall back to item order.
 */
const STOPS: Partial<Record<ItemId, number>> = {
  8: 10,
  10: 10,
  11: 10,
  17: 9,
  22: 9,
  14: 9,
  12: 8,
  16: 8,
  1: 8,
  15: 7,
  23: 7,
  24: 7,
  18: 6,
  19: 6,
  13: 6,
  21: 6,
  7: 5,
  5: 5,
  6: 5,
  20: 4,
  9: 4,
  2: 3,
  3: 3,
  4: 2,
};

const SEVERITY_ORDER: Record<Finding["severity"], number> = {
  problem: 0,
  warning: 1,
  unavailable: 2,
  ok: 3,
  info: 4,
};

/** The rules that say the sender could not be verified, i.e. the mail may be forged. */
const SPOOF_RULES = new Set(["received-headers.auth-failed", "received-headers.phish-verdict"]);
/** Exchange's CAT values for spoofing and phishing, as they appear in the evidence. */
const SPOOF_CAT = /\bCAT:(?:SPOOF|PHSH|HPHSH|HPHISH|GIMP|UIMP|DIMP|OSPM)\b/;

function worstFinding(item: ReportItem): Finding | undefined {
  let best: Finding | undefined;
  for (const f of item.findings)
    if (!best || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[best.severity]) best = f;
  return best;
}

function causeOf(item: ReportItem): VerdictCause | null {
  if (item.status !== "problem" && item.status !== "warning") return null;
  const c = catalogueItem(item.id);
  const f = worstFinding(item);
  return {
    item: item.id,
    title: c.title,
    status: item.status,
    meaning: f?.message ?? c.explanation,
    evidence: f?.evidence,
    who: f?.who ?? c.who,
    inOriginal: false,
  };
}

function rankCauses(report: Report): VerdictCause[] {
  const causes = report.items.map(causeOf).filter((c): c is VerdictCause => c !== null);
  return causes.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === "problem" ? -1 : 1) ||
      (STOPS[b.item] ?? 0) - (STOPS[a.item] ?? 0) ||
      a.item - b.item
  );
}

function modeOf(report: Report): VerdictMode {
  if (report.bounce) return "bounce";
  if (report.kind === "received") return "received";
  if (report.kind === "sent") return "sent";
  return "draft";
}

function uniqueWho(list: readonly Who[]): Who[] {
  return [...new Set(list)];
}

/** "8. Wrong recipient address" in both languages. */
export function itemLabel(item: ItemId): Localized {
  const title = catalogueItem(item).title;
  return { ja: `${item}. ${title.ja}`, en: `${item}. ${title.en}` };
}

function join(parts: readonly Localized[], sep: Localized = { ja: "、", en: ", " }): Localized {
  return {
    ja: parts.map((p) => p.ja).join(sep.ja),
    en: parts.map((p) => p.en).join(sep.en),
  };
}

/** The first finding of the item that carries a fix, for the next action's wording. */
function fixOf(report: Report, item: ItemId): Localized | undefined {
  const it = report.items.find((i) => i.id === item);
  return it?.findings.find((f) => f.fix && (f.severity === "problem" || f.severity === "warning"))
    ?.fix;
}

const SOURCE_NAMES: Partial<Record<SourceId, Localized>> = {
  graph: V.sourceGraph,
  dns: V.sourceDns,
  trace: V.sourceTrace,
  attachments: V.sourceAttachments,
  bounce: V.sourceBounce,
  headers: V.sourceHeaders,
  local: V.sourceLocal,
};

function unreachableOf(report: Report): UnreachableSource[] {
  const out: UnreachableSource[] = [];
  for (const s of report.sources) {
    if (s.state !== "unavailable") continue;
    const fallback = FALLBACK_OF[s.id];
    const why = fallback ? explain(s.why, fallback) : s.why;
    out.push({ source: s.id, reason: why?.reason ?? V.noReason, fix: why?.fix });
  }
  if (out.length > 0) return out;
  // A report built without source states (the CLI) still says which facts were missing.
  const seen = new Set<SourceId>();
  for (const item of report.items)
    for (const f of item.findings) {
      const m = /^source\.(\w+)\.unavailable$/.exec(f.rule);
      const source = m ? FACT_SOURCE[m[1] ?? ""] : undefined;
      if (!source || seen.has(source)) continue;
      seen.add(source);
      out.push({ source, reason: f.message, fix: f.fix });
    }
  return out;
}

/** What to say for a source that failed without a reason of its own. */
const FALLBACK_OF: Partial<Record<SourceId, Explanation>> = {
  graph: SOURCE_FALLBACK.licence,
  trace: SOURCE_FALLBACK.trace,
  dns: SOURCE_FALLBACK.dns,
};

const FACT_SOURCE: Record<string, SourceId> = {
  mailTips: "graph",
  licence: "graph",
  ownMailbox: "graph",
  trace: "trace",
  dns: "dns",
};

function couldNotCheckOf(report: Report, unreachable: UnreachableSource[]): Localized | undefined {
  const manualCount = report.items.filter((i) => i.status === "unavailable").length;
  const names = unreachable.map((u) => SOURCE_NAMES[u.source] ?? V.sourceLocal);
  if (names.length === 0 && manualCount === 0) return undefined;
  if (names.length === 0) return text("verdict.could-not-check-items", { n: manualCount });
  return manualCount
    ? text("verdict.could-not-check", { sources: join(names), n: manualCount })
    : text("verdict.could-not-check-sources", { sources: join(names) });
}

function nextForCause(report: Report, cause: VerdictCause, mode: VerdictMode): NextAction {
  const fix = fixOf(report, cause.item);
  const own = cause.who.every((w) => w === "you" || w === "recipient");
  const withFix = (kind: NextActionKind, fallback: Localized, ownFix: boolean): NextAction => ({
    kind,
    text: fix ?? fallback,
    ownFix,
  });
  switch (cause.item) {
    case 8:
      return withFix("fixAddress", V.nextFixAddress, true);
    case 10:
      return withFix("reduceSize", V.nextReduceSize, true);
    case 11:
    case 15:
      return withFix("removeAttachment", V.nextRemoveAttachment, true);
    case 9:
    case 19:
      return withFix("editContent", V.nextEditContent, true);
    case 14:
    case 17:
      return withFix("contactRecipient", V.nextContactRecipient, true);
    default:
      break;
  }
  if (own)
    return withFix(mode === "draft" ? "editContent" : "contactRecipient", V.nextEditContent, true);
  if (cause.who.includes("yourIt")) return withFix("writeToIt", V.nextWriteToIt, false);
  return withFix("askRecipientIt", V.nextAskRecipientIt, false);
}

function draftVerdict(report: Report, base: Base): Verdict {
  const { causes } = base;
  const first = causes[0];
  if (!first)
    return {
      ...base,
      tone: "clear",
      headline: V.draftClear,
      named: [],
      who: ["you"],
      next: { kind: "send", text: V.nextSend, ownFix: true },
    };
  const problems = causes.filter((c) => c.status === "problem");
  const headline = text(problems.length ? "verdict.draft.problem" : "verdict.draft.warning", {
    item: itemLabel(first.item),
    meaning: first.meaning,
  });
  return {
    ...base,
    tone: problems.length ? "problem" : "warning",
    headline,
    named: [first.item],
    // Who acts on the lead cause; the others say their own in the checklist.
    who: uniqueWho(first.who),
    next: nextForCause(report, first, "draft"),
  };
}

/**
 * A bounced recipient as shown: its address, or a note when the report names the recipient
 * without one (AOL's "screenname", an X.400 name cut to nothing).
 */
export function shownAddress(address: string): Localized {
  const a = address.trim();
  return a ? { ja: a, en: a } : text("report.address-unnamed", {});
}

/**
 * Who acts on one bounced recipient, said the same in the verdict and the pane's recipient card:
 * a delay that names no cause beyond itself is item 4's (both IT teams can look), else the
 * diagnosis's, else the cause's.
 */
export function whoActsOn(r: BounceRecipient): readonly Who[] {
  const d = r.diagnosis;
  if (r.action === "delayed" && !(d && delayNote(d.reason))) return catalogueItem(4).who;
  return d?.who ?? (r.cause !== null ? catalogueItem(r.cause).who : []);
}

/** The cause a bounce's recipient leads with: its diagnosis, else what the catalogue says. */
function bounceLead(
  item: ItemId,
  r: BounceRecipient,
  d: BounceRecipient["diagnosis"]
): VerdictCause {
  return {
    item,
    title: catalogueItem(item).title,
    status: r.action === "delayed" ? "warning" : "problem",
    meaning: d?.summary ?? catalogueItem(item).explanation,
    evidence: r.diagnostic || undefined,
    who: d?.who ?? catalogueItem(item).who,
    inOriginal: false,
  };
}

/**
 * A delayed recipient's cause: item 4, with what the server says is holding the mail up, worded
 * for a delivery still being retried (the reason's own summary tells of a failure).
 */
function delayLead(r: BounceRecipient): VerdictCause {
  const note = r.diagnosis ? delayNote(r.diagnosis.reason) : undefined;
  const why = note ?? V.delayNoReason;
  return {
    ...bounceLead(4, r, note ? r.diagnosis : undefined),
    who: [...whoActsOn(r)],
    meaning: r.retryUntil
      ? joinTexts([why, text("verdict.delay.retry-until", { until: r.retryUntil })])
      : why,
  };
}

/**
 * The recipients a headline names: one or two addresses, else the first and a count. A report
 * may name a recipient without an address ("screenname"): that one cannot be named.
 */
function whomOf(recipients: readonly BounceRecipient[]): Localized {
  const addresses = [...new Set(recipients.map((r) => r.address.trim()).filter(Boolean))];
  if (addresses.length === 0) return V.someRecipients;
  if (addresses.length <= 2) return join(addresses.map((a) => ({ ja: a, en: a })));
  return text("verdict.n-recipients", { first: addresses[0] ?? "", n: addresses.length - 1 });
}

function recipientCode(r: BounceRecipient): string {
  return [r.replyCode, r.status].filter((x): x is string => !!x).join(" ");
}

function bounceVerdict(report: Report, base: Base, options: VerdictOptions): Verdict {
  const bounce = report.bounce;
  const failed = (bounce?.recipients ?? []).filter(
    (r) => r.action === "failed" || r.action === "delayed"
  );
  const o = bounce?.original;
  const original: VerdictOriginal | undefined = o
    ? {
        subject: o.subject ?? "",
        from: o.from ?? "",
        to: [...o.to],
        date: o.date ?? "",
        messageId: o.messageId ?? "",
        attachments: (options.originalAttachments ?? []).filter((n) => n.trim() !== ""),
        complete: o.complete,
      }
    : undefined;
  const reporterName = bounce?.reporter ?? null;
  const codes = [...new Set(failed.map(recipientCode).filter(Boolean))].join(", ");
  const reporter = reporterName
    ? codes
      ? text("verdict.reporter-with-code", { name: reporterName, code: codes })
      : text("verdict.reporter", { name: reporterName })
    : undefined;
  const failedOut: VerdictRecipient[] = failed.map((r) => ({
    address: r.address,
    code: recipientCode(r),
    action: r.action,
    cause: r.cause,
  }));
  // The bounce's own diagnosis is the cause; other findings (checks on the original) follow,
  // each marked as being about the original unless the bounce itself says it too.
  const first = failed.find((r) => r.cause !== null);
  const own = bounceItems(report);
  const causes = base.causes.map((c) => ({ ...c, inOriginal: !own.has(c.item) }));
  const delayedOnly = failed.length > 0 && failed.every((r) => r.action === "delayed");
  // A delay notice names no cause for its recipients (the mail is not lost yet): the delay is
  // the cause (item 4), and what the server said so far, when it names something (a full
  // mailbox, greylisting, a TLS demand), is what it means.
  const delayed = !first && delayedOnly ? failed[0] : undefined;
  const lead = delayed
    ? delayLead(delayed)
    : first && first.cause !== null
      ? bounceLead(first.cause, first, first.diagnosis)
      : undefined;
  if (lead) {
    const at = causes.findIndex((c) => c.item === lead.item);
    if (at >= 0) causes.splice(at, 1);
    causes.unshift(lead);
  }
  const whom = whomOf(failed);
  if (
    !lead &&
    failed.length === 0 &&
    bounce &&
    bounce.kind !== "failure" &&
    bounce.kind !== "delay"
  )
    return notAFailure(bounce, { ...base, causes, failed: failedOut, reporter, original });
  let headline: Localized;
  if (!lead) headline = failed.length ? text("verdict.bounce.no-cause", { whom }) : V.bounceUnread;
  else
    headline = text(delayedOnly ? "verdict.bounce.delayed" : "verdict.bounce.failed", {
      whom,
      item: itemLabel(lead.item),
      meaning: lead.meaning,
    });
  const next: NextAction = delayed
    ? // Nothing to fix yet: wait for the server's retries, or reach the recipient if it is urgent.
      {
        kind: "waitAndResend",
        text: fixText("bounce.delayed", {}) ?? V.nextWriteToItBounce,
        ownFix: true,
      }
    : lead
      ? {
          kind: nextKindForBounce(lead),
          text: first?.diagnosis?.nextStep ?? nextForCause(report, lead, "bounce").text,
          ownFix: lead.who.every((w) => w === "you" || w === "recipient"),
        }
      : { kind: "writeToIt", text: V.nextWriteToItBounce, ownFix: false };
  const who: Who[] = lead ? uniqueWho(lead.who) : ["yourIt"];
  return {
    ...base,
    causes,
    tone: delayedOnly ? "warning" : "problem",
    headline,
    named: lead ? [lead.item] : [],
    who,
    next,
    failed: failedOut,
    reporter,
    // Said where "you" would otherwise be the colleague reading the forward.
    forwardedBy:
      bounce?.forwardedBy && who.includes("you")
        ? text("verdict.forwarded-by", { who: bounce.forwardedBy })
        : undefined,
    original,
  };
}

/** A read receipt's headline by what the recipient's mail program says became of the mail. */
const RECEIPT_HEADLINES = {
  displayed: "verdict.bounce.read-receipt",
  deleted: "verdict.bounce.read-receipt-deleted",
  other: "verdict.bounce.read-receipt-other",
} as const;

/**
 * A notice that came back like a bounce but reports no failure: a delivery report (a DSN with
 * "delivered" or "relayed"), an automatic reply, or a spam complaint (ARF). Saying "no failed
 * recipient could be read" to these sent people looking for a failure that never happened.
 */
function notAFailure(
  bounce: NonNullable<Report["bounce"]>,
  rest: Omit<Verdict, "tone" | "headline" | "named" | "who" | "next">
): Verdict {
  const whom = whomOf(bounce.recipients);
  if (bounce.kind === "feedback")
    return {
      ...rest,
      tone: "warning",
      headline: text("verdict.bounce.feedback", {}),
      named: [],
      who: ["yourIt"],
      next: { kind: "writeToIt", text: text("verdict.next.forward-complaint", {}), ownFix: false },
    };
  const headline = bounce.readReceipt
    ? RECEIPT_HEADLINES[bounce.readReceipt]
    : bounce.kind === "autoreply"
      ? "verdict.bounce.autoreply"
      : "verdict.bounce.success";
  return {
    ...rest,
    tone: "clear",
    headline: text(headline, { whom }),
    named: [],
    // Nobody has anything to fix: the mail arrived (or an away reply came back).
    who: [],
    next: {
      kind: "nothingToDo",
      text:
        bounce.kind === "autoreply"
          ? text("verdict.next.read-autoreply", {})
          : V.nextNothingReceived,
      ownFix: true,
    },
  };
}

/** The bounce's own findings' rules: one per failed or delayed recipient (bounce/findings.ts). */
function isBounceFinding(f: Finding): boolean {
  return f.rule.startsWith("bounce.");
}

/** The items the bounce itself raises (as opposed to the checks on its returned original). */
function bounceItems(report: Report): Set<ItemId> {
  const out = new Set<ItemId>();
  for (const item of report.items)
    if (
      item.findings.some(
        (f) => isBounceFinding(f) && (f.severity === "problem" || f.severity === "warning")
      )
    )
      out.add(item.id);
  return out;
}

function nextKindForBounce(cause: VerdictCause): NextActionKind {
  switch (cause.item) {
    case 8:
    case 17:
      return "fixAddress";
    case 10:
      return "reduceSize";
    case 11:
    case 15:
      return "removeAttachment";
    case 14:
      return "contactRecipient";
    case 4:
    case 2:
    case 3:
      return "waitAndResend";
    default:
      if (cause.who.includes("yourIt")) return "writeToIt";
      if (cause.who.every((w) => w === "you")) return "editContent";
      return "askRecipientIt";
  }
}

function questionOf(answers: VerdictOptions["answers"]): Verdict["question"] {
  // Only the first unanswered step: a "no" to the web question stops the triage (network first).
  if (answers?.web === "no") return undefined;
  const step = TRIAGE_STEPS.find((s) => !answers || answers[s.id] === undefined);
  return step ? { id: step.id, text: step.question, how: step.how } : undefined;
}

const TRACE_DONE = new Set(["delivered", "expanded"]);
const TRACE_FAILED = new Set(["failed", "filteredasspam", "quarantined"]);

function sentVerdict(report: Report, base: Base, options: VerdictOptions): Verdict {
  const trace = report.trace;
  const rows = trace?.recipients ?? [];
  const first = base.causes[0];
  if (rows.length > 0) {
    const failed = rows.filter((r) => TRACE_FAILED.has(r.status.toLowerCase()));
    const pending = rows.filter(
      (r) => !TRACE_DONE.has(r.status.toLowerCase()) && !TRACE_FAILED.has(r.status.toLowerCase())
    );
    const list = (rs: typeof rows) => rs.map((r) => r.address);
    if (failed.length > 0) {
      const spam = failed.some((r) => /spam|quarantin/i.test(r.status));
      return {
        ...base,
        tone: "problem",
        headline: text(spam ? "verdict.trace.filtered" : "verdict.trace.failed", {
          whom: list(failed),
        }),
        who: spam ? ["yourIt", "recipientIt"] : ["yourIt"],
        next: { kind: "writeToIt", text: V.nextWriteToItTrace, ownFix: false },
      };
    }
    if (pending.length > 0)
      return {
        ...base,
        tone: "warning",
        headline: text("verdict.trace.pending", { whom: list(pending) }),
        who: ["yourIt"],
        next: { kind: "waitAndResend", text: V.nextWaitTrace, ownFix: true },
      };
    return {
      ...base,
      tone: "clear",
      headline: text("verdict.trace.delivered", { whom: list(rows) }),
      who: ["recipient", "recipientIt"],
      next: { kind: "askRecipientIt", text: V.nextAskRecipientJunk, ownFix: false },
    };
  }
  const question = questionOf(options.answers);
  if (first) {
    return {
      ...base,
      tone: first.status,
      headline: text("verdict.sent.found", { item: itemLabel(first.item), meaning: first.meaning }),
      named: [first.item],
      who: uniqueWho(first.who),
      next: nextForCause(report, first, "sent"),
      question,
    };
  }
  return {
    ...base,
    tone: "open",
    headline: V.sentNoTrace,
    who: ["you"],
    next: { kind: "openTriage", text: V.nextTriage, ownFix: true },
    question,
  };
}

/** True when the report says the mail's sender could not be verified (spoofing, phishing). */
export function looksForged(report: Report): boolean {
  for (const item of report.items)
    for (const f of item.findings) {
      if (SPOOF_RULES.has(f.rule)) return true;
      if (f.evidence && SPOOF_CAT.test(f.evidence)) return true;
    }
  return false;
}

const QUARANTINE_NOTICE = "received.quarantine-notice";

/**
 * Microsoft 365's quarantine notice (checks/quarantine-notice.ts): the mail the reader waits for
 * is held; releasing it is the reader's to do, by the quarantine page's known address.
 */
function quarantineNoticeVerdict(report: Report, base: Base): Verdict | undefined {
  const notice = report.items.flatMap((i) => i.findings).find((f) => f.rule === QUARANTINE_NOTICE);
  // The check gives its fix and who acts; the verdict says them first.
  if (!notice?.fix || !notice.who) return undefined;
  return {
    ...base,
    suspicious: false,
    tone: "problem",
    headline: text("verdict.received.quarantine-notice", {}),
    named: [7],
    who: notice.who,
    next: { kind: "notJunk", text: notice.fix, ownFix: true },
  };
}

function receivedVerdict(report: Report, base: Base): Verdict {
  const suspicious = looksForged(report);
  // A forged notice is a phishing lure: the forged verdict below says so instead.
  const notice = suspicious ? undefined : quarantineNoticeVerdict(report, base);
  if (notice) return notice;
  const junked = report.items.some((i) =>
    i.findings.some((f) => /junk-verdict|phish-verdict|policy-blocked|bulk/.test(f.rule))
  );
  const causes = base.causes;
  // The reasons it was junked are the problems; a delay or a warning is said below, not here.
  const problems = causes.filter((c) => c.status === "problem");
  const reasons = (problems.length ? problems : causes).slice(0, 2);
  const why = reasons.length
    ? join(
        reasons.map((c) => text("verdict.because-item", { item: itemLabel(c.item) })),
        { ja: "、", en: "; " }
      )
    : undefined;
  let headline: Localized;
  if (suspicious)
    headline = text(junked ? "verdict.received.junk-forged" : "verdict.received.forged", {
      why: why ?? V.authFailed,
    });
  else if (junked && why) headline = text("verdict.received.junk", { why });
  else if (why) headline = text("verdict.received.risk", { why });
  else headline = V.receivedClear;
  const next: NextAction = suspicious
    ? { kind: "confirmSender", text: V.nextConfirmSender, ownFix: true }
    : junked
      ? { kind: "notJunk", text: V.nextNotJunk, ownFix: true }
      : causes[0]
        ? {
            kind: "askRecipientIt",
            text: fixOf(report, causes[0].item) ?? V.nextTellSender,
            ownFix: false,
          }
        : { kind: "send", text: V.nextNothingReceived, ownFix: true };
  return {
    ...base,
    suspicious,
    tone: suspicious || junked ? "problem" : causes.length ? "warning" : "clear",
    headline,
    // Every headline with a reason names it ({why}); the others name no item.
    named: why ? reasons.map((c) => c.item) : [],
    // The recipient is the reader here: "you" act on the mail, the sender's IT on its setup.
    who: suspicious
      ? ["you", "yourIt"]
      : junked
        ? ["you"]
        : uniqueWho(causes.flatMap((c) => c.who)),
    next,
  };
}

type Base = Pick<
  Verdict,
  "mode" | "causes" | "named" | "unreachable" | "couldNotCheck" | "suspicious"
>;

export function computeVerdict(report: Report, options: VerdictOptions = {}): Verdict {
  const mode = modeOf(report);
  const unreachable = unreachableOf(report);
  const base: Base = {
    mode,
    causes: rankCauses(report),
    named: [],
    unreachable,
    couldNotCheck: couldNotCheckOf(report, unreachable),
    suspicious: false,
  };
  switch (mode) {
    case "bounce":
      return bounceVerdict(report, base, options);
    case "sent":
      return sentVerdict(report, base, options);
    case "received":
      return receivedVerdict(report, base);
    default:
      return draftVerdict(report, base);
  }
}
