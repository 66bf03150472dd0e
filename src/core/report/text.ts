/**
 * Plain-text rendering of a Report: the CLI's default output and the pane's "copy report".
 * It follows the pane's order: the verdict (which item, who acts, the next step) first, then the
 * problems and warnings with their evidence and fix, then what could not be checked (each reason
 * once), then one line counting the rest. `verbose` adds the items that passed and how to check
 * the manual ones by hand.
 */
import { catalogueItem, WHO_LABELS } from "../catalogue";
import { formatDate, label, render, textOf, type LabelKey } from "../messages";
import { cameBack, type BounceRecipient } from "../model/bounce";
import type { Finding } from "../model/finding";
import type { Lang, Localized } from "../model/i18n";
import type { ItemStatus, Report, ReportItem } from "../model/report";
import { itemsForDisplay } from "./build";
import { computeVerdict, shownAddress } from "./verdict";

export const STATUS_LABELS: Record<ItemStatus, Localized> = {
  problem: textOf("status.problem"),
  warning: textOf("status.warning"),
  ok: textOf("status.ok"),
  manual: textOf("status.manual"),
  unavailable: textOf("status.unavailable"),
};

/** A status marker that does not depend on colour. */
export const STATUS_MARKS: Record<ItemStatus, string> = {
  problem: "[x]",
  warning: "[!]",
  ok: "[ok]",
  manual: "[?]",
  unavailable: "[-]",
};

export interface TextOptions {
  /** Also list the items that passed, with what was checked, and how to check the manual ones. */
  verbose?: boolean | undefined;
  /** Say that `--verbose` shows more (the CLI). */
  verboseHint?: boolean | undefined;
}

const INDENT = "      ";

function colon(lang: Lang): string {
  return lang === "ja" ? "：" : ": ";
}

function labelled(key: LabelKey, value: string, lang: Lang): string {
  return `${label(key, lang)}${colon(lang)}${value}`;
}

function itemHeading(item: ReportItem, lang: Lang, inOriginal = false): string {
  const c = catalogueItem(item.id);
  const heading = `${STATUS_MARKS[item.status]} ${String(item.id).padStart(2)}. ${c.title[lang]} — ${STATUS_LABELS[item.status][lang]}`;
  if (!inOriginal) return heading;
  const where = label("report.in-original", lang);
  return lang === "ja" ? `${heading}（${where}）` : `${heading} (${where})`;
}

function findingLines(f: Finding, lang: Lang, withFix: boolean): string[] {
  const evidence = f.evidence ? (lang === "ja" ? `（${f.evidence}）` : ` (${f.evidence})`) : "";
  const out = [`${INDENT}- ${f.message[lang]}${evidence}`];
  if (withFix && f.fix) out.push(`${INDENT}  ${labelled("report.fix", f.fix[lang], lang)}`);
  return out;
}

/** "550 5.1.10" once: the reply code and the enhanced code, unless the server's words carry them. */
function codeOf(r: BounceRecipient): string {
  const code = [r.replyCode, r.status].filter((c): c is string => !!c).join(" ");
  return code;
}

function bounceLines(report: Report, lang: Lang): string[] {
  const b = report.bounce;
  if (!b) return [];
  const sep = lang === "ja" ? "、" : ", ";
  // Named for what came back: a failure, a delay, or a notice that is no failure at all.
  const title = (
    { failure: "report.bounce", delay: "report.delay-notice", notice: "report.notice" } as const
  )[cameBack(b.kind)];
  const out = ["", `== ${label(title, lang)} ==`];
  if (b.reporter) out.push(labelled("report.reporter", b.reporter, lang));
  if (b.forwardedBy) out.push(labelled("report.forwarded-by", b.forwardedBy, lang));
  for (const r of b.recipients) {
    const code = codeOf(r);
    const said = r.diagnostic.trim();
    // The server's words usually begin with the code; then it is not repeated beside the address.
    const showCode = code && !(r.status && said.includes(r.status));
    const action = label(`report.action.${r.action}`, lang);
    const tail = showCode ? `${action}${sep}${render("report.code", { code }, lang)}` : action;
    const address = shownAddress(r.address)[lang];
    out.push(lang === "ja" ? `- ${address}（${tail}）` : `- ${address} (${tail})`);
    if (said) out.push(`  ${labelled("report.server-said", said, lang)}`);
    if (r.cause !== null)
      out.push(
        `  ${labelled("report.cause", `${r.cause}. ${catalogueItem(r.cause).title[lang]}`, lang)}`
      );
    if (r.action === "delayed" && r.retryUntil)
      out.push(`  ${labelled("report.retry-until", formatDate(r.retryUntil, lang), lang)}`);
    // What the cause means, who acts and the next step are the item's finding below, said once.
    if (r.diagnosis?.link) out.push(`  ${r.diagnosis.link}`);
  }
  return out;
}

