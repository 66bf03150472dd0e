/**
 * What the work budgets of one mail left unread (src/core/archive/budget.ts): a crafted or very
 * large mail is checked up to its limits, and the user reads what was not opened and why.
 */
import { defineMessages } from "./types";

const NOT_OPENED_FIX = {
  ja: "送る側であれば、圧縮ファイルの数や大きさを減らすか、OneDrive や SharePoint の共有リンクで送ってください。受け取ったメールであれば、開かずに IT担当者に元のメールファイルの確認を依頼してください。",
  en: "If you are sending it, use fewer or smaller archives, or share the files through a OneDrive or SharePoint link. If you received it, do not open it and ask your IT to look at the original mail file.",
};

export const LIMITS_MESSAGES = defineMessages({
  "limits.archive-time": {
    params: { count: "count" },
    ja: "添付ファイルの確認にかけられる時間の上限に達したため、圧縮ファイル {count} 件の中身は確認していません。",
    en: "Checking the attachments reached its time limit, so the contents of {count} {count|archive were|archives were} not opened.",
    fix: NOT_OPENED_FIX,
  },
  "limits.archive-bytes": {
    params: { count: "count", limit: "bytes" },
    ja: "1通のメールで展開する量の上限（{limit}）に達したため、圧縮ファイル {count} 件の中身は確認していません。",
    en: "Unpacking reached its limit of {limit} for one mail, so the contents of {count} {count|archive were|archives were} not opened.",
    fix: NOT_OPENED_FIX,
  },
  "mime.headers-only": {
    params: {},
    ja: "メールの構造が深すぎるか大きすぎるため、本文と添付ファイルは読み取れませんでした。確認したのはヘッダーだけです。",
    en: "The mail's structure is too deep or too large for its body and attachments to be read; only its headers were checked.",
    fix: {
      ja: "送る側であれば、転送を重ねた形をやめ、普通の形で送り直してください。受け取ったメールであれば、IT担当者に元のメールファイルの確認を依頼してください。",
      en: "If you are sending it, send it again in a plain form rather than as forwards inside forwards. If you received it, ask your IT to look at the original mail file.",
    },
  },
  "limits.body-cut": {
    params: { limit: "bytes", size: "bytes" },
    ja: "本文がとても長いため（約 {size}）、先頭の約 {limit} だけを確認しました。それより後ろの部分は確認していません。",
    en: "The body is very long (about {size}), so only about its first {limit} were checked; the rest was not.",
    fix: {
      ja: "長い資料は本文に貼らず、ファイルとして OneDrive や SharePoint で共有してください。",
      en: "Share long documents as files through OneDrive or SharePoint rather than pasting them into the body.",
    },
  },
});
