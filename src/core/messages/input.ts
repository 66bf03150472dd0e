/**
 * What the file reader could not read (a .msg) or had to mend (a damaged header): said where the
 * user looks, not skipped silently.
 */
import { defineMessages } from "./types";

const HEADER_DAMAGE_FIX = {
  ja: "自社のシステムが作ったメールであれば、メールを作るプログラムの修正を IT担当者に依頼してください。受け取ったメールであれば、送信元のシステムの問題です。",
  en: "If your own system wrote this mail, ask your IT to fix the program that makes it. If you received it, the sender's system is at fault.",
};

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
  "input.header-blank-lines": {
    params: { count: "count" },
    ja: "ファイルの先頭、メールのヘッダーより前に空行が {count} 行あったため、それを飛ばして読み取りました。",
    en: "The file had {count} blank {count|line|lines} before the mail's header; the mail was read from its first header line.",
  },
  "input.header-unfolded": {
    params: { line: "count" },
    ja: "{line} 行目のパラメーターは上のヘッダーの続きですが、続きの行に必要な行頭の空白がありません。続きとして読み取りました。多くのメールソフトはここでヘッダーが終わったと見なし、本文や添付ファイルを壊れた形で表示します。",
    en: "The parameter on line {line} continues the header field above it but lacks the leading space a continued line needs; it was read as a continuation. Much mail software takes the header to end there and shows the body and attachments garbled.",
    fix: HEADER_DAMAGE_FIX,
  },
  "input.header-stray-line": {
    params: { line: "count" },
    ja: "{line} 行目はヘッダーの形になっていませんが、その後にもヘッダーが続いているため、その行だけを除いて、残りのヘッダーも確認しました。途中のサーバーかメールソフトがヘッダーを壊した可能性があり、受信側によっては、ここでヘッダーが終わったと見なします。",
    en: "Line {line} is not a header line, but header fields follow it: that line was left out and the rest of the header was checked. A server or program on the way damaged the header; some receivers take it to end there.",
    fix: HEADER_DAMAGE_FIX,
  },
  "input.header-cut": {
    params: { line: "count" },
    ja: "{line} 行目がヘッダーの形になっていないため、ヘッダーはその前で終わったものとして、残りを本文として読み取りました。それより後にあったヘッダー（宛先や件名など）は確認できていない可能性があります。",
    en: "Line {line} is not a header line, so the header was taken to end before it and the rest was read as the body; header fields after it (recipients, subject…) may not have been checked.",
    fix: HEADER_DAMAGE_FIX,
  },
});
