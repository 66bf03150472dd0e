/** A received mail's transport headers: spam verdicts, authentication results, delays (items 4, 7, 9, 24). */
import { defineMessages } from "./types";

export const RECEIVED_MESSAGES = defineMessages({
  "received.quarantine-notice": {
    params: { page: "text" },
    ja: "Microsoft 365 の検疫の通知です。あなた宛てのメールが検疫に留め置かれていて、受信トレイには届いていません。",
    en: "This is Microsoft 365's quarantine notice: mail addressed to you is being held in quarantine and has not reached your inbox.",
    fix: {
      ja: "通知のリンクからではなく、ご自分で検疫のページ（{page}）を開いてください。待っているメールがあれば、差出人と内容を確かめてから解放してください。解放できない場合や判断に迷う場合は、社内のIT担当者に相談してください。",
      en: "Open the quarantine page yourself ({page}) rather than through the notice's links. If the mail you are waiting for is there, check its sender and content, then release it. If you cannot release it or are unsure, ask your IT team.",
    },
  },
  "received-headers.junk-verdict": {
    params: { scl: "code" },
    ja: "迷惑メールと判定され、迷惑メールフォルダーに入りました（SCL {scl}）。メールは届いていますが、受信者が気付かないことがあります。",
    en: "It was judged spam and put in the Junk Email folder (SCL {scl}). The mail did arrive, but the recipient may not notice it.",
  },
  "received-headers.junk-verdict-no-scl": {
    ja: "迷惑メールと判定され、迷惑メールフォルダーに入りました。メールは届いていますが、受信者が気付かないことがあります。",
    en: "It was judged spam and put in the Junk Email folder. The mail did arrive, but the recipient may not notice it.",
  },
  "received-headers.junk-verdict-high": {
    params: { scl: "code" },
    ja: "Exchange Online は、確度の高い迷惑メールと判定しました（SCL {scl}）。既定では検疫に入れられ、受信者の受信トレイには届きません。",
    en: "Exchange Online judged it high-confidence spam (SCL {scl}). By default it is quarantined and never reaches the inbox.",
  },
  "received-headers.fix.forged": {
    ja: "差出人の認証に失敗しており、なりすましの可能性があります。迷惑メールフォルダーから戻したり、差出人を信頼できる差出人に加えたりせず、リンクや添付ファイルも開かないでください。必要であれば、電話など普段使っている別の手段で差出人本人に確認してください。",
    en: "The sender failed authentication and may be forged. Do not move it out of Junk or add the sender to safe senders, and do not open its links or attachments. If it matters, confirm with the sender through a channel you already know, such as a phone call.",
  },
  "received-headers.fix.not-junk": {
    ja: "正当なメールであれば、受け取った人が迷惑メールフォルダー（または検疫）から「迷惑メールではない」として戻し、差出人を信頼できる差出人に加えてください。同じ差出人のメールが何度も振り分けられる場合は、この結果を差出人に伝え、送信側の設定を見直してもらってください。",
    en: "If the mail is genuine, whoever received it should mark it as not junk (from Junk Email or the quarantine) and add the sender to their safe senders. If mail from this sender keeps being junked, pass these results to the sender so they can review their setup.",
  },
  "received-headers.bulk": {
    params: { bcl: "code" },
    ja: "一斉配信のメールと判定されています（BCL {bcl}）。受信側の設定によっては、迷惑メールとして扱われます。",
    en: "It was recognised as bulk mail (BCL {bcl}). Depending on the receiving settings, bulk mail is treated as spam.",
    fix: {
      ja: "業務上の個別のメールであれば、宛先を絞り、定型の配信文面を避けて送ってください。",
      en: "For a one-to-one business mail, send to fewer people and avoid newsletter-style content.",
    },
  },
  "received-headers.not-junk": {
    params: { scl: "code" },
    ja: "Exchange Online は迷惑メールと判定していません（SCL {scl}）。",
    en: "Exchange Online did not judge it spam (SCL {scl}).",
  },
  "received-headers.not-junk-no-scl": {
    ja: "Exchange Online は迷惑メールと判定していません。",
    en: "Exchange Online did not judge it spam.",
  },
  "received-headers.not-junk-skipped": {
    ja: "迷惑メールの判定は行われませんでした（信頼済みの差出人か、社内のメールです）。",
    en: "Spam filtering was skipped (a trusted sender or internal mail).",
  },
  "received-headers.spam-score": {
    params: { score: "code" },
    ja: "迷惑メールの点数 {score} は、一致した判定項目の合計です。項目名から、本文、リンク、送信元の設定のどれが点数を上げたかがわかります。",
    en: "The spam score {score} is the sum of the tests that matched; their names show whether the body, the links or the sender's setup raised it.",
    fix: {
      ja: "「HTML_」「URI」「SUBJ」などの項目は本文や件名が、「SPF」「DKIM」「RDNS」などの項目は送信元の設定が原因です。本文が原因なら、履歴やリンクを減らして送り直してください。",
      en: "Tests such as HTML_, URI or SUBJ point at the body or the subject; SPF, DKIM or RDNS point at the sender's setup. If the body is the cause, resend with less history and fewer links.",
    },
  },
  "received-headers.fix.sender-auth": {
    ja: "差出人のドメインの管理者に、SPFに送信サーバーが含まれているか、DKIM署名が有効か、DMARCの設定が正しいかを確認してもらってください。自社のドメインであれば、自社のIT担当者です。",
    en: "Ask the administrator of the sender's domain to check that SPF lists the sending servers, that DKIM signing is on, and that DMARC is set correctly. For your own domain, that is your IT team.",
  },
  "received-headers.auth-partial": {
    params: { what: "text" },
    ja: "{what} の確認に失敗しています。迷惑メールと判定される大きな要因です。",
    en: "{what} failed. This weighs heavily towards a spam verdict.",
  },
  "received-headers.auth-partial-dmarc-pass": {
    params: { what: "text" },
    ja: "{what} の確認に失敗していますが、DMARC は合格しています。今は届いていても、経路や設定が変わると届かなくなるおそれがあります。",
    en: "{what} failed, although DMARC passed. It arrives today, but a change of route or settings could stop it.",
  },
  "received-headers.auth-missing": {
    ja: "差出人のドメインの認証（SPF・DKIM・DMARC）の一部が設定されていないか、署名がありません。大手のメールサービスでは、認証のないメールは迷惑メールにされやすくなります。",
    en: "Part of the sender domain's authentication (SPF, DKIM, DMARC) is not set up, or the mail is not signed. Large mail services readily junk mail without it.",
  },
  "received-headers.auth-not-checked": {
    params: { what: "text" },
    ja: "受信側のサーバーは {what} の結果を記録していません（確認していないか、別の場所で確認しています）。記録された結果に失敗はありません。",
    en: "The receiving server recorded no {what} result (it did not check it, or checked it elsewhere). None of the recorded results failed.",
  },
  "received-headers.auth-missing-trusted": {
    ja: "差出人のドメインの認証（SPF・DKIM・DMARC）の一部が設定されていませんが、Microsoft 365 の複合認証には合格しています。このメールの受信には影響していません。ほかのメールサービスでは、迷惑メールにされることがあります。",
    en: "Part of the sender domain's authentication (SPF, DKIM, DMARC) is not set up, but Microsoft 365's composite authentication passed, so it did not affect this mail. Other mail services may still junk such mail.",
  },
  "received-headers.hop-delay": {
    params: { hop: "count", wait: "phrase", from: "text", to: "text" },
    ja: "{hop}番目のサーバーで {wait} 待たされています（{from} → {to}）。この区間の混雑、再送の待ち、または受信側の一時的な受付制限が考えられます。",
    en: "The mail waited {wait} at hop {hop} ({from} → {to}). That stretch was busy, waiting to retry, or the receiver was throttling for a while.",
    fix: {
      ja: "どの組織のサーバーかをホスト名から確かめ、その組織のIT担当者に、その時刻の混雑や受付制限を確認してもらってください。",
      en: "Identify whose server it is from the host names and ask that organisation's IT team about congestion or throttling at that time.",
    },
  },
  "received-headers.wait-before-first-server": {
    params: { wait: "phrase", to: "text" },
    ja: "最初のサーバー（{to}）が受け取ったのは、Date ヘッダーの時刻の {wait} 後です。サーバー間の遅れではなく、送信側の端末やメールを作ったプログラムで止まっていた時間です（オフライン中の送信トレイ、予約送信、集計期間の終わりの時刻が入る報告メールなど）。",
    en: "The first server ({to}) took the mail {wait} after the time in its Date header. That is not a delay between servers: the mail was held on the sender's device or in the program that made it (an outbox while offline, a scheduled send, a report dated at the end of its period).",
  },
  "received-headers.no-delay": {
    params: { hops: "count", total: "phrase" },
    ja: "{hops} 台のサーバーを経由し、10分を超えて待たされた区間はありません（全体で {total}）。",
    en: "It passed {hops} {hops|server|servers} and no stretch took more than 10 minutes ({total} in all).",
  },
  "received-headers.no-delay-no-total": {
    params: { hops: "count" },
    ja: "{hops} 台のサーバーを経由し、10分を超えて待たされた区間はありません。",
    en: "It passed {hops} {hops|server|servers} and no stretch took more than 10 minutes.",
  },
  "received-headers.none": {
    ja: "このメールには配送経路のヘッダー（Received、認証結果、迷惑メール判定）がありません。送信済みアイテムの控えには、途中のサーバーが付ける情報が含まれないためです。",
    en: "This copy has no transport headers (Received, authentication results, spam verdicts): a Sent Items copy never passed through the servers that add them.",
    fix: {
      ja: "経路や判定を調べるには、相手に届いたメールのヘッダーを送ってもらうか、エラーメールが返ってきていれば開くか、IT担当者にメッセージ追跡を依頼してください。",
      en: "To see the route and the verdicts, ask the recipient for the headers of their copy, open the non-delivery report if one came back, or ask your IT for a message trace.",
    },
  },
  "received-headers.rule-marked-spam": {
    params: { verdict: "code" },
    ja: "受信側の組織のメールフロー ルールにより、迷惑メールの判定より前に迷惑メールと指定されています（{verdict}）。内容ではなく、ルールの条件に一致したことが原因です。",
    en: "A mail flow rule of the receiving organisation marked it as spam before any filtering ({verdict}): it matched the rule's conditions, whatever its content.",
    fix: {
      ja: "受信側のIT担当者に、どのルールに一致したかを確認してもらってください。",
      en: "Ask the receiving organisation's IT which rule it matched.",
    },
  },
  "received-headers.blocked-sender": {
    params: { verdict: "code" },
    ja: "受信者自身の「受信拒否リスト」に差出人が入っているため、迷惑メールフォルダーに振り分けられました（{verdict}）。",
    en: "The sender is on the recipient's own blocked senders list, so it went to junk ({verdict}).",
    fix: {
      ja: "メールを受け取った人が、Outlook の迷惑メールの設定で受信拒否リストから差出人を外してください。受け取った人があなたでない場合は、この結果を伝えてください。",
      en: "Whoever received the mail should remove the sender from the blocked senders list in Outlook's junk settings. If that is not you, pass this result on to them.",
    },
  },
  "received-headers.policy-blocked": {
    params: { verdict: "code" },
    ja: "受信側の組織の迷惑メール対策ポリシーで、差出人またはそのドメインが拒否リストに入っています（{verdict}）。",
    en: "The receiving organisation's anti-spam policy lists the sender or its domain as blocked ({verdict}).",
    fix: {
      ja: "受信側のIT担当者に、拒否リストの見直しを依頼してください。",
      en: "Ask the receiving organisation's IT to review its block list.",
    },
  },
  "received-headers.phish-verdict": {
    params: { cat: "text" },
    ja: "フィッシングまたはなりすましの疑いと判定されました（{cat}）。多くの場合は検疫に入れられ、受信者には見えません。",
    en: "It was judged phishing or impersonation ({cat}). Such mail is usually quarantined, out of the recipient's sight.",
    fix: {
      ja: "正当なメールであれば、受信側のIT担当者に、検疫からの解放と誤検知の報告を依頼してください。差出人の名前やドメインが実在の組織に似すぎていないかも確認します。",
      en: "If the mail is genuine, ask the receiving organisation's IT to release it and report the false positive. Also check whether the sender's name or domain looks too much like another organisation's.",
    },
  },
  "received-headers.content-verdict": {
    ja: "差出人の認証は通っているのに迷惑メールと判定されているため、本文や件名の内容（リンクの多さ、英語の多さ、長い引用履歴など）が判定に影響した可能性があります。",
    en: "The sender authenticated, yet the mail was judged spam: the content (many links, mostly English, long quoted history, the subject) probably weighed on the verdict.",
    fix: {
      ja: "履歴を消し、リンクと英語を減らし、内容のわかる日本語の件名にして送り直してみてください。",
      en: "Try resending without the history, with fewer links and less English, and with a descriptive subject.",
    },
  },
  "received-headers.spam-flag": {
    params: { headers: "code" },
    ja: "受信側のフィルターが迷惑メールと判定しました（{headers}）。多くのプロバイダーでは、迷惑メールフォルダーに移されるか件名に印が付きます。",
    en: "The receiving filter marked it as spam ({headers}). Most providers move such mail to a spam folder or tag its subject.",
    fix: {
      ja: "正当なメールであれば、受け取った人が迷惑メールフォルダーから戻し、差出人を許可リストに加えてください。",
      en: "If the mail is genuine, whoever received it should move it out of the spam folder and allow-list the sender.",
    },
  },
  "received-headers.spam-score-ok": {
    ja: "受信側のフィルターは迷惑メールと判定していません。",
    en: "The receiving filter did not mark it as spam.",
  },
  "received-headers.auth-failed": {
    ja: "受信側で、差出人のドメインの認証（DMARC または複合認証）に失敗しています。なりすましと見なされるため、迷惑メールとして扱われるか、受け取りを拒否される直接の原因になります。",
    en: "The receiving side could not authenticate the sender's domain (DMARC / composite authentication failed). The mail is taken for a forgery, which alone is enough to junk or refuse it.",
  },
  "received-headers.auth-failed-forwarded": {
    params: { forwarder: "text" },
    ja: "受信側では差出人のドメインの認証（DMARC）に失敗していますが、このメールは転送されたもので、最初の転送元（{forwarder}）が受け取った時点では合格していたという記録（ARC）があります。転送で認証が崩れた可能性が高いものの、その記録をどこまで信頼できるかは転送元しだいです。",
    en: "The receiving side could not authenticate the sender's domain (DMARC failed), but the mail was forwarded, and the first forwarder ({forwarder}) recorded that it passed when it arrived there (ARC). Forwarding most likely broke it; how far that record can be trusted depends on the forwarder.",
    fix: {
      ja: "心当たりのある転送（自分で設定した転送、メーリングリスト）なら、IT担当者に転送元を信頼できる ARC 署名者として登録してもらうか、転送をやめて直接受け取ってください。心当たりがなければ、なりすましとして扱ってください。",
      en: "If you know the forwarding (one you set up, a mailing list), ask your IT team to trust that forwarder as an ARC sealer, or receive the mail directly instead. If you do not, treat the mail as a forgery.",
    },
  },
  "received-headers.auth-list-changed": {
    params: { list: "text" },
    ja: "差出人の認証の一部が失敗していますが、このメールはメーリングリスト（{list}）から配られたものです。リストは件名の印やフッターを加えるため、元の差出人の署名（DKIM）が崩れ、DMARC も失敗します。リスト自身の署名や配信の記録があり、なりすましの印ではありません。",
    en: "Part of the sender's authentication failed, but this copy came from a mailing list ({list}). Lists add subject tags and footers, which break the author's signature (DKIM) and so DMARC. The list's own signature and headers are there: this is not a sign of forgery.",
    fix: {
      ja: "リストのメールが迷惑メールに入るなら、IT担当者にリストのドメインを信頼する設定（ARC の信頼や許可リスト）を相談してください。",
      en: "If the list's mail lands in junk, ask your IT team to trust the list's domain (as an ARC sealer or on an allow list).",
    },
  },
  "received-headers.spf-checked-relay": {
    params: { relay: "text" },
    ja: "受信側は、差出人のサーバーではなく、途中で中継したサーバー（{relay}）のアドレスで SPF を確認したため、SPF が失敗しています。差出人の設定の問題ではなく、受信側の組織が前段のフィルタリングサービスや転送を通して受け取っているときに起きます。",
    en: "The receiving side checked SPF against a server that relayed the mail on the way ({relay}), not the sender's, so SPF failed. This is not the sender's setup: it happens when the receiving organisation takes mail through a filtering service or a forward in front of it.",
    fix: {
      ja: "自社のIT担当者に伝えてください。Microsoft 365 では、そのサービスからのコネクタで「コネクタの拡張フィルター」を有効にすると、元の送信元で確認されるようになります。",
      en: "Tell your IT team. In Microsoft 365, turning on Enhanced Filtering for Connectors on the connector from that service makes the checks use the original sender.",
    },
  },
  "received-headers.auth-pass": {
    ja: "受信側で、差出人のドメインの認証に合格しています。",
    en: "The receiving side authenticated the sender's domain.",
  },
  "received-headers.no-times": {
    ja: "Received ヘッダーに読み取れる時刻がないため、遅延は計算できません。",
    en: "The Received headers carry no readable time, so delays cannot be worked out.",
  },
  "received-headers.date-far-before": {
    params: { wait: "phrase" },
    ja: "メールの日付（Date ヘッダー）が、最初のサーバーが受け取った時刻より {wait} 前になっています。サーバーがこれほど長くメールを留めることはないので、送った機器の時計が狂っている（複合機やスキャナーに多い）か、送信トレイに残っていたと考えられます。この差は配送の遅れには数えていません。",
    en: "The mail's Date header is {wait} earlier than the time the first server received it. No server holds a mail that long, so the sending device's clock is probably wrong (common with scanners and printers) or the mail sat in an outbox; the gap is not counted as a delivery delay.",
  },
  "received-headers.fix.date-far-before": {
    ja: "差出人に、送った機器（パソコン、複合機など）の日付と時刻の設定を確かめてもらってください。",
    en: "Ask the sender to check the date and time setting of the device that sent it (computer, scanner or printer).",
  },
  "received-headers.implausible-wait": {
    params: { n: "count", wait: "phrase" },
    ja: "{n}番目のサーバーの時刻が、前のサーバーより {wait} 後になっています。サーバーがこれほど長くメールを留めることはないので、どちらかのサーバーの時計が狂っているか、別のメールの経路が混ざっています。この区間は配送の遅れには数えていません。",
    en: "Hop {n} is {wait} later than the hop before it. No server holds a mail that long, so a server's clock is wrong or Received lines of another mail are mixed in; that stretch is not counted as a delivery delay.",
  },
  "received-headers.clock-skew-date": {
    params: { ahead: "phrase" },
    ja: "最初のサーバーが受け取った時刻が、メールの Date ヘッダーより {ahead} 早くなっています。送信側の端末の時計（またはタイムゾーンの設定）が進んでいます。",
    en: "The first server took the mail {ahead} before the time in its Date header: the sending device's clock (or its time zone) is ahead.",
  },
  "received-headers.date-in-future": {
    params: { ahead: "phrase" },
    ja: "Date ヘッダーの時刻が、最初のサーバーが受け取った時刻より {ahead} 後になっています。未来の日時のメールは、迷惑メールフィルターで不利に扱われます。",
    en: "The Date header is {ahead} later than when the first server took the mail. Spam filters count a date in the future against a mail.",
    fix: {
      ja: "送信した端末の時計とタイムゾーンを、自動設定にして合わせてもらってください。",
      en: "Have the sending device's clock and time zone set automatically.",
    },
  },
  "received-headers.clock-skew": {
    params: { n: "count" },
    ja: "{n}番目のサーバーの時刻が前のサーバーより早くなっています。サーバーの時計がずれているため、この区間の遅延は正確ではありません。",
    en: "Hop {n} shows an earlier time than the hop before it: the servers' clocks disagree, so the delay of that stretch is not reliable.",
  },
});
