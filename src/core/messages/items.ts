/** The 24 causes: title, what it is and why it stops mail, and how to check it by hand. */
import { defineMessages } from "./types";

export const ITEM_MESSAGES = defineMessages({
  "item.1.title": {
    ja: "送信元がブロックリストに登録されている",
    en: "Sender on a blocklist",
  },
  "item.1.explanation": {
    ja: "送信に使われたサーバーのIPアドレスやドメインが、迷惑メールの発信源を集めた公開・非公開のリストに載っていると、受信側のサーバーは中身を見る前に受け取りを断ります。同じサーバーを共有する別の利用者の行いが原因で載ってしまうこともあります。反対に、自社側が相手のドメインを拒否する設定にしている場合も、やり取りは止まります。",
    en: "If the IP address or domain of the server that sent the mail is on a public or private list of spam sources, the receiving server refuses it, often before looking at the content. A listing can be caused by someone else who shares the same server. It also works the other way round: your own side may be blocking the other domain.",
  },
  "item.1.howToCheck": {
    ja: "エラーメールに「blocked」「listed」「RBL」「5.7.1」などの語や、リストの名前が書かれていないか見てください。自社の送信IPが掲載されていないか、掲載解除の申請が必要かは自社のIT担当者に調べてもらいます。相手側で自社のドメインを拒否していないかは、相手のIT担当者に確認してもらいます。",
    en: 'Look in the bounce for words such as "blocked", "listed" or "RBL", a 5.7.1 code, or the name of a list. Ask your IT whether your sending IP is listed and whether a delisting request is needed. Ask the recipient\'s IT whether they reject your domain.',
  },
  "item.2.title": {
    ja: "メールサーバーの障害",
    en: "Mail server outage",
  },
  "item.2.explanation": {
    ja: "送る側か受ける側のメールサーバーが停止していたり、不調で処理が追いつかなかったりすると、メールは受け付けられないか、途中で待たされます。多くは一時的で、サーバーは自動で再送を試みますが、長引くと最後は配信不能として送信者に戻ります。",
    en: "When the sending or the receiving mail server is down or overloaded, mail is refused or held on the way. This is usually temporary and servers retry on their own, but a long outage ends with a non-delivery report to the sender.",
  },
  "item.2.howToCheck": {
    ja: "Microsoft 365 管理センターの「サービス正常性」に障害情報が出ていないか、自社のIT担当者に確認してもらいます。相手側の障害が疑われるときは、電話など別の手段で、今日ほかのメールは受け取れているかを相手に尋ねてください。",
    en: "Ask your IT team to look for an incident under Service health in the Microsoft 365 admin center. If the recipient's side is suspect, ask them by phone or chat whether other mail reaches them today.",
  },
  "item.3.title": {
    ja: "送受信処理中のエラー",
    en: "Error while sending or receiving",
  },
  "item.3.explanation": {
    ja: "メールソフト、送信サーバー、受信サーバーのどこかで処理中にエラーが起きると、その1通だけが止まることがあります。ふつうは自動で再試行されますが、間が悪いと再試行されずに終わってしまいます。送信トレイに残ったまま出ていかないメールも、この一種です。",
    en: "An error in the mail app, the sending server or the receiving server can stop one single message. Servers normally retry by themselves, but at an unlucky moment the message is left with no further attempt. A mail that never leaves the Outbox is one form of this.",
  },
  "item.3.howToCheck": {
    ja: "そのメールが送信済みアイテムに入っているか、送信トレイに残っていないかを確認してください。送信済みにあるのに届いていない場合は、自社のIT担当者にメッセージ追跡で配信の状況を調べてもらいます。",
    en: "Check that the mail is in Sent Items and not stuck in the Outbox. If it was sent but never arrived, ask your IT team to look it up in message trace.",
  },
  "item.4.title": {
    ja: "配信の遅延",
    en: "Delivery delayed",
  },
  "item.4.explanation": {
    ja: "サーバーの混雑、回線の遅れ、相手サーバーによる一時的な受信制限などで、メールが途中のサーバーで待たされることがあります。多くは数分から数時間のうちに自然に届きます。再試行の期限を過ぎても渡せなかった場合は、送信者に遅延の通知、続いて配信不能の通知が届きます。",
    en: "Busy servers, slow links or a receiving server that throttles for a while can keep a mail waiting on an intermediate server. Most delays clear by themselves within minutes or hours. If the mail still cannot be handed over when the retry period ends, the sender gets a delay notice and then a non-delivery report.",
  },
  "item.4.howToCheck": {
    ja: "遅れて届いたメールなら、受信者側でそのメールのヘッダーを開き、Received 行の時刻を順に比べると、どこで時間がかかったかがわかります。まだ届いていないメールは、自社のIT担当者にメッセージ追跡で状態（保留中・配信済みなど）を確認してもらいます。遅延通知のメールが来ていないかも見てください。",
    en: "If the mail arrived late, open its headers on the recipient's side and compare the times of the Received lines to see where it waited. For a mail that has not arrived, ask your IT team to check its status (pending, delivered…) in message trace. Also look for a delay notice in your inbox.",
  },
  "item.5.title": {
    ja: "新しいフィルター・受信ルール",
    en: "New filtering or receive rules",
  },
  "item.5.explanation": {
    ja: "相手の組織がメールサーバーやゲートウェイ、ウイルス対策製品に新しいフィルターや受信ルールを加えると、それまで問題なく届いていたメールが急に止められることがあります。止められたメールは検疫されるか、知らせもなく削除されるか、エラーとして戻されます。",
    en: "A new filter or receive rule on the recipient's mail server, gateway or antivirus product can suddenly stop mail that used to arrive. Such mail is quarantined, dropped without notice, or bounced.",
  },
  "item.5.howToCheck": {
    ja: "最近フィルターや受信ルール、セキュリティ製品の設定を変えていないか、検疫にあなたのメールがないかを、相手から相手のIT担当者に確認してもらうよう依頼します。自社から外へ出るときのルール（トランスポートルール）は、自社のIT担当者に確認します。",
    en: "Ask the recipient to check with their IT team whether filters, receive rules or a security product changed recently, and whether your mail is in their quarantine. Ask your IT team about outgoing transport rules on your side.",
  },
  "item.6.title": {
    ja: "送信側のサーバー・ドメイン設定の変更",
    en: "Sender's server or domain settings changed",
  },
  "item.6.explanation": {
    ja: "自社でメールサーバーの移行、送信経路の変更、DNS（MX・SPF・DKIM）の書き換えなどを行った際、設定に誤りや漏れがあると、送ったメールが相手に受け取られなくなります。変更の直後から、一部の宛先にだけ届かなくなるという形で現れることがよくあります。",
    en: "When your organisation moves its mail server, changes how mail leaves, or edits its DNS records (MX, SPF, DKIM), a mistake or a gap can make other servers reject its mail. It often starts right after the change, sometimes only for some recipients.",
  },
  "item.6.howToCheck": {
    ja: "届かなくなった時期に、自社でメールやDNSの設定変更がなかったかを自社のIT担当者に確認してください。あわせて、SPF・DKIM・DMARCのレコードが新しい送信経路を含んでいるかも見てもらいます。",
    en: "Ask your IT team whether anything in the mail or DNS settings changed around the time the trouble began, and whether the SPF, DKIM and DMARC records cover the new sending path.",
  },
  "item.7.title": {
    ja: "受信者側のフィルター・迷惑メール振り分け",
    en: "Recipient filters the sender, or it lands in junk",
  },
  "item.7.explanation": {
    ja: "受信者本人や相手の組織が、特定の送信者やドメインを拒否する設定にしていると、メールは受け取られないか、迷惑メールフォルダーや検疫に振り分けられます。後者の場合、メールは実際には届いていて、本人が気付いていないだけということもよくあります。",
    en: "If the recipient or their organisation blocks a sender or a domain, the mail is refused or put in the junk folder or quarantine. In the second case the mail did arrive; the recipient simply has not seen it.",
  },
  "item.7.howToCheck": {
    ja: "相手に迷惑メールフォルダーと検疫を確認してもらい、見つかったら「迷惑メールではない」とマークして、あなたを信頼できる差出人に加えてもらいます。あなたのアドレスやドメインが受信拒否リストに入っていないかも、相手に確かめてもらいます。",
    en: "Ask the recipient to look in their junk folder and quarantine and, if the mail is there, to mark it as not junk and add you as a safe sender. Ask them also whether your address or domain is on their blocked senders list.",
  },
  "item.8.title": {
    ja: "宛先アドレスの誤り",
    en: "Wrong recipient address",
  },
  "item.8.explanation": {
    ja: "つづりが一文字違う、ドメインが古い、アドレス帳やオートコンプリートに誤ったアドレスが残っている、といった理由で、存在しない宛先に送っていることがあります。存在しないユーザーやドメイン宛てのメールはふつうエラーとして戻りますが、何も返さずに捨てるサーバーもあります。",
    en: "One wrong letter, an old domain, or a stale entry in the address book or the autocomplete list can send mail to an address that does not exist. Mail to an unknown user or domain usually bounces, but some servers accept and discard it without a word.",
  },
  "item.8.howToCheck": {
    ja: "宛先を、相手の名刺や署名、相手から受け取ったメールのアドレスと一文字ずつ見比べてください。オートコンプリートの候補に古いアドレスが出てくる場合は、候補から削除します。",
    en: "Compare the address letter by letter with the recipient's business card, signature, or a mail they sent you. Remove stale entries from the autocomplete list.",
  },
  "item.9.title": {
    ja: "本文・件名が迷惑メールらしく見える",
    en: "Body or subject looks like spam",
  },
  "item.9.explanation": {
    ja: "リンクがたくさんある、短縮URLを含む、本文の大半が英語、返信の履歴が何重にも続いて長い、といったメールは、迷惑メールフィルターに疑われやすくなります。そう判定されると、迷惑メールフォルダーや検疫に入るか、受信そのものを拒否されます。",
    en: "Many links, shortened URLs, a body that is mostly English, or a long chain of quoted replies make spam filters suspicious. A mail judged that way goes to junk or quarantine, or is refused outright.",
  },
  "item.9.howToCheck": {
    ja: "返信履歴を削り、リンクを必要なものだけにして本文を短くし、送り直してみてください。それで届けば、本文の内容が原因だったと考えられます。相手には迷惑メールフォルダーも見てもらいます。",
    en: "Resend with the quoted history removed, only the links that are needed, and a short body. If that copy arrives, the content was the cause. Ask the recipient to check their junk folder as well.",
  },
  "item.10.title": {
    ja: "メールサイズの上限超過",
    en: "Message too large",
  },
  "item.10.explanation": {
    ja: "送信側と受信側のサーバーには、それぞれ1通あたりのサイズの上限があります。添付ファイルはメールで送るために変換されると元より3割ほど大きくなるので、ファイルの合計が上限より小さく見えても超えてしまうことがあります。相手側の上限がこちらより小さいことも珍しくありません。",
    en: "The sending and the receiving server each cap the size of a single message. Attachments grow by about a third when they are encoded for mail, so files that look small enough can still go over. The recipient's limit is often lower than yours.",
  },
  "item.10.howToCheck": {
    ja: "添付ファイルの合計サイズを確認し、大きいファイルはOneDriveやSharePointの共有リンクに置き換えてください。自社の上限は自社のIT担当者に、相手の上限は相手のIT担当者に確認できます。",
    en: "Check the total size of the attachments and replace big files with a OneDrive or SharePoint share link. Your IT knows your limit; the recipient's IT team knows theirs.",
  },
  "item.11.title": {
    ja: "添付ファイルの種類がブロックされる",
    en: "Attachment type blocked",
  },
  "item.11.explanation": {
    ja: "プログラムやスクリプトなど危険とされる種類の添付ファイルは、大きさに関係なく拒否されたり取り除かれたりします。ZIPなどにまとめても、中のファイル名は開かずに読めるため、同じように止められることがあります。パスワード付きの圧縮ファイルは中身を検査できないので、それ自体を受け付けない組織も増えています。",
    en: "Attachments of risky types, such as programs and scripts, are refused or stripped whatever their size. Putting them in a ZIP does not always help, because the names inside an archive can be read without opening it. More and more organisations also refuse password-protected archives, since they cannot be scanned.",
  },
  "item.11.howToCheck": {
    ja: "添付ファイルの拡張子（「.exe」「.js」「.bat」など）と、圧縮ファイルの中身を確認してください。どうしても送る必要があるファイルは、OneDriveやSharePointで共有リンクを送るのが確実です。どの種類が止められるかは、自社と相手のIT担当者が把握しています。",
    en: "Check the file extensions (.exe, .js, .bat…) and what is inside any archive. If the file really has to go, send a OneDrive or SharePoint share link instead. Your IT and the recipient's IT team know which types they block.",
  },
  "item.12.title": {
    ja: "ネットワークの問題",
    en: "Network problem",
  },
  "item.12.explanation": {
    ja: "社内のネットワーク、回線、プロバイダー、あるいはインターネットの途中で障害が起きると、メールに限らず通信全体が滞ります。障害が自分側、相手側、その間のどこにあるかによって、対応する人が変わります。",
    en: "A fault in the office network, the line, the provider or somewhere on the internet slows or stops all traffic, not only mail. Who has to act depends on whether the fault is on your side, on the recipient's side, or in between.",
  },
  "item.12.howToCheck": {
    ja: "Webサイトがいつもどおり開けるか、同僚も同じ状態かを確かめてください。自分だけであれば端末や社内ネットワークの問題として自社のIT担当者に、社内全体であればIT担当者からプロバイダーに問い合わせてもらいます。",
    en: "Check whether websites open as usual and whether colleagues have the same trouble. If it is only you, ask your IT team about your device or the office network; if everyone is affected, your IT team contacts the provider.",
  },
  "item.13.title": {
    ja: "サーバー間のルーティングの問題",
    en: "Routing between servers",
  },
  "item.13.explanation": {
    ja: "メールは送信サーバーから受信サーバーまで、DNSのMXレコードや中継の設定に従っていくつかのサーバーを経由します。中継先の設定が誤っていたり、サーバーの間で行ったり来たりを繰り返したりすると、メールは行き場を失い、遅れるか戻ってきます。",
    en: "On its way from the sending to the receiving server, mail passes through several servers chosen by MX records and relay settings. A wrong relay setting, or a loop between servers, leaves it nowhere to go, so it is delayed or returned.",
  },
  "item.13.howToCheck": {
    ja: "エラーメールに「loop」「hop count」という語や、「5.4.」で始まるコードが出ていないか見てください。どのサーバーまで届いたかはメッセージ追跡で自社のIT担当者に調べてもらい、相手側の受信経路は相手のIT担当者に確認してもらいます。",
    en: 'Look in the bounce for "loop", "hop count" or a 5.4.x code. Ask your IT to find in message trace how far the mail got, and the recipient\'s IT to check their inbound route.',
  },
  "item.14.title": {
    ja: "メールボックスの容量超過",
    en: "Mailbox full",
  },
  "item.14.explanation": {
    ja: "相手のメールボックスが割り当てられた容量を使い切っていると、新しく届いたメールは置き場所がなく、送信者に戻されます。自分のメールボックスがいっぱいの場合は、送信そのものができなくなることがあります。",
    en: "When the recipient's mailbox has reached its quota, new mail is refused and returned to the sender. When your own mailbox is full, you may not be able to send at all.",
  },
  "item.14.howToCheck": {
    ja: "エラーメールに「mailbox full」「quota」や 5.2.2 のコードがないか見てください。相手には不要なメールを削除して空きを作るよう依頼します。自分の使用量は Outlook のメールボックスの設定で確認でき、足りなければ自社のIT担当者に相談します。",
    en: 'Look in the bounce for "mailbox full", "quota" or a 5.2.2 code, and ask the recipient to free some space. Your own usage is shown in Outlook\'s mailbox settings; ask your IT if you need more.',
  },
  "item.15.title": {
    ja: "セキュリティポリシーの強化",
    en: "Security policy tightened",
  },
  "item.15.explanation": {
    ja: "組織がセキュリティの方針を強め、新しいメールゲートウェイを入れたり、機器を入れ替えたり、判定の基準を厳しくしたりすると、以前は届いていたメールが止まることがあります。受信側だけでなく、送信側でも社外への送信が制限されることがあります。",
    en: "When an organisation tightens its security, for example with a new mail gateway, replaced appliances or stricter thresholds, mail that used to pass can be stopped. It happens on the receiving side, and also on the sending side, where mail to outside addresses becomes restricted.",
  },
  "item.15.howToCheck": {
    ja: "相手の組織で最近セキュリティ製品や方針の変更がなかったか、相手のIT担当者に確認してもらいます。社外への送信や特定の添付ファイルが新たに制限されていないかは、自社のIT担当者に確認します。",
    en: "Ask the recipient's IT team whether security products or policies changed recently. Ask your IT team whether sending outside the company, or certain attachments, is now restricted.",
  },
  "item.16.title": {
    ja: "DNSの名前解決エラー",
    en: "DNS resolution failure",
  },
  "item.16.explanation": {
    ja: "メールを届けるには、送信サーバーが相手ドメインのMXレコードをDNSで調べて、渡す先のサーバーを決める必要があります。DNSサーバーに障害がある、相手ドメインのレコードが誤っている、ドメインの期限が切れている、といった場合は、渡す先がわからずメールを送れません。",
    en: "To deliver mail, the sending server looks up the recipient domain's MX records in DNS to learn which server to hand it to. If a DNS server fails, or the domain's records are wrong, or the domain has expired, there is nowhere to deliver to.",
  },
  "item.16.howToCheck": {
    ja: "宛先のドメイン名につづりの誤りがないか確認してください。そのドメインにMXレコードがあるかは自社のIT担当者に調べてもらえます。相手のドメイン自体に問題があれば、相手のIT担当者に伝えます。",
    en: "Check the spelling of the recipient's domain. Your IT can look up whether the domain has MX records; if the domain itself is broken, tell the recipient's IT team.",
  },
  "item.17.title": {
    ja: "受信者のアカウントが無効・削除済み",
    en: "Recipient account disabled or removed",
  },
  "item.17.explanation": {
    ja: "受信者が退職や異動をした、アカウントが停止された、アドレスが変わった、といった場合、そのアドレス宛てのメールは受け取られず、ふつうは送信者にエラーが戻ります。組織によっては、エラーを返さずに捨ててしまうこともあります。",
    en: "If the recipient has left or moved, had the account suspended, or changed address, mail to the old address is refused, usually with a bounce. Some organisations drop such mail without telling the sender.",
  },
  "item.17.howToCheck": {
    ja: "相手本人か相手の会社の別の担当者に、電話などでそのアドレスが今も使われているかを確認してください。新しいアドレスがあれば、アドレス帳を更新します。",
    en: "Ask the recipient or a colleague of theirs, by phone or another channel, whether the address is still in use, and update your contacts with any new one.",
  },
  "item.18.title": {
    ja: "一度に多すぎる送信・宛先",
    en: "Too many messages or recipients at once",
  },
  "item.18.explanation": {
    ja: "一度に多くの宛先へ送ったり、短い時間に大量のメールを送ったりすると、受信側に一斉送信と見なされて拒否されるか、送信側のサーバーの上限に達して送信が一時的に止められます。送り切れなかった分はキューで待たされ、遅れて届くこともあります。",
    en: "Sending to many recipients at once, or many mails in a short time, can make receiving servers treat you as a bulk sender and refuse you, or hit your own server's limits so that sending is paused. Mail that cannot go out waits in a queue and arrives late.",
  },
  "item.18.howToCheck": {
    ja: "宛先の数と、直近に送った通数を確認してください。社外の多数の宛先へは、分けて送るか配信用のサービスを使います。送信が制限されてしまった場合は、自社のIT担当者に解除を依頼します。",
    en: "Check how many recipients the mail has and how much you sent recently. Split large external mailings or use a proper mailing service. If your account has been blocked from sending, ask your IT team to lift it.",
  },
  "item.19.title": {
    ja: "メーリングリストの無効なアドレス",
    en: "Mailing list with bad addresses",
  },
  "item.19.explanation": {
    ja: "配信リストに存在しないアドレスや誤ったアドレスが多く含まれていると、送るたびにエラーが大量に発生し、受信側から質の悪い送信者と見なされるようになります。その状態で送り続けると、リスト全体や送信元のサーバーがブロックされるおそれがあります。",
    en: "A distribution list full of dead or mistyped addresses produces many bounces at every mailing, and receiving servers start to see the sender as careless or abusive. Keep sending like that and the whole list, or the sending server, may be blocked.",
  },
  "item.19.howToCheck": {
    ja: "リストの管理者に、エラーが戻ってくるアドレスを調べて削除してもらいます。社内の配布グループであれば、自社のIT担当者に依頼します。",
    en: "Ask the list owner to remove the addresses that bounce; for an internal distribution group, ask your IT team.",
  },
  "item.20.title": {
    ja: "ヘッダーの不備・偽装",
    en: "Invalid or forged headers",
  },
  "item.20.explanation": {
    ja: "差出人（From）が2つある、Message-ID や日付がない、ヘッダーに使えない文字が入っている、といった形式の誤りがあると、受信側のサーバーは偽装を疑って受け取りを断ることがあります。通常のメールソフトではまず起きませんが、業務システムや複合機、自作のプログラムから送るメールでは起きることがあります。",
    en: "Formal mistakes in the header, such as two From lines, a missing Message-ID or Date, or characters that are not allowed, make receiving servers suspect forgery and refuse the mail. Ordinary mail apps rarely cause this; business systems, copiers and home-made scripts sometimes do.",
  },
  "item.20.howToCheck": {
    ja: "Outlook など通常のメールソフトから同じ宛先に送って届くか試してください。業務システムや機器から送っている場合は、その管理者か自社のIT担当者にヘッダーの内容を確認してもらいます。",
    en: "Try sending to the same recipient from an ordinary mail app such as Outlook. If the mail comes from a business system or a device, ask its administrator or your IT team to check the headers it writes.",
  },
  "item.21.title": {
    ja: "プロバイダー（ISP）の制限",
    en: "Provider (ISP) limits",
  },
  "item.21.explanation": {
    ja: "インターネットプロバイダーやメールサービスの事業者は、1時間や1日あたりの送信数・宛先数や、外部のメールサーバーへの直接の接続（25番ポート）を制限していることがあります。上限を超えると、しばらく送信できなくなるか、メールが保留されます。",
    en: "Internet and mail service providers often cap how many mails or recipients you may send per hour or per day, and may block direct connections to outside mail servers (port 25). Go over the cap and sending is paused or mail is held back.",
  },
  "item.21.howToCheck": {
    ja: "エラーメッセージに送信数の上限についての記述がないか確認してください。契約しているプロバイダーの制限は、自社のIT担当者かプロバイダーのサポート窓口に問い合わせます。",
    en: "Look for any mention of a sending limit in the error. Ask your IT team, or the provider's support desk, what limits your contract has.",
  },
  "item.22.title": {
    ja: "ライセンスの未割り当て（Microsoft 365）",
    en: "Licence missing (Microsoft 365)",
  },
  "item.22.explanation": {
    ja: "Microsoft 365 でメールを使うには、Exchange Online を含むライセンスが利用者に割り当てられている必要があります。ライセンスがない、期限が切れている、割り当ての処理が終わっていない、といった場合は、メールを送ることも受けることもできなくなります。",
    en: "Mail in Microsoft 365 needs a licence that includes Exchange Online, assigned to the user. With no licence, an expired one, or an assignment that has not finished, the mailbox can neither send nor receive.",
  },
  "item.22.howToCheck": {
    ja: "Microsoft 365 の「マイアカウント」で、自分に割り当てられたライセンスを確認できます。ライセンスの割り当てや更新は、自社のIT担当者（Microsoft 365 の管理者）に依頼してください。",
    en: "You can see your licences under My Account in Microsoft 365. Ask your IT team (the Microsoft 365 admin) to assign or renew the licence.",
  },
  "item.23.title": {
    ja: "暗号化（TLS）が必須",
    en: "Encryption (TLS) required",
  },
  "item.23.explanation": {
    ja: "サーバー間の通信を暗号化（STARTTLS など）しないと受け取らない設定の受信サーバーがあります。送信側が暗号化に対応していない場合や、証明書に問題がある場合は、接続の段階で断られてメールが届きません。",
    en: "Some receiving servers accept mail only over an encrypted connection (STARTTLS). If the sending side cannot encrypt, or a certificate is wrong, the connection is refused and the mail does not arrive.",
  },
  "item.23.howToCheck": {
    ja: "エラーメールに「TLS」「STARTTLS」「certificate」などの語がないか見てください。あれば、自社のIT担当者と相手のIT担当者の間で、暗号化と証明書の設定を確認してもらいます。",
    en: 'Look in the bounce for "TLS", "STARTTLS" or "certificate". If they appear, your IT and the recipient\'s IT need to compare their encryption and certificate settings.',
  },
  "item.24.title": {
    ja: "SPF・DKIM・DMARCの認証失敗",
    en: "SPF / DKIM / DMARC failing",
  },
  "item.24.explanation": {
    ja: "SPF・DKIM・DMARC は、メールが名乗っているドメインから本当に送られたものかを受信側が確かめるための仕組みです。送信元ドメインにこれらの設定がない、または実際の送信経路が設定と合っていないと、なりすましと判断されて迷惑メール扱いや受信拒否になります。大手のメールサービスほど、この確認を厳しく行っています。",
    en: "SPF, DKIM and DMARC let a receiving server check that a mail really comes from the domain it claims. If the sender's domain lacks these records, or mail leaves through a path the records do not cover, the mail is taken for a forgery and junked or refused. Large mail services enforce this strictly.",
  },
  "item.24.howToCheck": {
    ja: "相手に届いたメール（またはエラーメール）の「Authentication-Results」ヘッダーで、「spf=」「dkim=」「dmarc=」の結果がすべて「pass」になっているか確認してください。「fail」や「none」があれば、自社のIT担当者にDNSのSPF・DKIM・DMARCの設定を見直してもらいます。",
    en: "In a copy that did arrive (or in the bounce), check that spf, dkim and dmarc in the Authentication-Results header say pass. If one says fail or none, ask your IT team to review the SPF, DKIM and DMARC records in DNS.",
  },
});
