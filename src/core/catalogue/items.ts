/**
 * The 24 causes of undelivered mail, in the source article's order (ids are the article's
 * numbers and the report contract's item ids). Texts are our own words, in Japanese and English.
 */
import type { CatalogueItem } from "./types";
import type { ItemId } from "../model/finding";

const t = (ja: string, en: string) => ({ ja, en });

export const CATALOGUE: readonly CatalogueItem[] = [
  {
    id: 1,
    title: t("送信元がブロックリストに登録されている", "Sender on a blocklist"),
    explanation: t(
      "送信に使われたサーバーのIPアドレスやドメインが、迷惑メールの発信源を集めた公開・非公開のリストに載っていると、受信側のサーバーは中身を見る前に受け取りを断ります。同じサーバーを共有する別の利用者の行いが原因で載ってしまうこともあります。反対に、自社側が相手のドメインを拒否する設定にしている場合も、やり取りは止まります。",
      "If the IP address or domain of the server that sent the mail is on a public or private list of spam sources, the receiving server refuses it, often before looking at the content. A listing can be caused by someone else who shares the same server. It also works the other way round: your own side may be blocking the other domain."
    ),
    howToCheck: t(
      "エラーメールに「blocked」「listed」「RBL」「5.7.1」などの語や、リストの名前が書かれていないか見てください。自社の送信IPが掲載されていないか、掲載解除の申請が必要かは自社のIT担当に調べてもらいます。相手側で自社のドメインを拒否していないかは、相手のIT担当に確認してもらいます。",
      'Look in the bounce for words such as "blocked", "listed" or "RBL", a 5.7.1 code, or the name of a list. Ask your IT whether your sending IP is listed and whether a delisting request is needed. Ask the recipient\'s IT whether they reject your domain.'
    ),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["bounce"],
  },
  {
    id: 2,
    title: t("メールサーバーの障害", "Mail server outage"),
    explanation: t(
      "送る側か受ける側のメールサーバーが停止していたり、不調で処理が追いつかなかったりすると、メールは受け付けられないか、途中で待たされます。多くは一時的で、サーバーは自動で再送を試みますが、長引くと最後は配信不能として送信者に戻ります。",
      "When the sending or the receiving mail server is down or overloaded, mail is refused or held on the way. This is usually temporary and servers retry on their own, but a long outage ends with a non-delivery report to the sender."
    ),
    howToCheck: t(
      "Microsoft 365 管理センターの「サービス正常性」に障害情報が出ていないか、自社のIT担当に確認してもらいます。相手側の障害が疑われるときは、電話など別の手段で、今日ほかのメールは受け取れているかを相手に尋ねてください。",
      "Ask your IT to look for an incident under Service health in the Microsoft 365 admin center. If the recipient's side is suspect, ask them by phone or chat whether other mail reaches them today."
    ),
    who: ["yourIt", "recipientIt", "provider"],
    side: "either",
    detectedBy: ["bounce", "trace"],
  },
  {
    id: 3,
    title: t("送受信処理中のエラー", "Error while sending or receiving"),
    explanation: t(
      "メールソフト、送信サーバー、受信サーバーのどこかで処理中にエラーが起きると、その1通だけが止まることがあります。ふつうは自動で再試行されますが、間が悪いと再試行されずに終わってしまいます。送信トレイに残ったまま出ていかないメールも、この一種です。",
      "An error in the mail app, the sending server or the receiving server can stop one single message. Servers normally retry by themselves, but at an unlucky moment the message is left with no further attempt. A mail that never leaves the Outbox is one form of this."
    ),
    howToCheck: t(
      "そのメールが送信済みアイテムに入っているか、送信トレイに残っていないかを確認してください。送信済みにあるのに届いていない場合は、自社のIT担当にメッセージ追跡で配信の状況を調べてもらいます。",
      "Check that the mail is in Sent Items and not stuck in the Outbox. If it was sent but never arrived, ask your IT to look it up in message trace."
    ),
    who: ["you", "yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["bounce", "trace"],
  },
  {
    id: 4,
    title: t("配信の遅延", "Delivery delayed"),
    explanation: t(
      "サーバーの混雑、回線の遅れ、相手サーバーによる一時的な受信制限などで、メールが途中のサーバーで待たされることがあります。多くは数分から数時間のうちに自然に届きます。再試行の期限を過ぎても渡せなかった場合は、送信者に遅延の通知、続いて配信不能の通知が届きます。",
      "Busy servers, slow links or a receiving server that throttles for a while can keep a mail waiting on an intermediate server. Most delays clear by themselves within minutes or hours. If the mail still cannot be handed over when the retry period ends, the sender gets a delay notice and then a non-delivery report."
    ),
    howToCheck: t(
      "遅れて届いたメールなら、受信者側でそのメールのヘッダーを開き、Received 行の時刻を順に比べると、どこで時間がかかったかがわかります。まだ届いていないメールは、自社のIT担当にメッセージ追跡で状態(保留中・配信済みなど)を確認してもらいます。遅延通知のメールが来ていないかも見てください。",
      "If the mail arrived late, open its headers on the recipient's side and compare the times of the Received lines to see where it waited. For a mail that has not arrived, ask your IT to check its status (pending, delivered…) in message trace. Also look for a delay notice in your inbox."
    ),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["bounce", "trace", "headers"],
  },
  {
    id: 5,
    title: t("新しいフィルター・受信ルール", "New filtering or receive rules"),
    explanation: t(
      "相手の組織がメールサーバーやゲートウェイ、ウイルス対策製品に新しいフィルターや受信ルールを加えると、それまで問題なく届いていたメールが急に止められることがあります。止められたメールは隔離されるか、知らせもなく削除されるか、エラーとして戻されます。",
      "A new filter or receive rule on the recipient's mail server, gateway or antivirus product can suddenly stop mail that used to arrive. Such mail is quarantined, dropped without notice, or bounced."
    ),
    howToCheck: t(
      "最近フィルターや受信ルール、セキュリティ製品の設定を変えていないか、隔離にあなたのメールがないかを、相手から相手のIT担当に確認してもらうよう依頼します。自社から外へ出るときのルール(トランスポートルール)は、自社のIT担当に確認します。",
      "Ask the recipient to check with their IT whether filters, receive rules or a security product changed recently, and whether your mail is in their quarantine. Ask your IT about outgoing transport rules on your side."
    ),
    who: ["recipientIt", "yourIt"],
    side: "recipient",
    detectedBy: ["bounce", "trace", "graph"],
  },
  {
    id: 6,
    title: t("送信側のサーバー・ドメイン設定の変更", "Sender's server or domain settings changed"),
    explanation: t(
      "自社でメールサーバーの移行、送信経路の変更、DNS(MX・SPF・DKIM)の書き換えなどを行った際、設定に誤りや漏れがあると、送ったメールが相手に受け取られなくなります。変更の直後から、一部の宛先にだけ届かなくなるという形で現れることがよくあります。",
      "When your organisation moves its mail server, changes how mail leaves, or edits its DNS records (MX, SPF, DKIM), a mistake or a gap can make other servers reject its mail. It often starts right after the change, sometimes only for some recipients."
    ),
    howToCheck: t(
      "届かなくなった時期に、自社でメールやDNSの設定変更がなかったかを自社のIT担当に確認してください。あわせて、SPF・DKIM・DMARCのレコードが新しい送信経路を含んでいるかも見てもらいます。",
      "Ask your IT whether anything in the mail or DNS settings changed around the time the trouble began, and whether the SPF, DKIM and DMARC records cover the new sending path."
    ),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["dns", "bounce"],
  },
  {
    id: 7,
    title: t(
      "受信者側のフィルター・迷惑メール振り分け",
      "Recipient filters the sender, or it lands in junk"
    ),
    explanation: t(
      "受信者本人や相手の組織が、特定の送信者やドメインを拒否する設定にしていると、メールは受け取られないか、迷惑メールフォルダーや隔離に振り分けられます。後者の場合、メールは実際には届いていて、本人が気付いていないだけということもよくあります。",
      "If the recipient or their organisation blocks a sender or a domain, the mail is refused or put in the junk folder or quarantine. In the second case the mail did arrive; the recipient simply has not seen it."
    ),
    howToCheck: t(
      "相手に迷惑メールフォルダーと隔離を確認してもらい、見つかったら「迷惑メールではない」とマークして、あなたを信頼できる差出人に加えてもらいます。あなたのアドレスやドメインが受信拒否リストに入っていないかも、相手に確かめてもらいます。",
      "Ask the recipient to look in their junk folder and quarantine and, if the mail is there, to mark it as not junk and add you as a safe sender. Ask them also whether your address or domain is on their blocked senders list."
    ),
    who: ["recipient", "recipientIt"],
    side: "recipient",
    detectedBy: ["graph", "trace", "bounce", "headers"],
  },
  {
    id: 8,
    title: t("宛先アドレスの誤り", "Wrong recipient address"),
    explanation: t(
      "つづりが一文字違う、ドメインが古い、アドレス帳やオートコンプリートに誤ったアドレスが残っている、といった理由で、存在しない宛先に送っていることがあります。存在しないユーザーやドメイン宛てのメールはふつうエラーとして戻りますが、何も返さずに捨てるサーバーもあります。",
      "One wrong letter, an old domain, or a stale entry in the address book or the autocomplete list can send mail to an address that does not exist. Mail to an unknown user or domain usually bounces, but some servers accept and discard it without a word."
    ),
    howToCheck: t(
      "宛先を、相手の名刺や署名、相手から受け取ったメールのアドレスと一文字ずつ見比べてください。オートコンプリートの候補に古いアドレスが出てくる場合は、候補から削除します。",
      "Compare the address letter by letter with the recipient's business card, signature, or a mail they sent you. Remove stale entries from the autocomplete list."
    ),
    who: ["you"],
    side: "sender",
    detectedBy: ["local", "dns", "graph", "bounce"],
  },
  {
    id: 9,
    title: t("本文が迷惑メールらしく見える", "Body looks like spam"),
    explanation: t(
      "リンクがたくさんある、短縮URLを含む、本文の大半が英語、返信の履歴が何重にも続いて長い、といったメールは、迷惑メールフィルターに疑われやすくなります。そう判定されると、迷惑メールフォルダーや隔離に入るか、受信そのものを拒否されます。",
      "Many links, shortened URLs, a body that is mostly English, or a long chain of quoted replies make spam filters suspicious. A mail judged that way goes to junk or quarantine, or is refused outright."
    ),
    howToCheck: t(
      "返信履歴を削り、リンクを必要なものだけにして本文を短くし、送り直してみてください。それで届けば、本文の内容が原因だったと考えられます。相手には迷惑メールフォルダーも見てもらいます。",
      "Resend with the quoted history removed, only the links that are needed, and a short body. If that copy arrives, the content was the cause. Ask the recipient to check their junk folder as well."
    ),
    who: ["you"],
    side: "sender",
    detectedBy: ["local", "bounce", "headers"],
  },
  {
    id: 10,
    title: t("メールサイズの上限超過", "Message too large"),
    explanation: t(
      "送信側と受信側のサーバーには、それぞれ1通あたりのサイズの上限があります。添付ファイルはメールで送るために変換されると元より3割ほど大きくなるので、ファイルの合計が上限より小さく見えても超えてしまうことがあります。相手側の上限がこちらより小さいことも珍しくありません。",
      "The sending and the receiving server each cap the size of a single message. Attachments grow by about a third when they are encoded for mail, so files that look small enough can still go over. The recipient's limit is often lower than yours."
    ),
    howToCheck: t(
      "添付ファイルの合計サイズを確認し、大きいファイルはOneDriveやSharePointの共有リンクに置き換えてください。自社の上限は自社のIT担当に、相手の上限は相手のIT担当に確認できます。",
      "Check the total size of the attachments and replace big files with a OneDrive or SharePoint share link. Your IT knows your limit; the recipient's IT knows theirs."
    ),
    who: ["you"],
    side: "either",
    detectedBy: ["local", "graph", "bounce"],
  },
  {
    id: 11,
    title: t("添付ファイルの種類がブロックされる", "Attachment type blocked"),
    explanation: t(
      "プログラムやスクリプトなど危険とされる種類の添付ファイルは、大きさに関係なく拒否されたり取り除かれたりします。ZIPなどにまとめても、中のファイル名は開かずに読めるため、同じように止められることがあります。パスワード付きの圧縮ファイルは中身を検査できないので、それ自体を受け付けない組織も増えています。",
      "Attachments of risky types, such as programs and scripts, are refused or stripped whatever their size. Putting them in a ZIP does not always help, because the names inside an archive can be read without opening it. More and more organisations also refuse password-protected archives, since they cannot be scanned."
    ),
    howToCheck: t(
      "添付ファイルの拡張子(.exe、.js、.bat など)と、圧縮ファイルの中身を確認してください。どうしても送る必要があるファイルは、OneDriveやSharePointで共有リンクを送るのが確実です。どの種類が止められるかは、自社と相手のIT担当が把握しています。",
      "Check the file extensions (.exe, .js, .bat…) and what is inside any archive. If the file really has to go, send a OneDrive or SharePoint share link instead. Your IT and the recipient's IT know which types they block."
    ),
    who: ["you"],
    side: "either",
    detectedBy: ["local", "bounce"],
  },
  {
    id: 12,
    title: t("ネットワークの問題", "Network problem"),
    explanation: t(
      "社内のネットワーク、回線、プロバイダー、あるいはインターネットの途中で障害が起きると、メールに限らず通信全体が滞ります。障害が自分側、相手側、その間のどこにあるかによって、対応する人が変わります。",
      "A fault in the office network, the line, the provider or somewhere on the internet slows or stops all traffic, not only mail. Who has to act depends on whether the fault is on your side, on the recipient's side, or in between."
    ),
    howToCheck: t(
      "Webサイトがいつもどおり開けるか、同僚も同じ状態かを確かめてください。自分だけであれば端末や社内ネットワークの問題として自社のIT担当に、社内全体であればIT担当からプロバイダーに問い合わせてもらいます。",
      "Check whether websites open as usual and whether colleagues have the same trouble. If it is only you, ask your IT about your device or the office network; if everyone is affected, your IT contacts the provider."
    ),
    who: ["you", "yourIt", "provider"],
    side: "network",
    detectedBy: ["bounce"],
  },
  {
    id: 13,
    title: t("サーバー間のルーティングの問題", "Routing between servers"),
    explanation: t(
      "メールは送信サーバーから受信サーバーまで、DNSのMXレコードや中継の設定に従っていくつかのサーバーを経由します。中継先の設定が誤っていたり、サーバーの間で行ったり来たりを繰り返したりすると、メールは行き場を失い、遅れるか戻ってきます。",
      "On its way from the sending to the receiving server, mail passes through several servers chosen by MX records and relay settings. A wrong relay setting, or a loop between servers, leaves it nowhere to go, so it is delayed or returned."
    ),
    howToCheck: t(
      "エラーメールに「loop」「hop count」や 5.4.x のコードが出ていないか見てください。どのサーバーまで届いたかはメッセージ追跡で自社のIT担当に調べてもらい、相手側の受信経路は相手のIT担当に確認してもらいます。",
      'Look in the bounce for "loop", "hop count" or a 5.4.x code. Ask your IT to find in message trace how far the mail got, and the recipient\'s IT to check their inbound route.'
    ),
    who: ["yourIt", "recipientIt"],
    side: "network",
    detectedBy: ["bounce", "trace"],
  },
  {
    id: 14,
    title: t("メールボックスの容量超過", "Mailbox full"),
    explanation: t(
      "相手のメールボックスが割り当てられた容量を使い切っていると、新しく届いたメールは置き場所がなく、送信者に戻されます。自分のメールボックスがいっぱいの場合は、送信そのものができなくなることがあります。",
      "When the recipient's mailbox has reached its quota, new mail is refused and returned to the sender. When your own mailbox is full, you may not be able to send at all."
    ),
    howToCheck: t(
      "エラーメールに「mailbox full」「quota」や 5.2.2 のコードがないか見てください。相手には不要なメールを削除して空きを作るよう依頼します。自分の使用量は Outlook のメールボックスの設定で確認でき、足りなければ自社のIT担当に相談します。",
      'Look in the bounce for "mailbox full", "quota" or a 5.2.2 code, and ask the recipient to free some space. Your own usage is shown in Outlook\'s mailbox settings; ask your IT if you need more.'
    ),
    who: ["recipient", "you"],
    side: "either",
    detectedBy: ["graph", "bounce"],
  },
  {
    id: 15,
    title: t("セキュリティポリシーの強化", "Security policy tightened"),
    explanation: t(
      "組織がセキュリティの方針を強め、新しいメールゲートウェイを入れたり、機器を入れ替えたり、判定の基準を厳しくしたりすると、以前は届いていたメールが止まることがあります。受信側だけでなく、送信側でも社外への送信が制限されることがあります。",
      "When an organisation tightens its security, for example with a new mail gateway, replaced appliances or stricter thresholds, mail that used to pass can be stopped. It happens on the receiving side, and also on the sending side, where mail to outside addresses becomes restricted."
    ),
    howToCheck: t(
      "相手の組織で最近セキュリティ製品や方針の変更がなかったか、相手のIT担当に確認してもらいます。社外への送信や特定の添付ファイルが新たに制限されていないかは、自社のIT担当に確認します。",
      "Ask the recipient's IT whether security products or policies changed recently. Ask your IT whether sending outside the company, or certain attachments, is now restricted."
    ),
    who: ["recipientIt", "yourIt"],
    side: "either",
    detectedBy: ["local", "bounce"],
  },
  {
    id: 16,
    title: t("DNSの名前解決エラー", "DNS resolution failure"),
    explanation: t(
      "メールを届けるには、送信サーバーが相手ドメインのMXレコードをDNSで調べて、渡す先のサーバーを決める必要があります。DNSサーバーに障害がある、相手ドメインのレコードが誤っている、ドメインの期限が切れている、といった場合は、渡す先がわからずメールを送れません。",
      "To deliver mail, the sending server looks up the recipient domain's MX records in DNS to learn which server to hand it to. If a DNS server fails, or the domain's records are wrong, or the domain has expired, there is nowhere to deliver to."
    ),
    howToCheck: t(
      "宛先のドメイン名につづりの誤りがないか確認してください。そのドメインにMXレコードがあるかは自社のIT担当に調べてもらえます。相手のドメイン自体に問題があれば、相手のIT担当に伝えます。",
      "Check the spelling of the recipient's domain. Your IT can look up whether the domain has MX records; if the domain itself is broken, tell the recipient's IT."
    ),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["dns", "bounce"],
  },
  {
    id: 17,
    title: t("受信者のアカウントが無効・削除済み", "Recipient account disabled or removed"),
    explanation: t(
      "受信者が退職や異動をした、アカウントが停止された、アドレスが変わった、といった場合、そのアドレス宛てのメールは受け取られず、ふつうは送信者にエラーが戻ります。組織によっては、エラーを返さずに捨ててしまうこともあります。",
      "If the recipient has left or moved, had the account suspended, or changed address, mail to the old address is refused, usually with a bounce. Some organisations drop such mail without telling the sender."
    ),
    howToCheck: t(
      "相手本人か相手の会社の別の担当者に、電話などでそのアドレスが今も使われているかを確認してください。新しいアドレスがあれば、アドレス帳を更新します。",
      "Ask the recipient or a colleague of theirs, by phone or another channel, whether the address is still in use, and update your contacts with any new one."
    ),
    who: ["recipient", "recipientIt"],
    side: "recipient",
    detectedBy: ["graph", "bounce"],
  },
  {
    id: 18,
    title: t("一度に多すぎる送信・宛先", "Too many messages or recipients at once"),
    explanation: t(
      "一度に多くの宛先へ送ったり、短い時間に大量のメールを送ったりすると、受信側に一斉送信と見なされて拒否されるか、送信側のサーバーの上限に達して送信が一時的に止められます。送り切れなかった分はキューで待たされ、遅れて届くこともあります。",
      "Sending to many recipients at once, or many mails in a short time, can make receiving servers treat you as a bulk sender and refuse you, or hit your own server's limits so that sending is paused. Mail that cannot go out waits in a queue and arrives late."
    ),
    howToCheck: t(
      "宛先の数と、直近に送った通数を確認してください。社外の多数の宛先へは、分けて送るか配信用のサービスを使います。送信が制限されてしまった場合は、自社のIT担当に解除を依頼します。",
      "Check how many recipients the mail has and how much you sent recently. Split large external mailings or use a proper mailing service. If your account has been blocked from sending, ask your IT to lift it."
    ),
    who: ["you"],
    side: "sender",
    detectedBy: ["local", "graph", "bounce"],
  },
  {
    id: 19,
    title: t("メーリングリストの無効なアドレス", "Mailing list with bad addresses"),
    explanation: t(
      "配信リストに存在しないアドレスや誤ったアドレスが多く含まれていると、送るたびにエラーが大量に発生し、受信側から質の悪い送信者と見なされるようになります。その状態で送り続けると、リスト全体や送信元のサーバーがブロックされるおそれがあります。",
      "A distribution list full of dead or mistyped addresses produces many bounces at every mailing, and receiving servers start to see the sender as careless or abusive. Keep sending like that and the whole list, or the sending server, may be blocked."
    ),
    howToCheck: t(
      "リストの管理者に、エラーが戻ってくるアドレスを調べて削除してもらいます。社内の配布グループであれば、自社のIT担当に依頼します。",
      "Ask the list owner to remove the addresses that bounce; for an internal distribution group, ask your IT."
    ),
    who: ["you", "yourIt"],
    side: "sender",
    detectedBy: ["bounce"],
  },
  {
    id: 20,
    title: t("ヘッダーの不備・偽装", "Invalid or forged headers"),
    explanation: t(
      "差出人(From)が2つある、Message-ID や日付がない、ヘッダーに使えない文字が入っている、といった形式の誤りがあると、受信側のサーバーは偽装を疑って受け取りを断ることがあります。通常のメールソフトではまず起きませんが、業務システムや複合機、自作のプログラムから送るメールでは起きることがあります。",
      "Formal mistakes in the header, such as two From lines, a missing Message-ID or Date, or characters that are not allowed, make receiving servers suspect forgery and refuse the mail. Ordinary mail apps rarely cause this; business systems, copiers and home-made scripts sometimes do."
    ),
    howToCheck: t(
      "Outlook など通常のメールソフトから同じ宛先に送って届くか試してください。業務システムや機器から送っている場合は、その管理者か自社のIT担当にヘッダーの内容を確認してもらいます。",
      "Try sending to the same recipient from an ordinary mail app such as Outlook. If the mail comes from a business system or a device, ask its administrator or your IT to check the headers it writes."
    ),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["local", "bounce", "headers"],
  },
  {
    id: 21,
    title: t("プロバイダー(ISP)の制限", "Provider (ISP) limits"),
    explanation: t(
      "インターネットプロバイダーやメールサービスの事業者は、1時間や1日あたりの送信数・宛先数や、外部のメールサーバーへの直接の接続(25番ポート)を制限していることがあります。上限を超えると、しばらく送信できなくなるか、メールが保留されます。",
      "Internet and mail service providers often cap how many mails or recipients you may send per hour or per day, and may block direct connections to outside mail servers (port 25). Go over the cap and sending is paused or mail is held back."
    ),
    howToCheck: t(
      "エラーメッセージに送信数の上限についての記述がないか確認してください。契約しているプロバイダーの制限は、自社のIT担当かプロバイダーのサポート窓口に問い合わせます。",
      "Look for any mention of a sending limit in the error. Ask your IT, or the provider's support desk, what limits your contract has."
    ),
    who: ["provider", "yourIt"],
    side: "either",
    detectedBy: ["bounce"],
  },
  {
    id: 22,
    title: t("ライセンスの未割り当て(Microsoft 365)", "Licence missing (Microsoft 365)"),
    explanation: t(
      "Microsoft 365 でメールを使うには、Exchange Online を含むライセンスが利用者に割り当てられている必要があります。ライセンスがない、期限が切れている、割り当ての処理が終わっていない、といった場合は、メールを送ることも受けることもできなくなります。",
      "Mail in Microsoft 365 needs a licence that includes Exchange Online, assigned to the user. With no licence, an expired one, or an assignment that has not finished, the mailbox can neither send nor receive."
    ),
    howToCheck: t(
      "Microsoft 365 の「マイアカウント」で、自分に割り当てられたライセンスを確認できます。ライセンスの割り当てや更新は、自社のIT担当(Microsoft 365 の管理者)に依頼してください。",
      "You can see your licences under My Account in Microsoft 365. Ask your IT (the Microsoft 365 admin) to assign or renew the licence."
    ),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["graph"],
  },
  {
    id: 23,
    title: t("暗号化(TLS)が必須", "Encryption (TLS) required"),
    explanation: t(
      "サーバー間の通信を暗号化(STARTTLS など)しないと受け取らない設定の受信サーバーがあります。送信側が暗号化に対応していない場合や、証明書に問題がある場合は、接続の段階で断られてメールが届きません。",
      "Some receiving servers accept mail only over an encrypted connection (STARTTLS). If the sending side cannot encrypt, or a certificate is wrong, the connection is refused and the mail does not arrive."
    ),
    howToCheck: t(
      "エラーメールに「TLS」「STARTTLS」「certificate」などの語がないか見てください。あれば、自社のIT担当と相手のIT担当の間で、暗号化と証明書の設定を確認してもらいます。",
      'Look in the bounce for "TLS", "STARTTLS" or "certificate". If they appear, your IT and the recipient\'s IT need to compare their encryption and certificate settings.'
    ),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["dns", "bounce"],
  },
  {
    id: 24,
    title: t("SPF・DKIM・DMARCの認証失敗", "SPF / DKIM / DMARC failing"),
    explanation: t(
      "SPF・DKIM・DMARC は、メールが名乗っているドメインから本当に送られたものかを受信側が確かめるための仕組みです。送信元ドメインにこれらの設定がない、または実際の送信経路が設定と合っていないと、なりすましと判断されて迷惑メール扱いや受信拒否になります。大手のメールサービスほど、この確認を厳しく行っています。",
      "SPF, DKIM and DMARC let a receiving server check that a mail really comes from the domain it claims. If the sender's domain lacks these records, or mail leaves through a path the records do not cover, the mail is taken for a forgery and junked or refused. Large mail services enforce this strictly."
    ),
    howToCheck: t(
      "相手に届いたメール(またはエラーメール)の「Authentication-Results」ヘッダーで、spf・dkim・dmarc の結果が pass になっているか確認してください。fail や none があれば、自社のIT担当にDNSのSPF・DKIM・DMARCの設定を見直してもらいます。",
      "In a copy that did arrive (or in the bounce), check that spf, dkim and dmarc in the Authentication-Results header say pass. If one says fail or none, ask your IT to review the SPF, DKIM and DMARC records in DNS."
    ),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["dns", "bounce", "headers"],
  },
];

const BY_ID = new Map<ItemId, CatalogueItem>(CATALOGUE.map((c) => [c.id, c]));

export function catalogueItem(id: ItemId): CatalogueItem {
  const item = BY_ID.get(id);
  if (!item) throw new Error(`no catalogue item ${id}`);
  return item;
}
