/**
 * What the file reader could not read, said where the user looks: a .msg recipient known only
 * by an internal Exchange address (left out of the address checks), a body kept only as RTF, an
 * S/MIME item whose body and files are encrypted. Without these, a skipped part would simply
 * look fine.
 */
import type { Finding } from "../model/finding";
import { say } from "../messages";
import { EXCHANGE_ONLY_NOTE, RTF_ONLY_NOTE, SMIME_NOTE } from "../mime/msg-notes";
import { clip } from "../text/clip";
import type { CheckInput, NamedCheck } from "./types";

function detail(note: string, prefix: string): string {
  return note.slice(prefix.length).trim();
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
  return (input.snapshot.notes ?? []).flatMap(findingsOf);
}

export const inputNotesCheck: NamedCheck = {
  name: "input-notes",
  items: [8, 9, 11],
  run: runInputNotes,
};
