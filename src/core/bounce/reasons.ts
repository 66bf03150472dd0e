/**
 * The reason classes a failed delivery falls into, each with the checklist item it points to,
 * who has to act, and what to do next (ja/en, our own words).
 */
import type { ItemId, Who } from "../model/finding";
import type { Localized } from "../model/i18n";

export type Reason =
  | "userunknown"
  | "hostunknown"
  | "hasmoved"
  | "suspend"
  | "mailboxfull"
  | "mesgtoobig"
  | "blocked"
  | "badreputation"
  | "requireptr"
  | "rejected"
  | "filtered"
  | "spamdetected"
  | "virusdetected"
  | "policyviolation"
  | "securityerror"
  | "authfailure"
  | "failedstarttls"
  | "norelaying"
  | "toomanyconn"
  | "speeding"
  | "expired"
  | "networkerror"
  | "systemerror"
  | "systemfull"
  | "notaccept"
  | "contenterror"
  | "attachmentblocked"
  | "notcompliantrfc"
  | "syntaxerror"
  | "mailererror"
  | "listexpansion"
  | "licence"
  | "notverified"
  | "undefined";

export interface ReasonInfo {
  cause: ItemId;
  who: Who[];
  summary: Localized;
  nextStep: Localized;
}

const t = (ja: string, en: string): Localized => ({ ja, en });

