/** The prompt Outlook shows when the send-time check (Smart Alerts) stops a mail. */
import { defineMessages } from "./types";

export const SENDCHECK_MESSAGES = defineMessages({
  "sendcheck.head": {
    ja: "このメールは届かない可能性があります。",
    en: "This mail may not arrive:",
  },
  "sendcheck.more": {
    params: { count: "count" },
    ja: "ほか {count} 件",
    en: "and {count} more",
  },
  "sendcheck.prompt-tail": {
    ja: "このまま送信するか、戻って直してください。",
    en: "Send anyway, or go back and fix it.",
  },
  "sendcheck.soft-tail": {
    ja: "直してから送信してください。",
    en: "Please fix this before sending.",
  },
});
