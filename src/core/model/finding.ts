import type { Localized } from "./i18n";

/** The article's numbering of the 24 causes; also the report contract's item ids. */
// Two rows of twelve read better than 24 lines.
// prettier-ignore
export type ItemId =
  | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12
  | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24;

export const ITEM_IDS: readonly ItemId[] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
];

export function isItemId(n: unknown): n is ItemId {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 24;
}

/** Who has to act for a cause or a finding. */
export type Who = "you" | "yourIt" | "recipient" | "recipientIt" | "provider";

/**
 * How bad one finding is.
 * - problem: a likely cause of non-delivery
 * - warning: a risk
 * - ok: something was checked and is fine (says what was checked)
 * - info: worth knowing, neither good nor bad (an out-of-office reply, "this domain requires TLS")
 * - unavailable: the source needed for this check failed or lacks permission
 */
export type Severity = "problem" | "warning" | "ok" | "info" | "unavailable";

export interface Finding {
  /** Stable rule id, e.g. "attachment.blocked-extension". */
  rule: string;
  item: ItemId;
  severity: Severity;
  message: Localized;
  /** The concrete thing found: the link, the file name, the address, the raw header value. */
  evidence?: string | undefined;
  /** What to do about it. */
  fix?: Localized | undefined;
  /** Who must act, when it differs from the catalogue's default for the item. */
  who?: Who[] | undefined;
  /** A page that explains more (e.g. Microsoft's page for an Exchange NDR code). */
  link?: string | undefined;
}

/** Convenience constructor that keeps call sites short. */
export function finding(
  item: ItemId,
  rule: string,
  severity: Severity,
  message: Localized,
  extra: Partial<Pick<Finding, "evidence" | "fix" | "who" | "link">> = {}
): Finding {
  const f: Finding = { rule, item, severity, message };
  if (extra.evidence !== undefined) f.evidence = extra.evidence;
  if (extra.fix !== undefined) f.fix = extra.fix;
  if (extra.who !== undefined) f.who = extra.who;
  if (extra.link !== undefined) f.link = extra.link;
  return f;
}
