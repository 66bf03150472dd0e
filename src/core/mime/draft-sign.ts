/**
 * Whether a mail file is an unsent draft, from the marks mail programs leave on the drafts they
 * save. A draft has no Date or Message-ID yet (the program adds both when it sends), so reading
 * one as a sent mail would report headers that are simply not written yet.
 *
 * Only explicit marks count; a file that merely lacks a Date stays a sent mail, whose missing
 * Date is a real fault of the program that sent it.
 */
import type { HeaderField } from "../model/snapshot";

/**
 * Marks of a saved draft, by header name (lowercase) and the value it must have (undefined: any):
 * - X-Unsent: 1 — Outlook and Windows Mail open such an .eml as a message to edit and send;
 * - X-Mozilla-Draft-Info — Thunderbird's drafts and templates;
 * - X-Uniform-Type-Identifier: com.apple.mail-draft — Apple Mail's drafts.
 */
const DRAFT_MARKS: ReadonlyArray<readonly [name: string, value: RegExp | undefined]> = [
  ["x-unsent", /^\s*1\s*$/],
  ["x-mozilla-draft-info", undefined],
  ["x-uniform-type-identifier", /^\s*com\.apple\.mail-draft\s*$/i],
];

/** True for a saved draft: a draft mark and no Received field (a mail that travelled was sent). */
export function isSavedDraft(headers: readonly HeaderField[]): boolean {
  let marked = false;
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (name === "received") return false;
    if (!marked)
      marked = DRAFT_MARKS.some(
        ([mark, value]) => mark === name && (!value || value.test(h.value))
      );
  }
  return marked;
}
