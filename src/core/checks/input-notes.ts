/**
 * What the file reader could not read, said where the user looks: a .msg recipient known only
 * by an internal Exchange address (left out of the address checks), a body kept only as RTF, an
 * S/MIME item whose body and files are encrypted. Without these, a skipped part would simply
 * look fine.
 */
import type { Finding } from "../model/finding";
import { say } from "../messages";
import {
  BLANK_LINES_NOTE,
  HEADER_CUT_NOTE,
  STRAY_LINE_NOTE,
  UNFOLDED_NOTE,
} from "../mime/header-repair";
import { EXCHANGE_ONLY_NOTE, RTF_ONLY_NOTE, SMIME_NOTE } from "../mime/msg-notes";
import { clip } from "../text/clip";
import type { CheckInput, NamedCheck } from "./types";

function detail(note: string, prefix: string): string {
  return note.slice(prefix.length).trim();
}

/** The number a note carries after its prefix ("mime.header-cut: 7" → 7). */
function numberIn(note: string, prefix: string): number {
  return Number(/^(\d+)/.exec(detail(note, prefix))?.[1] ?? "0");
}

/**
 * What was mended or cut in the mail file's top header (item 20: invalid headers). Exported for
 * the engine, which says it of a bounce file too (the checks there run on its original), as
 * information only: the report's own header is its sender's doing, nothing the reader acts on.
 */
export function headerDamageFindings(
  notes: readonly string[] | undefined,
  options: { informationOnly?: boolean } = {}
): Finding[] {
  const damage = options.informationOnly ? "info" : "warning";
  const out: Finding[] = [];
  for (const note of notes ?? []) {
    if (note.startsWith(BLANK_LINES_NOTE))
      out.push(
        say(20, "input.header-blank-lines", "info", { count: numberIn(note, BLANK_LINES_NOTE) })
      );
    else if (note.startsWith(UNFOLDED_NOTE))
      out.push(say(20, "input.header-unfolded", damage, { line: numberIn(note, UNFOLDED_NOTE) }));
    else if (note.startsWith(STRAY_LINE_NOTE))
      out.push(
        say(20, "input.header-stray-line", damage, { line: numberIn(note, STRAY_LINE_NOTE) })
      );
    else if (note.startsWith(HEADER_CUT_NOTE))
      out.push(say(20, "input.header-cut", damage, { line: numberIn(note, HEADER_CUT_NOTE) }));
  }
  return out;
}

function findingsOf(note: string): Finding[] {
  if (note.startsWith(EXCHANGE_ONLY_NOTE)) {
    const text = detail(note, EXCHANGE_ONLY_NOTE);
    const count = Number(/^(\d+)/.exec(text)?.[1] ?? "0");
    const names = text.split(": ").slice(1).join(": ");
    return [
      say(
        8,
        "input.exchange-only-recipients",
        "info",
        { count },
        { evidence: clip(names || text, 200) }
      ),
    ];
  }
  if (note.startsWith(RTF_ONLY_NOTE)) {
    return [say(9, "input.rtf-only-body", "info", {})];
  }
  if (note.startsWith(SMIME_NOTE) && /encrypted/.test(note)) {
    return [9, 11].map((item) => say(item as 9 | 11, "input.smime-encrypted", "info", {}));
  }
  return [];
}

function runInputNotes(input: CheckInput): Finding[] {
  const notes = input.snapshot.notes ?? [];
  // A bounce's copy of the original may have been damaged by the server that returned it, not by
  // whoever wrote the mail: said, but not as a fault of the mail.
  const informationOnly = input.snapshot.returnedCopy === true;
  return [...notes.flatMap(findingsOf), ...headerDamageFindings(notes, { informationOnly })];
}

export const inputNotesCheck: NamedCheck = {
  name: "input-notes",
  items: [8, 9, 11, 20],
  run: runInputNotes,
};
