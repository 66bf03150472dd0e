/**
 * What Microsoft 365 said about the recipients (MailTips), the sender's licence and the sender's
 * own mailbox, turned into findings. Pure: the facts were gathered by src/graph; an unavailable
 * or absent fact yields nothing here (the report marks its items unavailable by itself).
 */
import type { LicenceInfo, MailboxInfo, MailTip } from "../model/facts";
import { finding, type Finding } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";
import type { Policy } from "../policy/schema";
import { clip } from "../text/clip";
import { estimateMessageSize, formatSize } from "./size";
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
        finding(
          17,
          "mailtips.recipient-disabled",
          "problem",
          {
            ja: `Microsoft 365 によると、宛先 ${who} のアカウントは無効または削除されています。`,
            en: `Microsoft 365 says the account of ${who} is disabled or removed.`,
          },
          {
            evidence: errorEvidence(tip.error),
            fix: {
              ja: "相手に別の連絡手段で現在のアドレスを確認してください。",
              en: "Confirm the person's current address through another channel.",
            },
            who: ["recipient", "recipientIt"],
          }
        )
      );
    } else {
      out.push(
        finding(
          8,
          invalid ? "mailtips.recipient-invalid" : "mailtips.recipient-error",
          invalid ? "problem" : "warning",
          invalid
            ? {
                ja: `宛先 ${who} は Microsoft 365 で有効な宛先として確認できませんでした。アドレスの誤りの可能性があります。`,
                en: `Microsoft 365 could not confirm ${who} as a valid recipient. The address may be wrong.`,
              }
            : {
                ja: `宛先 ${who} のメールヒントを取得できませんでした。`,
                en: `MailTips for ${who} came back with an error.`,
              },
          {
            evidence: errorEvidence(tip.error),
            fix: {
              ja: "アドレスのつづり(ドメイン名を含む)を確かめ、アドレス帳から選び直してください。",
              en: "Check the spelling of the address, including the domain, and pick it again from the address book.",
            },
            who: ["you"],
          }
        )
      );
    }
  }
  if (tip.mailboxFull === true) {
    out.push(
      finding(
        14,
        "mailtips.recipient-mailbox-full",
        "problem",
        {
          ja: `宛先 ${who} のメールボックスが容量いっぱいです。今送っても届きません。`,
          en: `The mailbox of ${who} is full. Mail sent now will not arrive.`,
        },
        {
          evidence: who,
          fix: {
            ja: "電話やチャットなど別の方法で相手に連絡し、メールボックスの整理を頼んでから送ってください。",
            en: "Reach the person another way (phone, chat), ask them to clear space, then send.",
          },
          who: ["recipient"],
        }
      )
    );
  }
  if (
    tip.maxMessageSize !== undefined &&
    tip.maxMessageSize > 0 &&
    sizeBytes > tip.maxMessageSize
  ) {
    out.push(
      finding(
        10,
        "mailtips.over-recipient-max-size",
        "problem",
        {
          ja: `このメール(推定 ${formatSize(sizeBytes)})は、${who} が受け取れる上限 ${formatSize(tip.maxMessageSize)} を超えています。`,
          en: `This mail (about ${formatSize(sizeBytes)}) is larger than the ${formatSize(tip.maxMessageSize)} that ${who} can receive.`,
        },
        {
          evidence: `${sizeBytes} > ${tip.maxMessageSize} bytes`,
          fix: {
            ja: "添付ファイルを OneDrive などの共有リンクに置き換えるか、ファイルを分けて送ってください。",
            en: "Replace attachments with a OneDrive (or similar) sharing link, or split them over several mails.",
          },
          who: ["you"],
        }
      )
    );
  }
  if (tip.deliveryRestricted === true) {
    out.push(
      finding(
        7,
        "mailtips.delivery-restricted",
        "problem",
        {
          ja: `宛先 ${who} は、許可された送信者からのメールしか受け付けない設定です。あなたが許可されていなければ届きません。`,
          en: `${who} only accepts mail from permitted senders. Unless you are one of them, your mail will be rejected.`,
        },
        {
          evidence: who,
          fix: {
            ja: "宛先の管理者(グループの所有者など)に、送信者として許可してもらうよう依頼してください。",
            en: "Ask whoever manages that address (for a group, its owner) to allow you as a sender.",
          },
          who: ["recipientIt"],
        }
      )
    );
  }
  if (tip.isModerated === true) {
    out.push(
      finding(
        5,
        "mailtips.moderated",
        "warning",
        {
          ja: `宛先 ${who} へのメールは承認制です。承認されるまで届かず、却下されることもあります。`,
          en: `Mail to ${who} is moderated: it waits for approval and may be rejected.`,
        },
        {
          evidence: who,
          fix: {
            ja: "急ぎの場合は、承認者(グループの管理者)に連絡しておいてください。",
            en: "If it is urgent, let the moderator (the group's manager) know it is coming.",
          },
          who: ["recipientIt"],
        }
      )
    );
  }
  const members = tip.totalMemberCount ?? 0;
  if (members > policy.limits.maxRecipients) {
    const cap = GROUP_SIZE_CAPS.find((c) => members >= c.members);
    const external = tip.externalMemberCount ?? 0;
    const externalNote =
      external > 0
        ? { ja: `(うち社外 ${external} 名)`, en: ` (${external} outside your organization)` }
        : { ja: "", en: "" };
    out.push(
      finding(
        18,
        "mailtips.large-group",
        cap && sizeBytes > cap.maxBytes ? "problem" : "warning",
        {
          ja: `宛先 ${who} は ${members} 名のグループです${externalNote.ja}。大人数への送信は制限や遅延の対象になりやすくなります。${cap ? `このサイズのグループでは ${formatSize(cap.maxBytes)} を超えるメールは送れません。` : ""}`,
          en: `${who} is a group of ${members} members${externalNote.en}. Mail to large audiences is more likely to be limited or delayed.${cap ? ` Groups this large accept at most ${formatSize(cap.maxBytes)} per message.` : ""}`,
        },
        {
          evidence: `totalMemberCount=${members}, externalMemberCount=${external}`,
          fix: {
            ja: "本当に全員に送る必要があるか確認し、添付ファイルは共有リンクにしてください。",
            en: "Make sure everyone really needs it, and share files as links rather than attachments.",
          },
          who: ["you"],
        }
      )
    );
  }
  if (tip.automaticReplyText && tip.automaticReplyText.trim() !== "") {
    out.push(
      finding(
        7,
        "mailtips.automatic-reply",
        "info",
        {
          ja: `${who} は自動応答(不在通知)を設定しています。届いても、すぐには読まれない可能性があります。`,
          en: `${who} has an automatic reply (out of office) on. Your mail will arrive but may not be read soon.`,
        },
        { evidence: quote(tip.automaticReplyText), who: ["recipient"] }
      )
    );
  }
  if (tip.customMailTip && tip.customMailTip.trim() !== "") {
    out.push(
      finding(
        7,
        "mailtips.custom-tip",
        "info",
        {
          ja: `${who} について、組織の管理者がメッセージを設定しています。`,
          en: `Your organization's admin left a note about ${who}.`,
        },
        { evidence: quote(tip.customMailTip) }
      )
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
    out.push(
      finding(
        14,
        "mailtips.mailboxes-not-full",
        "ok",
        {
          ja: "Microsoft 365 のメールヒントで確認したところ、宛先のメールボックスは容量いっぱいではありません。",
          en: "Microsoft 365 MailTips show that the recipients' mailboxes are not full.",
        },
        { evidence }
      )
    );
  }
  const limits = tips
    .map((t) => t.maxMessageSize)
    .filter((n): n is number => n !== undefined && n > 0);
  if (clear(10) && limits.length > 0) {
    const smallest = Math.min(...limits);
    out.push(
      finding(
        10,
        "mailtips.size-within-limits",
        "ok",
        {
          ja: `推定サイズ ${formatSize(sizeBytes)} は、宛先が受け取れる上限(最小 ${formatSize(smallest)})以内です。`,
          en: `The estimated size, ${formatSize(sizeBytes)}, is within what the recipients accept (smallest limit ${formatSize(smallest)}).`,
        },
        { evidence: `${sizeBytes} <= ${smallest} bytes` }
      )
    );
  }
  if (clear(7) && tips.some((t) => t.deliveryRestricted === false)) {
    out.push(
      finding(
        7,
        "mailtips.not-restricted",
        // info, not ok: an unrestricted address can still file the mail as junk
        "info",
        {
          ja: "宛先に、送信者を限定する受信制限は設定されていません(Microsoft 365 のメールヒントで確認)。",
          en: "None of the recipients limits who may send to them (checked with Microsoft 365 MailTips).",
        },
        { evidence }
      )
    );
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
    return [
      finding(
        22,
        "licence.exchange-ok",
        "ok",
        {
          ja: `Exchange Online のメールボックス ライセンス(${active.name})が有効です。`,
          en: `Your Exchange Online mailbox licence (${active.name}) is active.`,
        },
        { evidence: seen }
      ),
    ];
  }
  const skus = info.skus.length > 0 ? info.skus.join(", ") : "—";
  if (mailboxPlans.length > 0) {
    const states = mailboxPlans.map((p) => `${p.name}: ${p.provisioningStatus}`).join(", ");
    return [
      finding(
        22,
        "licence.exchange-not-active",
        "problem",
        {
          ja: `Exchange Online のライセンスは割り当てられていますが、有効になっていません(${states})。`,
          en: `An Exchange Online licence is assigned but not active (${states}).`,
        },
        {
          evidence: `SKU: ${skus}; plans: ${seen}`,
          fix: {
            ja: "IT担当に、Microsoft 365 管理センターでライセンスの Exchange Online が「オン」になっているか、設定が完了しているかの確認を依頼してください。",
            en: "Ask your IT to check in the Microsoft 365 admin center that Exchange Online is switched on in your licence and has finished setting up.",
          },
          who: ["yourIt"],
        }
      ),
    ];
  }
  return [
    finding(
      22,
      "licence.exchange-missing",
      "problem",
      {
        ja: "あなたのアカウントには Exchange Online のメールボックス ライセンスが見つかりません。",
        en: "No Exchange Online mailbox licence was found on your account.",
      },
      {
        evidence: `SKU: ${skus}; Exchange plans seen: ${seen || "none"}`,
        fix: {
          ja: "IT担当に、Exchange Online を含むライセンス(Microsoft 365 Business Basic、E3 など)の割り当てを依頼してください。",
          en: "Ask your IT to assign a licence that includes Exchange Online (for example Microsoft 365 Business Basic or E3).",
        },
        who: ["yourIt"],
      }
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
  const cleanUp = {
    ja: "不要なメール(特に大きな添付ファイル付き)を削除し、[削除済みアイテム]を空にしてください。",
    en: "Delete mail you do not need (large attachments first) and empty Deleted Items.",
  };
  if (
    box.full === true ||
    (used !== undefined && sendLimit !== undefined && sendLimit > 0 && used >= sendLimit)
  ) {
    out.push(
      finding(
        14,
        "own-mailbox.full",
        "problem",
        {
          ja: "あなた自身のメールボックスが容量いっぱいです。送信も受信もできなくなることがあります。",
          en: "Your own mailbox is full. You may be unable to send or receive.",
        },
        {
          evidence:
            used !== undefined && sendLimit !== undefined
              ? `${formatSize(used)} / ${formatSize(sendLimit)}`
              : box.address,
          fix: cleanUp,
          who: ["you"],
        }
      )
    );
    return out;
  }
  if (used !== undefined && warnLimit !== undefined && warnLimit > 0 && used >= warnLimit) {
    out.push(
      finding(
        14,
        "own-mailbox.near-full",
        "warning",
        {
          ja: `あなたのメールボックスは警告の容量(${formatSize(warnLimit)})を超えています(使用量 ${formatSize(used)})。`,
          en: `Your mailbox is past its warning size (${formatSize(warnLimit)}); it holds ${formatSize(used)}.`,
        },
        {
          evidence: box.reportDate ? `report of ${box.reportDate}` : box.address,
          fix: cleanUp,
          who: ["you"],
        }
      )
    );
    return out;
  }
  if (used !== undefined && sendLimit !== undefined) {
    out.push(
      finding(
        14,
        "own-mailbox.usage-ok",
        "ok",
        {
          ja: `あなたのメールボックスの使用量は ${formatSize(used)} で、送信停止の容量 ${formatSize(sendLimit)} まで余裕があります。`,
          en: `Your mailbox holds ${formatSize(used)}, well below the ${formatSize(sendLimit)} at which sending stops.`,
        },
        { evidence: box.reportDate ? `usage report of ${box.reportDate}` : box.address }
      )
    );
    return out;
  }
  if (box.full === false) {
    out.push(
      finding(
        14,
        "own-mailbox.not-full",
        "ok",
        {
          ja: "あなた自身のメールボックスは容量いっぱいではありません(Microsoft 365 のメールヒントで確認)。",
          en: "Your own mailbox is not full (checked with Microsoft 365 MailTips).",
        },
        { evidence: box.address }
      )
    );
  }
  out.push(
    finding(
      14,
      "own-mailbox.usage-manual",
      "info",
      {
        ja: "メールボックスの使用量と上限は、管理者向けのレポートでしか自動で確認できません。",
        en: "Mailbox usage against its quota can only be read automatically from an admin report.",
      },
      { fix: SEE_USAGE_IN_OUTLOOK, who: ["you"] }
    )
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
