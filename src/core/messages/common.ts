/** Texts shared by every surface: values that stand in for user data, internal failures. */
import { defineMessages } from "./types";

export const COMMON_MESSAGES = defineMessages({
  "internal.check-failed": {
    ja: "内部エラーのため、この項目の確認を最後まで行えませんでした。",
    en: "This item could not be checked to the end because of an internal error.",
    fix: {
      ja: "ほかの項目の結果はそのまま使えます。何度も起きる場合は、IT担当者にお知らせください。",
      en: "The other results are still valid. If this keeps happening, tell your IT staff.",
    },
  },
  "internal.source-failed": {
    ja: "予期しないエラーが起きました（{detail}）。",
    en: "An unexpected error occurred ({detail}).",
    params: { detail: "text" },
    fix: {
      ja: "ほかの確認結果はそのまま使えます。何度も起きる場合は、IT担当者にお知らせください。",
      en: "The other results are still valid. If this keeps happening, tell your IT staff.",
    },
  },
  "who.you": { ja: "あなた", en: "You" },
  "who.yourIt": { ja: "自社のIT担当者", en: "Your IT team" },
  "who.recipient": { ja: "相手", en: "The recipient" },
  "who.recipientIt": { ja: "相手のIT担当者", en: "The recipient's IT team" },
  "who.provider": { ja: "プロバイダー", en: "The provider" },
  "who.sender": { ja: "送信者", en: "The sender" },
  "who.senderIt": { ja: "送信者側のIT担当者", en: "The sender's IT team" },
  "value.empty": {
    ja: "（空欄）",
    en: "(empty)",
  },
});
