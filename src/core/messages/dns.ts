/** Items 16 and 24 from DNS: the recipients' domains (MX, null MX, MTA-STS) and the sender domain's SPF, DKIM and DMARC. */
import { defineMessages } from "./types";

/** Said for more than one finding. */
const FIX_SPF_END_ALL = {
  ja: "送信を許すサーバーをすべて書き出したうえで、末尾を「-all」（または「~all」）にするよう、IT担当者に依頼してください。",
  en: "Ask your IT team to list every server that sends for the domain and end the record with “-all” (or “~all”).",
};

/** Said for more than one finding. */
const FIX_DMARC_MISSING = {
  ja: "まず「{record}」を「_dmarc.{org}」に登録し、レポートを見ながら「quarantine」「reject」へ強めていくよう、IT担当者に依頼してください。",
  en: "Ask your IT team to publish “{record}” at _dmarc.{org} first, then tighten it to quarantine and reject as the reports allow.",
};

/** Said for more than one finding. */
const FIX_DMARC_SYNTAX = {
  ja: "DMARCレコードの書き方を直すよう、IT担当者に依頼してください。",
  en: "Ask your IT team to correct the DMARC record.",
};

/** Said for more than one finding. */
const FIX_DKIM_KEY = {
  ja: "署名に使っている鍵のDNSへの登録（Microsoft 365 なら DKIM の CNAME）を確認するよう、IT担当者に依頼してください。",
  en: "Ask your IT team to check the DNS entry of the signing key (for Microsoft 365, the DKIM CNAMEs).",
};

