/** Turns a DNS answer we could not use into a reason and a fix the user can act on. */
import type { Unavailable } from "../model/facts";
import type { DnsAnswer } from "./types";

export function unavailableFromAnswer(answer: DnsAnswer, name: string): Unavailable {
  if (answer.kind === "failure") {
    switch (answer.reason) {
      case "timeout":
        return {
          code: "dns.timeout",
          reason: name
            ? {
                ja: `DNS の問い合わせ(${name})が時間内に返ってきませんでした。`,
                en: `The DNS query for ${name} did not come back in time.`,
              }
            : {
                ja: "DNS の問い合わせが時間内に返ってきませんでした。",
                en: "The DNS queries did not come back in time.",
              },
          fix: {
            ja: "少し待ってからもう一度確認してください。",
            en: "Wait a moment and check again.",
          },
        };
      case "network":
        return {
          code: "dns.offline",
          reason: {
            ja: "DNS リゾルバーに接続できませんでした(オフラインの可能性があります)。",
            en: "The DNS resolver could not be reached (you may be offline).",
          },
          fix: {
            ja: "ネットワーク接続を確かめてください。社内ネットワークで DNS over HTTPS が遮断されている場合は、IT 担当に確認してください。",
            en: "Check your network connection. If your network blocks DNS over HTTPS, ask your IT.",
          },
        };
      case "http":
        return {
          code: "dns.resolver-refused",
          reason: {
            ja: `DNS リゾルバーが問い合わせを受け付けませんでした(${answer.detail})。`,
            en: `The DNS resolver refused the query (${answer.detail}).`,
          },
          fix: {
            ja: "組織のポリシーで指定された DNS リゾルバーの URL が正しいか、IT 担当に確認してください。",
            en: "Ask your IT to check the resolver URL set in the organization policy.",
          },
        };
      default:
        return {
          code: "dns.malformed",
          reason: {
            ja: "DNS リゾルバーの応答を読み取れませんでした。",
            en: "The DNS resolver's answer could not be read.",
          },
          fix: {
            ja: "リゾルバーが DNS JSON 形式(application/dns-json)に対応しているか、IT 担当に確認してください。",
            en: "Ask your IT whether the resolver supports the DNS JSON format (application/dns-json).",
          },
        };
    }
  }
  const rcode =
    answer.rcode === 2 ? "SERVFAIL" : answer.rcode === 5 ? "REFUSED" : `RCODE ${answer.rcode}`;
  return {
    code: "dns.servfail",
    reason: {
      ja: `${name} の DNS サーバーが正しく応答しませんでした(${rcode})。その DNS の一時的な不具合の可能性があります。`,
      en: `The DNS servers of ${name} did not answer properly (${rcode}). This may be a temporary fault in that domain's DNS.`,
    },
    fix: {
      ja: "しばらくしてからもう一度確認してください。続く場合は、そのドメインを管理している側に DNS の状態を確認してもらってください。",
      en: "Check again later. If it persists, ask whoever runs that domain to look at its DNS.",
    },
  };
}
