/**
 * Bounces (non-delivery reports): one entry per reason class of src/core/bounce/reasons.ts,
 * keyed `bounce.<reason>` as the findings are; the message says what the report means, the fix
 * what to do. `bounce.delayed` is the delay notice, followed by its reason when it names one.
 */
import { defineMessages } from "./types";

export const BOUNCE_MESSAGES = defineMessages({
  "bounce.userunknown": {
    ja: "宛先のメールアドレスは、相手のメールサーバーに存在しません。",
    en: "The recipient's address does not exist on their mail server.",
    fix: {
      ja: "アドレスのつづり（特に @ の前後とドメイン）を確認し、相手に正しいアドレスを確かめてから送り直してください。Outlook の入力候補に古いアドレスが残っている場合は、候補から削除してください。",
      en: "Check the spelling of the address (especially around the @ and the domain), confirm the right address with the recipient, then resend. Remove any stale entry from Outlook's auto-complete list.",
    },
  },
  "bounce.hostunknown": {
    ja: "宛先のドメインが見つかりません。ドメインが DNS に登録されていない可能性があります。",
    en: "The recipient's domain could not be found in DNS.",
    fix: {
      ja: "@ より後ろのドメイン名のつづりを確認してください。正しいのに届かない場合は、相手のIT担当者に、DNS（MX レコード）の設定を確認していただいてください。",
      en: "Check the spelling of the domain after the @. If it is right, ask the recipient's IT team to check their DNS (MX records).",
    },
  },
  "bounce.hasmoved": {
    ja: "宛先のアドレスは現在使われておらず、別のアドレスに移ったと返されました。",
    en: "The recipient's address is no longer used; the server says it has moved.",
    fix: {
      ja: "エラーメールに新しいアドレスが書かれていればそちらへ送ってください。書かれていない場合は、相手に新しいアドレスを確認してください。",
      en: "Send to the new address if the bounce gives one; otherwise ask the recipient for their new address.",
    },
  },
  "bounce.suspend": {
    ja: "宛先のアカウントは、停止・無効・休止のいずれかの状態です。",
    en: "The recipient's account is disabled, suspended or inactive.",
    fix: {
      ja: "相手が異動・退職していないか、電話など別の手段で確認してください。現在使われているアドレスがあれば、そちらへ送ってください。",
      en: "Check with the recipient by another channel (phone, a colleague) whether the account is still in use, and use their current address.",
    },
  },
  "bounce.mailboxfull": {
    ja: "相手のメールボックスが容量の上限に達しているため、受け取れませんでした。",
    en: "The recipient's mailbox is full.",
    fix: {
      ja: "別の手段で相手に連絡して容量を空けていただき、時間をおいて送り直してください。大きな添付ファイルは、共有リンクにすると届きやすくなります。",
      en: "Let the recipient know by another channel so they can free up space, then resend later. Sharing large files as a link helps.",
    },
  },
  "bounce.mesgtoobig": {
    ja: "メールのサイズが、相手または途中のメールサーバーの上限を超えました。",
    en: "The message is larger than the receiving (or an intermediate) server accepts.",
    fix: {
      ja: "添付ファイルを小さくするか、OneDrive などの共有リンクに置き換えて送り直してください。添付ファイルは送信時に約 1.37 倍の大きさになります。",
      en: "Make the attachments smaller or replace them with a OneDrive (or similar) link, then resend. Attachments grow by about 1.37 times when sent.",
    },
  },
  "bounce.blocked": {
    ja: "送信元のサーバー（IP アドレス）またはドメインが、相手側で拒否されました。ブロックリストへの掲載などが考えられます。",
    en: "Your sending server (its IP address) or domain was refused by the recipient's side, for example because it is on a block list.",
    fix: {
      ja: "エラーメールと送信日時を添えて、社内のIT担当者に連絡してください。IT担当者がブロックリストへの掲載状況を調べ、解除を申請します。",
      en: "Send the bounce and the time you sent the mail to your IT team. They check the block lists and request removal.",
    },
  },
  "bounce.badreputation": {
    ja: "送信元の IP アドレスまたはドメインの評価が低いため、受け取りを拒否されました。",
    en: "The mail was refused because of the sending IP address's or domain's reputation.",
    fix: {
      ja: "社内のIT担当者に連絡してください。送信量の急増や迷惑メール扱いの原因を調べ、必要に応じて相手のプロバイダーに解除を申請します。",
      en: "Contact your IT team. They look into sudden volume or spam complaints and, if needed, ask the recipient's provider to lift the block.",
    },
  },
  "bounce.requireptr": {
    ja: "送信元サーバーの IP アドレスに逆引き DNS が設定されていない、または設定された名前が一致しないため、受け取りを拒否されました。",
    en: "The sending server's IP address has no reverse DNS name, or the name does not match, so the mail was refused.",
    fix: {
      ja: "社内のIT担当者に、送信サーバーの逆引き DNS と正引き DNS の名前が一致するよう設定を依頼してください。",
      en: "Ask your IT team to make the sending server's reverse DNS name and its forward lookup match.",
    },
  },
  "bounce.rejected": {
    ja: "相手のメールサーバーが、差出人（あなたのアドレスまたはドメイン）からのメールを受け付けませんでした。",
    en: "The recipient's server did not accept mail from the sender (your address or domain).",
    fix: {
      ja: "別の手段で相手に連絡し、あなたのアドレスまたはドメインを受信許可に登録していただけるか確認してください。差出人アドレスに誤りがないかも確認してください。",
      en: "Contact the recipient another way and ask whether they can allow your address or domain. Also check that your sender address is right.",
    },
  },
  "bounce.filtered": {
    ja: "相手の受信設定（受信拒否や指定受信などのフィルター）によって拒否されました。",
    en: "The recipient's own settings (a block or allow-only filter) refused the mail.",
    fix: {
      ja: "フィルターは「宛先不明」と同じ文面で拒否することがあるため、まず宛先アドレスのつづりを確認してください。正しい場合は、相手にあなたのアドレスまたはドメインを受信許可に登録していただいてください。携帯電話会社のアドレスでよく起こります。",
      en: "Filters often answer with the same words as an unknown address, so first check the spelling. If it is right, ask the recipient to allow your address or domain; this is common with mobile carrier addresses.",
    },
  },
  "bounce.spamdetected": {
    ja: "本文または件名が迷惑メールと判定されました。",
    en: "The message was judged to be spam from its content or subject.",
    fix: {
      ja: "リンクの数、短縮 URL、英語だけの定型文、長い引用履歴を減らし、件名を具体的にして送り直してください。繰り返す場合は社内のIT担当者に相談してください。",
      en: "Use fewer links and no URL shorteners, trim boilerplate and long quoted history, make the subject specific, then resend. If it keeps happening, ask your IT team.",
    },
  },
  "bounce.virusdetected": {
    ja: "添付ファイルが、ウイルスなどの危険なファイルと判定されました。",
    en: "An attachment was judged to be a virus or other malware.",
    fix: {
      ja: "添付ファイルをウイルス対策ソフトで確認し、問題がなければ共有リンクで渡してください。心当たりがない場合は、すぐに社内のIT担当者へ連絡してください。",
      en: "Scan the attachment; if it is clean, share it as a link. If you did not expect this, tell your IT team at once.",
    },
  },
  "bounce.attachmentblocked": {
    ja: "この種類の添付ファイルは、相手側で受け取りが禁止されています。",
    en: "The recipient's side does not accept this type of attachment.",
    fix: {
      ja: "プログラムやマクロ付きの文書、パスワード付きの圧縮ファイルは避け、共有リンクで渡すか、受け取れる形式を相手に確認してください。",
      en: "Avoid programs, macro-enabled documents and password-protected archives; share a link instead, or ask the recipient which formats they accept.",
    },
  },
  "bounce.policyviolation": {
    ja: "相手側のセキュリティポリシー（受信ルール）によって拒否されました。",
    en: "A security policy (mail rule) on the recipient's side refused the mail.",
    fix: {
      ja: "エラーメールを添えて相手の担当者に、どのルールで拒否されたのか、どうすれば受け取れるのかを確認してください。",
      en: "Send the bounce to the recipient's contact and ask which rule refused it and what would let it through.",
    },
  },
  "bounce.senderpolicy": {
    ja: "あなたの組織（社内）のメールの設定によって、送信が止められました。社外への自動転送の禁止や、特定の宛先への送信の禁止などです。",
    en: "A rule of your own organisation's mail service stopped the mail, such as a ban on automatic forwarding outside the company or on sending to certain recipients.",
    fix: {
      ja: "自動転送の設定（受信トレイのルールや転送設定）で社外に転送している場合は、その設定をやめてください。必要な転送や送信であれば、エラーメールを添えて社内のIT担当者に許可を相談してください。",
      en: "If a rule or forwarding setting of yours sends mail on to an outside address, turn it off. If the forward or the mail is needed, send the bounce to your IT team and ask whether it can be allowed.",
    },
  },
  "bounce.securityerror": {
    ja: "認証や暗号化などのセキュリティ上の条件を満たしていないため、拒否されました。",
    en: "The mail was refused because a security requirement (authentication or encryption) was not met.",
    fix: {
      ja: "エラーメールと送信日時を添えて、社内のIT担当者に連絡してください。送信サーバーの認証や証明書の設定を確認する必要があります。",
      en: "Send the bounce and the time to your IT team; the sending server's authentication or certificate settings need checking.",
    },
  },
  "bounce.authfailure": {
    ja: "送信ドメインの認証（SPF・DKIM・DMARC）に失敗したため、拒否されました。",
    en: "The mail was refused because sender authentication (SPF, DKIM, DMARC) failed.",
    fix: {
      ja: "社内のIT担当者に連絡してください。SPF に送信サーバーが含まれているか、DKIM 署名が有効か、DMARC の設定が合っているかを確認していただきます。",
      en: "Contact your IT team. They check that SPF includes the sending servers, that DKIM signing works and that the DMARC policy fits.",
    },
  },
  "bounce.failedstarttls": {
    ja: "暗号化（TLS）での送信が求められましたが、暗号化した接続を確立できませんでした。",
    en: "Encryption (TLS) was required, but an encrypted connection could not be made.",
    fix: {
      ja: "社内のIT担当者に、送信サーバーと相手サーバーの TLS 設定（STARTTLS と証明書）の確認を依頼してください。",
      en: "Ask your IT team to check the TLS settings (STARTTLS and certificates) between your server and the recipient's.",
    },
  },
  "bounce.norelaying": {
    ja: "メールサーバー間の中継が許可されていません。送信経路かドメインの設定に問題があります。",
    en: "The server does not relay this mail: the sending route or a domain setting is wrong.",
    fix: {
      ja: "宛先ドメインのつづりを確認してください。正しい場合は、社内のIT担当者に送信経路（コネクタと認証）を、相手側に MX の設定を確認していただいてください。",
      en: "Check the spelling of the recipient's domain. If it is right, ask your IT team to check the sending route (connectors, authentication) and the recipient's side to check their MX.",
    },
  },
  "bounce.toomanyconn": {
    ja: "一度に送る宛先またはメールの数が多すぎたため、制限にかかりました。",
    en: "Too many recipients or messages at once: a limit was hit.",
    fix: {
      ja: "宛先を分けるか、時間をおいて送り直してください。大量に送る場合は、メール配信サービスの利用を検討してください。",
      en: "Split the recipients or resend later. For bulk mail, consider a mailing service.",
    },
  },
  "bounce.speeding": {
    ja: "短時間に多くのメールを送ったため、送信または受信の速度制限にかかりました。",
    en: "Too much mail in a short time: a sending or receiving rate limit was hit.",
    fix: {
      ja: "しばらく時間をおいてから送り直してください。繰り返す場合は、社内のIT担当者に送信量の確認を依頼してください。",
      en: "Wait a while before resending. If it keeps happening, ask your IT team to look at the sending volume.",
    },
  },
  "bounce.expired": {
    ja: "相手のメールサーバーに一定時間つながらなかったため、配送を断念しました。",
    en: "The message could not be delivered in time and the server gave up.",
    fix: {
      ja: "時間をおいて送り直してください。繰り返す場合は別の手段で相手に連絡し、相手のメールサーバーに障害がないか確認していただいてください。",
      en: "Resend later. If it keeps happening, contact the recipient another way and ask them to check their mail server.",
    },
  },
  "bounce.networkerror": {
    ja: "接続の拒否、タイムアウト、経路のループなど、ネットワークの問題で配送できませんでした。",
    en: "A network problem (connection refused, timeout, a routing loop) stopped delivery.",
    fix: {
      ja: "時間をおいて送り直してください。繰り返す場合は、エラーメールを添えて社内のIT担当者に経路の確認を依頼してください。",
      en: "Resend later. If it keeps happening, give the bounce to your IT team to check the route.",
    },
  },
  "bounce.systemerror": {
    ja: "相手または途中のメールサーバーで、障害または一時的なエラーが起きました。",
    en: "The recipient's or an intermediate mail server had a fault or a temporary error.",
    fix: {
      ja: "時間をおいて送り直してください。繰り返す場合は、相手にメールサーバーの状況を確認していただいてください。",
      en: "Resend later. If it keeps happening, ask the recipient to check their mail server.",
    },
  },
  "bounce.systemfull": {
    ja: "相手のメールサーバーの保存領域が不足しています。",
    en: "The recipient's mail server is out of storage.",
    fix: {
      ja: "時間をおいて送り直してください。繰り返す場合は、相手のIT担当者にお伝えください。",
      en: "Resend later. If it keeps happening, let the recipient's IT team know.",
    },
  },
  "bounce.notaccept": {
    ja: "宛先のドメインは、メールを受け付けない設定になっています。",
    en: "The recipient's domain is set up to accept no mail.",
    fix: {
      ja: "ドメイン名が正しいかを確認し、相手に正しい連絡先アドレスを確認してください。",
      en: "Check the domain name and ask the recipient for an address that receives mail.",
    },
  },
  "bounce.contenterror": {
    ja: "メールの形式（文字コード、ヘッダー、MIME 構造）が受け付けられませんでした。",
    en: "The message's format (character set, headers, MIME structure) was not accepted.",
    fix: {
      ja: "別のメールソフトから、または HTML 形式で送り直してください。業務アプリや複合機から送った場合は、社内のIT担当者に相談してください。",
      en: "Resend from another mail program or as HTML. If an application or a copier sent it, ask your IT team.",
    },
  },
  "bounce.notcompliantrfc": {
    ja: "メールのヘッダーがメールの規格に沿っていないため、拒否されました。",
    en: "The message headers do not follow the mail standard (RFC 5322), so it was refused.",
    fix: {
      ja: "差出人や日付などのヘッダーを作るアプリやシステムの設定を、社内のIT担当者に確認していただいてください。",
      en: "Ask your IT team to check the application or system that writes the From, Date and other headers.",
    },
  },
  "bounce.syntaxerror": {
    ja: "送信側と受信側のメールサーバーのやり取り（SMTP）で、エラーが起きました。",
    en: "An error occurred in the exchange (SMTP) between the sending and receiving servers.",
    fix: {
      ja: "時間をおいて送り直してください。繰り返す場合は、エラーメールを添えて社内のIT担当者に連絡してください。",
      en: "Resend later. If it keeps happening, give the bounce to your IT team.",
    },
  },
  "bounce.mailererror": {
    ja: "相手側のメールサーバーで、配送を担うプログラムがエラーを起こしました。",
    en: "A delivery program on the recipient's mail server failed.",
    fix: {
      ja: "時間をおいて送り直してください。繰り返す場合は、相手のIT担当者にお伝えください。",
      en: "Resend later; if it keeps happening, let the recipient's IT team know.",
    },
  },
  "bounce.listexpansion": {
    ja: "メーリングリスト（配布グループ）の展開で問題が起きました。",
    en: "A mailing list (distribution group) could not be expanded.",
    fix: {
      ja: "リストの管理者に、登録アドレスと送信許可の設定を確認していただいてください。",
      en: "Ask the list's owner to check its members and who may send to it.",
    },
  },
  "bounce.notverified": {
    ja: "送信元のアドレスまたはドメインが、送信に使ったサービスで検証済みになっていません。",
    en: "The sender address or domain is not verified in the service that sent the mail.",
    fix: {
      ja: "社内のIT担当者に、送信サービス（メール配信サービスやクラウドの送信機能）で差出人アドレスまたはドメインの検証を済ませていただいてください。",
      en: "Ask your IT team to verify the sender address or domain in the sending service (mailing service or cloud mail feature).",
    },
  },
  "bounce.suppressed": {
    ja: "送信に使ったサービスが、このアドレスを配信停止リスト（以前に届かなかった、または迷惑メールと報告されたアドレスの一覧）に載せているため、送っていません。相手のサーバーには届いていません。",
    en: "The service that sent the mail did not send it: the address is on its suppression list (addresses that bounced or complained before). Nothing reached the recipient's server.",
    fix: {
      ja: "まず電話などでアドレスが正しいか相手に確認してください。正しければ、社内のIT担当者に送信サービスの配信停止リストから外してもらってから、送り直してください。",
      en: "First check the address with the recipient another way. If it is right, ask your IT team to remove it from the sending service's suppression list, then resend.",
    },
  },
  "bounce.licence": {
    ja: "Microsoft 365 のライセンス、またはメールボックスの割り当てに問題があります。",
    en: "A Microsoft 365 licence or mailbox assignment is missing.",
    fix: {
      ja: "社内のIT担当者に、ライセンスとメールボックスの状態を確認していただいてください。",
      en: "Ask your IT team to check the licence and mailbox of the account.",
    },
  },
  "bounce.undefined": {
    ja: "配送できなかったことは返されましたが、原因は特定できませんでした。",
    en: "Delivery failed, but the report does not say clearly why.",
    fix: {
      ja: "エラーメールを添えて、社内のIT担当者に相談してください。",
      en: "Give the bounce to your IT team.",
    },
  },
  "bounce.delayed": {
    ja: "配送が遅れています。送信サーバーは再送を続けています。",
    en: "Delivery is delayed; the server keeps retrying.",
    fix: {
      ja: "しばらくお待ちください。最終的に届かなかった場合は、改めてエラーメールが届きます。急ぎの場合は、別の手段で相手に連絡してください。",
      en: "Wait: if it finally fails you will get another notice. If it is urgent, reach the recipient another way.",
    },
  },
});
