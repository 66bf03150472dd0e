/**
 * Message trace → findings: what Exchange Online did with a sent mail, per recipient.
 * Pure. A failed recipient's event text goes through the bounce classifier, so a trace and an
 * NDR name the same cause in the same words.
 */
import type { BounceDiagnosis } from "../model/bounce";
import type { TraceEvent, TraceRecipient, TraceResult } from "../model/facts";
import type { Finding } from "../model/finding";
import { say, sayAs } from "../messages";
import type { CheckInput, NamedCheck } from "../checks/types";
import { classifyDelivery } from "../bounce/classify";
import { codesFromText } from "./codes";

export { codesFromText } from "./codes";

/** The bounce classifier's signature (src/core/bounce/classify.ts); injectable for tests. */
export interface DeliveryClassifierInput {
  status: string | null;
  replyCode: string | null;
  diagnostic: string;
  reporter: string | null;
}
export type DeliveryClassifier = (input: DeliveryClassifierInput) => BounceDiagnosis | null;

/** Trace data can lag the real status by 5 to 10 minutes (Exchange's own note). */
export const TRACE_LAG_MINUTES = 10;
/** A mail this long after sending that the trace still does not know is worth a closer look. */
const NOT_FOUND_CONCERN_MINUTES = 60;

const REPORTER = "Exchange Online (message trace)";

function lastEvent(events: readonly TraceEvent[], pattern: RegExp): TraceEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e && pattern.test(e.event)) return e;
  }
  return undefined;
}

function eventEvidence(r: TraceRecipient, e: TraceEvent | undefined): string {
  const parts = [r.address, r.status];
  if (e) {
    const when = `${e.dateTime} ${e.event}`.trim();
    const said = e.description.trim();
    parts.push(said ? `${when}: ${said}` : when); // no dangling colon when the event says nothing
  }
  return parts.join(" | ").slice(0, 600);
}

function failedFindings(r: TraceRecipient, classify: DeliveryClassifier): Finding[] {
  const failEvent =
    lastEvent(r.events, /fail|drop|reject|bounce/i) ?? r.events[r.events.length - 1];
  const diagnostic = failEvent?.description ?? "";
  const codes = codesFromText(diagnostic);
  let diagnosis: BounceDiagnosis | null = null;
  try {
    diagnosis = classify({ ...codes, diagnostic, reporter: REPORTER });
  } catch {
    diagnosis = null; // a classifier fault must not hide the failure itself
  }
  const evidence = eventEvidence(r, failEvent);
  if (diagnosis) {
    return [
      sayAs(
        diagnosis.cause,
        `trace.failed.${diagnosis.reason}`,
        "trace.failed-diagnosed",
        "problem",
        { address: r.address, summary: diagnosis.summary },
        {
          evidence,
          fix: diagnosis.nextStep,
          who: diagnosis.who,
          ...(diagnosis.link ? { link: diagnosis.link } : {}),
        }
      ),
    ];
  }
  const codeText = [codes.replyCode, codes.status].filter(Boolean).join(" ");
  return [
    codeText
      ? say(
          3,
          "trace.failed",
          "problem",
          { address: r.address, code: codeText },
          { evidence, who: ["yourIt"] }
        )
      : sayAs(
          3,
          "trace.failed",
          "trace.failed-no-code",
          "problem",
          { address: r.address },
          { evidence, who: ["yourIt"] }
        ),
  ];
}

