/**
 * Which block lists a file name hits. Pure lookups over ./lists; the policy's own list is
 * passed in, since it comes from the org's policy.json.
 */
import {
  EOP_COMMON_FILTER_BLOCKED,
  GMAIL_BLOCKED,
  OUTLOOK_WEB_BLOCKED,
  type BlockListId,
} from "./lists";
import { extensionOf } from "./names";
import { text } from "../messages";
import type { Localized } from "../model/i18n";

export function blockListsFor(name: string, policyBlocked: ReadonlySet<string>): BlockListId[] {
  const ext = extensionOf(name);
  return ext ? blockListsForExtension(ext, policyBlocked) : [];
}

/** The same for an extension already taken from the name (lower case, with the dot). */
export function blockListsForExtension(
  ext: string,
  policyBlocked: ReadonlySet<string>
): BlockListId[] {
  const out: BlockListId[] = [];
  if (OUTLOOK_WEB_BLOCKED.has(ext)) out.push("outlook-web");
  if (EOP_COMMON_FILTER_BLOCKED.has(ext)) out.push("eop-common-filter");
  if (GMAIL_BLOCKED.has(ext)) out.push("gmail");
  if (policyBlocked.has(ext)) out.push("policy");
  return out;
}

/** Any list at all: the "risky extension" test used for disguised names. */
export function isRiskyExtension(ext: string, policyBlocked: ReadonlySet<string>): boolean {
  return (
    OUTLOOK_WEB_BLOCKED.has(ext) ||
    EOP_COMMON_FILTER_BLOCKED.has(ext) ||
    GMAIL_BLOCKED.has(ext) ||
    policyBlocked.has(ext)
  );
}

/** The lists' names, as the reader reads them (src/core/messages/attachments.ts). */
const LIST_NAMES: Record<BlockListId, Localized> = {
  "outlook-web": text("attachment.list.outlook-web", {}),
  "eop-common-filter": text("attachment.list.eop-common-filter", {}),
  gmail: text("attachment.list.gmail", {}),
  policy: text("attachment.list.policy", {}),
};

export function listNames(lists: readonly BlockListId[]): { ja: string; en: string } {
  return {
    ja: lists.map((l) => LIST_NAMES[l].ja).join("、"),
    en: lists.map((l) => LIST_NAMES[l].en).join(", "),
  };
}