/** Unavailable findings grouped by what they say, so each reason is given once. */
function couldNotCheckLines(items: readonly ReportItem[], lang: Lang): string[] {
  const unavailable = items.filter((i) => i.status === "unavailable");
  if (unavailable.length === 0) return [];
  const groups = new Map<string, { ids: number[]; finding: Finding | undefined }>();
  for (const item of unavailable) {
    const reasons = item.findings.filter((f) => f.severity === "unavailable");
    for (const f of reasons.length ? reasons : [undefined]) {
      const key = f ? `${f.message[lang]}\n${f.fix?.[lang] ?? ""}` : "";
      const g = groups.get(key) ?? { ids: [], finding: f };
      if (!g.ids.includes(item.id)) g.ids.push(item.id);
      groups.set(key, g);
    }
  }
  const sep = lang === "ja" ? "、" : ", ";
  const out = ["", `${label("report.could-not-check", lang)}${colon(lang).trimEnd()}`];
  for (const { ids, finding } of groups.values()) {
    const names = ids
      .map((id) => `${id}. ${catalogueItem(id as ReportItem["id"]).title[lang]}`)
      .join(sep);
    out.push(`[-] ${names}`);
    if (finding) out.push(...findingLines(finding, lang, true));
  }
  return out;
}

export function renderText(report: Report, lang: Lang, options: TextOptions = {}): string {
  const out: string[] = [];
  const m = report.message;
  const sep = lang === "ja" ? "、" : ", ";
  out.push(labelled("report.subject", m.subject || label("report.no-subject", lang), lang));
  if (m.from) out.push(labelled("report.from", m.from, lang));
  if (m.to.length) out.push(labelled("report.to", m.to.join(sep), lang));
  if (m.cc.length) out.push(labelled("report.cc", m.cc.join(sep), lang));
  if (m.date) out.push(labelled("report.date", formatDate(m.date, lang), lang));
  if (m.messageId) out.push(labelled("report.message-id", m.messageId, lang));

  const verdict = computeVerdict(report);
  out.push("", `== ${label("report.verdict", lang)} ==`, verdict.headline[lang]);
  if (verdict.who.length)
    out.push(labelled("report.who", verdict.who.map((w) => WHO_LABELS[w][lang]).join(sep), lang));
  if (verdict.forwardedBy) out.push(verdict.forwardedBy[lang]);
  out.push(labelled("report.next", verdict.next.text[lang], lang));

  out.push(...bounceLines(report, lang));

  const items = itemsForDisplay(report);
  const raised = items.filter((i) => i.status === "problem" || i.status === "warning");
  if (raised.length) out.push("");
  // On a bounce, a cause the bounce itself does not give was found by the checks on the mail it
  // returned: said so, as the pane does.
  const inOriginal = new Set(verdict.causes.filter((c) => c.inOriginal).map((c) => c.item));
  for (const item of raised) {
    out.push(itemHeading(item, lang, inOriginal.has(item.id)));
    for (const f of item.findings)
      if (f.severity === "problem" || f.severity === "warning" || f.severity === "info")
        out.push(...findingLines(f, lang, true));
  }

  out.push(...couldNotCheckLines(items, lang));

  const ok = items.filter((i) => i.status === "ok");
  const manual = items.filter((i) => i.status === "manual");
  out.push("", render("report.rest", { ok: ok.length, manual: manual.length }, lang));
  if (options.verbose) {
    if (ok.length) out.push("", `== ${label("report.checked", lang)} ==`);
    for (const item of ok) {
      out.push(itemHeading(item, lang));
      for (const f of item.findings) out.push(...findingLines(f, lang, f.severity !== "ok"));
    }
    if (manual.length) out.push("", `== ${label("report.manual", lang)} ==`);
    for (const item of manual) {
      out.push(itemHeading(item, lang));
      for (const f of item.findings) out.push(...findingLines(f, lang, true));
      out.push(
        `${INDENT}${labelled("report.how-to-check", catalogueItem(item.id).howToCheck[lang], lang)}`
      );
    }
  } else if (options.verboseHint && manual.length) {
    out.push(label("report.verbose-hint", lang));
  }

  if (report.policyErrors?.length) {
    out.push("", `${label("report.policy-errors", lang)}${colon(lang).trimEnd()}`);
    for (const e of report.policyErrors) out.push(`- ${e[lang]}`);
  }
  return out.join("\n") + "\n";
}