export const DNS_MESSAGES = defineMessages({
  "dns.bulk-rules": {
    ja: "Gmail と Yahoo は2024年2月から、Outlook.com は2025年5月から、1日5,000通以上を送る送信者に、SPF と DKIM の合格と、DMARC（「p=none」以上）の公開を求めています。満たさないメールは、拒否されるか迷惑メールに振り分けられます。送る量が少なくても、認証の弱いドメインのメールは迷惑メールとして扱われやすくなります。",
    en: "Since February 2024 (Gmail, Yahoo) and May 2025 (Outlook.com), senders of 5,000+ mails a day must pass SPF and DKIM and publish DMARC (p=none or stricter), or their mail is refused or sent to junk. Even at low volume, mail from weakly authenticated domains is more likely to land in junk.",
  },
  "dns.recipient.unavailable": {
    params: { reason: "phrase" },
    ja: "{reason}",
    en: "{reason}",
  },
  "dns.recipient.unavailable-fallback": {
    params: { domain: "text" },
    ja: "{domain} のDNSを確認できませんでした。",
    en: "The DNS of {domain} could not be checked.",
  },
  "dns.recipient.ok": {
    params: { domains: "list", others: "phrase" },
    ja: "宛先のドメインはDNSで確認でき、メールの届け先（メールサーバー）があります：{domains}{others}",
    en: "The recipient domains exist in DNS and have somewhere to deliver mail: {domains}{others}",
  },
  "dns.others": { params: { count: "count" }, ja: " ほか {count} 件", en: " and {count} more" },
  "dns.record-unavailable": {
    params: { what: "code", reason: "phrase" },
    ja: "{what} を確認できませんでした。{reason}",
    en: "{what} could not be checked. {reason}",
  },
  "dns.spf.missing": {
    params: { domain: "text" },
    ja: "送信元ドメイン {domain} には SPF レコードがありません。そのため受信側は、このドメインを名乗るメールが正規のサーバーから来たかを確かめられません。",
    en: "The sender domain {domain} has no SPF record, so receivers cannot tell whether mail claiming to be from it came from an authorised server.",
    fix: {
      ja: "{domain} のSPFレコードを登録するよう、IT担当者に依頼してください。",
      en: "Ask your IT team to publish an SPF record for {domain}.",
    },
  },
  "dns.spf.missing-fix-m365": {
    params: { domain: "text", record: "code" },
    ja: "{domain} のDNSに「{record}」を登録するよう、IT担当者に依頼してください（ほかにメールを送るサービスがあれば、その分も加えます）。",
    en: "Ask your IT team to publish “{record}” for {domain} (plus any other services that send as it).",
  },
  "dns.spf.permerror": {
    params: { domain: "text" },
    ja: "送信元ドメイン {domain} の SPF は壊れています。",
    en: "The SPF record of {domain} is broken.",
    fix: {
      ja: "SPFレコードを1件にまとめ、参照先（「include」）を減らすよう、IT担当者に依頼してください。使っていない送信サービスを外すか、IPアドレスで書く方法があります。",
      en: "Ask your IT team to merge the SPF records into one and cut includes (drop services no longer used, or list their IP ranges).",
    },
  },
  "dns.spf.records": {
    params: { count: "count" },
    ja: "SPFレコードが {count} 件あります（1件でなければなりません）。",
    en: "There are {count} SPF records (there must be exactly one).",
  },
  "dns.spf.lookups": {
    params: { count: "count", limit: "count" },
    ja: "DNSの参照が {count} 回あり、上限の {limit} 回を超えています。",
    en: "It needs {count} DNS lookups, over the limit of {limit}.",
  },
  "dns.spf.void-lookups": {
    params: { count: "count", limit: "count" },
    ja: "何も見つからない参照が {count} 回あり、上限の {limit} 回を超えています。",
    en: "{count} of its lookups find nothing, over the limit of {limit}.",
  },
  "dns.spf.syntax": {
    ja: "書き方の誤り、参照のループ、または参照先（「include」）の不備があります。",
    en: "It contains syntax errors, a loop or a broken include.",
  },
  "dns.spf.permerror-effect": {
    ja: "受信側はこの SPF を「permerror（恒久的なエラー）」と判定するため、SPF は合格しません。Outlook.com や Gmail では、DKIM も合格しなければ、迷惑メールとして扱われるか拒否されます。",
    en: "Receivers rate it “permerror”, so SPF never passes. Outlook.com and Gmail then junk or reject the mail unless DKIM passes.",
  },
  "dns.spf.pass-all": {
    params: { domain: "text" },
    ja: "{domain} の SPF は「+all」で終わっており、世界中のどのサーバーにもこのドメインを名乗ることを許しています。受信側はこの SPF を信用せず、なりすましの多いドメインとして扱うことがあります。",
    en: "The SPF record of {domain} ends in “+all”, which lets any server in the world send as this domain. Receivers do not trust it and may treat the domain as a spoofing risk.",
    fix: FIX_SPF_END_ALL,
  },
  "dns.spf.neutral-all": {
    params: { domain: "text" },
    ja: "{domain} の SPF は「?all」（中立）で終わっているため、許可していないサーバーから送られたメールも「不合格」になりません。なりすましを防げず、受信側の評価も上がりません。",
    en: "The SPF record of {domain} ends in “?all” (neutral), so mail from servers it does not list is not failed either. It does not stop spoofing and earns no trust with receivers.",
    fix: FIX_SPF_END_ALL,
  },
  "dns.spf.no-all": {
    params: { domain: "text" },
    ja: "{domain} の SPF には「all」の指定がないため、許可していないサーバーから送られたメールも「不合格」になりません。なりすましを防げず、受信側の評価も上がりません。",
    en: "The SPF record of {domain} has no “all” at the end, so mail from servers it does not list is not failed either. It does not stop spoofing and earns no trust with receivers.",
    fix: FIX_SPF_END_ALL,
  },
  "dns.spf.ok": {
    params: { domain: "text", lookups: "count", limit: "count", all: "code" },
    ja: "{domain} の SPF は1件で、DNSの参照は {lookups} 回（上限 {limit} 回）、末尾は「{all}」です。",
    en: "{domain} has one SPF record using {lookups} of {limit} DNS lookups, ending in “{all}”.",
  },
  "dns.spf.softfail-note": {
    ja: "「~all」は、DMARC と組み合わせれば「-all」と同じように扱われます。",
    en: "With DMARC in place, “~all” is treated like “-all”.",
  },
  "dns.spf.includes-m365": {
    ja: "Microsoft 365 の送信サーバーも含まれています。",
    en: "It includes Microsoft 365's servers.",
  },
  "dns.dmarc.missing": {
    params: { domain: "text", org: "text", record: "code" },
    ja: "送信元ドメイン {domain} には DMARC レコードがありません。",
    en: "The sender domain {domain} has no DMARC record.",
    fix: FIX_DMARC_MISSING,
  },
  "dns.dmarc.missing-org": {
    params: { domain: "text", org: "text", record: "code" },
    ja: "送信元ドメイン {domain}（および {org}）には DMARC レコードがありません。",
    en: "The sender domain {domain} (and {org}) has no DMARC record.",
    fix: FIX_DMARC_MISSING,
  },
  "dns.dmarc.gmail-bulk": {
    ja: "Gmail は、DMARC のない大量送信を「4.7.40」のエラーで断ります。",
    en: "Gmail answers bulk mail without DMARC with error 4.7.40.",
  },
  "dns.dmarc.syntax": {
    params: { domain: "text" },
    ja: "{domain} の DMARC レコードの一部に誤りがあります。受信側はその部分を無視します。",
    en: "Part of the DMARC record of {domain} is wrong; receivers ignore that part.",
    fix: FIX_DMARC_SYNTAX,
  },
  "dns.dmarc.syntax-unusable": {
    params: { domain: "text" },
    ja: "{domain} の DMARC レコードに誤りがあるため、受信側は DMARC が公開されていないものとして扱います。大量送信の要件（DMARCの公開）を満たしません。",
    en: "The DMARC record of {domain} has errors, so receivers treat the domain as having no DMARC at all, which fails the bulk-sender rules.",
    fix: FIX_DMARC_SYNTAX,
  },
  "dns.dmarc.policy": {
    params: { domain: "text" },
    ja: "{domain} の DMARC の設定です。",
    en: "DMARC of {domain}:",
  },
  "dns.dmarc.p.none": {
    ja: "「p=none」（監視のみ）です。大量送信の最低限の要件は満たしますが、認証に失敗したメールも DMARC を理由には止められません。",
    en: "p=none (monitor only). It meets the bulk-sender minimum; mail that fails authentication is not stopped because of DMARC.",
  },
  "dns.dmarc.p.quarantine": {
    ja: "「p=quarantine」です。SPF と DKIM のどちらにも合格しない（または差出人のドメインと一致しない）メールは、Gmail、Yahoo、Outlook.com、Microsoft 365 で迷惑メールフォルダーか検疫に入ります。",
    en: "p=quarantine. Mail that passes neither SPF nor DKIM (aligned with the From domain) goes to junk or quarantine at Gmail, Yahoo, Outlook.com and Microsoft 365.",
  },
  "dns.dmarc.p.reject": {
    ja: "「p=reject」です。SPF と DKIM のどちらにも合格しない（または差出人のドメインと一致しない）メールは、Gmail、Yahoo、Outlook.com、Microsoft 365 で受け取りを拒否されます。転送やメーリングリストを経由したメールが届かない原因にもなります。",
    en: "p=reject. Mail that passes neither SPF nor DKIM (aligned with the From domain) is refused by Gmail, Yahoo, Outlook.com and Microsoft 365; forwarded and mailing-list copies can be refused too.",
  },
  "dns.dmarc.inherited": {
    params: { domain: "text", foundAt: "text" },
    ja: "{domain} 自体にはレコードがなく、{foundAt} のレコードが適用されます。",
    en: "{domain} has no record of its own; the one at {foundAt} applies.",
  },
  "dns.dmarc.inherited-sp": {
    params: { domain: "text", foundAt: "text" },
    ja: "{domain} 自体にはレコードがなく、{foundAt} のレコードが「sp=」の指定で適用されます。",
    en: "{domain} has no record of its own; the one at {foundAt} applies through its sp= tag.",
  },
  "dns.dmarc.pct": {
    params: { pct: "count" },
    ja: "「pct={pct}」のため、認証に失敗したメールのうち {pct}% にだけ、この扱いが適用されます。",
    en: "With pct={pct}, only {pct}% of failing mail gets this treatment.",
  },
  "dns.dmarc.strict": {
    params: { tags: "code" },
    ja: "一致の判定が厳格（{tags}）なので、サブドメインから送ったメールは一致しないと判定されます。",
    en: "Alignment is strict ({tags}): mail signed or sent from a subdomain does not count as aligned.",
  },
  "dns.dkim.signature-key-missing": {
    params: { selector: "text", domain: "text" },
    ja: "このメールはセレクター {selector}（{domain}）で DKIM 署名されていますが、DNS に公開鍵がありません。受信側では DKIM が不合格になり、SPF も合格しなければ、DMARC によって迷惑メールとして扱われるか拒否されます。",
    en: "This mail is DKIM-signed with selector {selector} ({domain}), but DNS has no public key for it. Receivers fail DKIM, and unless SPF passes, DMARC sends the mail to junk or refuses it.",
    fix: FIX_DKIM_KEY,
  },
  "dns.dkim.signature-key-revoked": {
    params: { selector: "text", domain: "text" },
    ja: "このメールはセレクター {selector}（{domain}）で DKIM 署名されていますが、DNS の公開鍵は失効しています（「p=」が空です）。受信側では DKIM が不合格になり、SPF も合格しなければ、DMARC によって迷惑メールとして扱われるか拒否されます。",
    en: "This mail is DKIM-signed with selector {selector} ({domain}), but DNS holds a revoked key (empty p=). Receivers fail DKIM, and unless SPF passes, DMARC sends the mail to junk or refuses it.",
    fix: FIX_DKIM_KEY,
  },
  "dns.dkim.signature-key-ok": {
    params: { selector: "text" },
    ja: "このメールの DKIM 署名（セレクター {selector}）の公開鍵は、DNS に公開されています。",
    en: "The public key for this mail's DKIM signature (selector {selector}) is published in DNS.",
  },
  "dns.dkim.signature-key-ok-bits": {
    params: { selector: "text", bits: "count" },
    ja: "このメールの DKIM 署名（セレクター {selector}）の公開鍵は、DNS に公開されています（約 {bits} ビット）。",
    en: "The public key for this mail's DKIM signature (selector {selector}) is published in DNS (about {bits} bits).",
  },
  "dns.dkim.microsoft365-not-set-up": {
    params: { domain: "text" },
    ja: "{domain} の Microsoft 365 用の DKIM（「selector1」「selector2」）が、DNS で使える状態になっていません。この場合 Microsoft 365 は「onmicrosoft.com」のドメインで署名するため、差出人のドメインと一致せず、DMARC は SPF だけに頼ることになります。転送されたメールなどでは SPF が合格しないため、迷惑メールとして扱われるか拒否される原因になります。",
    en: "The Microsoft 365 DKIM selectors of {domain} (selector1 / selector2) are not usable in DNS. Microsoft 365 then signs with the onmicrosoft.com domain, which does not align with your From domain, so DMARC depends on SPF alone, which fails for forwarded mail.",
    fix: {
      ja: "Microsoft Defender ポータル（または「Get-DkimSigningConfig」）に表示される2つの CNAME をDNSに登録し、DKIM 署名を有効にするよう、IT担当者に依頼してください。CNAME の値はテナントごとに異なります。",
      en: "Ask your IT team to publish the two CNAMEs shown in the Microsoft Defender portal (or by Get-DkimSigningConfig) and turn DKIM signing on. The CNAME values differ per tenant.",
    },
  },
  "dns.dkim.microsoft365-published": {
    params: { domain: "text", selectors: "list" },
    ja: "{domain} の Microsoft 365 用の DKIM の鍵は、DNS に公開されています（{selectors}）。署名が有効になっているかはDNSからは分からないため、必要ならIT担当者に確認してください。",
    en: "The Microsoft 365 DKIM keys of {domain} are published in DNS ({selectors}). Whether signing is switched on cannot be seen from DNS; ask your IT team if in doubt.",
  },
  "dns.sender.settings-error": {
    params: { domain: "text", records: "list" },
    ja: "送信元ドメイン {domain} のDNSの設定（{records}）に誤りがあります（詳しくは項目24）。最近メールが届かなくなったのなら、DNSの変更が原因かもしれません。",
    en: "The DNS settings of your domain {domain} ({records}) contain errors (details under item 24). If mail recently stopped arriving, a recent DNS change may be the cause.",
    fix: {
      ja: "最近のDNSやメールの設定の変更を確認するよう、IT担当者に依頼してください。",
      en: "Ask your IT team to review recent changes to DNS and mail settings.",
    },
  },
  "dns.sender.settings-ok": {
    params: { domain: "text", records: "list" },
    ja: "送信元ドメイン {domain} の {records} のレコードを読み取り、書き方の誤りは見つかりませんでした。",
    en: "The {records} records of your domain {domain} were read and are well-formed.",
  },
  "dns.fix.their-side": {
    ja: "差出人側のドメインの設定です。必要なら差出人に連絡し、先方のIT担当者に SPF、DKIM、DMARC の設定を確認してもらうよう伝えてください。",
    en: "This is the sender's domain. If it matters, tell the sender so their IT team can check SPF, DKIM and DMARC.",
  },
  "dns.outranked": {
    params: { verdict: "code" },
    ja: "ただし、受信側の判定では、このメールは認証に合格しています（{verdict}）。",
    en: "The receiver did pass this mail, though ({verdict}).",
  },
  "dns.recipient.nxdomain": {
    params: { domain: "text" },
    ja: "宛先のドメイン {domain} は DNS に存在しません。このドメイン宛てのメールは届きません。",
    en: "The recipient domain {domain} does not exist in DNS. Mail to it cannot be delivered.",
  },
  "dns.recipient.domain-typo": {
    params: { domain: "text", suggestion: "text" },
    ja: "宛先のドメイン {domain} は存在しません。{suggestion} の打ち間違いと思われます。",
    en: "The domain {domain} does not exist; it looks like a typo of {suggestion}.",
    fix: {
      ja: "アドレスのドメインを {suggestion} に直してから送ってください。",
      en: "Change the domain of the address to {suggestion} before sending.",
    },
  },
  "dns.recipient.null-mx": {
    params: { domain: "text" },
    ja: "ドメイン {domain} は「メールを受け付けない」と DNS で宣言しています（「null MX」）。このドメイン宛てのメールは届きません。",
    en: "The domain {domain} declares in DNS that it accepts no mail (a null MX). Mail to it cannot be delivered.",
    fix: {
      ja: "相手に別の連絡手段で正しいメールアドレスを確認してください。",
      en: "Ask the person for their correct mail address through another channel.",
    },
  },
  "dns.recipient.no-mail-server": {
    params: { domain: "text" },
    ja: "ドメイン {domain} にはメールサーバー（MX）もアドレス（A/AAAA）も登録されていません。メールの届け先がありません。",
    en: "The domain {domain} has no mail server (MX) and no address (A/AAAA) in DNS, so mail has nowhere to go.",
    fix: {
      ja: "アドレスのつづりを確認してください。正しい場合は、相手のIT担当者に DNS の設定を確認してもらってください。",
      en: "Check the spelling of the address. If it is right, the recipient's IT team needs to fix their DNS.",
    },
  },
  "dns.recipient.mta-sts": {
    params: { domain: "text" },
    ja: "{domain} は「MTA-STS」を公開しており、メールを暗号化（TLS）して送るよう送信側に求めています。Microsoft 365 からの送信はこれに対応していますが、経路の証明書に問題があると配送が保留されることがあります。",
    en: "{domain} publishes MTA-STS: it asks senders to deliver over encrypted connections (TLS). Microsoft 365 honours this; if the certificate on their side is wrong, delivery is held until it is fixed.",
  },
  "dns.spf.no-microsoft365": {
    params: { domain: "text" },
    ja: "{domain} の SPF に、Microsoft 365 の送信サーバー（「include:spf.protection.outlook.com」）が含まれていません。Microsoft 365 から送ったメールは SPF に合格せず、DKIM も合格しなければ、Gmail、Yahoo、Outlook.com で迷惑メールとして扱われるか拒否されます。",
    en: "The SPF record of {domain} does not include Microsoft 365's servers (include:spf.protection.outlook.com). Mail sent through Microsoft 365 fails SPF, and unless DKIM passes, Gmail, Yahoo and Outlook.com junk or reject it.",
    fix: {
      ja: "SPFレコードに「include:spf.protection.outlook.com」（「GCC High」の場合は「spf.protection.office365.us」）を加えるよう、IT担当者に依頼してください。",
      en: "Ask your IT team to add include:spf.protection.outlook.com (GCC High: spf.protection.office365.us) to the SPF record.",
    },
  },
  "dns.spf.weak-terms": {
    params: { domain: "text" },
    ja: "{domain} の SPF には、受信側で無視されたり一時的に評価できなかったりする部分があります。",
    en: "Parts of the SPF record of {domain} may be skipped by receivers or could not be evaluated just now.",
    fix: {
      ja: "「ptr」や、存在しないホストへの参照を SPF から外すよう、IT担当者に依頼してください。",
      en: "Ask your IT team to remove ptr and references to hosts that do not exist from the SPF record.",
    },
  },
  "dns.dmarc.no-reports": {
    params: { domain: "text" },
    ja: "{domain} の DMARC には、集計レポートの宛先（「rua」）がありません。どの受信側で認証に失敗しているかが分からないままになります。Yahoo は「rua」の指定を強く勧めています。",
    en: "The DMARC record of {domain} names no address for aggregate reports (rua), so nobody learns which receivers see failures. Yahoo strongly recommends rua.",
    fix: {
      ja: "「rua=mailto:…」を加えることを、IT担当者に検討してもらってください。",
      en: "Ask your IT team to consider adding rua=mailto:…",
    },
  },
  "dns.dkim.short-key": {
    params: { selector: "text", keyBits: "count" },
    ja: "DKIM の鍵（セレクター {selector}）が約 {keyBits} ビットと短すぎます。Gmail は 1024 ビット以上を求めており、短い鍵の署名は不合格として扱われます。",
    en: "The DKIM key of selector {selector} is only about {keyBits} bits. Gmail requires at least 1024 bits and treats shorter keys as failing.",
    fix: {
      ja: "2048ビットの鍵に切り替えるよう、IT担当者に依頼してください。",
      en: "Ask your IT team to switch to a 2048-bit key.",
    },
  },
});
