/**
 * What the file reader could not read, said where the user looks: a .msg recipient known only
 * by an internal Exchange address (left out of the address checks), a body kept only as RTF, an
 * S/MIME item whose body and files are encrypted. Without these, a skipped part would simply
 * look fine.
 */
import { finding, type Finding } from "../model/finding";
import { EXCHANGE_ONLY_NOTE, RTF_ONLY_NOTE, SMIME_NOTE } from "../mime/msg-notes";
import { clip } from "../text/clip";
import type { CheckInput, NamedCheck } from "./types";

function detail(note: string, prefix: string): string {
  return note.slice(prefix.length).trim();
}

function findingsOf(note: string): Finding[] {
  if (note.startsWith(EXCHANGE_ONLY_NOTE)) {
    const text = detail(note, EXCHANGE_ONLY_NOTE);
    const count = /^(\d+)/.exec(text)?.[1] ?? "?";
    const names = text.split(": ").slice(1).join(": ");
    return [
      finding(
        8,
        "input.exchange-only-recipients",
        "info",
        {
          ja: `宛先のうち ${count} 件は Exchange 内部の形式のアドレスしか保存されていないため、アドレスの確認から外しました。`,
          en: `${count} recipient(s) are stored only with an internal Exchange address, so their addresses were not checked.`,
        },
        {
          evidence: clip(names || text, 200),
          fix: {
            ja: "Outlook で宛先を開き、メールアドレス（@ を含む形）を確認してください。",
            en: "Open the recipient in Outlook and check its e-mail address (the form with @).",
          },
        }
      ),
    ];
  }
  if (note.startsWith(RTF_ONLY_NOTE)) {
    return [
      finding(9, "input.rtf-only-body", "info", {
        ja: "本文が RTF 形式でしか保存されておらず読み取れなかったため、本文の確認は行っていません。",
        en: "The body is stored only as RTF and could not be read, so it was not checked.",
      }),
    ];
  }
  if (note.startsWith(SMIME_NOTE) && /encrypted/.test(note)) {
    return [9, 11].map((item) =>
      finding(item as 9 | 11, "input.smime-encrypted", "info", {
        ja: "S/MIME で暗号化されたメールのため、本文と添付ファイルは読み取れず確認していません。",
        en: "The mail is encrypted with S/MIME, so its body and attachments could not be read and were not checked.",
      })
    );
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
