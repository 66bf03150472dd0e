/**
 * What Microsoft 365 said about the recipients (MailTips), the sender's licence and the sender's
 * own mailbox, turned into findings. Pure: the facts were gathered by src/graph; an unavailable
 * or absent fact yields nothing here (the report marks its items unavailable by itself).
 */
import type { LicenceInfo, MailboxInfo, MailTip } from "../model/facts";
import type { Finding } from "../model/finding";
import { say, text } from "../messages";
import type { MessageSnapshot } from "../model/snapshot";
import type { Policy } from "../policy/schema";
import { clip } from "../text/clip";
import { estimateMessageSize } from "./size";
import type { CheckInput, NamedCheck } from "./types";

/** Exchange Online caps the message size for groups of 5,000+ members at 25 MB, 100,000+ at 5 MB. */
const GROUP_SIZE_CAPS: ReadonlyArray<{ members: number; maxBytes: number }> = [
  { members: 100_000, maxBytes: 5 * 1024 * 1024 },
  { members: 5_000, maxBytes: 25 * 1024 * 1024 },
];
/** Longest out-of-office or custom MailTip text we quote; the rest is cut. */
const MAX_QUOTED_TEXT = 400;

function quote(text: string): string {
  return clip(text.replace(/\s+/g, " ").trim(), MAX_QUOTED_TEXT);
}

/** "code: message", or the code alone when Graph sent no message (never a dangling colon). */
function errorEvidence(error: { code: string; message: string }): string {
  const message = quote(error.message);
  return message ? `${error.code}: ${message}` : error.code;
}

function tipFindings(tip: MailTip, sizeBytes: number, policy: Policy): Finding[] {
  const out: Finding[] = [];
  const who = tip.address;
  if (tip.error) {
    const disabled = /disabled|deleted|inactive|softdeleted/i.test(tip.error.code);
    const invalid = /invalid|notfound|not_found|unresolved|unknown/i.test(tip.error.code);
    if (disabled) {
      out.push(
        say(
          17,
          "mailtips.recipient-disabled",
          "problem",
          { who },
          { evidence: errorEvidence(tip.error), who: ["recipient", "recipientIt"] }
        )
      );
    } else {
      out.push(
        invalid
          ? say(
              8,
              "mailtips.recipient-invalid",
              "problem",
              { who },
              { evidence: errorEvidence(tip.error), who: ["you"] }
            )
          : say(
              8,
              "mailtips.recipient-error",
              "warning",
              { who },
              { evidence: errorEvidence(tip.error), who: ["you"] }
            )
      );
    }
  }
  if (tip.mailboxFull === true) {
    out.push(
      say(
        14,
        "mailtips.recipient-mailbox-full",
        "problem",
        { who },
        { evidence: who, who: ["recipient"] }
      )
    );
  }
  if (
    tip.maxMessageSize !== undefined &&
    tip.maxMessageSize > 0 &&
    sizeBytes > tip.maxMessageSize
  ) {
    out.push(
      say(
        10,
        "mailtips.over-recipient-max-size",
        "problem",
        { sizeBytes, who, maxMessageSize: tip.maxMessageSize },
        { evidence: who, who: ["you"] }
      )
    );
  }
  if (tip.deliveryRestricted === true) {
    out.push(
      say(
        7,
        "mailtips.delivery-restricted",
        "problem",
        { who },
        { evidence: who, who: ["recipientIt"] }
      )
    );
  }
  if (tip.isModerated === true) {
    out.push(
      say(5, "mailtips.moderated", "warning", { who }, { evidence: who, who: ["recipientIt"] })
    );
  }
  const members = tip.totalMemberCount ?? 0;
  if (members > policy.limits.maxRecipients) {
    const cap = GROUP_SIZE_CAPS.find((c) => members >= c.members);
    const external = tip.externalMemberCount ?? 0;
    const note = external > 0 ? text("mailtips.group-external", { external }) : { ja: "", en: "" };
    out.push(
      say(
        18,
        "mailtips.large-group",
        cap && sizeBytes > cap.maxBytes ? "problem" : "warning",
        { who, members, note },
        {
          evidence: who,
          more: cap ? [text("mailtips.group-cap", { cap: cap.maxBytes })] : [],
          who: ["you"],
        }
      )
    );
  }
  if (tip.automaticReplyText && tip.automaticReplyText.trim() !== "") {
    out.push(
      say(
        7,
        "mailtips.automatic-reply",
        "info",
        { who },
        { evidence: quote(tip.automaticReplyText), who: ["recipient"] }
      )
    );
  }
  if (tip.customMailTip && tip.customMailTip.trim() !== "") {
    out.push(
      say(7, "mailtips.custom-tip", "info", { who }, { evidence: quote(tip.customMailTip) })
    );
  }
  return out;
}

