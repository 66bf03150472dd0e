/**
 * The report contract (docs/report-format.md): one JSON object per message. Stable; extended
 * only by adding fields. Texts are rendered in one language.
 */
import { catalogueItem } from "../catalogue/items";
import type { BounceReport } from "../model/bounce";
import type { Lang } from "../model/i18n";
import type { Report } from "../model/report";

export interface ContractFinding {
  rule: string;
  severity: string;
  message: string;
  evidence?: string;
  fix?: string;
  who?: string[];
  link?: string;
}

export interface ContractItem {
  id: number;
  status: string;
  title: string;
  findings: ContractFinding[];
}

export interface ContractBounceRecipient {
  address: string;
  status: string | null;
  replyCode: string | null;
  action: string;
  diagnostic: string;
  cause: number | null;
  reason?: string;
  who?: string[];
  summary?: string;
  nextStep?: string;
  link?: string;
  remoteMta?: string;
  /** A delayed recipient: until when the server keeps retrying (ISO 8601, UTC). */
  retryUntil?: string;
}

export interface ContractReport {
  version: 1;
  mode: "outgoing" | "bounce";
  kind: string;
  message: Report["message"];
  items: ContractItem[];
  bounce: null | {
    reporter: string | null;
    kind: string;
    readFrom?: string;
    forwardedBy?: string;
    readReceipt?: string;
    recipients: ContractBounceRecipient[];
    original?: {
      subject?: string;
      from?: string;
      to: string[];
      date?: string;
      messageId?: string;
      complete: boolean;
    };
  };
  trace?: Report["trace"];
  triageAnswers?: Record<string, string>;
  policyErrors?: string[];
}

function bounceJson(bounce: BounceReport, lang: Lang): NonNullable<ContractReport["bounce"]> {
  const out: NonNullable<ContractReport["bounce"]> = {
    reporter: bounce.reporter,
    kind: bounce.kind,
    recipients: bounce.recipients.map((r) => {
      const rec: ContractBounceRecipient = {
        address: r.address,
        status: r.status,
        replyCode: r.replyCode,
        action: r.action,
        diagnostic: r.diagnostic,
        cause: r.cause,
      };
      if (r.remoteMta) rec.remoteMta = r.remoteMta;
      if (r.retryUntil) rec.retryUntil = r.retryUntil;
      if (r.diagnosis) {
        rec.reason = r.diagnosis.reason;
        rec.who = r.diagnosis.who;
        rec.summary = r.diagnosis.summary[lang];
        rec.nextStep = r.diagnosis.nextStep[lang];
        if (r.diagnosis.link) rec.link = r.diagnosis.link;
      }
      return rec;
    }),
  };
  if (bounce.readFrom) out.readFrom = bounce.readFrom;
  if (bounce.forwardedBy) out.forwardedBy = bounce.forwardedBy;
  if (bounce.readReceipt) out.readReceipt = bounce.readReceipt;
  if (bounce.original) {
    const o = bounce.original;
    const original: NonNullable<NonNullable<ContractReport["bounce"]>["original"]> = {
      to: o.to,
      complete: o.complete,
    };
    if (o.subject !== undefined) original.subject = o.subject;
    if (o.from !== undefined) original.from = o.from;
    if (o.date !== undefined) original.date = o.date;
    if (o.messageId !== undefined) original.messageId = o.messageId;
    out.original = original;
  }
  return out;
}

export function toContractJson(report: Report, lang: Lang): ContractReport {
  const out: ContractReport = {
    version: 1,
    mode: report.mode,
    kind: report.kind,
    message: report.message,
    items: report.items.map((item) => ({
      id: item.id,
      status: item.status,
      title: catalogueItem(item.id).title[lang],
      findings: item.findings.map((f) => {
        const cf: ContractFinding = {
          rule: f.rule,
          severity: f.severity,
          message: f.message[lang],
        };
        if (f.evidence !== undefined) cf.evidence = f.evidence;
        if (f.fix !== undefined) cf.fix = f.fix[lang];
        if (f.who !== undefined) cf.who = f.who;
        if (f.link !== undefined) cf.link = f.link;
        return cf;
      }),
    })),
    bounce: report.bounce ? bounceJson(report.bounce, lang) : null,
  };
  if (report.trace) out.trace = report.trace;
  if (report.triageAnswers && Object.keys(report.triageAnswers).length)
    out.triageAnswers = report.triageAnswers;
  if (report.policyErrors) out.policyErrors = report.policyErrors.map((e) => e[lang]);
  return out;
}
