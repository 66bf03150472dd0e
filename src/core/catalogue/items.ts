/**
 * The 24 causes of undelivered mail, in the source article's order (ids are the article's
 * numbers and the report contract's item ids). Texts are our own words, in Japanese and English.
 */
import type { CatalogueItem } from "./types";
import type { ItemId } from "../model/finding";

const t = (ja: string, en: string) => ({ ja, en });

export const CATALOGUE: readonly CatalogueItem[] = [
  { id: 1, title: t("送信元がブロックリストに登録されている", "Sender on a blocklist"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt", "recipientIt"], side: "either", detectedBy: ["bounce"] },
  { id: 2, title: t("メールサーバーの障害", "Mail server outage"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt", "recipientIt", "provider"], side: "either", detectedBy: ["bounce", "trace"] },
  { id: 3, title: t("送受信処理中のエラー", "Error while sending or receiving"), explanation: t("", ""), howToCheck: t("", ""), who: ["you", "yourIt", "recipientIt"], side: "either", detectedBy: ["bounce", "trace"] },
  { id: 4, title: t("配信の遅延", "Delivery delayed"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt", "recipientIt"], side: "either", detectedBy: ["bounce", "trace", "headers"] },
  { id: 5, title: t("新しいフィルター・受信ルール", "New filtering or receive rules"), explanation: t("", ""), howToCheck: t("", ""), who: ["recipientIt", "yourIt"], side: "recipient", detectedBy: ["bounce", "trace", "graph"] },
  { id: 6, title: t("送信側のサーバー・ドメイン設定の変更", "Sender's server or domain settings changed"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt"], side: "sender", detectedBy: ["dns", "bounce"] },
  { id: 7, title: t("受信者側のフィルター・迷惑メール振り分け", "Recipient filters the sender, or it lands in junk"), explanation: t("", ""), howToCheck: t("", ""), who: ["recipient", "recipientIt"], side: "recipient", detectedBy: ["graph", "trace", "bounce", "headers"] },
  { id: 8, title: t("宛先アドレスの誤り", "Wrong recipient address"), explanation: t("", ""), howToCheck: t("", ""), who: ["you"], side: "sender", detectedBy: ["local", "dns", "graph", "bounce"] },
  { id: 9, title: t("本文が迷惑メールらしく見える", "Body looks like spam"), explanation: t("", ""), howToCheck: t("", ""), who: ["you"], side: "sender", detectedBy: ["local", "bounce", "headers"] },
  { id: 10, title: t("メールサイズの上限超過", "Message too large"), explanation: t("", ""), howToCheck: t("", ""), who: ["you"], side: "either", detectedBy: ["local", "graph", "bounce"] },
  { id: 11, title: t("添付ファイルの種類がブロックされる", "Attachment type blocked"), explanation: t("", ""), howToCheck: t("", ""), who: ["you"], side: "either", detectedBy: ["local", "bounce"] },
  { id: 12, title: t("ネットワークの問題", "Network problem"), explanation: t("", ""), howToCheck: t("", ""), who: ["you", "yourIt", "provider"], side: "network", detectedBy: ["bounce"] },
  { id: 13, title: t("サーバー間のルーティングの問題", "Routing between servers"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt", "recipientIt"], side: "network", detectedBy: ["bounce", "trace"] },
  { id: 14, title: t("メールボックスの容量超過", "Mailbox full"), explanation: t("", ""), howToCheck: t("", ""), who: ["recipient", "you"], side: "either", detectedBy: ["graph", "bounce"] },
  { id: 15, title: t("セキュリティポリシーの強化", "Security policy tightened"), explanation: t("", ""), howToCheck: t("", ""), who: ["recipientIt", "yourIt"], side: "either", detectedBy: ["local", "bounce"] },
  { id: 16, title: t("DNSの名前解決エラー", "DNS resolution failure"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt", "recipientIt"], side: "either", detectedBy: ["dns", "bounce"] },
  { id: 17, title: t("受信者のアカウントが無効・削除済み", "Recipient account disabled or removed"), explanation: t("", ""), howToCheck: t("", ""), who: ["recipient", "recipientIt"], side: "recipient", detectedBy: ["graph", "bounce"] },
  { id: 18, title: t("一度に多すぎる送信・宛先", "Too many messages or recipients at once"), explanation: t("", ""), howToCheck: t("", ""), who: ["you"], side: "sender", detectedBy: ["local", "graph", "bounce"] },
  { id: 19, title: t("メーリングリストの無効なアドレス", "Mailing list with bad addresses"), explanation: t("", ""), howToCheck: t("", ""), who: ["you", "yourIt"], side: "sender", detectedBy: ["bounce"] },
  { id: 20, title: t("ヘッダーの不備・偽装", "Invalid or forged headers"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt"], side: "sender", detectedBy: ["local", "bounce", "headers"] },
  { id: 21, title: t("プロバイダー(ISP)の制限", "Provider (ISP) limits"), explanation: t("", ""), howToCheck: t("", ""), who: ["provider", "yourIt"], side: "either", detectedBy: ["bounce"] },
  { id: 22, title: t("ライセンスの未割り当て(Microsoft 365)", "Licence missing (Microsoft 365)"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt"], side: "sender", detectedBy: ["graph"] },
  { id: 23, title: t("暗号化(TLS)が必須", "Encryption (TLS) required"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt", "recipientIt"], side: "either", detectedBy: ["dns", "bounce"] },
  { id: 24, title: t("SPF・DKIM・DMARCの認証失敗", "SPF / DKIM / DMARC failing"), explanation: t("", ""), howToCheck: t("", ""), who: ["yourIt"], side: "sender", detectedBy: ["dns", "bounce", "headers"] },
];

const BY_ID = new Map<ItemId, CatalogueItem>(CATALOGUE.map((c) => [c.id, c]));

export function catalogueItem(id: ItemId): CatalogueItem {
  const item = BY_ID.get(id);
  if (!item) throw new Error(`no catalogue item ${id}`);
  return item;
}
