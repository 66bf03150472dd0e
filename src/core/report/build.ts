/** Assembles the Report from findings: all 24 items, statuses, and per-source unavailability. */
import { CATALOGUE } from "../catalogue/items";
import { estimateMessageSize } from "../checks/size";
import { explain, SOURCE_FALLBACK } from "../checks/unavailable";
import { text, textOf } from "../messages";
import { FACT_ITEMS, type Facts, type Unavailable } from "../model/facts";
import { finding, ITEM_IDS, type Finding, type ItemId } from "../model/finding";
import type { BounceReport } from "../model/bounce";
import type { ItemStatus, MessageSummary, Report, ReportItem, SourceState } from "../model/report";
import type { MessageSnapshot } from "../model/snapshot";

/** Worst first: the item takes the status of its worst finding. */
const SEVERITY_RANK: Record<Finding["severity"], number> = {
  problem: 5,
  warning: 4,
  unavailable: 3,
  ok: 2,
  info: 1,
};

export function itemStatus(findings: readonly Finding[]): ItemStatus {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, SEVERITY_RANK[f.severity]);
  switch (worst) {
    case 5:
      return "problem";
    case 4:
      return "warning";
    case 3:
      return "unavailable";
    case 2:
      return "ok";
    default:
      return "manual";
  }
}

/** One `unavailable` finding per item a failed source informs, carrying the reason and the fix. */
export function unavailableFindings(facts: Facts): Finding[] {
  const out: Finding[] = [];
  for (const key of Object.keys(FACT_ITEMS) as (keyof Facts)[]) {
    const fact = facts[key];
    if (!fact || fact.state !== "unavailable") continue;
    out.push(...sourceUnavailable(key, fact.why));
  }
  return out;
}

function sourceUnavailable(key: keyof Facts, why: Unavailable): Finding[] {
  const { reason, fix } = explain(why, SOURCE_FALLBACK[key]);
  return FACT_ITEMS[key].map((item) =>
    finding(
      item,
      `source.${key}.unavailable`,
      "unavailable",
      // The reason and fix are the reader's words; the machine code (why.code) is not shown.
      text("source.unavailable", { source: textOf(`source.name.${key}`), reason }),
      { fix }
    )
  );
}

/** The addresses as typed; an entry with no address is shown by the text it has ("jp" of "co,jp"). */
function addressList(list: MessageSnapshot["to"]): string[] {
  return list.map((a) => a.address || a.name?.trim() || "");
}

export function summarize(snapshot: MessageSnapshot): MessageSummary {
  return {
    subject: snapshot.subject,
    from: snapshot.from?.address ?? "",
    to: addressList(snapshot.to),
    cc: addressList(snapshot.cc),
    date: snapshot.date ?? "",
    messageId: snapshot.messageId ?? "",
    sizeBytes: estimateMessageSize(snapshot).bytes,
  };
}

export interface BuildReportInput {
  snapshot: MessageSnapshot;
  findings: Finding[];
  facts: Facts;
  bounce: BounceReport | null;
  sources: SourceState[];
  policyErrors?: Report["policyErrors"];
  triageAnswers?: Report["triageAnswers"];
}

export function buildReport(input: BuildReportInput): Report {
  const all = [...input.findings, ...unavailableFindings(input.facts)];
  const byItem = new Map<ItemId, Finding[]>(ITEM_IDS.map((id) => [id, []]));
  for (const f of all) byItem.get(f.item)?.push(f);
  const items: ReportItem[] = CATALOGUE.map((c) => {
    const findings = byItem.get(c.id) ?? [];
    findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    return { id: c.id, status: itemStatus(findings), findings };
  });
  const report: Report = {
    version: 1,
    mode: input.bounce ? "bounce" : "outgoing",
    kind: input.snapshot.kind,
    message: summarize(input.snapshot),
    items,
    bounce: input.bounce,
    sources: input.sources,
  };
  const trace = input.facts.trace;
  if (trace?.state === "ok") report.trace = trace.value;
  if (input.policyErrors && input.policyErrors.length > 0) report.policyErrors = input.policyErrors;
  if (input.triageAnswers && Object.keys(input.triageAnswers).length > 0)
    report.triageAnswers = input.triageAnswers;
  return report;
}

/** Items ordered for display: problems first, then warnings, unavailable, ok, manual; by id within. */
const DISPLAY_RANK: Record<ItemStatus, number> = {
  problem: 0,
  warning: 1,
  unavailable: 2,
  ok: 3,
  manual: 4,
};

export function itemsForDisplay(report: Report): ReportItem[] {
  return [...report.items].sort(
    (a, b) => DISPLAY_RANK[a.status] - DISPLAY_RANK[b.status] || a.id - b.id
  );
}

export function hasProblem(report: Report): boolean {
  return report.items.some((i) => i.status === "problem");
}
