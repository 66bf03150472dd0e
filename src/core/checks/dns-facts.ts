/**
 * What DNS said about the recipient domains (items 16, 8, 23) and the sender domain's SPF,
 * DMARC and DKIM (items 24 and 6). Pure: facts.dns was gathered by src/dns; an absent or
 * unavailable fact yields nothing here (the report marks the items unavailable by itself).
 * The receiver's own verdict (Authentication-Results of a received copy or a bounce) has its
 * own findings from the received-headers check; here it only outranks DNS: when the receiver
 * passed the mail, a DNS problem under item 24 becomes a warning.
 */
import { organizationalDomain, effectivePolicy } from "../dns/dmarc";
import { isOnMicrosoftDomain, sendsThroughExchangeOnline } from "../dns/exchange-online";
import { domainOfAddress } from "../dns/gather";
import { SPF_LOOKUP_LIMIT, SPF_VOID_LOOKUP_LIMIT } from "../dns/spf";
import type {
  DkimAnalysis,
  DmarcAnalysis,
  Fact,
  RecipientDomainDns,
  SenderDomainDns,
  SpfAnalysis,
} from "../model/facts";
import { parseAuthenticationResults, resultFor } from "../headers/auth-results";
import { finding, type Finding } from "../model/finding";
import type { Localized } from "../model/i18n";
import { allRecipients, headerValues, type MessageSnapshot } from "../model/snapshot";
import { suggestDomain } from "../text/domain-typo";
import { ownDomains } from "./recipients";
import type { CheckInput, NamedCheck } from "./types";
import { explain, SOURCE_FALLBACK } from "./unavailable";

const SENDER_IT = ["yourIt"] as const;

/** What the big receivers ask of senders (Gmail/Yahoo from Feb 2024, Outlook.com from May 2025). */
const BULK_RULES: Localized = {
  ja: "Gmail・Yahoo は 2024 年 2 月から、Outlook.com は 2025 年 5 月から、1 日 5,000 通以上送る送信者に SPF と DKIM の合格、DMARC(p=none 以上)の公開を求めており、満たさないメールは拒否されたり迷惑メールに振り分けられたりします。少量の送信でも、認証が弱いドメインのメールは迷惑メールとして扱われやすくなります。",
  en: "Since February 2024 (Gmail, Yahoo) and May 2025 (Outlook.com), senders of 5,000+ mails a day must pass SPF and DKIM and publish DMARC (p=none or stricter), or their mail is refused or sent to junk. Even at low volume, mail from weakly authenticated domains is more likely to land in junk.",
};

function join(parts: Localized[]): Localized {
  return { ja: parts.map((p) => p.ja).join(""), en: parts.map((p) => p.en).join(" ") };
}

// ---------------------------------------------------------------- recipient domains

/** The recipients whose domain is `domain` (the looked-up, ASCII form; see domainOfAddress). */
function addressesAt(snapshot: MessageSnapshot, domain: string): string[] {
  return allRecipients(snapshot)
    .map((r) => r.address)
    .filter((a) => domainOfAddress(a) === domain);
}

