/** What the file reader could not read (a .msg): said where the user looks, not skipped silently. */
import { defineMessages } from "./types";

export const INPUT_MESSAGES = defineMessages({
  "input.exchange-only-recipients": {
    params: { count: "count" },
    ja: "宛先のうち {count} 件は、Exchange の内部形式のアドレスしか保存されていないため、アドレスの確認から外しました。",
    en: "{count} {count|recipient is|recipients are} stored only with an internal Exchange address, so {count|its address was|their addresses were} not checked.",
    fix: {
      ja: "Outlook で宛先を開き、メールアドレス（「@」を含む形）を確認してください。",
      en: "Open the recipient in Outlook and check its mail address (the form with “@”).",
    },
  },
  "input.rtf-only-body": {
    ja: "本文が RTF 形式でしか保存されておらず、読み取れなかったため、本文は確認していません。",
    en: "The body is stored only as RTF and could not be read, so it was not checked.",
  },
  "input.smime-encrypted": {
    ja: "S/MIME で暗号化されたメールのため、本文と添付ファイルは読み取れず、確認していません。",
    en: "The mail is encrypted with S/MIME, so its body and attachments could not be read and were not checked.",
  },
});
