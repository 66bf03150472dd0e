/**
 * Message trace → findings: what Exchange Online did with a sent mail, per recipient.
 * Pure. A failed recipient's event text goes through the bounce classifier, so a trace and an
 * NDR name the same cause in the same words.
 */
import type { BounceDiagnosis } from "../model/bounce";
import type { TraceEvent, TraceRecipient, TraceResult } from "../model/facts";
import { finding, type Finding } from "../model/finding";
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
      finding(
        diagnosis.cause,
        `trace.failed.${diagnosis.reason}`,
        "problem",
        {
          ja: `${r.address} への配信は失敗しました。${diagnosis.summary.ja}`,
          en: `Delivery to ${r.address} failed. ${diagnosis.summary.en}`,
        },
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
    finding(
      3,
      "trace.failed",
      "problem",
      {
        ja: `${r.address} への配信は失敗しました${codeText ? `(コード ${codeText})` : ""}。`,
        en: `Delivery to ${r.address} failed${codeText ? ` (code ${codeText})` : ""}.`,
      },
      {
        evidence,
        fix: {
          ja: "返ってきた配信不能通知(NDR)があれば Todoku で開いてください。なければ、この結果とMessage-IDをIT担当に伝えてください。",
          en: "If a non-delivery report came back, open it with Todoku. Otherwise give this result and the Message-ID to your IT.",
        },
        who: ["yourIt"],
      }
    ),
  ];
}

