/**
 * The send check's decision, pure: a Report of the draft and the policy → let the mail go, or
 * stop and ask the user with a short message naming the problems. Only `problem` findings (and
 * warnings whose rule IT listed in policy.sendCheck.promptOnWarnings) interrupt; warnings alone
 * never do. Outlook shows at most 500 characters, so the message is built to fit.
 */
import { catalogueItem } from "../catalogue/items";
import { label, render } from "../messages";
import type { Lang } from "../model/i18n";
import type { Finding, ItemId } from "../model/finding";
import type { Report } from "../model/report";
import type { Policy } from "../policy/schema";
import { clip } from "../text/clip";

/** Outlook's limit for SmartAlertsEventCompletedOptions.errorMessage. */
export const MAX_MESSAGE_CHARS = 500;

export type SendDecision =
  | { action: "allow"; reason: "off" | "clean" }
  | {
      action: "prompt";
      /** Plain text, under MAX_MESSAGE_CHARS, in the user's language. */
      message: string;
      /** True when IT asked for soft block: no runtime override to "Send anyway". */
      softBlock: boolean;
      /** The findings that caused the prompt, worst first. */
      findings: Finding[];
    };

/** "attachment.encrypted-archive" matches itself; "attachment.*" matches every attachment rule. */
export function ruleListed(rule: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith("*") ? rule.startsWith(p.slice(0, -1)) : p === rule));
}

/** The findings that justify interrupting the send, problems first, in item order. */
export function blockingFindings(report: Report, policy: Policy): Finding[] {
  const listed = policy.sendCheck.promptOnWarnings;
  const problems: Finding[] = [];
  const listedWarnings: Finding[] = [];
  for (const item of report.items) {
    for (const f of item.findings) {
      if (f.severity === "problem") problems.push(f);
      else if (f.severity === "warning" && ruleListed(f.rule, listed)) listedWarnings.push(f);
    }
  }
  return [...problems, ...listedWarnings];
}

interface Line {
  item: ItemId;
  evidence: string[];
}

/** One line per checklist item, with the concrete evidence (file names, addresses) it found. */
function groupByItem(findings: readonly Finding[]): Line[] {
  const lines: Line[] = [];
  for (const f of findings) {
    let line = lines.find((l) => l.item === f.item);
    if (!line) {
      line = { item: f.item, evidence: [] };
      lines.push(line);
    }
    // A trailing "[source, list]" (which lists name a file type) is for the pane, not the prompt.
    const evidence = f.evidence
      ?.replace(/\s+/g, " ")
      .replace(/\[[^[\]]*\]$/, "")
      .trim();
    if (evidence && !line.evidence.includes(evidence)) line.evidence.push(evidence);
  }
  return lines;
}

/** Layout of the prompt's lines; the words come from the catalogue (messages/sendcheck.ts). */
const LAYOUT = {
  ja: { bullet: "・", sep: "：" },
  en: { bullet: "- ", sep: ": " },
} as const;

const more = (n: number, lang: Lang): string => render("sendcheck.more", { count: n }, lang);

function renderLine(line: Line, lang: Lang, evidenceChars: number): string {
  const t = LAYOUT[lang];
  const title = catalogueItem(line.item).title[lang];
  if (line.evidence.length === 0) return `${t.bullet}${title}`;
  const shown = clip(line.evidence.slice(0, 2).join(", "), evidenceChars);
  const rest = more(line.evidence.length - 2, lang);
  const extra = line.evidence.length > 2 ? (lang === "ja" ? `（${rest}）` : ` (${rest})`) : "";
  return `${t.bullet}${title}${t.sep}${shown}${extra}`;
}

/** The prompt text; shrinks evidence, then drops lines, until it fits in `max` characters. */
export function promptMessage(
  findings: readonly Finding[],
  lang: Lang,
  softBlock: boolean,
  max = MAX_MESSAGE_CHARS
): string {
  const t = LAYOUT[lang];
  const lines = groupByItem(findings);
  const head = label("sendcheck.head", lang);
  const tail = label(softBlock ? "sendcheck.soft-tail" : "sendcheck.prompt-tail", lang);
  for (const evidenceChars of [80, 40, 20]) {
    for (let shown = Math.min(lines.length, 4); shown >= 1; shown--) {
      const body = lines.slice(0, shown).map((l) => renderLine(l, lang, evidenceChars));
      if (shown < lines.length) body.push(`${t.bullet}${more(lines.length - shown, lang)}`);
      const text = [head, ...body, tail].join("\n");
      if (Array.from(text).length <= max) return text;
    }
  }
  return clip([head, tail].join("\n"), max);
}

export function decideSend(report: Report, policy: Policy, lang: Lang): SendDecision {
  if (!policy.sendCheck.enabled) return { action: "allow", reason: "off" };
  const findings = blockingFindings(report, policy);
  if (findings.length === 0) return { action: "allow", reason: "clean" };
  const softBlock = policy.sendCheck.mode === "softBlock";
  return {
    action: "prompt",
    message: promptMessage(findings, lang, softBlock),
    softBlock,
    findings,
  };
}
