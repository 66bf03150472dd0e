/**
 * Sources that could not be asked (Microsoft 365, DNS): why, and what to do. One text per
 * source and reason, said once in the report however many items depend on it.
 */
import { defineMessages } from "./types";

/** Said for more than one finding. */
const FIX_DNS_TIMEOUT = {
  ja: "少し待ってから、もう一度確認してください。",
  en: "Wait a moment and check again.",
};

export const SOURCE_MESSAGES = defineMessages({
  "source.name.mailTips": { ja: "宛先のメールヒント", en: "the recipients' MailTips" },
  "source.name.licence": { ja: "ライセンスの情報", en: "your licence details" },
  "source.name.ownMailbox": { ja: "あなたのメールボックスの情報", en: "your mailbox details" },
  "source.name.trace": { ja: "メッセージ追跡", en: "the message trace" },
  "source.name.dns": { ja: "DNS", en: "DNS" },
  "source.unavailable": {
    params: { source: "phrase", reason: "phrase" },
    ja: "{source}を確認できませんでした。{reason}",
    en: "Could not check {source}. {reason}",
  },

  "source.fallback.dns": {
    ja: "DNSから答えが返ってこず、原因も分かりませんでした。",
    en: "DNS gave no answer, and no cause was reported.",
    fix: {
      ja: "しばらくしてから、もう一度確認してください。何度も続く場合は、ネットワークやDNSの設定についてIT担当者に相談してください。",
      en: "Check again in a little while. If it keeps happening, ask your IT team to look at the network or DNS settings.",
    },
  },
  "source.fallback.graph": {
    ja: "Microsoft 365 から答えが得られず、理由も示されませんでした。",
    en: "Microsoft 365 gave no answer, and no reason was given.",
    fix: {
      ja: "しばらくしてから、もう一度確認してください。何度も続く場合は、この項目と起きた時刻をIT担当者に伝えて相談してください。",
      en: "Check again in a little while. If it keeps happening, tell your IT team which item this is and when it happened.",
    },
  },
  "dns.unavailable.timeout": {
    params: { name: "text" },
    ja: "DNSの問い合わせ（{name}）に、時間内に答えが返ってきませんでした。",
    en: "The DNS query for {name} did not come back in time.",
    fix: FIX_DNS_TIMEOUT,
  },
  "dns.unavailable.timeout-all": {
    ja: "DNSの問い合わせに、時間内に答えが返ってきませんでした。",
    en: "The DNS queries did not come back in time.",
    fix: FIX_DNS_TIMEOUT,
  },
  "dns.unavailable.offline": {
    ja: "DNSリゾルバーに接続できませんでした。オフラインになっている可能性があります。",
    en: "The DNS resolver could not be reached; you may be offline.",
    fix: {
      ja: "ネットワークの接続を確かめてください。社内のネットワークで「DNS over HTTPS」が遮断されている場合は、IT担当者に相談してください。",
      en: "Check your network connection. If your network blocks DNS over HTTPS, ask your IT team.",
    },
  },
  "dns.unavailable.refused": {
    params: { detail: "code" },
    ja: "DNSリゾルバーが問い合わせを受け付けませんでした（{detail}）。",
    en: "The DNS resolver refused the query ({detail}).",
    fix: {
      ja: "組織のポリシーで指定したDNSリゾルバーのURLが正しいか、IT担当者に確認してもらってください。",
      en: "Ask your IT team to check the resolver URL set in the organisation's policy.",
    },
  },
  "dns.unavailable.malformed": {
    ja: "DNSリゾルバーの答えを読み取れませんでした。",
    en: "The DNS resolver's answer could not be read.",
    fix: {
      ja: "リゾルバーがDNSのJSON形式（{format}）に対応しているか、IT担当者に確認してもらってください。",
      en: "Ask your IT team whether the resolver supports the DNS JSON format ({format}).",
    },
    params: { format: "code" },
  },
  "dns.unavailable.internal": {
    ja: "DNSの確認中に、予期しないエラーが起きました。",
    en: "The DNS checks stopped on an unexpected error.",
    fix: {
      ja: "もう一度確認してください。何度も続く場合は、IT担当者にお知らせください。",
      en: "Check again. If it keeps happening, tell your IT team.",
    },
  },
  "dns.unavailable.servfail": {
    params: { name: "text", rcode: "code" },
    ja: "{name} のDNSサーバーが正しく答えませんでした（{rcode}）。そのドメインのDNSに、一時的な不具合が起きている可能性があります。",
    en: "The DNS servers of {name} did not answer properly ({rcode}). This may be a temporary fault in that domain's DNS.",
    fix: {
      ja: "しばらくしてから、もう一度確認してください。同じ結果が続く場合は、そのドメインを管理している側にDNSの状態を確認してもらってください。",
      en: "Check again later. If it persists, ask whoever runs that domain to look at its DNS.",
    },
  },
});