export function mailTipFindings(
  tips: readonly MailTip[],
  snapshot: MessageSnapshot,
  policy: Policy
): Finding[] {
  // One estimate for every check, so the pane never shows two sizes for one mail.
  const sizeBytes = estimateMessageSize(snapshot).bytes;
  const out: Finding[] = [];
  for (const tip of tips) out.push(...tipFindings(tip, sizeBytes, policy));
  if (tips.length === 0) return out;
  const evidence = tips.map((t) => t.address).join(", ");
  const clear = (item: Finding["item"]) =>
    !out.some((f) => f.item === item && f.severity !== "info");
  if (clear(14) && tips.some((t) => t.mailboxFull === false)) {
    out.push(say(14, "mailtips.mailboxes-not-full", "ok", {}, { evidence }));
  }
  const limits = tips
    .map((t) => t.maxMessageSize)
    .filter((n): n is number => n !== undefined && n > 0);
  if (clear(10) && limits.length > 0) {
    const smallest = Math.min(...limits);
    out.push(say(10, "mailtips.size-within-limits", "ok", { sizeBytes, smallest }, { evidence }));
  }
  if (clear(7) && tips.some((t) => t.deliveryRestricted === false)) {
    out.push(say(7, "mailtips.not-restricted", "info", {}, { evidence }));
  }
  return out;
}

/** Exchange Online plans that give a mailbox (EXCHANGE_S_FOUNDATION and the archive add-ons do not). */
const MAILBOX_PLAN =
  /^(EXCHANGE_S_(STANDARD|ENTERPRISE|DESKLESS|ESSENTIALS)(_GOV)?|EXCHANGE_B_STANDARD)$/i;

export function isMailboxPlan(name: string): boolean {
  return MAILBOX_PLAN.test(name);
}

export function licenceFindings(info: LicenceInfo): Finding[] {
  const mailboxPlans = info.exchangePlans.filter((p) => isMailboxPlan(p.name));
  const seen = info.exchangePlans.map((p) => `${p.name} (${p.provisioningStatus})`).join(", ");
  const active = mailboxPlans.find((p) => p.provisioningStatus.toLowerCase() === "success");
  if (active) {
    return [say(22, "licence.exchange-ok", "ok", { name: active.name }, { evidence: seen })];
  }
  const skus = info.skus.length > 0 ? info.skus.join(", ") : "—";
  if (mailboxPlans.length > 0) {
    const states = mailboxPlans.map((p) => `${p.name}: ${p.provisioningStatus}`).join(", ");
    return [
      say(
        22,
        "licence.exchange-not-active",
        "problem",
        { states },
        { evidence: [skus, seen].filter(Boolean).join("; "), who: ["yourIt"] }
      ),
    ];
  }
  return [
    say(
      22,
      "licence.exchange-missing",
      "problem",
      {},
      { evidence: [skus, seen].filter(Boolean).join("; ") || undefined, who: ["yourIt"] }
    ),
  ];
}

const SEE_USAGE_IN_OUTLOOK = {
  ja: "使用量は、新しい Outlook / Outlook on the web では[設定]→[全般]→[ストレージ]、従来の Outlook では[ファイル]→[情報]の「メールボックスの設定」で確認できます。",
  en: "To see your usage: in new Outlook or Outlook on the web, Settings → General → Storage; in classic Outlook, File → Info, under Mailbox Settings.",
};

export function ownMailboxFindings(box: MailboxInfo): Finding[] {
  const out: Finding[] = [];
  const used = box.usedBytes;
  const sendLimit = box.prohibitSendQuotaBytes;
  const warnLimit = box.issueWarningQuotaBytes;
  const cleanUp = text("own-mailbox.clean-up", {});
  if (
    box.full === true ||
    (used !== undefined && sendLimit !== undefined && sendLimit > 0 && used >= sendLimit)
  ) {
    out.push(
      say(
        14,
        "own-mailbox.full",
        "problem",
        {},
        {
          evidence: box.address,
          fix: cleanUp,
          who: ["you"],
        }
      )
    );
    return out;
  }
  if (used !== undefined && warnLimit !== undefined && warnLimit > 0 && used >= warnLimit) {
    out.push(
      say(
        14,
        "own-mailbox.near-full",
        "warning",
        { warnLimit, used },
        {
          evidence: box.address,
          fix: cleanUp,
          who: ["you"],
        }
      )
    );
    return out;
  }
  if (used !== undefined && sendLimit !== undefined) {
    out.push(say(14, "own-mailbox.usage-ok", "ok", { used, sendLimit }, { evidence: box.address }));
    return out;
  }
  if (box.full === false) {
    out.push(say(14, "own-mailbox.not-full", "ok", {}, { evidence: box.address }));
  }
  out.push(
    say(14, "own-mailbox.usage-manual", "info", {}, { fix: SEE_USAGE_IN_OUTLOOK, who: ["you"] })
  );
  return out;
}

export const graphFactsChecks: NamedCheck[] = [
  {
    name: "graph-mailtips",
    items: [5, 7, 8, 10, 14, 17, 18],
    run: ({ snapshot, facts, policy }: CheckInput) =>
      facts.mailTips?.state === "ok" ? mailTipFindings(facts.mailTips.value, snapshot, policy) : [],
  },
  {
    name: "graph-licence",
    items: [22],
    run: ({ facts }: CheckInput) =>
      facts.licence?.state === "ok" ? licenceFindings(facts.licence.value) : [],
  },
  {
    name: "graph-own-mailbox",
    items: [14],
    run: ({ facts }: CheckInput) =>
      facts.ownMailbox?.state === "ok" ? ownMailboxFindings(facts.ownMailbox.value) : [],
  },
];
