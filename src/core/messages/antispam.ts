/**
 * Plain meanings of the spam-filter stamps in received mail (Exchange Online's SCL, BCL, SFV, CAT,
 * IPV, SFTY and the SpamAssassin headers), shown beside the raw value in the pane's header table.
 * The codes are Microsoft's; the words are ours.
 */
import { defineMessages } from "./types";

export const ANTISPAM_MESSAGES = defineMessages({
  // Spam confidence level (SCL)
  "antispam.scl.skipped": {
    ja: "迷惑メールの判定は省略されました（信頼済みの差出人、組織内のメール、許可ルールなど）。",
    en: "Spam filtering was skipped (a safe sender, internal mail, or an allow rule).",
  },
  "antispam.scl.clean": {
    ja: "迷惑メールではないと判定され、受信トレイに配信される値です。",
    en: "Judged not spam; this level is delivered to the inbox.",
  },
  "antispam.scl.spam": {
    ja: "迷惑メールと判定され、既定では迷惑メールフォルダーに入る値です。",
    en: "Judged spam; by default this level goes to the Junk Email folder.",
  },
  "antispam.scl.high": {
    ja: "確度の高い迷惑メールと判定され、既定では隔離される値です。",
    en: "Judged high-confidence spam; by default this level is quarantined.",
  },

  // Bulk complaint level (BCL)
  "antispam.bcl.none": { ja: "一斉配信の送信元ではありません。", en: "Not from a bulk sender." },
  "antispam.bcl.low": {
    ja: "一斉配信の送信元ですが、苦情はほとんどありません。",
    en: "From a bulk sender that draws few complaints.",
  },
  "antispam.bcl.some": {
    ja: "苦情がある程度寄せられている一斉配信の送信元です。",
    en: "From a bulk sender that draws some complaints.",
  },
  "antispam.bcl.high": {
    params: { threshold: "count" },
    ja: "苦情の多い一斉配信の送信元です。既定のしきい値（{threshold}）以上のため、迷惑メールとして扱われます。",
    en: "From a bulk sender that draws many complaints; at or above the default threshold ({threshold}) it is treated as spam.",
  },

  // Spam filtering verdict (SFV)
  "antispam.sfv.blk": {
    ja: "受信者の受信拒否リストにある差出人のため、迷惑メールとして扱われました。",
    en: "The sender is on the recipient's blocked senders list, so it was treated as spam.",
  },
  "antispam.sfv.nspm": { ja: "迷惑メールではないと判定されました。", en: "Judged not spam." },
  "antispam.sfv.sfe": {
    ja: "受信者の信頼できる差出人リストにあるため、判定が省略されました。",
    en: "The sender is on the recipient's safe senders list; filtering was skipped.",
  },
  "antispam.sfv.ska": {
    ja: "迷惑メール対策ポリシーの許可リストにより、判定が省略されました。",
    en: "Allowed by the anti-spam policy's allow list; filtering was skipped.",
  },
  "antispam.sfv.skb": {
    ja: "迷惑メール対策ポリシーの拒否リスト（差出人またはドメイン）に一致したため、迷惑メールとされました。",
    en: "Matched the anti-spam policy's block list (sender or domain) and was marked as spam.",
  },
  "antispam.sfv.ski": {
    ja: "同じ組織内のメールのため、判定が省略されました。",
    en: "Mail inside the same organisation; filtering was skipped.",
  },
  "antispam.sfv.skn": {
    ja: "メールフロールールなどにより、判定の前に迷惑メールではないと指定されました。",
    en: "Marked as not spam before filtering, for example by a mail flow rule.",
  },
  "antispam.sfv.skq": { ja: "隔離から解放されたメールです。", en: "Released from quarantine." },
  "antispam.sfv.sks": {
    ja: "メールフロールールなどにより、判定の前に迷惑メールと指定されました。",
    en: "Marked as spam before filtering, for example by a mail flow rule.",
  },
  "antispam.sfv.spm": {
    ja: "迷惑メールフィルターにより迷惑メールと判定されました。",
    en: "Judged spam by the spam filter.",
  },

  // Protection category (CAT): short names, shown as a value
  "antispam.cat.none": { ja: "特に分類されていません。", en: "No category." },
  "antispam.cat.bulk": { ja: "一斉配信メール", en: "Bulk mail" },
  "antispam.cat.spam": { ja: "迷惑メール", en: "Spam" },
  "antispam.cat.high-spam": { ja: "確度の高い迷惑メール", en: "High-confidence spam" },
  "antispam.cat.phish": { ja: "フィッシング", en: "Phishing" },
  "antispam.cat.high-phish": { ja: "確度の高いフィッシング", en: "High-confidence phishing" },
  "antispam.cat.spoof": { ja: "差出人のなりすまし", en: "Spoofed sender" },
  "antispam.cat.domain-impersonation": { ja: "ドメインのなりすまし", en: "Domain impersonation" },
  "antispam.cat.user-impersonation": { ja: "ユーザーのなりすまし", en: "User impersonation" },
  "antispam.cat.mailbox-intelligence": {
    ja: "メールボックスの学習によるなりすましの検出",
    en: "Impersonation found by mailbox intelligence",
  },
  "antispam.cat.brand-impersonation": { ja: "ブランドのなりすまし", en: "Brand impersonation" },
  "antispam.cat.malware": { ja: "マルウェア", en: "Malware" },
  "antispam.cat.anti-malware": { ja: "マルウェア対策による検出", en: "Caught by anti-malware" },
  "antispam.cat.safe-attachments": {
    ja: "安全な添付ファイル機能による検出",
    en: "Caught by Safe Attachments",
  },
  "antispam.cat.file-type": {
    ja: "添付ファイルの種類による拒否（ファイルの種類のフィルター）",
    en: "Blocked by the file type filter",
  },
  "antispam.cat.intra-org-phish": {
    ja: "組織内のフィッシング",
    en: "Intra-organisation phishing",
  },
  "antispam.cat.outbound-spam": {
    ja: "送信メールの迷惑メール判定",
    en: "Outbound spam",
  },

  // IP filtering verdict (IPV)
  "antispam.ipv.cal": {
    ja: "接続元の IP アドレスが接続フィルターの許可リストにあるため、判定が省略されました。",
    en: "The connecting IP is on the connection filter's allow list; filtering was skipped.",
  },
  "antispam.ipv.nli": {
    ja: "接続元の IP アドレスは、どの評価リストにも載っていません。",
    en: "The connecting IP is not on any reputation list.",
  },

  // Safety tips (SFTY)
  "antispam.sfty.domain-impersonation": {
    ja: "ドメインのなりすましの疑いがあります（安全のヒントが表示されます）。",
    en: "Possible domain impersonation (a safety tip is shown).",
  },
  "antispam.sfty.user-impersonation": {
    ja: "ユーザーのなりすましの疑いがあります（安全のヒントが表示されます）。",
    en: "Possible user impersonation (a safety tip is shown).",
  },
  "antispam.sfty.first-contact": {
    ja: "初めてやり取りする差出人です（初回連絡の安全のヒント）。",
    en: "A first-contact sender (first contact safety tip).",
  },

  // What the other fields of X-Forefront-Antispam-Report hold
  "antispam.field.cip": { ja: "接続元の IP アドレス", en: "Connecting IP address" },
  "antispam.field.ctry": { ja: "接続元の国・地域", en: "Country of the connecting IP" },
  "antispam.field.lang": { ja: "本文の言語", en: "Language of the message" },
  "antispam.field.h": {
    ja: "接続元が名乗ったホスト名（「HELO」）",
    en: "Host name given in HELO",
  },
  "antispam.field.ptr": {
    ja: "接続元 IP アドレスの逆引き名",
    en: "Reverse DNS name of the connecting IP",
  },
  "antispam.field.dir": {
    ja: "方向（「INB」は受信、「OUT」は送信、「INT」は組織内）",
    en: "Direction (INB inbound, OUT outbound, INT internal)",
  },
  "antispam.field.sfs": {
    ja: "一致したフィルターのルール番号（Microsoft の内部用）",
    en: "Filter rules that matched (Microsoft internal)",
  },
  "antispam.field.srv-bulk": {
    ja: "「BULK」は、一斉配信メールと判定されたことを示します。",
    en: "BULK means it was recognised as bulk mail.",
  },
  "antispam.field.arc": {
    ja: "ARC（転送経路での認証）の情報",
    en: "ARC (forwarding authentication) data",
  },
  "antispam.pcl": {
    ja: "フィッシングの可能性の高さ（0〜8）",
    en: "Phishing confidence level (0–8)",
  },

  // X-Microsoft-Antispam-Mailbox-Delivery
  "antispam.dest.junk": {
    ja: "迷惑メールフォルダーに配信されました。",
    en: "Delivered to the Junk Email folder.",
  },
  "antispam.dest.inbox": { ja: "受信トレイに配信されました。", en: "Delivered to the Inbox." },

  // SpamAssassin (X-Spam-Flag, X-Spam-Status)
  "antispam.flag.spam": {
    ja: "受信側のフィルターが迷惑メールと判定しました。",
    en: "The receiving filter marked it as spam.",
  },
  "antispam.flag.clean": { ja: "迷惑メールとは判定されていません。", en: "Not marked as spam." },
  "antispam.score.over": {
    params: { score: "code", required: "code" },
    ja: "迷惑メールの点数 {score} が基準の {required} を超えました。",
    en: "The spam score {score} went over the limit {required}.",
  },
  "antispam.score.under": {
    params: { score: "code", required: "code" },
    ja: "迷惑メールの点数 {score} は基準の {required} 未満です。",
    en: "The spam score {score} is under the limit {required}.",
  },
});
