/**
 * Items 8, 18 and 7 on a draft or a sent mail: is each recipient address well formed (RFC 5322
 * addr-spec), free of full-width characters, not a legacy carrier address, not a typo of a known
 * domain, and listed once? Are there more recipients than the per-message limit, and many
 * outside addresses visible to each other in To/Cc?
 */
import { finding, type Finding } from "../model/finding";
import type { Localized } from "../model/i18n";
import type { MailAddress, MessageSnapshot } from "../model/snapshot";
import {
  addressProblems,
  domainOf,
  isLegacyCarrierDomain,
  legacyDotForms,
  suggestAddressFix,
  type AddressProblem,
} from "../text/address";
import { clip, listSome } from "../text/clip";
import { domainParts, isSameOrSubdomain, registrableDomain } from "../text/domain";
import { KNOWN_MAIL_DOMAINS, suggestDomain } from "../text/domain-typo";
import type { Policy } from "../policy/schema";
import type { CheckInput, NamedCheck } from "./types";

type Field = "To" | "Cc" | "Bcc";

interface Recipient {
  field: Field;
  address: MailAddress;
}

const REASONS: Record<AddressProblem, Localized> = {
  empty: { ja: "アドレスが空です", en: "the address is empty" },
  "no-at": { ja: "「@」がありません", en: 'there is no "@"' },
  "empty-local": { ja: "「@」の前が空です", en: 'nothing before the "@"' },
  "empty-domain": { ja: "「@」の後ろ（ドメイン）が空です", en: 'nothing after the "@"' },
  whitespace: { ja: "空白が含まれています", en: "it contains a space" },
  "full-width": { ja: "全角文字が含まれています", en: "it contains full-width characters" },
  "local-too-long": {
    ja: "「@」の前が64文字を超えています",
    en: 'the part before "@" is longer than 64 characters',
  },
  "domain-too-long": {
    ja: "ドメインが255文字を超えています",
    en: "the domain is longer than 255 characters",
  },
  "address-too-long": {
    ja: "アドレス全体が254文字を超えています",
    en: "the address is longer than 254 characters",
  },
  "dot-at-start": { ja: "先頭が「.」です", en: "it starts with a dot" },
  "dot-before-at": { ja: "「@」の直前が「.」です", en: 'there is a dot right before "@"' },
  "double-dot": { ja: "「.」が2つ続いています", en: "it has two dots in a row" },
  "bad-local-char": {
    ja: "「@」の前に使えない記号があります",
    en: 'the part before "@" has a character that is not allowed',
  },
  "bad-quoted-local": {
    ja: "引用符で囲まれた部分の形式が正しくありません",
    en: "the quoted part is malformed",
  },
  "bad-domain": { ja: "ドメインの形式が正しくありません", en: "the domain is malformed" },
  "domain-no-dot": { ja: "ドメインに「.」がありません", en: "the domain has no dot" },
  "non-ascii-local": {
    ja: "「@」の前に日本語などの文字があります",
    en: 'the part before "@" has non-ASCII characters',
  },
};

function reasons(problems: readonly AddressProblem[]): Localized {
  return {
    ja: problems.map((p) => REASONS[p].ja).join("、"),
    en: problems.map((p) => REASONS[p].en).join("; "),
  };
}

/**
 * MIME parsers cannot read an address typed with "＠" and keep the whole text as the display
 * name with an empty address; the typed text is what we must judge, so take it back from there.
 */
function typedAddress(address: MailAddress): MailAddress {
  if (address.address.trim() !== "" || !address.name || !/[@＠]/.test(address.name)) return address;
  return { address: address.name.trim() };
}

function recipientsOf(snapshot: MessageSnapshot): Recipient[] {
  const tag = (field: Field) => (address: MailAddress) => ({
    field,
    address: typedAddress(address),
  });
  return [
    ...snapshot.to.map(tag("To")),
    ...snapshot.cc.map(tag("Cc")),
    ...snapshot.bcc.map(tag("Bcc")),
  ];
}

function shown(r: Recipient): string {
  return `${r.field}: ${clip(r.address.address, 200)}`;
}

