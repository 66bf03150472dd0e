/**
 * Bounce reader entry points: readBounce (a snapshot → the report's bounce object, or null when
 * the mail is not a bounce/DSN/auto-reply/ARF report) and bounceFindings (the checklist
 * findings it yields). classifyDelivery is shared with the message-trace helper.
 */
export { readBounce } from "./read";
export { bounceFindings } from "./findings";
export { classifyDelivery } from "./classify";