function recipientFindings(r: TraceRecipient, classify: DeliveryClassifier): Finding[] {
  const status = r.status.toLowerCase();
  switch (status) {
    case "delivered": {
      const deliver = lastEvent(r.events, /deliver|send/i);
      return [
        finding(
          7,
          "trace.delivered",
          "info",
          {
            ja: `${r.address} には届いています(Exchange Online が配信を完了しました)。相手の迷惑メールフォルダーや仕分けルールを確認してもらってください。`,
            en: `It arrived for ${r.address}: Exchange Online completed delivery. Ask the recipient to look in their junk folder and mail rules.`,
          },
          {
            evidence: eventEvidence(r, deliver),
            fix: {
              ja: "相手に、迷惑メールフォルダー、隔離、受信トレイの仕分けルールを見てもらい、あなたのアドレスを「信頼できる差出人」に追加してもらってください。",
              en: "Ask them to check their junk folder, quarantine and inbox rules, and to add your address to their safe senders.",
            },
            who: ["recipient"],
          }
        ),
        finding(
          3,
          "trace.no-send-error",
          "ok",
          {
            ja: `${r.address} 宛ての送信処理でエラーは起きていません。`,
            en: `No error occurred while sending to ${r.address}.`,
          },
          { evidence: eventEvidence(r, deliver) }
        ),
      ];
    }
    case "failed":
      return failedFindings(r, classify);
    case "quarantined":
      return [
        finding(
          5,
          "trace.quarantined",
          "problem",
          {
            ja: `${r.address} 宛てのメールは、フィルターにより検疫(隔離)されています。`,
            en: `The mail to ${r.address} was put in quarantine by a filter.`,
          },
          {
            evidence: eventEvidence(r, lastEvent(r.events, /quarantin|spam|malware|phish/i)),
            fix: {
              ja: "IT担当に、検疫から解放できるか確認を依頼してください。",
              en: "Ask your IT whether it can be released from quarantine.",
            },
            who: ["yourIt", "recipientIt"],
          }
        ),
        finding(
          9,
          "trace.quarantined-content",
          "warning",
          {
            ja: "本文や添付ファイルが迷惑メール・フィッシングと判定された可能性があります。",
            en: "The body or attachments may have been judged to be spam or phishing.",
          },
          {
            fix: {
              ja: "リンクの数、短縮URL、件名の表現を見直してください。",
              en: "Review the number of links, shortened URLs and the wording of the subject.",
            },
          }
        ),
      ];
    case "filteredasspam":
      return [
        finding(
          9,
          "trace.filtered-as-spam",
          "problem",
          {
            ja: `${r.address} 宛てのメールは迷惑メールと判定され、配信されませんでした。`,
            en: `The mail to ${r.address} was judged to be spam and not delivered.`,
          },
          {
            evidence: eventEvidence(r, lastEvent(r.events, /spam|filter/i)),
            fix: {
              ja: "リンクや定型的な宣伝文句を減らして送り直し、続く場合はIT担当に判定理由の確認を依頼してください。",
              en: "Send again with fewer links and less promotional wording; if it happens again, ask your IT why it was filtered.",
            },
            who: ["you", "yourIt"],
          }
        ),
        finding(
          7,
          "trace.filtered-by-policy",
          "warning",
          {
            ja: "送信者や内容に対するフィルターの設定が影響している可能性があります。",
            en: "A filter on senders or content may be involved.",
          },
          { who: ["yourIt", "recipientIt"] }
        ),
      ];
    case "pending":
    case "deferred": {
      const defer = lastEvent(r.events, /defer|pending|retry/i);
      return [
        finding(
          4,
          "trace.pending",
          "warning",
          {
            ja: `${r.address} への配信はまだ完了しておらず、再試行中です。${TRACE_LAG_MINUTES} 分ほどしてからもう一度確認してください。`,
            en: `Delivery to ${r.address} is not finished and is being retried. Check again in about ${TRACE_LAG_MINUTES} minutes.`,
          },
          {
            evidence: eventEvidence(r, defer),
            fix: {
              ja: "数時間たっても「保留中」のままなら、相手側サーバーが受け取りを拒んでいる可能性があります。Message-IDを添えてIT担当に相談してください。",
              en: "If it is still pending after a few hours, the receiving server may be refusing it: give the Message-ID to your IT.",
            },
            who: ["yourIt", "recipientIt"],
          }
        ),
      ];
    }
    case "gettingstatus":
      return [
        finding(
          4,
          "trace.getting-status",
          "info",
          {
            ja: `${r.address} 宛ての状態はまだ集計中です。${TRACE_LAG_MINUTES} 分ほどしてからもう一度確認してください。`,
            en: `The status for ${r.address} is not known yet. Check again in about ${TRACE_LAG_MINUTES} minutes.`,
          },
          { evidence: eventEvidence(r, undefined) }
        ),
      ];
    case "recalled":
      return [
        finding(
          3,
          "trace.recalled",
          "info",
          {
            ja: `${r.address} 宛てのメールは取り消し(回収)されています。`,
            en: `The mail to ${r.address} was recalled.`,
          },
          {
            evidence: eventEvidence(r, r.events[r.events.length - 1]),
            fix: {
              ja: "必要なら、内容を確かめてから送り直してください。",
              en: "If it is still needed, check it and send it again.",
            },
            who: ["you"],
          }
        ),
      ];
    case "expanded":
      return [
        finding(
          19,
          "trace.group-expanded",
          "info",
          {
            ja: `${r.address} はグループで、メンバーごとに配信されました。各メンバーの結果は個別に表示されます。`,
            en: `${r.address} is a group; it was expanded and each member has a result of their own.`,
          },
          { evidence: eventEvidence(r, lastEvent(r.events, /expand/i)) }
        ),
      ];
    default:
      return [
        finding(
          3,
          "trace.other-status",
          "info",
          {
            ja: `${r.address} 宛ての状態: ${r.status}`,
            en: `Status for ${r.address}: ${r.status}`,
          },
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
      finding(
        3,
        "trace.not-found",
        "warning",
        {
          ja: "送信から時間がたっていますが、Exchange Online の記録にこのメールが見つかりません。送信されていない可能性があります。",
          en: "It has been a while since sending, yet Exchange Online has no record of this mail. It may never have left.",
        },
        {
          evidence: trace.messageId,
          fix: {
            ja: "[送信トレイ]や[下書き]に残っていないか確認してください。見当たらなければ、Message-IDを添えてIT担当に相談してください。",
            en: "Look in your Outbox and Drafts. If it is not there, give the Message-ID to your IT.",
          },
          who: ["you", "yourIt"],
        }
      ),
    ];
  }
  return [
    finding(
      4,
      "trace.not-found-yet",
      "info",
      {
        ja: `メッセージ追跡にはまだ記録がありません。記録が現れるまで数分かかることがあるため、${TRACE_LAG_MINUTES} 分ほどしてからもう一度確認してください。`,
        en: `Message trace has no record of it yet. Records can take a few minutes to appear: check again in about ${TRACE_LAG_MINUTES} minutes.`,
      },
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