function fullWidthFinding(r: Recipient): Finding {
  const fixed = suggestAddressFix(r.address.address) ?? r.address.address;
  const stillBroken = addressProblems(fixed);
  return finding(
    8,
    "recipient.full-width",
    "problem",
    {
      ja: `宛先アドレスに全角文字（「＠」「．」「。」全角英数字や全角スペースなど）が含まれています。このままでは届きません。正しくは「${fixed}」と思われます。`,
      en: `The recipient address contains full-width characters (such as ＠, ．, 。, full-width letters or a full-width space). It cannot be delivered as typed. It was probably meant to be "${fixed}".`,
    },
    {
      evidence: shown(r),
      fix:
        stillBroken.length === 0
          ? {
              ja: `アドレスを半角の「${fixed}」に直してください。`,
              en: `Change the address to the half-width form "${fixed}".`,
            }
          : {
              ja: `半角に直したうえで、次の点も確認してください：${reasons(stillBroken).ja}。`,
              en: `Retype it in half-width characters, then also check: ${reasons(stillBroken).en}.`,
            },
    }
  );
}

function legacyFinding(r: Recipient): Finding {
  return finding(
    8,
    "recipient.legacy-carrier-address",
    "problem",
    {
      ja: "携帯電話会社の古い形式のアドレス（「..」や「@」直前の「.」）です。docomo と au は2009年まで登録を認めていましたが、メールの規格（RFC）に違反しており、現在は Gmail（2015年以降）をはじめ多くのサーバーやサービスが送信・受信を受け付けません。",
      en: 'This is an old-style mobile carrier address (".." or a dot right before "@"). docomo and au allowed them until 2009, but they break the mail standard (RFC); today Gmail (since 2015) and many other servers and services no longer accept them.',
    },
    {
      evidence: shown(r),
      fix: {
        ja: "相手に規格どおりの別のアドレスを教えてもらってください（携帯電話会社の手続きでアドレスを変更できます）。",
        en: "Ask the recipient for another address that follows the standard (the carrier lets them change it).",
      },
      who: ["recipient"],
    }
  );
}

function syntaxFinding(r: Recipient, problems: readonly AddressProblem[]): Finding {
  const why = reasons(problems);
  const nonAsciiOnly = problems.every((p) => p === "non-ascii-local");
  return finding(
    8,
    nonAsciiOnly ? "recipient.non-ascii" : "recipient.syntax",
    nonAsciiOnly ? "warning" : "problem",
    nonAsciiOnly
      ? {
          ja: "アドレスの「@」より前に日本語などの文字が含まれています。このようなアドレスに対応していないサーバーが多く、届かないことがあります。",
          en: 'The part before "@" has non-ASCII characters. Many servers do not support such addresses, so the mail may not arrive.',
        }
      : {
          ja: `宛先アドレスの形式が正しくありません（${why.ja}）。このままでは届きません。`,
          en: `The recipient address is not valid (${why.en}). It cannot be delivered as typed.`,
        },
    {
      evidence: shown(r),
      fix: {
        ja: "名刺や過去のメールでアドレスを確かめ、正しく入力し直してください。",
        en: "Check the address against a business card or an earlier mail and type it again.",
      },
    }
  );
}

function typoFinding(
  r: Recipient,
  domain: string,
  suggestion: string,
  unknownSuffix: boolean
): Finding {
  const local = r.address.address.trim().slice(0, r.address.address.trim().lastIndexOf("@"));
  const corrected = `${local}@${suggestion}`;
  return finding(
    8,
    "recipient.domain-typo",
    unknownSuffix ? "problem" : "warning",
    unknownSuffix
      ? {
          ja: `宛先のドメイン「${domain}」の末尾は存在しません。「${suggestion}」の入力ミスではありませんか。`,
          en: `The recipient domain "${domain}" ends in a suffix that does not exist. Did you mean "${suggestion}"?`,
        }
      : {
          ja: `宛先のドメイン「${domain}」は「${suggestion}」の入力ミスではありませんか。`,
          en: `Is the recipient domain "${domain}" a typo of "${suggestion}"?`,
        },
    {
      evidence: shown(r),
      fix: {
        ja: `正しいアドレスを確かめてください（候補：${corrected}）。`,
        en: `Check the address (suggested: ${corrected}).`,
      },
    }
  );
}