export const REASONS: Record<Reason, ReasonInfo> = {
  userunknown: {
    cause: 8,
    who: ["you"],
    summary: t(
      "宛先のメールアドレスが相手のサーバーに存在しません。",
      "The recipient's address does not exist on their mail server."
    ),
    nextStep: t(
      "アドレスのつづり（特に @ の前後やドメイン）を確認し、相手に正しいアドレスを問い合わせてから送り直してください。Outlook の候補（オートコンプリート）に古いアドレスが残っていれば削除してください。",
      "Check the spelling of the address (especially around the @ and the domain), confirm the right address with the recipient, then resend. Remove any stale entry from Outlook's auto-complete list."
    ),
  },
  hostunknown: {
    cause: 16,
    who: ["you"],
    summary: t(
      "宛先のドメインが見つかりません（DNS に登録がありません）。",
      "The recipient's domain could not be found in DNS."
    ),
    nextStep: t(
      "@ より後ろのドメイン名のつづりを確認してください。正しいのに届かない場合は、相手の IT 担当者に DNS（MX レコード）の設定を確認してもらってください。",
      "Check the spelling of the domain after the @. If it is right, ask the recipient's IT team to check their DNS (MX records)."
    ),
  },
  hasmoved: {
    cause: 17,
    who: ["you", "recipient"],
    summary: t(
      "宛先のアドレスは使われなくなり、別のアドレスに移ったと返されました。",
      "The recipient's address is no longer used; the server says it has moved."
    ),
    nextStep: t(
      "エラー文に新しいアドレスがあればそちらへ、なければ相手に新しいアドレスを確認して送り直してください。",
      "Send to the new address if the error gives one; otherwise ask the recipient for their new address."
    ),
  },
  suspend: {
    cause: 17,
    who: ["recipient", "recipientIt"],
    summary: t(
      "宛先のアカウントが停止・無効・休止の状態です。",
      "The recipient's account is disabled, suspended or inactive."
    ),
    nextStep: t(
      "相手が退職・解約していないか、電話など別の手段で確認し、使われている別のアドレスがあればそちらへ送ってください。",
      "Check with the recipient by another channel (phone, colleague) whether the account is still in use, and use their current address."
    ),
  },
  mailboxfull: {
    cause: 14,
    who: ["recipient"],
    summary: t(
      "相手のメールボックスが容量いっぱいで受け取れません。",
      "The recipient's mailbox is full."
    ),
    nextStep: t(
      "相手に別の手段で連絡して容量を空けてもらい、少し時間をおいて送り直してください。大きな添付ファイルは共有リンクにすると届きやすくなります。",
      "Let the recipient know by another channel so they can free up space, then resend later. Sharing large files as a link helps."
    ),
  },
  mesgtoobig: {
    cause: 10,
    who: ["you"],
    summary: t(
      "メールのサイズが相手または途中のサーバーの上限を超えました。",
      "The message is larger than the receiving (or an intermediate) server accepts."
    ),
    nextStep: t(
      "添付ファイルを小さくするか、OneDrive などの共有リンクに置き換えて送り直してください。添付はエンコードで約 1.37 倍に増えることも考慮してください。",
      "Make the attachments smaller or replace them with a sharing link (OneDrive, SharePoint), then resend. Attachments grow by about a third when encoded."
    ),
  },
  blocked: {
    cause: 1,
    who: ["yourIt"],
    summary: t(
      "送信元のサーバー（IP アドレス）またはドメインが、相手側でブロックされました（ブロックリスト掲載など）。",
      "Your sending server (its IP address) or domain was blocked by the receiving side, for example because it is on a blocklist."
    ),
    nextStep: t(
      "エラー文と日時を添えて社内の IT 担当者に連絡してください。IT 担当者はブロックリストの掲載状況を調べ、解除を申請します。",
      "Send this error and the time to your IT team. They check which blocklist lists your server and request delisting."
    ),
  },
  badreputation: {
    cause: 1,
    who: ["yourIt", "provider"],
    summary: t(
      "送信元の IP アドレスやドメインの評価（レピュテーション）が低いため拒否されました。",
      "The sending IP address or domain has a poor reputation at the receiver."
    ),
    nextStep: t(
      "社内の IT 担当者に連絡してください。送信量の急増や迷惑メール扱いの原因を調べ、必要なら相手のプロバイダーに解除を申請します。",
      "Contact your IT team: they look into sudden volume or spam complaints and, if needed, ask the receiving provider to lift the limit."
    ),
  },
  requireptr: {
    cause: 6,
    who: ["yourIt"],
    summary: t(
      "送信元サーバーの逆引き DNS（PTR レコード）がない、または一致しないため拒否されました。",
      "The sending server has no matching reverse DNS (PTR) record, so it was refused."
    ),
    nextStep: t(
      "社内の IT 担当者に、送信サーバーの IP アドレスの逆引き（PTR）とホスト名の正引きが一致するよう設定してもらってください。",
      "Ask your IT team to set a reverse DNS (PTR) record for the sending IP that matches the server's host name."
    ),
  },
  rejected: {
    cause: 15,
    who: ["recipientIt", "yourIt"],
    summary: t(
      "相手のサーバーが、差出人（あなたのアドレスやドメイン）からのメールを受け付けませんでした。",
      "The receiving server refused mail from your address or domain."
    ),
    nextStep: t(
      "相手に別の手段で連絡し、あなたのアドレスやドメインを受信許可（セーフリスト）に入れてもらえるか確認してください。差出人アドレスに誤りがないかも確認してください。",
      "Contact the recipient by another channel and ask whether they can allow your address or domain. Also check that your sender address is right."
    ),
  },
  filtered: {
    cause: 7,
    who: ["recipient"],
    summary: t(
      "相手の受信設定（受信拒否・指定受信などのフィルター）によって拒否されました。",
      "The recipient's own filter (blocked senders, allow-only settings) refused the message."
    ),
    nextStep: t(
      "フィルターは「宛先不明」と同じ文面で拒否を返すことがあるため、まず宛先アドレスの綴りを確認してください。正しければ、相手にあなたのアドレスまたはドメインを受信許可に登録してもらってください（携帯キャリアのアドレスでよくあります）。",
      "Filters sometimes refuse with the same words as an unknown user, so first check the address is spelled right. If it is, ask the recipient to add your address or domain to their allowed senders (common with Japanese mobile carrier addresses)."
    ),
  },
  spamdetected: {
    cause: 9,
    who: ["you"],
    summary: t("本文や件名が迷惑メールと判定されました。", "The content was judged to be spam."),
    nextStep: t(
      "リンクの数や短縮 URL、英語だけの定型文、長い引用履歴を減らし、件名を具体的にして送り直してください。続く場合は IT 担当者に相談してください。",
      "Use fewer links (no URL shorteners), trim long quoted history and boilerplate, give a specific subject, and resend. Ask your IT team if it keeps happening."
    ),
  },
  virusdetected: {
    cause: 11,
    who: ["you"],
    summary: t(
      "添付ファイルがウイルスなど危険なものと判定されました。",
      "An attachment was judged to be a virus or otherwise dangerous."
    ),
    nextStep: t(
      "添付ファイルをウイルス対策ソフトで確認し、問題がなければ共有リンクで渡してください。心当たりがない場合はすぐに IT 担当者へ連絡してください。",
      "Scan the attachment; if it is clean, share it as a link instead. If you did not send this, tell your IT team at once."
    ),
  },
  attachmentblocked: {
    cause: 11,
    who: ["you"],
    summary: t(
      "添付ファイルの種類が相手側で禁止されています。",
      "The receiving side does not accept this type of attachment."
    ),
    nextStep: t(
      "実行ファイルやマクロ付き文書、暗号化 ZIP などは避け、共有リンクで渡すか、相手に受け取れる形式を確認してください。",
      "Avoid executables, macro documents and encrypted ZIPs; share the file as a link or ask the recipient which formats they accept."
    ),
  },
  policyviolation: {
    cause: 15,
    who: ["recipientIt"],
    summary: t(
      "相手側のセキュリティ ポリシー（受信ルール）によって拒否されました。",
      "A security policy or mail rule on the receiving side refused the message."
    ),
    nextStep: t(
      "エラー文を添えて相手の担当者に、どのルールで拒否されたか、どうすれば受け取れるかを確認してください。",
      "Send the error text to the recipient and ask their IT team which rule refused it and how you can get through."
    ),
  },
  securityerror: {
    cause: 15,
    who: ["yourIt"],
    summary: t(
      "認証や暗号化など、セキュリティ上の条件を満たしていないため拒否されました。",
      "A security requirement (authentication, encryption, certificates) was not met."
    ),
    nextStep: t(
      "エラー文と日時を添えて社内の IT 担当者に連絡してください。送信サーバーの認証や証明書の設定確認が必要です。",
      "Send the error and the time to your IT team; the sending server's authentication or certificate settings need checking."
    ),
  },
  authfailure: {
    cause: 24,
    who: ["yourIt"],
    summary: t(
      "送信ドメインの認証（SPF / DKIM / DMARC）に失敗したため拒否されました。",
      "Your domain's sender authentication (SPF, DKIM or DMARC) failed."
    ),
    nextStep: t(
      "社内の IT 担当者に連絡してください。SPF に送信サーバーが含まれているか、DKIM 署名が有効か、DMARC の設定が合っているかを確認してもらいます。",
      "Contact your IT team: they check that SPF lists every sending server, that DKIM signing is on, and that DMARC aligns."
    ),
  },
  failedstarttls: {
    cause: 23,
    who: ["yourIt", "recipientIt"],
    summary: t(
      "暗号化（TLS）での送信が必要でしたが、暗号化した接続ができませんでした。",
      "The connection had to be encrypted (TLS), and that failed."
    ),
    nextStep: t(
      "社内の IT 担当者に、送信サーバーと相手サーバーの TLS（STARTTLS・証明書）の設定を確認してもらってください。",
      "Ask your IT team to check TLS (STARTTLS and certificates) between your server and the recipient's."
    ),
  },
  norelaying: {
    cause: 13,
    who: ["yourIt", "recipientIt"],
    summary: t(
      "サーバー間の中継（リレー）が許可されていません。送信経路やドメインの設定に問題があります。",
      "The server refused to relay the message: a routing or domain setting is wrong."
    ),
    nextStep: t(
      "宛先ドメインのつづりを確認してください。正しい場合は、社内の IT 担当者に送信経路（コネクタ・認証）を、相手側には MX の設定を確認してもらってください。",
      "Check the recipient's domain. If it is right, ask your IT team to check the sending route (connectors, authentication) and the recipient's team to check their MX."
    ),
  },
  toomanyconn: {
    cause: 18,
    who: ["you", "yourIt"],
    summary: t(
      "一度に送る宛先やメールの数が多すぎたため、制限にかかりました。",
      "Too many recipients or messages at once hit a limit."
    ),
    nextStep: t(
      "宛先を分けるか、時間をおいて送り直してください。大量送信にはメール配信サービスの利用を検討してください。",
      "Split the recipients or wait before resending. For bulk mail, use a mailing service."
    ),
  },
  speeding: {
    cause: 18,
    who: ["you", "yourIt"],
    summary: t(
      "短時間に送りすぎたため、送信または受信の速度制限にかかりました。",
      "Too much mail in a short time hit a sending or receiving rate limit."
    ),
    nextStep: t(
      "しばらく時間をおいてから送り直してください。繰り返す場合は IT 担当者に送信量の確認を依頼してください。",
      "Wait a while and resend. If it repeats, ask your IT team to look at your sending volume."
    ),
  },
  expired: {
    cause: 4,
    who: ["recipientIt"],
    summary: t(
      "相手のサーバーに一定時間つながらず、配送をあきらめました。",
      "The message could not be delivered in time and the server gave up."
    ),
    nextStep: t(
      "時間をおいて送り直してください。続く場合は相手に別の手段で連絡し、相手のサーバーに障害がないか確認してもらってください。",
      "Resend later. If it keeps happening, contact the recipient another way and ask them to check their mail server."
    ),
  },
  networkerror: {
    cause: 12,
    who: ["recipientIt", "yourIt"],
    summary: t(
      "ネットワークの問題（接続拒否・タイムアウト・経路のループなど）で配送できませんでした。",
      "A network problem (refused connection, time-out, routing loop) stopped delivery."
    ),
    nextStep: t(
      "時間をおいて送り直してください。続く場合はエラー文を添えて IT 担当者に経路の確認を依頼してください。",
      "Resend later. If it continues, give the error text to your IT team so they can check the route."
    ),
  },
  systemerror: {
    cause: 2,
    who: ["recipientIt"],
    summary: t(
      "相手または途中のメールサーバーの障害・一時的なエラーです。",
      "The receiving or an intermediate mail server had a fault or a temporary error."
    ),
    nextStep: t(
      "時間をおいて送り直してください。続く場合は相手にサーバーの状況を確認してもらってください。",
      "Resend later. If it continues, ask the recipient to check their mail server."
    ),
  },
  systemfull: {
    cause: 2,
    who: ["recipientIt"],
    summary: t(
      "相手のメールサーバーのディスクが不足しています。",
      "The receiving mail server is out of disk space."
    ),
    nextStep: t(
      "時間をおいて送り直してください。続く場合は相手の IT 担当者に伝えてください。",
      "Resend later; if it continues, let the recipient's IT team know."
    ),
  },
  notaccept: {
    cause: 16,
    who: ["you", "recipientIt"],
    summary: t(
      "宛先のドメインはメールを受け付けない設定です（MX がない、または受信しない宣言）。",
      "The recipient's domain does not accept mail (no usable MX, or a 'no mail' record)."
    ),
    nextStep: t(
      "ドメイン名が正しいか確認し、相手に正しい連絡先アドレスを確認してください。",
      "Check the domain name and ask the recipient for an address that receives mail."
    ),
  },
  contenterror: {
    cause: 20,
    who: ["you", "yourIt"],
    summary: t(
      "メールの形式（文字コード・ヘッダー・MIME 構造）が受け付けられませんでした。",
      "The message format (encoding, headers, MIME structure) was not accepted."
    ),
    nextStep: t(
      "別のメールソフトや HTML 形式で送り直してください。アプリや複合機から送った場合は IT 担当者に相談してください。",
      "Resend from another mail program or as HTML. If an app or device sent it, ask your IT team."
    ),
  },
  notcompliantrfc: {
    cause: 20,
    who: ["yourIt"],
    summary: t(
      "メールのヘッダーが規格（RFC 5322）に沿っていないため拒否されました。",
      "The message headers do not follow the mail standard (RFC 5322)."
    ),
    nextStep: t(
      "差出人（From）や日付などのヘッダーを作るアプリ・システムの設定を IT 担当者に確認してもらってください。",
      "Ask your IT team to check the app or system that writes the From, Date and other headers."
    ),
  },
  syntaxerror: {
    cause: 3,
    who: ["yourIt"],
    summary: t(
      "送信側と受信側のサーバーのやり取り（SMTP）でエラーが起きました。",
      "An error occurred in the SMTP exchange between the servers."
    ),
    nextStep: t(
      "時間をおいて送り直してください。続く場合はエラー文を添えて IT 担当者に連絡してください。",
      "Resend later; if it continues, give the error text to your IT team."
    ),
  },
  mailererror: {
    cause: 3,
    who: ["recipientIt"],
    summary: t(
      "相手側の配送プログラムでエラーが起きました。",
      "The receiving side's delivery program failed."
    ),
    nextStep: t(
      "時間をおいて送り直し、続く場合は相手の IT 担当者に伝えてください。",
      "Resend later; if it continues, tell the recipient's IT team."
    ),
  },
  listexpansion: {
    cause: 19,
    who: ["yourIt", "recipientIt"],
    summary: t(
      "メーリングリスト（配布リスト）の展開で問題が起きました。",
      "Expanding a mailing list (distribution list) failed."
    ),
    nextStep: t(
      "リストの管理者に、登録アドレスや送信許可の設定を確認してもらってください。",
      "Ask the list's owner to check its members and who may send to it."
    ),
  },
  notverified: {
    cause: 6,
    who: ["yourIt"],
    summary: t(
      "送信元のアドレスまたはドメインが、送信に使ったサービスで確認（検証）済みになっていません。",
      "Your sender address or domain has not been verified with the service that sent the message."
    ),
    nextStep: t(
      "社内の IT 担当者に、送信サービス（メール配信サービスやクラウドの送信機能）で差出人アドレス・ドメインの検証を済ませてもらってください。",
      "Ask your IT team to verify the sender address or domain in the sending service (mailing service or cloud mail feature)."
    ),
  },
  licence: {
    cause: 22,
    who: ["yourIt"],
    summary: t(
      "Microsoft 365 のライセンスまたはメールボックスの割り当てに問題があります。",
      "A Microsoft 365 licence or mailbox assignment is missing."
    ),
    nextStep: t(
      "社内の IT 担当者に、ライセンスとメールボックスの状態を確認してもらってください。",
      "Ask your IT team to check the licence and mailbox of the account."
    ),
  },
  undefined: {
    cause: 3,
    who: ["yourIt"],
    summary: t(
      "配送エラーが返されましたが、原因を特定できませんでした。",
      "Delivery failed, but the report does not say clearly why."
    ),
    nextStep: t(
      "サーバーのメッセージを添えて社内の IT 担当者に相談してください。",
      "Give the server's message to your IT team."
    ),
  },
};