function recipientFindings(r: RecipientDomainDns, input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const addresses = addressesAt(input.snapshot, r.domain);
  const evidence = addresses.length > 0 ? addresses.join(", ") : r.domain;
  switch (r.status) {
    case "nxdomain": {
      // Only asked after NXDOMAIN, so a suggestion never "corrects" a domain that works.
      const suggestion = suggestDomain(r.domain, ownDomains(input.snapshot, input.policy));
      out.push(
        finding(
          16,
          "dns.recipient.nxdomain",
          "problem",
          {
            ja: `宛先のドメイン ${r.domain} は DNS に存在しません。このドメイン宛てのメールは届きません。`,
            en: `The recipient domain ${r.domain} does not exist in DNS. Mail to it cannot be delivered.`,
          },
          {
            evidence,
            fix: suggestion
              ? {
                  ja: `${suggestion.suggestion} の入力ミスではないか確認してください。`,
                  en: `Check whether you meant ${suggestion.suggestion}.`,
                }
              : {
                  ja: "アドレスの @ より後ろのつづりを確認してください。名刺や相手からのメールのアドレスと見比べると確実です。",
                  en: "Check the spelling after the @. Compare it with a business card or a mail you received from them.",
                },
            who: ["you"],
          }
        )
      );
      if (suggestion) {
        out.push(
          finding(
            8,
            "dns.recipient.domain-typo",
            "problem",
            {
              ja: `宛先のドメイン ${r.domain} は存在しません。${suggestion.suggestion} の打ち間違いと思われます。`,
              en: `The domain ${r.domain} does not exist; it looks like a typo of ${suggestion.suggestion}.`,
            },
            {
              evidence,
              fix: {
                ja: `アドレスのドメインを ${suggestion.suggestion} に直してから送ってください。`,
                en: `Change the domain of the address to ${suggestion.suggestion} before sending.`,
              },
              who: ["you"],
            }
          )
        );
      }
      break;
    }
    case "nullmx":
      out.push(
        finding(
          16,
          "dns.recipient.null-mx",
          "problem",
          {
            ja: `ドメイン ${r.domain} は「メールを受け付けない」と DNS で宣言しています(null MX)。このドメイン宛てのメールは届きません。`,
            en: `The domain ${r.domain} declares in DNS that it accepts no mail (a null MX). Mail to it cannot be delivered.`,
          },
          {
            evidence: `${evidence} (MX 0 .)`,
            fix: {
              ja: "相手に別の連絡手段で正しいメールアドレスを確認してください。",
              en: "Ask the person for their correct mail address through another channel.",
            },
            who: ["you", "recipient"],
          }
        )
      );
      break;
    case "nomail":
      out.push(
        finding(
          16,
          "dns.recipient.no-mail-server",
          "problem",
          {
            ja: `ドメイン ${r.domain} にはメールサーバー(MX)もアドレス(A/AAAA)も登録されていません。メールの届け先がありません。`,
            en: `The domain ${r.domain} has no mail server (MX) and no address (A/AAAA) in DNS, so mail has nowhere to go.`,
          },
          {
            evidence,
            fix: {
              ja: "アドレスのつづりを確認してください。正しい場合は、相手の IT 担当に DNS の設定を確認してもらってください。",
              en: "Check the spelling of the address. If it is right, the recipient's IT needs to fix their DNS.",
            },
            who: ["you", "recipientIt"],
          }
        )
      );
      break;
    case "unavailable": {
      const { reason, fix } = explain(r.why, {
        reason: {
          ja: `${r.domain} の DNS を確認できませんでした。`,
          en: `The DNS of ${r.domain} could not be checked.`,
        },
        fix: SOURCE_FALLBACK.dns.fix,
      });
      out.push(
        finding(16, "dns.recipient.unavailable", "unavailable", reason, {
          evidence: r.domain,
          fix,
        })
      );
      break;
    }
    case "ok":
      break;
  }
  if (r.mtaSts) {
    out.push(
      finding(
        23,
        "dns.recipient.mta-sts",
        "info",
        {
          ja: `${r.domain} は MTA-STS を公開しており、メールを暗号化(TLS)して送るよう送信側に求めています。Microsoft 365 からの送信はこれに対応していますが、経路の証明書に問題があると配送が保留されることがあります。`,
          en: `${r.domain} publishes MTA-STS: it asks senders to deliver over encrypted connections (TLS). Microsoft 365 honours this; if the certificate on their side is wrong, delivery is held until it is fixed.`,
        },
        {
          evidence: `_mta-sts.${r.domain}: v=STSv1; id=${r.mtaSts.id}${r.mtaSts.mode ? ` (mode ${r.mtaSts.mode})` : ""}`,
          who: ["recipientIt"],
        }
      )
    );
  }
  return out;
}

/** Domains named in the ok finding's message; the evidence lists them all. */
const MAX_NAMED_DOMAINS = 10;

function recipientsOk(list: RecipientDomainDns[]): Finding[] {
  const ok = list.filter((r) => r.status === "ok");
  if (ok.length === 0) return [];
  const describe = (r: RecipientDomainDns) =>
    r.usedAddressFallback ? `${r.domain} (A/AAAA)` : `${r.domain} (MX ${r.mx[0]?.exchange ?? ""})`;
  const named = ok
    .slice(0, MAX_NAMED_DOMAINS)
    .map((r) => r.domain)
    .join(", ");
  const more = ok.length - MAX_NAMED_DOMAINS;
  return [
    finding(
      16,
      "dns.recipient.ok",
      "ok",
      {
        ja: `宛先のドメインは DNS で確認でき、メールの届け先(メールサーバー)があります: ${named}${more > 0 ? ` ほか ${more} 件` : ""}`,
        en: `The recipient domains exist in DNS and have somewhere to deliver mail: ${named}${more > 0 ? ` and ${more} more` : ""}`,
      },
      { evidence: ok.map(describe).join("; ") }
    ),
  ];
}

// ---------------------------------------------------------------- sender: SPF

