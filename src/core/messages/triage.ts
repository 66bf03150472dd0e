/** The triage and the inquiry for IT: answers, sides and the inquiry mail's fixed phrases. */
import { defineMessages } from "./types";

export const TRIAGE_MESSAGES = defineMessages({
  "triage.inquiry.subject-helpdesk": {
    ja: "【メール不達の調査依頼】",
    en: "Undelivered mail, please investigate: ",
  },
  "triage.inquiry.subject-delay": {
    ja: "【メール配信遅延の調査依頼】",
    en: "Delayed mail, please investigate: ",
  },
  "triage.inquiry.subject-feedback": {
    ja: "【迷惑メール苦情報告の確認依頼】",
    en: "Spam complaint about our mail, please check: ",
  },
  "triage.inquiry.subject-recipient": {
    ja: "【受信状況のご確認のお願い】",
    en: "Please check the delivery of our mail: ",
  },
  "triage.inquiry.subject-received": {
    ja: "【受信したメールについての相談】",
    en: "About a mail I received: ",
  },
  "triage.inquiry.subject-received-forged": {
    ja: "【なりすましの疑いがある受信メール】",
    en: "Possibly forged mail I received: ",
  },
  "triage.inquiry.intro-received": {
    ja: "下記のメールを受信しましたが、迷惑メールに振り分けられるなど、届き方に気になる点があります。正当なメールかどうか、なぜそう扱われたのかの確認をお願いいたします。",
    en: "I received the mail below, but the way it was delivered looks wrong (it was put in Junk, for example). Could you check whether it is genuine and why it was treated this way?",
  },
  "triage.inquiry.intro-received-forged": {
    ja: "下記のメールを受信しましたが、差出人の認証に失敗しており、なりすましの可能性があります。リンクや添付ファイルは開いていません。正当なメールかどうかの確認と、必要であれば対応をお願いいたします。",
    en: "I received the mail below, but its sender failed authentication and it may be forged. I have not opened its links or attachments. Could you check whether it is genuine and act on it if needed?",
  },
  "triage.inquiry.intro-bounce": {
    ja: "下記のメールを送信したところ、配信不能のエラーメールが返ってきました。原因の確認と、届けるための対応をお願いいたします。",
    en: "I sent the mail below and a non-delivery report came back. Could you find out why and help get it delivered?",
  },
  "triage.inquiry.intro-delay": {
    ja: "下記のメールを送信したところ、配信が遅れているという通知が届きました。原因の確認と、届けるための対応をお願いいたします。",
    en: "I sent the mail below and got a notice that its delivery is delayed. Could you find out why and help get it delivered?",
  },
  "triage.inquiry.intro-feedback": {
    ja: "下記のメールについて、受信者が迷惑メールとして報告したという通知（苦情報告）が届きました。自社の送信の評判に影響がないか、確認をお願いいたします。",
    en: "A spam complaint report came back about the mail below: a recipient marked it as junk. Could you check whether it affects our sending reputation?",
  },
  "triage.inquiry.received": { ja: "受信したメール", en: "The mail I received" },
  "triage.inquiry.received-at": { ja: "受信日時", en: "Received" },
  "triage.inquiry.original": {
    ja: "届かなかった元のメール",
    en: "The mail that was not delivered",
  },
  "triage.inquiry.attachments": { ja: "添付ファイル", en: "Attachments" },
  "triage.inquiry.bounce-date": { ja: "エラーメールの受信日時", en: "Bounce received" },
  "triage.inquiry.bounce-from": { ja: "エラーメールの差出人", en: "Bounce sent by" },
  "triage.inquiry.not-checked": {
    ja: "Todoku で確認できなかったこと",
    en: "What Todoku could not check",
  },
  "triage.inquiry.no-trace": {
    ja: "メッセージ追跡の結果はありません。",
    en: "There is no message trace result.",
  },
  "triage.inquiry.no-subject": { ja: "（件名なし）", en: "(no subject)" },
  "triage.inquiry.dear": { ja: "ご担当者様", en: "Hello," },
  "triage.inquiry.intro-helpdesk": {
    ja: "下記のメールが相手に届いていないようです。配信の状況と、どこで止まっているかの調査をお願いいたします。",
    en: "The message below does not seem to have reached its recipients. Could you find out what happened to it and where it stopped?",
  },
  "triage.inquiry.intro-recipient": {
    ja: "弊社から送信した下記のメールが、貴社の宛先に届いていないようです。お手数ですが、受信サーバーの記録、迷惑メールフォルダーや隔離の状況をご確認いただけますでしょうか。",
    en: "The message below, sent from our organisation, does not seem to have reached your users. Could you check your receiving logs, junk folders and quarantine for it?",
  },
  "triage.inquiry.message": { ja: "対象のメール", en: "The message" },
  "triage.inquiry.date": { ja: "送信日時", en: "Sent" },
  "triage.inquiry.from": { ja: "差出人", en: "From" },
  "triage.inquiry.to": { ja: "宛先", en: "To" },
  "triage.inquiry.cc": { ja: "CC", en: "Cc" },
  "triage.inquiry.subject": { ja: "件名", en: "Subject" },
  "triage.inquiry.message-id": { ja: "Message-ID", en: "Message-ID" },
  "triage.inquiry.size": { ja: "サイズ", en: "Size" },
  "triage.inquiry.unknown": { ja: "（不明）", en: "(unknown)" },
  "triage.inquiry.findings": {
    ja: "Todoku の確認で見つかった問題と注意点",
    en: "Problems and warnings found by Todoku",
  },
  "triage.inquiry.no-findings": {
    ja: "自動の確認では、問題や注意点は見つかりませんでした。",
    en: "The automatic checks found no problem or warning.",
  },
  "triage.inquiry.problem": { ja: "問題", en: "Problem" },
  "triage.inquiry.warning": { ja: "注意", en: "Warning" },
  "triage.inquiry.evidence": { ja: "根拠", en: "Evidence" },
  "triage.inquiry.bounce": { ja: "配信不能レポート", en: "Non-delivery report" },
  "triage.inquiry.delay-notice": { ja: "配信遅延の通知", en: "Delay notice" },
  "triage.inquiry.notice": { ja: "届いた通知", en: "The notice" },
  "triage.inquiry.original-delayed": {
    ja: "配信が遅れている元のメール",
    en: "The mail that is delayed",
  },
  "triage.inquiry.original-notice": { ja: "元のメール", en: "The original mail" },
  "triage.inquiry.reporter": { ja: "報告元", en: "Reported by" },
  "triage.inquiry.server-said": { ja: "相手サーバーの応答", en: "Server said" },
  "triage.inquiry.cause": { ja: "考えられる原因", en: "Likely cause" },
  "triage.inquiry.trace": { ja: "メッセージ追跡の結果", en: "Message trace" },
  "triage.inquiry.last-event": { ja: "最後の記録", en: "Last event" },
  "triage.inquiry.triage": { ja: "切り分けの結果", en: "Triage so far" },
  "triage.inquiry.likely-side": { ja: "疑わしい側", en: "Likely side" },
  "triage.inquiry.ask-recipient": {
    ja: "特にご確認いただきたいこと",
    en: "What we would ask you to check",
  },
  "triage.inquiry.closing-helpdesk": {
    ja: "お手数をおかけしますが、よろしくお願いいたします。",
    en: "Thank you for your help.",
  },
  "triage.inquiry.closing-recipient": {
    ja: "ご確認のほど、よろしくお願いいたします。",
    en: "Thank you for looking into it.",
  },
  "triage.inquiry.made-by": {
    ja: "（この文面は Todoku が作成しました）",
    en: "(Written with Todoku)",
  },
  "triage.inquiry.ask-1": {
    ja: "上記の Message-ID のメールを受信した記録があるか",
    en: "whether your servers received the message with the Message-ID above",
  },
  "triage.inquiry.ask-2": {
    ja: "迷惑メールフォルダーや隔離に入っていないか",
    en: "whether it is in a junk folder or in quarantine",
  },
  "triage.inquiry.ask-3": {
    ja: "弊社のドメインやアドレスが拒否されていないか、最近セキュリティの設定を変更していないか",
    en: "whether our domain or address is blocked, or security settings changed recently",
  },
  "triage.inquiry.ask-4": {
    ja: "宛先のメールボックスが容量の上限に達していないか",
    en: "whether the recipient's mailbox is full",
  },
  "triage.answer.yes": { ja: "はい", en: "Yes" },
  "triage.answer.no": { ja: "いいえ", en: "No" },
  "triage.answer.unknown": { ja: "わからない", en: "Don't know" },
  "triage.side.sender": { ja: "送信側", en: "Sending side" },
  "triage.side.recipient": { ja: "受信側", en: "Recipient's side" },
  "triage.side.network": { ja: "ネットワーク", en: "Network" },
  "triage.side.unknown": { ja: "未確定", en: "Not yet known" },
  "triage.effect.web.yes": {
    ja: "Webサイトは見られるため、回線やインターネット接続の問題は考えにくくなります。",
    en: "The web works, so the line and the internet connection are unlikely to be at fault.",
  },
  "triage.effect.web.no": {
    ja: "Webサイトも見られないため、ネットワークや接続の問題が最も疑わしくなります。",
    en: "The web does not work either, so a network or connection problem is the prime suspect.",
  },
  "triage.effect.same-domain-other-account.yes": {
    ja: "同僚のアカウントからは届くため、会社のサーバーやドメインは正常です。あなたのPC・メールソフト・アカウント、またはあなたのアドレスだけへのブロックが疑われます。",
    en: "A colleague's mail arrives, so your company's server and domain are fine. Your PC, mail app or account, or a block on your address alone, are suspect.",
  },
  "triage.effect.same-domain-other-account.no": {
    ja: "同僚のアカウントからも届かないため、ドメイン全体に関わる原因（自社のサーバーやDNS、相手によるドメイン単位の拒否）が疑われます。",
    en: "A colleague's mail fails too, so the cause affects the whole domain: your server or DNS, or the recipient refusing your domain.",
  },
  "triage.effect.other-domain.yes": {
    ja: "関係のない別のドメインには届くため、送信側はおおむね正常で、相手のドメインの側で止まっている可能性が高くなります。",
    en: "Mail to an unrelated domain arrives, so your sending side mostly works and the recipient's domain is the likely place where it stops.",
  },
  "triage.effect.other-domain.no": {
    ja: "別のドメインにも届かないため、送信側（自分のアカウントや自社のサーバー）に原因があると考えられます。",
    en: "Mail to an unrelated domain fails too, so the cause is on the sending side: your account or your server.",
  },
  "triage.effect.no-attachments.yes": {
    ja: "添付をやめると届くため、サイズの上限か添付ファイルの種類が原因です。",
    en: "Without the attachment it arrives, so the size limit or the file type was the cause.",
  },
  "triage.effect.no-attachments.no": {
    ja: "添付をやめても届かないため、添付ファイルは原因ではなさそうです。",
    en: "It fails even without the attachment, so the attachment is probably not the cause.",
  },
  "triage.effect.no-history.yes": {
    ja: "履歴を消し、リンクと英語を減らすと届くため、本文が迷惑メールと判定されていたと考えられます。",
    en: "The trimmed body arrives, so the body was being judged as spam.",
  },
  "triage.effect.no-history.no": {
    ja: "本文を短くしても届かないため、本文の内容は主な原因ではなさそうです。",
    en: "Even the trimmed body fails, so the content is probably not the main cause.",
  },
  "triage.effect.longer-subject.yes": {
    ja: "件名を変えると届くため、件名が迷惑メールの判定に影響していたと考えられます。",
    en: "A different subject arrives, so the subject was weighing on the spam verdict.",
  },
  "triage.effect.longer-subject.no": {
    ja: "件名を変えても届かないため、相手の迷惑メール設定、メールボックスの容量、セキュリティ方針の強化が残ります。",
    en: "A different subject fails too, which leaves the recipient's spam settings, a full mailbox, or a tightened security policy.",
  },
  "triage.report-problem": {
    ja: "Todoku の確認で問題が見つかっています。",
    en: "Todoku's checks found a problem here.",
  },
  "triage.report-warning": {
    ja: "Todoku の確認で注意点が見つかっています。",
    en: "Todoku's checks found a risk here.",
  },
  "triage.report-ok": {
    ja: "Todoku の確認では問題はありませんでした。",
    en: "Todoku checked this and found nothing wrong.",
  },
  "triage.report-bounce": {
    params: { address: "text" },
    ja: "エラーメールがこの原因を示しています（{address}）。",
    en: "The non-delivery report points at this cause ({address}).",
  },
  "triage.side-text.from-report": {
    params: { title: "phrase", side: "phrase" },
    ja: "Todoku の確認で「{title}」が見つかっているため、{side}が最も疑わしいと考えられます。",
    en: "Todoku found “{title}”, which points at {side}.",
  },
  "triage.side-name.sender": { ja: "送信側", en: "the sending side" },
  "triage.side-name.recipient": { ja: "受信側", en: "the recipient's side" },
  "triage.side-name.network": { ja: "ネットワーク", en: "the network" },
  "triage.side-text.network": {
    ja: "Webも見られないため、メールより先にネットワーク（社内ネットワーク、回線、プロバイダー）の問題と考えられます。",
    en: "The web does not work either: the network (office network, line, provider) comes before anything about mail.",
  },
  "triage.side-text.content": {
    ja: "内容を変えると届くため、原因は送る側のメールの中身（添付・本文・件名）にあり、あなたが直せます。",
    en: "Changing the content makes it arrive: the cause is in what you send (attachment, body, subject), which you can change.",
  },
  "triage.side-text.own-account": {
    ja: "同僚からは届き、別のドメインには自分からも届かないため、あなたのPC・メールソフト・アカウントに原因があると考えられます。",
    en: "A colleague's mail arrives and yours fails even to other domains: your PC, mail app or account is the likely cause.",
  },
  "triage.side-text.address-blocked": {
    ja: "同僚からは届き、あなたから別のドメインにも届くため、相手があなたのアドレスだけを止めている可能性があります（受信側）。",
    en: "A colleague's mail arrives and yours reaches other domains: the recipient may be stopping your address in particular (recipient side).",
  },
  "triage.side-text.own-pc": {
    ja: "同僚のアカウントからは届くため、会社のサーバーは正常で、あなたのPC・メールソフト・アカウントが疑われます。",
    en: "A colleague's mail arrives, so the company's server works; your PC, mail app or account are suspect.",
  },
  "triage.side-text.recipient": {
    ja: "別のドメインには届くため、送信側は正常で、相手の側（フィルター、設定、容量、セキュリティ方針）で止まっていると考えられます。",
    en: "Mail to other domains arrives, so your side works and it stops on the recipient's side (filters, settings, mailbox size, security policy).",
  },
  "triage.side-text.sender": {
    ja: "別のドメインにも届かないため、送信側（自分のアカウント、自社のサーバーやドメインの設定）に原因があると考えられます。",
    en: "Mail to other domains fails too, so the cause is on the sending side (your account, your server or domain settings).",
  },
  "triage.side-text.domain-wide": {
    ja: "同僚からも届かないため、ドメイン全体の問題です。自社の設定か、相手がドメイン単位で拒否しているかは、別のドメインに届くかで見分けられます。",
    en: "A colleague's mail fails too, so it affects the whole domain. Whether it is your settings or the recipient refusing your domain shows in whether other domains receive your mail.",
  },
  "triage.side-text.unknown": {
    ja: "まだどちら側の問題か判断できません。上から順に質問に答えると絞り込めます。",
    en: "It is not yet clear which side is at fault; answering the questions in order will narrow it down.",
  },
  "triage.advice.fix-first": {
    params: { items: "list" },
    ja: "まず、Todoku が問題を見つけた項目（{items}）を直してから送り直してください。",
    en: "First fix what Todoku found ({items}), then resend.",
  },
  "triage.advice.most-likely": {
    params: { title: "phrase" },
    ja: "最も疑わしいのは「{title}」です。質問に答えると、さらに絞り込めます。",
    en: "The most likely cause so far is “{title}”. Answer the questions to narrow it further.",
  },
  "triage.advice.network-down": {
    ja: "ネットワークが復旧するまで待つか、IT担当者に接続の問題を伝えてください。復旧したら、もう一度この確認を始めます。",
    en: "Wait for the connection to return or tell your IT about it; then start this triage again.",
  },
  "triage.advice.share-links": {
    ja: "今後もファイルは添付せず、OneDriveやSharePointの共有リンクで送ってください。",
    en: "Keep sending files as OneDrive or SharePoint share links instead of attachments.",
  },
  "triage.advice.trim-history": {
    ja: "返信の履歴は必要な部分だけ残し、リンクは最小限にして送ってください。",
    en: "Keep only the history that matters and as few links as you can.",
  },
  "triage.advice.subject": {
    ja: "件名は内容のわかる日本語にしてください。",
    en: "Use a descriptive subject in Japanese.",
  },
  "triage.advice.own-account": {
    ja: "Outlookを再起動し、送信トレイに残っていないかを確認してください。Web版のOutlookから送って届くかも試します。解決しなければ、自社のIT担当者にアカウント（ライセンス、送信制限、メールボックスの容量）を確認してもらいます。",
    en: "Restart Outlook and check that nothing is stuck in the Outbox; try sending from Outlook on the web. If that does not help, ask your IT to check your account (licence, sending restrictions, mailbox size).",
  },
  "triage.advice.address-blocked": {
    ja: "相手に、あなたのアドレスが受信拒否や迷惑メールの設定に入っていないか確認してもらってください。",
    en: "Ask the recipient whether your address is on their blocked or junk lists.",
  },
  "triage.advice.ask-recipient-it": {
    ja: "相手の担当者を通じて、相手のIT担当者に、迷惑メールや隔離にないか、ドメインが拒否されていないか、セキュリティ方針が変わっていないかを確認してもらってください。",
    en: "Through your contact, ask the recipient's IT whether your mail is in junk or quarantine, whether your domain is refused, and whether their security policy changed.",
  },
  "triage.advice.ask-own-it": {
    ja: "自社のIT担当者に、サーバーの状態、ライセンス、送信元のブロックリスト掲載、SPF・DKIM・DMARCの設定を確認してもらってください。",
    en: "Ask your IT to check the server, your licence, whether your sending IP is on a blocklist, and the SPF, DKIM and DMARC settings.",
  },
  "triage.advice.both-it": {
    ja: "内容を変えても届かないため、双方のIT担当者に、どこで止まっているかを調べてもらう段階です。相手側では、セキュリティ方針の強化、迷惑メール設定の変更、メールボックスの容量を確認してもらいます。問い合わせには送信日時、差出人、宛先、件名、Message-ID を添えてください。",
    en: "Changing the content did not help: it is time for IT on both sides to find where it stops. On the recipient's side, ask about a tightened security policy, stricter spam settings, and a full mailbox. Include the send time, sender, recipients, subject and Message-ID in the inquiry.",
  },
  "triage.advice.start": {
    ja: "エラーメールが返ってきていない場合は、上から順に質問に答えてください。",
    en: "If no error came back, answer the questions from the top.",
  },
});