function unknownSuffixFinding(r: Recipient, domain: string): Finding {
  const suffix = domainParts(domain).suffix;
  return finding(
    8,
    "recipient.unknown-suffix",
    "problem",
    {
      ja: `宛先のドメイン「${domain}」の末尾「.${suffix}」はインターネット上に存在しません。このままでは届きません。`,
      en: `The recipient domain "${domain}" ends in ".${suffix}", which does not exist on the internet. The mail cannot be delivered.`,
    },
    {
      evidence: shown(r),
      fix: {
        ja: "アドレスの「@」より後ろを確かめて入力し直してください（例：.co.jp、.com）。",
        en: 'Check the part after "@" and type it again (for example .com or .co.jp).',
      },
    }
  );
}

/** The organisation's domains and the sender's own: a recipient there is "one of us". */
export function ownDomains(snapshot: MessageSnapshot, policy: Policy): string[] {
  const own = [...policy.internalDomains];
  const sender = domainOf(snapshot.from?.address ?? "");
  if (sender) own.push(sender);
  return own;
}

function addressFindings(recipients: readonly Recipient[], own: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const r of recipients) {
    const address = r.address.address;
    const problems = addressProblems(address);
    if (problems.includes("full-width")) {
      out.push(fullWidthFinding(r));
      continue;
    }
    const domain = domainOf(address);
    const legacy = legacyDotForms(address);
    if (legacy.length > 0 && isLegacyCarrierDomain(domain)) {
      out.push(legacyFinding(r));
      continue;
    }
    if (problems.length > 0) {
      out.push(syntaxFinding(r, problems));
      if (problems.some((p) => p !== "non-ascii-local")) continue;
    }
    const typo = suggestDomain(domain, own);
    if (typo) out.push(typoFinding(r, domain, typo.suggestion, !typo.suffixExists));
    else if (
      !domain.startsWith("[") &&
      !domainParts(domain).knownSuffix &&
      !own.some((d) => isSameOrSubdomain(domain, d))
    ) {
      out.push(unknownSuffixFinding(r, domain));
    }
  }
  return out;
}

function duplicateFindings(recipients: readonly Recipient[]): Finding[] {
  const fields = new Map<string, Field[]>();
  const order: string[] = [];
  for (const r of recipients) {
    const key = r.address.address.trim().toLowerCase();
    if (key === "") continue;
    const seen = fields.get(key);
    if (seen) seen.push(r.field);
    else {
      fields.set(key, [r.field]);
      order.push(key);
    }
  }
  const out: Finding[] = [];
  for (const key of order) {
    const where = fields.get(key) ?? [];
    if (where.length < 2) continue;
    out.push(
      finding(
        8,
        "recipient.duplicate",
        "warning",
        {
          ja: `同じアドレスが ${where.length} 回入っています（${where.join("・")}）。別の人を入れるつもりだった可能性があります。`,
          en: `The same address is listed ${where.length} times (${where.join(", ")}). You may have meant to add someone else.`,
        },
        {
          evidence: `${clip(key, 200)} (${where.join(", ")})`,
          fix: {
            ja: "重複を削除し、宛先に漏れがないか確認してください。",
            en: "Remove the duplicate and check that nobody is missing.",
          },
        }
      )
    );
  }
  return out;
}

function countFindings(recipients: readonly Recipient[], policy: Policy): Finding[] {
  const limit = policy.limits.maxRecipients;
  const n = recipients.length;
  if (n > limit) {
    return [
      finding(
        18,
        "recipient.count",
        "problem",
        {
          ja: `宛先が ${n} 件あり、1通あたりの上限 ${limit} 件を超えています。送信できないか、受信側で拒否されます。`,
          en: `There are ${n} recipients, more than the limit of ${limit} per message. The mail will be refused.`,
        },
        {
          evidence: `To ${recipients.filter((r) => r.field === "To").length}, Cc ${recipients.filter((r) => r.field === "Cc").length}, Bcc ${recipients.filter((r) => r.field === "Bcc").length}`,
          fix: {
            ja: `宛先を ${limit} 件以下に分けて送るか、配布リスト（グループ）を使ってください。大量配信にはメール配信サービスの利用を検討してください。`,
            en: `Split the recipients into mails of at most ${limit}, or use a distribution group. For bulk mail, consider a mailing service.`,
          },
        }
      ),
    ];
  }
  return [
    finding(18, "recipient.count-checked", "ok", {
      ja: `宛先の数を確認しました：${n} 件（上限 ${limit} 件）。`,
      en: `Number of recipients checked: ${n} (limit ${limit}).`,
    }),
  ];
}