function unavailableFinding(rule: string, fact: Fact<unknown>, what: Localized): Finding[] {
  if (fact.state !== "unavailable") return [];
  const { reason, fix } = explain(fact.why, SOURCE_FALLBACK.dns);
  return [
    finding(
      24,
      rule,
      "unavailable",
      {
        ja: `${what.ja}を確認できませんでした: ${reason.ja}`,
        en: `${what.en} could not be checked: ${reason.en}`,
      },
      { fix, evidence: fact.why.code }
    ),
  ];
}

function spfFindings(
  domain: string,
  spf: SpfAnalysis,
  viaExchange: boolean,
  dkimPublished: boolean
): Finding[] {
  const out: Finding[] = [];
  const fixBy = { who: [...SENDER_IT] };
  if (spf.records.length === 0) {
    out.push(
      finding(
        24,
        "dns.spf.missing",
        dkimPublished ? "warning" : "problem",
        join([
          {
            ja: `送信元ドメイン ${domain} に SPF レコードがありません。受信側は、このドメインを名乗るメールが正規のサーバーから来たか確かめられません。`,
            en: `The sender domain ${domain} has no SPF record, so receivers cannot tell whether mail claiming to be from it came from an authorised server.`,
          },
          BULK_RULES,
        ]),
        {
          evidence: `${domain} TXT: (no v=spf1)`,
          fix: viaExchange
            ? {
                ja: `IT 担当に、${domain} の DNS に「v=spf1 include:spf.protection.outlook.com -all」(他の送信サービスがあればその分も)を登録してもらってください。`,
                en: `Ask your IT to publish "v=spf1 include:spf.protection.outlook.com -all" for ${domain} (plus any other services that send as it).`,
              }
            : {
                ja: `IT 担当に、${domain} の SPF レコードを登録してもらってください。`,
                en: `Ask your IT to publish an SPF record for ${domain}.`,
              },
          ...fixBy,
        }
      )
    );
    return out;
  }
  const permanent: Localized[] = [];
  if (spf.records.length > 1) {
    permanent.push({
      ja: `SPF レコードが ${spf.records.length} 件あります(1 件でなければなりません)。`,
      en: `There are ${spf.records.length} SPF records (there must be exactly one).`,
    });
  }
  if (spf.lookupCount > SPF_LOOKUP_LIMIT) {
    permanent.push({
      ja: `DNS 参照の回数が ${spf.lookupCount} 回あり、上限の ${SPF_LOOKUP_LIMIT} 回を超えています。`,
      en: `It needs ${spf.lookupCount} DNS lookups, over the limit of ${SPF_LOOKUP_LIMIT}.`,
    });
  }
  if (spf.voidLookupCount > SPF_VOID_LOOKUP_LIMIT) {
    permanent.push({
      ja: `何も見つからない参照が ${spf.voidLookupCount} 回あり、上限の ${SPF_VOID_LOOKUP_LIMIT} 回を超えています。`,
      en: `${spf.voidLookupCount} of its lookups find nothing, over the limit of ${SPF_VOID_LOOKUP_LIMIT}.`,
    });
  }
  const otherErrors = spf.errors.filter(
    (e) =>
      !/DNS lookups \(the limit|lookups found nothing|stopped following|receivers treat that/.test(
        e
      )
  );
  if (otherErrors.length > 0) {
    permanent.push({
      ja: "記述の誤り、ループ、または参照先(include)の不備があります。",
      en: "It contains syntax errors, a loop or a broken include.",
    });
  }
  if (permanent.length > 0) {
    out.push(
      finding(
        24,
        "dns.spf.permerror",
        "problem",
        join([
          {
            ja: `送信元ドメイン ${domain} の SPF は壊れています。`,
            en: `The SPF record of ${domain} is broken.`,
          },
          ...permanent,
          {
            ja: "受信側は SPF を「permerror(恒久的なエラー)」と判定し、SPF が合格しません。Outlook.com や Gmail では、DKIM も合格していなければ迷惑メール扱いや拒否になります。",
            en: 'Receivers rate it "permerror", so SPF never passes. Outlook.com and Gmail then junk or reject the mail unless DKIM passes.',
          },
        ]),
        {
          evidence: [...spf.records, ...spf.errors].join(" | ").slice(0, 600),
          fix: {
            ja: "IT 担当に、SPF レコードを 1 件にまとめ、include を減らす(使っていない送信サービスを外す、IP アドレスで書く)よう依頼してください。",
            en: "Ask your IT to merge the SPF records into one and cut includes (drop services no longer used, or list their IP ranges).",
          },
          ...fixBy,
        }
      )
    );
  }
  if (viaExchange && !spf.includesMicrosoft365) {
    out.push(
      finding(
        24,
        "dns.spf.no-microsoft365",
        "problem",
        {
          ja: `${domain} の SPF に Microsoft 365 の送信サーバー(include:spf.protection.outlook.com)が含まれていません。Microsoft 365 から送ったメールは SPF に合格せず、DKIM も合格しなければ Gmail・Yahoo・Outlook.com で迷惑メール扱いや拒否になります。`,
          en: `The SPF record of ${domain} does not include Microsoft 365's servers (include:spf.protection.outlook.com). Mail sent through Microsoft 365 fails SPF, and unless DKIM passes, Gmail, Yahoo and Outlook.com junk or reject it.`,
        },
        {
          evidence: spf.records[0],
          fix: {
            ja: "IT 担当に、SPF レコードへ include:spf.protection.outlook.com(GCC High なら spf.protection.office365.us)を追加してもらってください。",
            en: "Ask your IT to add include:spf.protection.outlook.com (GCC High: spf.protection.office365.us) to the SPF record.",
          },
          ...fixBy,
        }
      )
    );
  }
  const all = spf.allQualifier;
  if (all === "+" || all === "?" || all === undefined) {
    const open = all === "+";
    out.push(
      finding(
        24,
        open ? "dns.spf.pass-all" : "dns.spf.neutral-all",
        open ? "problem" : "warning",
        open
          ? {
              ja: `${domain} の SPF は「+all」で終わっており、世界中のどのサーバーにもこのドメインを名乗ることを許しています。受信側はこの SPF を信用せず、なりすましの多いドメインとして扱うことがあります。`,
              en: `The SPF record of ${domain} ends in "+all", which lets any server in the world send as this domain. Receivers do not trust it and may treat the domain as a spoofing risk.`,
            }
          : {
              ja: `${domain} の SPF は${all === "?" ? "「?all」(中立)" : "「all」の指定がなく"}、許可していないサーバーから送られたメールも「不合格」になりません。なりすましを防げず、受信側の評価も上がりません。`,
              en: `The SPF record of ${domain} ${all === "?" ? 'ends in "?all" (neutral)' : 'has no "all" at the end'}, so mail from servers it does not list is not failed either. It does not stop spoofing and earns no trust with receivers.`,
            },
        {
          evidence: spf.records[0],
          fix: {
            ja: "IT 担当に、送信を許可するサーバーをすべて列挙したうえで末尾を「-all」(または「~all」)にしてもらってください。",
            en: 'Ask your IT to list every server that sends for the domain and end the record with "-all" (or "~all").',
          },
          ...fixBy,
        }
      )
    );
  }
  const warnings = spf.warnings ?? [];
  if (warnings.length > 0 && permanent.length === 0) {
    out.push(
      finding(
        24,
        "dns.spf.weak-terms",
        "warning",
        {
          ja: `${domain} の SPF には、受信側で無視されたり一時的に評価できなかったりする部分があります。`,
          en: `Parts of the SPF record of ${domain} may be skipped by receivers or could not be evaluated just now.`,
        },
        {
          evidence: warnings.join(" | ").slice(0, 600),
          fix: {
            ja: "IT 担当に、ptr や存在しないホストへの参照を SPF から外すよう依頼してください。",
            en: "Ask your IT to remove ptr and references to hosts that do not exist from the SPF record.",
          },
          ...fixBy,
        }
      )
    );
  }
  if (out.length === 0) {
    out.push(
      finding(
        24,
        "dns.spf.ok",
        "ok",
        {
          ja: `${domain} の SPF は 1 件で、DNS 参照は ${spf.lookupCount} 回(上限 ${SPF_LOOKUP_LIMIT} 回)、末尾は「${all}all」です。${all === "~" ? "「~all」は DMARC と組み合わせれば「-all」と同じ扱いになります。" : ""}${spf.includesMicrosoft365 ? "Microsoft 365 の送信サーバーも含まれています。" : ""}`,
          en: `${domain} has one SPF record using ${spf.lookupCount} of ${SPF_LOOKUP_LIMIT} DNS lookups, ending in "${all}all".${all === "~" ? ' With DMARC in place, "~all" is treated like "-all".' : ""}${spf.includesMicrosoft365 ? " It includes Microsoft 365's servers." : ""}`,
        },
        { evidence: spf.records[0] }
      )
    );
  }
  return out;
}

// ---------------------------------------------------------------- sender: DMARC

function dmarcFindings(domain: string, dmarc: DmarcAnalysis): Finding[] {
  const fixBy = { who: [...SENDER_IT] };
  if (!dmarc.record) {
    const org = organizationalDomain(domain);
    return [
      finding(
        24,
        "dns.dmarc.missing",
        "warning",
        join([
          {
            ja: `送信元ドメイン ${domain}${org !== domain ? `(および ${org})` : ""} に DMARC レコードがありません。`,
            en: `The sender domain ${domain}${org !== domain ? ` (and ${org})` : ""} has no DMARC record.`,
          },
          BULK_RULES,
          {
            ja: "Gmail は DMARC のない大量送信を 4.7.40 のエラーで断ります。",
            en: "Gmail answers bulk mail without DMARC with error 4.7.40.",
          },
        ]),
        {
          evidence: `_dmarc.${domain} TXT: (none)`,
          fix: {
            ja: `IT 担当に、まず「v=DMARC1; p=none; rua=mailto:(集計レポートの宛先)」を _dmarc.${org} に登録してもらい、レポートを見ながら quarantine、reject へ強めてもらってください。`,
            en: `Ask your IT to publish "v=DMARC1; p=none; rua=mailto:(report address)" at _dmarc.${org} first, then tighten it to quarantine and reject as the reports allow.`,
          },
          ...fixBy,
        }
      ),
    ];
  }
  const out: Finding[] = [];
  const policy = effectivePolicy(dmarc, domain);
  if (dmarc.errors.length > 0) {
    const unusable = dmarc.policy === undefined;
    out.push(
      finding(
        24,
        "dns.dmarc.syntax",
        unusable ? "problem" : "warning",
        unusable
          ? {
              ja: `${dmarc.foundAt ?? domain} の DMARC レコードに誤りがあり、受信側は DMARC が公開されていないものとして扱います。大量送信の要件(DMARC の公開)を満たしません。`,
              en: `The DMARC record of ${dmarc.foundAt ?? domain} has errors, so receivers treat the domain as having no DMARC at all, which fails the bulk-sender rules.`,
            }
          : {
              ja: `${dmarc.foundAt ?? domain} の DMARC レコードの一部に誤りがあります。受信側はその部分を無視します。`,
              en: `Part of the DMARC record of ${dmarc.foundAt ?? domain} is wrong; receivers ignore that part.`,
            },
        {
          evidence: `${dmarc.record} — ${dmarc.errors.join("; ")}`.slice(0, 600),
          fix: {
            ja: "IT 担当に、DMARC レコードの記述を直してもらってください。",
            en: "Ask your IT to correct the DMARC record.",
          },
          ...fixBy,
        }
      )
    );
    if (unusable) return out;
  }
  const policyText: Record<string, Localized> = {
    none: {
      ja: "p=none(監視のみ)です。大量送信の最低要件は満たします。認証に失敗したメールも DMARC を理由には止められません。",
      en: "p=none (monitor only). It meets the bulk-sender minimum; mail that fails authentication is not stopped because of DMARC.",
    },
    quarantine: {
      ja: "p=quarantine です。SPF と DKIM のどちらも合格(かつ差出人ドメインと一致)しないメールは、Gmail・Yahoo・Outlook.com・Microsoft 365 で迷惑メールフォルダーや検疫に入ります。",
      en: "p=quarantine. Mail that passes neither SPF nor DKIM (aligned with the From domain) goes to junk or quarantine at Gmail, Yahoo, Outlook.com and Microsoft 365.",
    },
    reject: {
      ja: "p=reject です。SPF と DKIM のどちらも合格(かつ差出人ドメインと一致)しないメールは、Gmail・Yahoo・Outlook.com・Microsoft 365 で受け取りを拒否されます。転送やメーリングリスト経由のメールが届かない原因にもなります。",
      en: "p=reject. Mail that passes neither SPF nor DKIM (aligned with the From domain) is refused by Gmail, Yahoo, Outlook.com and Microsoft 365; forwarded and mailing-list copies can be refused too.",
    },
  };
  const notes: Localized[] = [];
  if (policy) notes.push(policyText[policy] as Localized);
  if (dmarc.foundAt && dmarc.foundAt !== domain) {
    notes.push({
      ja: `(${domain} 自体にはレコードがなく、${dmarc.foundAt} のレコードが${dmarc.subdomainPolicy ? " sp= の指定で" : ""}適用されます。)`,
      en: `(${domain} has no record of its own; the one at ${dmarc.foundAt} applies${dmarc.subdomainPolicy ? " through its sp= tag" : ""}.)`,
    });
  }
  if (dmarc.pct !== undefined && dmarc.pct < 100 && policy && policy !== "none") {
    notes.push({
      ja: `pct=${dmarc.pct} のため、失敗したメールのうち ${dmarc.pct}% にだけこの扱いが適用されます。`,
      en: `With pct=${dmarc.pct}, only ${dmarc.pct}% of failing mail gets this treatment.`,
    });
  }
  if (dmarc.adkim === "s" || dmarc.aspf === "s") {
    notes.push({
      ja: `一致の判定が厳格(${[dmarc.adkim === "s" ? "adkim=s" : "", dmarc.aspf === "s" ? "aspf=s" : ""].filter(Boolean).join(", ")})なので、サブドメインから送ったメールは一致しないと判定されます。`,
      en: `Alignment is strict (${[dmarc.adkim === "s" ? "adkim=s" : "", dmarc.aspf === "s" ? "aspf=s" : ""].filter(Boolean).join(", ")}): mail signed or sent from a subdomain does not count as aligned.`,
    });
  }
  out.push(
    finding(
      24,
      "dns.dmarc.policy",
      "ok",
      join([{ ja: `${domain} の DMARC: `, en: `DMARC of ${domain}:` }, ...notes]),
      {
        evidence: `_dmarc.${dmarc.foundAt ?? domain}: ${dmarc.record}`,
      }
    )
  );
  if (dmarc.rua.length === 0) {
    out.push(
      finding(
        24,
        "dns.dmarc.no-reports",
        "info",
        {
          ja: `${domain} の DMARC には集計レポートの宛先(rua)がありません。どの受信側で認証に失敗しているかが分からないままになります(Yahoo は rua の指定を強く推奨しています)。`,
          en: `The DMARC record of ${domain} names no address for aggregate reports (rua), so nobody learns which receivers see failures. Yahoo strongly recommends rua.`,
        },
        {
          evidence: dmarc.record,
          fix: {
            ja: "IT 担当に rua=mailto:… の追加を検討してもらってください。",
            en: "Ask your IT to consider adding rua=mailto:…",
          },
          ...fixBy,
        }
      )
    );
  }
  return out;
}

// ---------------------------------------------------------------- sender: DKIM

function dkimFindings(domain: string, dkim: DkimAnalysis, viaExchange: boolean): Finding[] {
  const out: Finding[] = [];
  const fixBy = { who: [...SENDER_IT] };
  for (const s of dkim.selectors.filter((x) => x.source === "signature")) {
    const name = `${s.selector}._domainkey.${s.domain ?? domain}`;
    if (s.state === "missing" || s.state === "revoked") {
      out.push(
        finding(
          24,
          s.state === "missing"
            ? "dns.dkim.signature-key-missing"
            : "dns.dkim.signature-key-revoked",
          "problem",
          {
            ja: `このメールはセレクター ${s.selector}(${s.domain ?? domain})で DKIM 署名されていますが、DNS に${s.state === "missing" ? "公開鍵がありません" : "有効な公開鍵がありません(p= が空で失効しています)"}。受信側では DKIM が不合格になり、SPF も合格しなければ DMARC で迷惑メール扱いや拒否になります。`,
            en: `This mail is DKIM-signed with selector ${s.selector} (${s.domain ?? domain}), but DNS ${s.state === "missing" ? "has no public key for it" : "holds a revoked key (empty p=)"}. Receivers fail DKIM, and unless SPF passes, DMARC sends the mail to junk or refuses it.`,
          },
          {
            evidence: `${name}${s.cnameTarget ? ` → ${s.cnameTarget}` : ""}`,
            fix: {
              ja: "IT 担当に、署名に使っている鍵の DNS 登録(Microsoft 365 なら DKIM の CNAME)を確認してもらってください。",
              en: "Ask your IT to check the DNS entry of the signing key (for Microsoft 365, the DKIM CNAMEs).",
            },
            ...fixBy,
          }
        )
      );
    } else if (s.keyBits !== undefined && s.keyBits < 1024) {
      out.push(
        finding(
          24,
          "dns.dkim.short-key",
          "warning",
          {
            ja: `DKIM の鍵(セレクター ${s.selector})が約 ${s.keyBits} ビットと短すぎます。Gmail は 1024 ビット以上を求めており、短い鍵の署名は不合格として扱われます。`,
            en: `The DKIM key of selector ${s.selector} is only about ${s.keyBits} bits. Gmail requires at least 1024 bits and treats shorter keys as failing.`,
          },
          {
            evidence: name,
            fix: {
              ja: "IT 担当に 2048 ビットの鍵への切り替えを依頼してください。",
              en: "Ask your IT to switch to a 2048-bit key.",
            },
            ...fixBy,
          }
        )
      );
    } else {
      out.push(
        finding(
          24,
          "dns.dkim.signature-key-ok",
          "ok",
          {
            ja: `このメールの DKIM 署名(セレクター ${s.selector})の公開鍵が DNS に公開されています${s.keyBits ? `(約 ${s.keyBits} ビット)` : ""}。`,
            en: `The public key for this mail's DKIM signature (selector ${s.selector}) is published in DNS${s.keyBits ? ` (about ${s.keyBits} bits)` : ""}.`,
          },
          { evidence: `${name}${s.cnameTarget ? ` → ${s.cnameTarget}` : ""}` }
        )
      );
    }
  }
  const m365 = dkim.selectors.filter((x) => x.source === "microsoft365");
  if (m365.length > 0 && viaExchange && !isOnMicrosoftDomain(domain)) {
    const published = m365.filter((x) => x.state === "published");
    const evidence = m365
      .map(
        (x) =>
          `${x.selector}._domainkey.${domain}: ${x.cnameTarget ? `CNAME ${x.cnameTarget}, ` : ""}${x.state}`
      )
      .join("; ");
    if (published.length === 0) {
      out.push(
        finding(
          24,
          "dns.dkim.microsoft365-not-set-up",
          "warning",
          join([
            {
              ja: `${domain} の Microsoft 365 用 DKIM(selector1 / selector2)が DNS で使える状態になっていません。この場合 Microsoft 365 は onmicrosoft.com のドメインで署名するため、差出人ドメインとは一致せず、DMARC は SPF だけに頼ることになります。転送されたメールなどでは SPF が合格しないため、迷惑メール扱いや拒否の原因になります。`,
              en: `The Microsoft 365 DKIM selectors of ${domain} (selector1 / selector2) are not usable in DNS. Microsoft 365 then signs with the onmicrosoft.com domain, which does not align with your From domain, so DMARC depends on SPF alone, which fails for forwarded mail.`,
            },
            BULK_RULES,
          ]),
          {
            evidence,
            fix: {
              ja: "IT 担当に、Microsoft Defender ポータル(または Get-DkimSigningConfig)で表示される 2 つの CNAME を DNS に登録し、DKIM 署名を有効にしてもらってください。CNAME の値はテナントごとに異なります。",
              en: "Ask your IT to publish the two CNAMEs shown in the Microsoft Defender portal (or by Get-DkimSigningConfig) and turn DKIM signing on. The CNAME values differ per tenant.",
            },
            ...fixBy,
          }
        )
      );
    } else {
      out.push(
        finding(
          24,
          "dns.dkim.microsoft365-published",
          "ok",
          {
            ja: `${domain} の Microsoft 365 用 DKIM の鍵が DNS に公開されています(${published.map((x) => x.selector).join(", ")})。署名が有効になっているかは DNS からは分からないため、必要なら IT 担当に確認してください。`,
            en: `The Microsoft 365 DKIM keys of ${domain} are published in DNS (${published.map((x) => x.selector).join(", ")}). Whether signing is switched on cannot be seen from DNS; ask your IT if in doubt.`,
          },
          { evidence }
        )
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------- item 6: the sender's settings

function senderSettingsFinding(sender: SenderDomainDns): Finding[] {
  const spf = sender.spf.state === "ok" ? sender.spf.value : undefined;
  const dmarc = sender.dmarc.state === "ok" ? sender.dmarc.value : undefined;
  if (!spf && !dmarc) return [];
  const broken: string[] = [];
  if (spf && (spf.records.length > 1 || spf.errors.length > 0)) broken.push("SPF");
  if (dmarc && dmarc.errors.length > 0) broken.push("DMARC");
  if (broken.length > 0) {
    return [
      finding(
        6,
        "dns.sender.settings-error",
        "warning",
        {
          ja: `送信元ドメイン ${sender.domain} の DNS 設定(${broken.join("・")})に誤りがあります(詳細は項目 24)。最近メールが届かなくなったのなら、DNS の変更が原因かもしれません。`,
          en: `The DNS settings of your domain ${sender.domain} (${broken.join(", ")}) contain errors (details under item 24). If mail recently stopped arriving, a recent DNS change may be the cause.`,
        },
        {
          evidence: broken.join(", "),
          fix: {
            ja: "IT 担当に、最近の DNS やメール設定の変更を確認してもらってください。",
            en: "Ask your IT to review recent changes to DNS and mail settings.",
          },
          who: ["yourIt"],
        }
      ),
    ];
  }
  return [
    finding(
      6,
      "dns.sender.settings-ok",
      "ok",
      {
        ja: `送信元ドメイン ${sender.domain} の${spf && spf.records.length > 0 ? " SPF" : ""}${dmarc?.record ? " DMARC" : ""} のレコードを読み取り、記述の誤りは見つかりませんでした。`,
        en: `The${spf && spf.records.length > 0 ? " SPF" : ""}${dmarc?.record ? " DMARC" : ""} records of your domain ${sender.domain} were read and are well-formed.`,
      },
      { evidence: sender.domain }
    ),
  ];
}

// ---------------------------------------------------------------- the checks

const THEIR_FIX: Localized = {
  ja: "差出人側のドメインの設定です。必要なら差出人に連絡し、先方の IT 担当に SPF・DKIM・DMARC の設定を確認してもらうよう伝えてください。",
  en: "This is the sender's domain. If it matters, tell the sender so their IT can check SPF, DKIM and DMARC.",
};

/**
 * The receiver's own verdict outranks what DNS says now: when the topmost Authentication-Results
 * with a DMARC (or Microsoft compauth) result says pass, this mail did authenticate. Returns that
 * verdict as evidence text, or undefined.
 */
export function receiverPassed(snapshot: MessageSnapshot): string | undefined {
  for (const value of headerValues(snapshot, "Authentication-Results")) {
    const ar = parseAuthenticationResults(value);
    const dmarc = resultFor(ar, "dmarc");
    const compauth = resultFor(ar, "compauth");
    if (!dmarc && !compauth) continue;
    const passed = dmarc?.result === "pass" || compauth?.result === "pass";
    if (!passed) return undefined;
    const by = ar.authservId || "Exchange Online";
    return `${by}: ${[dmarc ? `dmarc=${dmarc.result}` : "", compauth ? `compauth=${compauth.result}` : ""].filter(Boolean).join(" ")}`;
  }
  return undefined;
}

/** A DNS problem on a mail the receiver passed is a risk, not the cause: say so. */
function outrankedBy(verdict: string) {
  return (f: Finding): Finding => {
    if (f.item !== 24 || f.severity !== "problem") return f;
    return {
      ...f,
      severity: "warning",
      message: {
        ja: `${f.message.ja}(ただし、受信側の判定ではこのメールは認証に合格しています: ${verdict})`,
        en: `${f.message.en} (The receiver did pass this mail, though: ${verdict}.)`,
      },
    };
  };
}

/** For a received mail the sender domain is the other party's: point the fix at them. */
function theirSide(f: Finding): Finding {
  if (f.severity !== "problem" && f.severity !== "warning") return f;
  const out: Finding = { ...f, fix: THEIR_FIX };
  delete out.who;
  return out;
}

export function dnsFindings(input: CheckInput): Finding[] {
  const fact = input.facts.dns;
  if (!fact || fact.state !== "ok") return [];
  const out: Finding[] = [];
  for (const r of fact.value.recipients) out.push(...recipientFindings(r, input));
  out.push(...recipientsOk(fact.value.recipients));
  const sender = fact.value.sender;
  if (sender) {
    const viaExchange =
      sendsThroughExchangeOnline(input.snapshot) === true && !isOnMicrosoftDomain(sender.domain);
    const dkimPublished =
      sender.dkim.state === "ok" &&
      sender.dkim.value.selectors.some((s) => s.state === "published");
    const senderSide: Finding[] = [];
    senderSide.push(
      ...unavailableFinding("dns.spf.unavailable", sender.spf, { ja: "SPF", en: "SPF" })
    );
    senderSide.push(
      ...unavailableFinding("dns.dmarc.unavailable", sender.dmarc, { ja: "DMARC", en: "DMARC" })
    );
    senderSide.push(
      ...unavailableFinding("dns.dkim.unavailable", sender.dkim, { ja: "DKIM", en: "DKIM" })
    );
    if (sender.spf.state === "ok")
      senderSide.push(...spfFindings(sender.domain, sender.spf.value, viaExchange, dkimPublished));
    if (sender.dmarc.state === "ok")
      senderSide.push(...dmarcFindings(sender.domain, sender.dmarc.value));
    if (sender.dkim.state === "ok")
      senderSide.push(...dkimFindings(sender.domain, sender.dkim.value, viaExchange));
    const verdict = receiverPassed(input.snapshot);
    const weighed = verdict ? senderSide.map(outrankedBy(verdict)) : senderSide;
    if (input.snapshot.kind === "received") {
      // Someone else's mail: their domain, their IT; item 6 is about our own sending side.
      out.push(...weighed.map(theirSide));
    } else {
      out.push(...weighed, ...senderSettingsFinding(sender));
    }
  }
  return out;
}

export const dnsFactsCheck: NamedCheck = {
  name: "dns-facts",
  items: [6, 8, 16, 23, 24],
  run: dnsFindings,
};

/** Every check of this module, for ALL_CHECKS. */
export const dnsChecks: readonly NamedCheck[] = [dnsFactsCheck];
