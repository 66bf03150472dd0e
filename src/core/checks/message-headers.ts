/**
 * Item 20, for mail read from a file or a received/sent item (the snapshot carries headers):
 * Date, Message-ID and From must be present once and well formed, and Sender should be in the
 * same organisation as From. Receivers reject or distrust mail that breaks these (Gmail asks
 * for one From address and a valid Message-ID; SpamAssassin scores a missing Date or Message-ID).
 */
import { finding, type Finding } from "../model/finding";
import type { Localized } from "../model/i18n";
import { headerValues, type MessageSnapshot } from "../model/snapshot";
import { addressProblems, domainOf } from "../text/address";
import { clip } from "../text/clip";
import { isSameOrSubdomain, registrableDomain } from "../text/domain";
import { analyzeHeaders } from "../headers/analyze";
import type { Policy } from "../policy/schema";
import { checkDateHeader, isValidMessageId, splitAddressList } from "../text/header-values";
import type { CheckInput, NamedCheck } from "./types";

const FIX_SENDER_SIDE: Localized = {
  ja: "送信に使ったメールソフトやシステムの設定を確認するよう、IT担当に依頼してください（Outlook から通常どおり送ったメールでは起きません）。",
  en: "Ask your IT to check the settings of the program or system that sent this mail (mail sent normally from Outlook does not have this problem).",
};

const SINGLE_HEADERS = ["From", "Date", "Message-ID", "Subject", "To", "Sender"];

function missing(rule: string, name: string, why: Localized): Finding {
  return finding(
    20,
    rule,
    "problem",
    {
      ja: `${name} ヘッダーがありません。${why.ja}`,
      en: `The ${name} header is missing. ${why.en}`,
    },
    { evidence: `${name}: (missing)`, fix: FIX_SENDER_SIDE }
  );
}

function malformed(rule: string, name: string, value: string, why: Localized): Finding {
  return finding(
    20,
    rule,
    "problem",
    {
      ja: `${name} ヘッダーの形式が正しくありません。${why.ja}`,
      en: `The ${name} header is malformed. ${why.en}`,
    },
    { evidence: `${name}: ${clip(value, 200)}`, fix: FIX_SENDER_SIDE }
  );
}

function dateFindings(snapshot: MessageSnapshot): Finding[] {
  const values = headerValues(snapshot, "date");
  const why = {
    ja: "日付のないメールや日付の読めないメールは、迷惑メールとして扱われやすくなります。",
    en: "Mail without a readable date is more often treated as spam.",
  };
  if (values.length === 0) return [missing("headers.date-missing", "Date", why)];
  const result = checkDateHeader(values[0] ?? "");
  if (!result.ok) return [malformed("headers.date-malformed", "Date", values[0] ?? "", why)];
  return [];
}

function messageIdFindings(snapshot: MessageSnapshot): Finding[] {
  const values = headerValues(snapshot, "message-id");
  const why = {
    ja: "Gmail などはすべてのメールに正しい Message-ID を求めており、ないメールを拒否することがあります。",
    en: "Gmail and others require a valid Message-ID on every mail and may refuse mail without one.",
  };
  if (values.length === 0) return [missing("headers.message-id-missing", "Message-ID", why)];
  if (!isValidMessageId(values[0] ?? ""))
    return [malformed("headers.message-id-malformed", "Message-ID", values[0] ?? "", why)];
  return [];
}

function fromFindings(snapshot: MessageSnapshot): Finding[] {
  const values = headerValues(snapshot, "from");
  if (values.length === 0) {
    return [
      missing("headers.from-missing", "From", {
        ja: "差出人のないメールは多くのサーバーで拒否されます。",
        en: "Most servers refuse mail without a sender.",
      }),
    ];
  }
  const raw = values[0] ?? "";
  const mailboxes = splitAddressList(raw).filter((p) => p.includes("@"));
  const out: Finding[] = [];
  if (mailboxes.length > 1 && headerValues(snapshot, "sender").length === 0) {
    out.push(
      malformed("headers.from-multiple", "From", raw, {
        ja: "From に複数のアドレスがあり、Sender ヘッダーもありません。Gmail などは From のアドレスを1つに限っています。",
        en: "From lists several addresses and there is no Sender header. Gmail and others accept exactly one From address.",
      })
    );
  }
  const address = snapshot.from?.address ?? "";
  if (address === "" || addressProblems(address).length > 0) {
    out.push(
      malformed("headers.from-malformed", "From", raw, {
        ja: "差出人アドレスとして読み取れません。",
        en: "It cannot be read as a sender address.",
      })
    );
  }
  return out;
}

