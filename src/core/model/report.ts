/** The Report: what every surface (pane, send check, CLI, inquiry) renders. */
import type { BounceReport } from "./bounce";
import type { TraceResult, Unavailable } from "./facts";
import type { Finding, ItemId } from "./finding";
import type { Localized } from "./i18n";
import type { MessageKind } from "./snapshot";

export type ItemStatus = "problem" | "warning" | "ok" | "manual" | "unavailable";

export interface ReportItem {
  id: ItemId;
  status: ItemStatus;
  findings: Finding[];
}

/** The report contract's mode: a bounce is read as "bounce"; everything else as "outgoing". */
export type ReportMode = "outgoing" | "bounce";

export interface MessageSummary {
  subject: string;
  from: string;
  to: string[];
  cc: string[];
  date: string;
  messageId: string;
  sizeBytes: number;
}

/** Progress of one source of findings, so the pane can show each as it finishes. */
export type SourceId = "local" | "attachments" | "graph" | "dns" | "trace" | "bounce" | "headers";

export interface SourceState {
  id: SourceId;
  state: "pending" | "done" | "unavailable" | "off";
  why?: Unavailable | undefined;
}

export interface Report {
  version: 1;
  mode: ReportMode;
  kind: MessageKind;
  message: MessageSummary;
  /** Always all 24, in id order. */
  items: ReportItem[];
  bounce: BounceReport | null;
  trace?: TraceResult | undefined;
  sources: SourceState[];
  /** The user's answers in the triage wizard (step id → yes/no/unknown), kept with the report. */
  triageAnswers?: Record<string, "yes" | "no" | "unknown"> | undefined;
  /** Problems with policy.json, field by field; the defaults were used for those fields. */
  policyErrors?: Localized[] | undefined;
}
