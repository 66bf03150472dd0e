/** Plain-text rendering of a Report: the CLI's default output and the pane's "copy report". */
import { catalogueItem, WHO_LABELS } from "../catalogue";
import type { Lang } from "../model/i18n";
import type { ItemStatus, Report } from "../model/report";
import { itemsForDisplay } from "./build";

export const STATUS_LABELS: Record<ItemStatus, { ja: string; en: string }> = {
  problem: { ja: "問題あり", en: "Problem" },
  warning: { ja: "注意", en: "Warning" },
  ok: { ja: "問題なし", en: "OK" },
  manual: { ja: "手動で確認", en: "Check by hand" },
  unavailable: { ja: "確認できず", en: "Unavailable" },
};

/** A status marker that does not depend on colour. */
export const STATUS_MARKS: Record<ItemStatus, string> = {
  problem: "[x]",
  warning: "[!]",
  ok: "[ok]",
  manual: "[?]",
  unavailable: "[-]",
};

const L = {
  subject: { ja: "件名", en: "Subject" },
  from: { ja: "差出人", en: "From" },
  to: { ja: "宛先", en: "To" },
  cc: { ja: "CC", en: "Cc" },
  date: { ja: "日時", en: "Date" },
  messageId: { ja: "Message-ID", en: "Message-ID" },
  bounce: { ja: "配信不能レポート", en: "Non-delivery report" },
  reporter: { ja: "報告元", en: "Reported by" },
  recipient: { ja: "宛先", en: "Recipient" },
  status: { ja: "ステータス", en: "Status" },
  server: { ja: "相手サーバーの応答", en: "Server said" },
  cause: { ja: "原因", en: "Cause" },
  who: { ja: "対応する人", en: "Who fixes it" },
  next: { ja: "次にすること", en: "Next step" },
  fix: { ja: "対処", en: "Fix" },
  policy: { ja: "ポリシー設定の問題", en: "Policy file problems" },
  summary: { ja: "結果", en: "Result" },
  none: { ja: "(なし)", en: "(none)" },
};

function line(label: { ja: string; en: string }, value: string, lang: Lang): string {
  return `${label[lang]}: ${value}`;
}

export interface TextOptions {
  /** Include items with status ok and manual (the CLI shows all; "copy report" too). */
  includeAll?: boolean;
}

export function renderText(report: Report, lang: Lang, options: TextOptions = {}): string {
  const includeAll = options.includeAll ?? true;
  const out: string[] = [];
  const m = report.message;
  out.push(line(L.subject, m.subject || L.none[lang], lang));
  if (m.from) out.push(line(L.from, m.from, lang));
  if (m.to.length) out.push(line(L.to, m.to.join(", "), lang));
  if (m.cc.length) out.push(line(L.cc, m.cc.join(", "), lang));
  if (m.date) out.push(line(L.date, m.date, lang));
  if (m.messageId) out.push(line(L.messageId, m.messageId, lang));

  const counts = { problem: 0, warning: 0, ok: 0, manual: 0, unavailable: 0 } as Record<ItemStatus, number>;
  for (const i of report.items) counts[i.status]++;
  out.push(
    line(
      L.summary,
      (["problem", "warning", "unavailable", "ok", "manual"] as ItemStatus[])
        .map((s) => `${STATUS_LABELS[s][lang]} ${counts[s]}`)
        .join(" / "),
      lang
    )
  );

  if (report.bounce) {
    out.push("", `== ${L.bounce[lang]} ==`);
    if (report.bounce.reporter) out.push(line(L.reporter, report.bounce.reporter, lang));
    for (const r of report.bounce.recipients) {
      out.push(`- ${r.address} (${r.action}${r.status ? `, ${r.status}` : ""}${r.replyCode ? `, ${r.replyCode}` : ""})`);
      if (r.diagnostic) out.push(`  ${line(L.server, r.diagnostic, lang)}`);
      if (r.cause !== null) out.push(`  ${line(L.cause, `#${r.cause} ${catalogueItem(r.cause).title[lang]}`, lang)}`);
      if (r.diagnosis) {
        out.push(`  ${r.diagnosis.summary[lang]}`);
        out.push(`  ${line(L.who, r.diagnosis.who.map((w) => WHO_LABELS[w][lang]).join(", "), lang)}`);
        out.push(`  ${line(L.next, r.diagnosis.nextStep[lang], lang)}`);
        if (r.diagnosis.link) out.push(`  ${r.diagnosis.link}`);
      }
    }
  }

  out.push("");
  for (const item of itemsForDisplay(report)) {
    if (!includeAll && (item.status === "ok" || item.status === "manual")) continue;
    const c = catalogueItem(item.id);
    out.push(`${STATUS_MARKS[item.status]} ${String(item.id).padStart(2)}. ${c.title[lang]} — ${STATUS_LABELS[item.status][lang]}`);
    for (const f of item.findings) {
      out.push(`      - ${f.message[lang]}${f.evidence ? ` [${f.evidence}]` : ""}`);
      if (f.fix) out.push(`        ${L.fix[lang]}: ${f.fix[lang]}`);
    }
  }
  if (report.policyErrors?.length) {
    out.push("", `${L.policy[lang]}:`);
    for (const e of report.policyErrors) out.push(`- ${e[lang]}`);
  }
  return out.join("\n") + "\n";
}
