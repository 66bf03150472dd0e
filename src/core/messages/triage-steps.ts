/** The first-level triage of a mail that vanished without an error: each question, why it is asked, how to try it. */
import { defineMessages } from "./types";

export const TRIAGE_STEP_MESSAGES = defineMessages({
  "triage.step.web.question": {
    ja: "Webサイトは普通に見られますか？",
    en: "Can you browse the web normally?",
  },
  "triage.step.web.why": {
    ja: "Webサイトが開ければ、回線やインターネットへの接続は動いていると考えられるため、ネットワークの問題はほぼ除外できます。開けない場合は、メールを疑う前に、まず接続の復旧が先です。",
    en: "If websites open, your line and internet connection work, which mostly rules out a network problem. If they do not, get the connection fixed first: mail cannot be judged until then.",
  },
  "triage.step.web.how": {
    ja: "よく使う社外のWebサイトをいくつか開き、いつもどおり表示されるか確かめてください。",
    en: "Open a few outside websites you often use and see whether they load as usual.",
  },
  "triage.step.sameDomainOtherAccount.question": {
    ja: "同じドメインの別アカウントから送ると届きますか？",
    en: "Does a mail from another account of your domain arrive?",
  },
  "triage.step.sameDomainOtherAccount.why": {
    ja: "同僚の別のPC・別のアカウントから送って届くなら、会社のメールサーバーやドメインは正常で、あなたのPCやメールソフト、またはあなたのアドレスだけが止められていると絞り込めます。同僚から送っても届かないなら、ドメイン全体に関わる問題（自社のサーバーやDNS、相手によるドメイン単位の拒否）です。",
    en: "If a colleague's account on another PC gets through, your company's mail server and domain are fine, and the cause is your PC, your mail app, or your own address being blocked. If the colleague's mail fails too, the cause affects the whole domain: your server, your DNS, or the recipient blocking your domain.",
  },
  "triage.step.sameDomainOtherAccount.how": {
    ja: "同じ会社の同僚に頼んで、同僚のPCから同じ相手へ短いテストメールを送ってもらい、届いたかを相手に確認します。",
    en: "Ask a colleague to send a short test mail to the same recipient from their own PC, then ask the recipient whether it arrived.",
  },
  "triage.step.otherDomain.question": {
    ja: "まったく別のドメインの宛先には届きますか？",
    en: "Does a mail to an unrelated domain arrive?",
  },
  "triage.step.otherDomain.why": {
    ja: "関係のない別のドメイン（個人のアドレスなど）には届くなら、送信側はおおむね正常で、相手のドメインの側で止められている可能性が高くなります。どこにも届かないなら、送信側に原因があります。",
    en: "If mail reaches an unrelated domain (a personal address, for example), your sending side mostly works and the recipient's domain is the likely place where it stops. If it reaches no one, the cause is on your side.",
  },
  "triage.step.otherDomain.how": {
    ja: "個人で使っている別のサービスのアドレスなど、取引先とは関係のない宛先にテストメールを送ってみてください。",
    en: "Send a test mail to an address at an unrelated service, such as a personal address of your own.",
  },
  "triage.step.noAttachments.question": {
    ja: "添付ファイルをやめ、共有リンクで送ると届きますか？",
    en: "Does it arrive without attachments (a share link instead)?",
  },
  "triage.step.noAttachments.why": {
    ja: "添付をやめて届くなら、サイズの上限か添付ファイルの種類が原因です。それでも届かないなら、添付以外の原因を探します。",
    en: "If it arrives without the attachment, the size limit or the file type was the cause. If it still fails, the cause lies elsewhere.",
  },
  "triage.step.noAttachments.how": {
    ja: "ファイルをOneDriveやSharePointに置いて共有リンクを本文に貼り、添付なしで送り直してください。",
    en: "Put the files on OneDrive or SharePoint, paste a share link into the body, and resend with no attachment.",
  },
  "triage.step.noHistory.question": {
    ja: "履歴を消し、リンクと英語を減らすと届きますか？",
    en: "Does it arrive without history, with fewer links and less English?",
  },
  "triage.step.noHistory.why": {
    ja: "返信履歴を消し、リンクや英語を減らした短い本文で届くなら、本文が迷惑メールと判定されていたと考えられます。届かないなら、本文以外（差出人の評価、認証、相手の設定）を疑います。",
    en: "If the short version without history, with fewer links and less English arrives, the body was being judged as spam. If not, suspect something other than the body: the sender's reputation, authentication, or the recipient's settings.",
  },
  "triage.step.noHistory.how": {
    ja: "新しいメールを作り、返信の履歴を含めず、必要なリンクだけを残して日本語の短い本文で送ってください。",
    en: "Write a new mail with no quoted history, only the links that are needed, and a short body in Japanese.",
  },
  "triage.step.longerSubject.question": {
    ja: "英語を避けた長めの件名にすると届きますか？",
    en: "Does it arrive with a longer, non-English subject?",
  },
  "triage.step.longerSubject.why": {
    ja: "件名を変えて届くなら、短い英語の件名が迷惑メールの判定に影響していたと考えられます。ここまで試しても届かない場合は、相手の迷惑メール設定、メールボックスの容量、セキュリティ方針の強化などが残るため、双方のIT担当者に相談する段階です。",
    en: "If a different subject gets through, the short English subject was weighing on the spam verdict. If nothing so far has helped, what remains is the recipient's spam settings, a full mailbox or a tightened security policy: time to ask IT on both sides.",
  },
  "triage.step.longerSubject.how": {
    ja: "件名を、内容がわかる日本語の少し長めの文にして送り直してください（例：「4月分のお見積書送付のご連絡」）。",
    en: "Resend with a somewhat longer, descriptive subject in Japanese rather than a short English one.",
  },
});
