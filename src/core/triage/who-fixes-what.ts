/**
 * Who fixes what: the 24 causes grouped by who has to act (you, your IT, the recipient, the
 * recipient's IT, the provider), each cause once, under its main actor, with the causes that
 * apply to this message (a problem or a warning in the report) marked.
 */
import { CATALOGUE } from "../catalogue";
import type { ItemId, Who } from "../model/finding";
import type { Localized } from "../model/i18n";
import type { ItemStatus, Report } from "../model/report";

export const WHO_ORDER: readonly Who[] = ["you", "yourIt", "recipient", "recipientIt", "provider"];

export interface WhoItem {
  id: ItemId;
  title: Localized;
  status: ItemStatus;
  /** True when the report has a problem or a warning on it. */
  applies: boolean;
  /** Others who share the work (the cause's other actors). */
  alsoWho: Who[];
}

export interface WhoGroup {
  who: Who;
  items: WhoItem[];
}

export function groupByWho(report: Report | undefined): WhoGroup[] {
  const groups = new Map<Who, WhoItem[]>(WHO_ORDER.map((w) => [w, []]));
  for (const c of CATALOGUE) {
    const item = report?.items.find((i) => i.id === c.id);
    const status: ItemStatus = item?.status ?? "manual";
    const applies = status === "problem" || status === "warning";
    // A finding may name who must act for this message; the worst finding's choice wins.
    const named = item?.findings.find(
      (f) => (f.severity === "problem" || f.severity === "warning") && f.who && f.who.length > 0
    )?.who;
    const actors = applies && named ? named : c.who;
    const main = actors[0] ?? "you";
    const alsoWho = [...new Set([...actors.slice(1), ...c.who])].filter((w) => w !== main);
    groups.get(main)?.push({ id: c.id, title: c.title, status, applies, alsoWho });
  }
  return WHO_ORDER.map((who) => ({ who, items: groups.get(who) ?? [] }));
}
