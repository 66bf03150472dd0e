/** Labels of the readiness page (for IT); the texts themselves live in src/core/messages/readiness.ts. */
import type { Localized } from "../core/model/i18n";
import { text } from "../core/messages";

export type RowId =
  | "policy"
  | "sign-in"
  | "perm-user-read"
  | "perm-mail-read"
  | "perm-trace"
  | "perm-reports"
  | "trace-service"
  | "dns"
  | "send-check";

const permission = (name: string): Localized =>
  text("readiness.title.permission", { permission: name });

export const T = {
  pageTitle: text("readiness.page-title", {}),
  intro: text("readiness.intro", {}),
  run: text("readiness.run", {}),
  running: text("readiness.running", {}),
  copy: text("readiness.copy", {}),
  copied: text("readiness.copied", {}),
  copyFailed: text("readiness.copy-failed", {}),
  colPart: text("readiness.col.part", {}),
  colStatus: text("readiness.col.status", {}),
  colDetail: text("readiness.col.detail", {}),
  colFix: text("readiness.col.fix", {}),
  status: {
    ok: text("readiness.status.ok", {}),
    failed: text("readiness.status.failed", {}),
    warning: text("readiness.status.warning", {}),
    skipped: text("readiness.status.skipped", {}),
  },
  mark: {
    ok: text("readiness.mark.ok", {}),
    failed: text("readiness.mark.failed", {}),
    warning: text("readiness.mark.warning", {}),
    skipped: text("readiness.mark.skipped", {}),
  },
  title: {
    policy: text("readiness.title.policy", {}),
    "sign-in": text("readiness.title.sign-in", {}),
    "perm-user-read": permission("User.Read"),
    "perm-mail-read": permission("Mail.Read"),
    "perm-trace": permission("ExchangeMessageTrace.Read.All"),
    "perm-reports": permission("Reports.Read.All"),
    "trace-service": text("readiness.title.trace-service", {}),
    dns: text("readiness.title.dns", {}),
    "send-check": text("readiness.title.send-check", {}),
  } satisfies Record<RowId, Localized>,
};