function isInternal(address: string, own: readonly string[]): boolean {
  const domain = domainOf(address);
  return domain !== "" && own.some((d) => isSameOrSubdomain(domain, d));
}

/**
 * Who an outside address belongs to, for telling "a few partner companies" from "many unrelated
 * people": a company's registrable domain, or, for consumer and carrier mail, the person.
 */
function organisationOf(address: string): string {
  const domain = domainOf(address);
  if (KNOWN_MAIL_DOMAINS.some((d) => isSameOrSubdomain(domain, d))) return address;
  return registrableDomain(domain) || domain;
}

function visibleExternalFindings(
  recipients: readonly Recipient[],
  own: readonly string[],
  policy: Policy
): Finding[] {
  const limit = policy.limits.maxVisibleExternalRecipients;
  const orgLimit = policy.limits.maxVisibleExternalOrganisations;
  const external = [
    ...new Set(
      recipients
        .filter((r) => r.field !== "Bcc" && !isInternal(r.address.address, own))
        .map((r) => r.address.address.trim().toLowerCase())
        .filter((a) => a !== "")
    ),
  ];
  const organisations = new Set(external.map(organisationOf)).size;
  if (external.length > limit && organisations > orgLimit) {
    return [
      finding(
        7,
        "recipient.visible-external",
        "warning",
        {
          ja: `社外の宛先 ${external.length} 件（${organisations} か所の組織・個人）が To/Cc に並んでいます（目安は ${limit} 件・${orgLimit} 組織まで）。一斉送信に見えて迷惑メール扱いされやすく、互いに知らない相手にもアドレスが見えてしまいます。`,
          en: `${external.length} outside addresses from ${organisations} different organisations or people are visible in To/Cc (the guideline is at most ${limit} addresses from ${orgLimit} organisations). The mail looks like bulk mail to filters, and people who do not know each other see each other's addresses.`,
        },
        {
          evidence: listSome(
            external.map((a) => clip(a, 80)),
            5
          ),
          fix: {
            ja: "社外の宛先は Bcc に移してください。大量に送る場合はメール配信サービスを検討してください。",
            en: "Move the outside recipients to Bcc. For many recipients, consider a mailing service.",
          },
        }
      ),
    ];
  }
  return [
    finding(7, "recipient.visible-external-checked", "ok", {
      ja: `To/Cc に見えている社外の宛先を確認しました：${external.length} 件、${organisations} 組織（目安 ${limit} 件・${orgLimit} 組織まで）。`,
      en: `Outside recipients visible in To/Cc checked: ${external.length} from ${organisations} organisations (guideline: at most ${limit} from ${orgLimit}).`,
    }),
  ];
}

function runRecipientChecks(input: CheckInput): Finding[] {
  const { snapshot, policy } = input;
  if (snapshot.kind !== "draft" && snapshot.kind !== "sent") return [];
  const recipients = recipientsOf(snapshot);
  if (recipients.length === 0) {
    return [
      finding(
        8,
        "recipient.none",
        snapshot.kind === "draft" ? "warning" : "info",
        snapshot.kind === "draft"
          ? { ja: "宛先がまだ入っていません。", en: "No recipient has been entered yet." }
          : {
              ja: "このメールのヘッダーには宛先が見つかりません（Bcc だけで送った場合もこうなります）。",
              en: "No recipient was found in this mail's headers (this is also the case when it was sent with Bcc only).",
            }
      ),
    ];
  }
  const own = ownDomains(snapshot, policy);
  const addressIssues = [...addressFindings(recipients, own), ...duplicateFindings(recipients)];
  const out = [...addressIssues];
  if (addressIssues.length === 0) {
    out.push(
      finding(8, "recipient.addresses-checked", "ok", {
        ja: `宛先アドレス ${recipients.length} 件を確認しました。形式・全角文字・携帯の旧形式アドレス・ドメインの入力ミス・重複に問題はありません。`,
        en: `${recipients.length} recipient address(es) checked: syntax, full-width characters, legacy carrier forms, domain typos and duplicates are fine.`,
      })
    );
  }
  out.push(
    ...countFindings(recipients, policy),
    ...visibleExternalFindings(recipients, own, policy)
  );
  return out;
}

export const recipientsCheck: NamedCheck = {
  name: "recipients",
  items: [8, 18, 7],
  run: runRecipientChecks,
};