function recipientFindings(r: TraceRecipient, classify: DeliveryClassifier): Finding[] {
  const status = r.status.toLowerCase();
  switch (status) {
    case "delivered": {
      const deliver = lastEvent(r.events, /deliver|send/i);
      return [
        say(
          7,
          "trace.delivered",
          "info",
          { address: r.address },
          { evidence: eventEvidence(r, deliver), who: ["recipient"] }
        ),
        say(
          3,
          "trace.no-send-error",
          "ok",
          { address: r.address },
          { evidence: eventEvidence(r, deliver) }
        ),
      ];
    }
    case "failed":
      return failedFindings(r, classify);
    case "quarantined":
      return [
        say(
          5,
          "trace.quarantined",
          "problem",
          { address: r.address },
          {
            evidence: eventEvidence(r, lastEvent(r.events, /quarantin|spam|malware|phish/i)),
            who: ["yourIt", "recipientIt"],
          }
        ),
        say(9, "trace.quarantined-content", "warning", {}),
      ];
    case "filteredasspam":
      return [
        say(
          9,
          "trace.filtered-as-spam",
          "problem",
          { address: r.address },
          {
            evidence: eventEvidence(r, lastEvent(r.events, /spam|filter/i)),
            who: ["you", "yourIt"],
          }
        ),
        say(7, "trace.filtered-by-policy", "warning", {}, { who: ["yourIt", "recipientIt"] }),
      ];
    case "pending":
    case "deferred": {
      const defer = lastEvent(r.events, /defer|pending|retry/i);
      return [
        say(
          4,
          "trace.pending",
          "warning",
          { address: r.address, minutes: TRACE_LAG_MINUTES },
          { evidence: eventEvidence(r, defer), who: ["yourIt", "recipientIt"] }
        ),
      ];
    }
    case "gettingstatus":
      return [
        say(
          4,
          "trace.getting-status",
          "info",
          { address: r.address, minutes: TRACE_LAG_MINUTES },
          { evidence: eventEvidence(r, undefined) }
        ),
      ];
    case "recalled":
      return [
        say(
          3,
          "trace.recalled",
          "info",
          { address: r.address },
          { evidence: eventEvidence(r, r.events[r.events.length - 1]), who: ["you"] }
        ),
      ];
    case "expanded":
      return [
        say(
          19,
          "trace.group-expanded",
          "info",
          { address: r.address },
          { evidence: eventEvidence(r, lastEvent(r.events, /expand/i)) }
        ),
      ];
    default:
      return [
        say(
          3,
          "trace.other-status",
          "info",
          { address: r.address, status: r.status },
          { evidence: eventEvidence(r, r.events[r.events.length - 1]) }
        ),
      ];
  }
}

function minutesBetween(fromIso: string | undefined, toIso: string | undefined): number | null {
  if (!fromIso || !toIso) return null;
  const a = Date.parse(fromIso);
  const b = Date.parse(toIso);
  return Number.isNaN(a) || Number.isNaN(b) ? null : (b - a) / 60000;
}

function notFoundFindings(trace: TraceResult, sentAt: string | undefined): Finding[] {
  const age = minutesBetween(sentAt, trace.queriedAt);
  if (age !== null && age > NOT_FOUND_CONCERN_MINUTES) {
    return [
      say(
        3,
        "trace.not-found",
        "warning",
        {},
        { evidence: trace.messageId, who: ["you", "yourIt"] }
      ),
    ];
  }
  return [
    say(
      4,
      "trace.not-found-yet",
      "info",
      { minutes: TRACE_LAG_MINUTES },
      { evidence: trace.messageId }
    ),
  ];
}

export function traceFindings(
  trace: TraceResult,
  options: { classify?: DeliveryClassifier | undefined; sentAt?: string | undefined } = {}
): Finding[] {
  const classify = options.classify ?? classifyDelivery;
  if (trace.recipients.length === 0) return notFoundFindings(trace, options.sentAt);
  const out: Finding[] = [];
  for (const r of trace.recipients) out.push(...recipientFindings(r, classify));
  return out;
}

export function traceCheck(classify?: DeliveryClassifier): NamedCheck {
  return {
    name: "message-trace",
    items: [3, 4, 5, 7, 9, 19],
    run: ({ snapshot, facts }: CheckInput) =>
      facts.trace?.state === "ok"
        ? traceFindings(facts.trace.value, { classify, sentAt: snapshot.date })
        : [],
  };
}