/** True when the domain is one of the organisation's own (policy internalDomains) or below one. */
function isOwnDomain(domain: string, policy: Policy): boolean {
  return policy.internalDomains.some((d) => isSameOrSubdomain(domain, d));
}

/**
 * The receiving server's DMARC verdict was "pass": the From domain authenticated the mail, so a
 * different Sender (Google Calendar sending for the organiser, a delegate, a list) is not
 * spoofing. Only a received copy carries this verdict.
 */
function dmarcPassed(snapshot: MessageSnapshot): boolean {
  return analyzeHeaders(snapshot.headers).auth.dmarc === "pass";
}

function senderFindings(snapshot: MessageSnapshot, policy: Policy): Finding[] {
  const from = snapshot.from?.address;
  const sender = snapshot.sender?.address;
  if (!from || !sender) return [];
  const fromDomain = registrableDomain(domainOf(from));
  const senderDomain = registrableDomain(domainOf(sender));
  if (fromDomain === "" || senderDomain === "" || fromDomain === senderDomain) return [];
  // A delegate in another of the organisation's own domains (a group company, a holding) sends
  // "on behalf of" inside one organisation: the same tenant signs and sends both.
  if (isOwnDomain(domainOf(from), policy) && isOwnDomain(domainOf(sender), policy)) return [];
  if (dmarcPassed(snapshot)) return [];
  return [
    finding(
      20,
      "headers.sender-mismatch",
      "warning",
      {
        ja: `差出人（From: ${fromDomain}）と実際の送信者（Sender: ${senderDomain}）のドメインが異なります。なりすましと判定されたり、「代理で送信」と表示されたりします。`,
        en: `The From domain (${fromDomain}) and the Sender domain (${senderDomain}) differ. Receivers may see this as spoofing, or show "sent on behalf of".`,
      },
      {
        evidence: `From: ${clip(from, 120)} / Sender: ${clip(sender, 120)}`,
        fix: {
          ja: "自分のアドレスから送るか、代理送信が必要な場合は差出人ドメインの送信設定（SPF・DKIM）に送信元を含めるようIT担当に依頼してください。",
          en: "Send from your own address, or, if sending on behalf of someone is needed, ask your IT to authorise the sending service for the From domain (SPF, DKIM).",
        },
      }
    ),
  ];
}

function duplicateFindings(snapshot: MessageSnapshot): Finding[] {
  const out: Finding[] = [];
  for (const name of SINGLE_HEADERS) {
    const values = headerValues(snapshot, name);
    if (values.length > 1) {
      out.push(
        finding(
          20,
          "headers.duplicate",
          "problem",
          {
            ja: `${name} ヘッダーが ${values.length} 個あります。1通のメールに1つだけのはずのヘッダーが重複していると、拒否されることがあります。`,
            en: `There are ${values.length} ${name} headers. This header must appear only once; mail that repeats it may be refused.`,
          },
          {
            evidence: values.map((v) => `${name}: ${clip(v, 80)}`).join(" | "),
            fix: FIX_SENDER_SIDE,
          }
        )
      );
    }
  }
  return out;
}

function runHeaderChecks(input: CheckInput): Finding[] {
  const snapshot = input.snapshot;
  if (!snapshot.headers || snapshot.headers.length === 0) return [];
  const out = [
    ...duplicateFindings(snapshot),
    ...dateFindings(snapshot),
    ...messageIdFindings(snapshot),
    ...fromFindings(snapshot),
    ...senderFindings(snapshot, input.policy),
  ];
  if (out.length > 0) return out;
  return [
    finding(20, "headers.checked", "ok", {
      ja: "ヘッダーを確認しました。Date・Message-ID・From はそれぞれ1つずつあり、形式も正しく、Sender との食い違いもありません。",
      en: "Headers checked: Date, Message-ID and From appear once each and are well formed, and Sender (if any) matches From.",
    }),
  ];
}

export const messageHeadersCheck: NamedCheck = {
  name: "message-headers",
  items: [20],
  run: runHeaderChecks,
};
