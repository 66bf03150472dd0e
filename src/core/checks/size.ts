/**
 * Item 10: is the message too large for the sender's organisation or for the recipients'
 * providers? The size on the wire is measured when the raw message is known (an .eml file) and
 * estimated otherwise: MIME Base64 writes 4 bytes for 3 and breaks lines every 76 characters,
 * about ×1.37, plus part and message headers.
 *
 * The recipient's own MailTips limit (Microsoft 365) is compared by the Graph facts check
 * (graph-facts.ts, rule mailtips.over-recipient-max-size); here it only joins the "within
 * limits" summary, so the same limit is not reported twice.
 */
import { finding, type Finding } from "../model/finding";
import type { Localized } from "../model/i18n";
import { allRecipients, type MessageSnapshot } from "../model/snapshot";
import type { CheckInput, NamedCheck } from "./types";

const MIB = 1024 * 1024;
/** 4/3 for Base64, times 78/76 for the CRLF after every 76 characters. */
export const BASE64_FACTOR = (4 / 3) * (78 / 76);
/** Quoted-printable or 7bit text with line breaks: a few percent. */
const ASCII_TEXT_FACTOR = 1.03;
/** Message headers (From, To, Date, Message-ID, MIME, the routing headers added on the way). */
const MESSAGE_HEADER_BYTES = 2000;
const PER_RECIPIENT_BYTES = 60;
/** Content-Type, Content-Disposition with the file name, Content-Transfer-Encoding, boundary. */
const PART_HEADER_BYTES = 250;
/** Above this, Japanese business practice is to ask the recipient first (secondary sources). */
const LARGE_MAIL_BYTES = 10 * MIB;

export interface SizeEstimate {
  bytes: number;
  /** True when the raw message's length was known, false when estimated. */
  measured: boolean;
}

// Outlook's JavaScript-only runtime (the send check) may lack TextEncoder, or have one without
// encodeInto (a stand-in): count by hand there. Feature-detected, never assumed.
const encoder =
  typeof TextEncoder === "function" && typeof TextEncoder.prototype.encodeInto === "function"
    ? new TextEncoder()
    : undefined;
const CHUNK_CHARS = 64 * 1024;
/** Room for any chunk: at most 3 UTF-8 bytes per UTF-16 code unit. */
const scratch = new Uint8Array(CHUNK_CHARS * 3);

/**
 * UTF-8 length of a text, encoded chunk by chunk into one reused buffer: the native encoder is
 * faster than a JavaScript loop, and a 2 MB body is not copied just to be measured.
 */
export function utf8Length(text: string): number {
  if (!encoder) return utf8LengthByHand(text);
  let n = 0;
  for (let i = 0; i < text.length; i += CHUNK_CHARS) {
    let end = Math.min(text.length, i + CHUNK_CHARS);
    // Do not split a surrogate pair between chunks.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    n += encoder.encodeInto(text.slice(i, end), scratch).written;
    if (end !== Math.min(text.length, i + CHUNK_CHARS)) i++;
  }
  return n;
}

function utf8LengthByHand(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      n += 1;
      continue;
    }
    // 3 bytes per code unit; a surrogate pair is 4 bytes for two units; a lone one is U+FFFD
    n += 2;
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return n;
}

function textBytes(text: string | undefined): number {
  if (!text) return 0;
  const n = utf8Length(text);
  // Non-ASCII text is sent as Base64 (or quoted-printable, which is larger still for Japanese).
  return Math.round(n * (n === text.length ? ASCII_TEXT_FACTOR : BASE64_FACTOR));
}

/** The message's size on the wire: measured from the raw message, or estimated. */
export function estimateMessageSize(snapshot: MessageSnapshot): SizeEstimate {
  if (snapshot.sizeBytes !== undefined && snapshot.sizeBytes > 0) {
    return { bytes: snapshot.sizeBytes, measured: true };
  }
  let bytes = MESSAGE_HEADER_BYTES + PER_RECIPIENT_BYTES * allRecipients(snapshot).length;
  bytes += textBytes(snapshot.subject);
  bytes += textBytes(snapshot.bodyText) + textBytes(snapshot.bodyHtml);
  for (const a of snapshot.attachments) {
    if (a.kind === "cloud") continue; // a link: nothing travels
    const size = Math.max(0, a.size || a.content?.length || 0);
    bytes += Math.ceil(size * BASE64_FACTOR) + PART_HEADER_BYTES + a.name.length * 2;
  }
  return { bytes, measured: false };
}

export function formatSize(bytes: number): string {
  const mb = bytes / MIB;
  if (mb >= 10) return `${mb.toFixed(0)} MB`;
  if (mb >= 0.1) return `${mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

interface ProviderLimit {
  domains: readonly string[];
  name: string;
  bytes: number;
  /** How firm the number is: the words differ for a vendor's limit and a rule of thumb. */
  basis: "provider" | "guideline";
}

/**
 * Well-known limits of recipients' providers. The numbers come from third-party summaries
 * (the vendors' own pages were not available), so going over is a warning, not a problem.
 * Outlook.com is given as 20 or 25 MB by different summaries; the lower one is used. The
 * carriers' 2 MB is a rule of thumb for mail read on phones, not a published limit.
 */
export const PROVIDER_LIMITS: readonly ProviderLimit[] = [
  { domains: ["gmail.com", "googlemail.com"], name: "Gmail", bytes: 25 * MIB, basis: "provider" },
  { domains: ["yahoo.com"], name: "Yahoo Mail", bytes: 25 * MIB, basis: "provider" },
  {
    domains: ["icloud.com", "me.com", "mac.com"],
    name: "iCloud Mail",
    bytes: 20 * MIB,
    basis: "provider",
  },
  {
    domains: [
      "outlook.com",
      "hotmail.com",
      "live.com",
      "msn.com",
      "outlook.jp",
      "hotmail.co.jp",
      "live.jp",
    ],
    name: "Outlook.com",
    bytes: 20 * MIB,
    basis: "provider",
  },
  {
    domains: ["docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp"],
    name: "携帯キャリアメール / mobile carrier mail",
    bytes: 2 * MIB,
    basis: "guideline",
  },
];

function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at >= 0
    ? address
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : "";
}

const SHARE_LINK_FIX: Localized = {
  ja: "大きなファイルは OneDrive や SharePoint に置いて共有リンクを送るか、何通かに分けて送ってください。",
  en: "Put large files on OneDrive or SharePoint and send a share link, or split them over several mails.",
};

export function checkSize(input: CheckInput): Finding[] {
  const { snapshot, policy, facts } = input;
  const { bytes, measured } = estimateMessageSize(snapshot);
  const size = formatSize(bytes);
  const how: Localized = measured
    ? { ja: `メールの実際のサイズは ${size}`, en: `The mail is ${size}` }
    : { ja: `送信時のサイズは推定 ${size}`, en: `The mail will be about ${size} when sent` };
  const evidence = `${bytes} bytes (${measured ? "measured" : "estimated: attachments ×1.37 + body + headers"})`;
  const out: Finding[] = [];
  const within: { ja: string[]; en: string[] } = { ja: [], en: [] };

  const orgLimit = policy.limits.maxMessageBytes;
  if (bytes > orgLimit) {
    out.push(
      finding(
        10,
        "size.over-organisation-limit",
        "problem",
        {
          ja: `${how.ja}で、組織の送信上限 ${formatSize(orgLimit)} を超えています。このままでは送信できないか、エラーで戻ってきます。添付ファイルはメール用に変換されると約1.37倍になります。`,
          en: `${how.en}, over your organisation's sending limit of ${formatSize(orgLimit)}. It will not be sent, or it will bounce. Attachments grow about 1.37 times when encoded for mail.`,
        },
        { evidence: `${evidence} > ${orgLimit}`, fix: SHARE_LINK_FIX, who: ["you"] }
      )
    );
  } else {
    within.ja.push(`組織の上限 ${formatSize(orgLimit)}`);
    within.en.push(`your organisation's ${formatSize(orgLimit)}`);
  }

  const domains = new Set(allRecipients(snapshot).map((r) => domainOf(r.address)));
  for (const limit of PROVIDER_LIMITS) {
    const hit = limit.domains.filter((d) => domains.has(d));
    if (hit.length === 0) continue;
    if (bytes <= limit.bytes) {
      within.ja.push(`${hit.join("/")} の ${formatSize(limit.bytes)}`);
      within.en.push(`${hit.join("/")} ${formatSize(limit.bytes)}`);
      continue;
    }
    out.push(
      finding(
        10,
        limit.basis === "provider" ? "size.over-provider-limit" : "size.large-for-mobile",
        "warning",
        limit.basis === "provider"
          ? {
              ja: `${how.ja}です。宛先の ${hit.join("、")}(${limit.name})は、1通あたり約 ${formatSize(limit.bytes)} までとされており、受け取れない可能性があります。`,
              en: `${how.en}. Recipients at ${hit.join(", ")} (${limit.name}) are generally limited to about ${formatSize(limit.bytes)} per message, so it may not be accepted.`,
            }
          : {
              ja: `${how.ja}です。宛先に携帯キャリアのメール(${hit.join("、")})があります。携帯で読まれるメールは ${formatSize(limit.bytes)} 程度までに抑えるのが無難です。`,
              en: `${how.en}. Some recipients use mobile carrier mail (${hit.join(", ")}); mail read on phones is best kept under about ${formatSize(limit.bytes)}.`,
            },
        {
          evidence: `${evidence} > ${limit.bytes} (${hit.join(", ")})`,
          fix: SHARE_LINK_FIX,
          who: ["you"],
        }
      )
    );
  }

  if (facts.mailTips?.state === "ok") {
    const limits = facts.mailTips.value
      .map((t) => t.maxMessageSize)
      .filter((n): n is number => n !== undefined && n > 0);
    if (limits.length > 0 && bytes <= Math.min(...limits)) {
      within.ja.push(`メールヒントによる宛先の上限 ${formatSize(Math.min(...limits))}`);
      within.en.push(`the recipients' MailTips limit ${formatSize(Math.min(...limits))}`);
    }
  }

  if (out.length === 0) {
    if (bytes > LARGE_MAIL_BYTES) {
      out.push(
        finding(
          10,
          "size.large",
          "info",
          {
            ja: `${how.ja}です。上限内ですが、10 MB を超えるメールは相手の環境によっては受け取れないことがあるため、事前に相手に確認すると安心です。`,
            en: `${how.en}. That is within the limits, but mail over 10 MB is refused by some recipients' systems; check with the recipient first.`,
          },
          { evidence, fix: SHARE_LINK_FIX }
        )
      );
    }
    out.push(
      finding(
        10,
        "size.checked",
        "ok",
        {
          ja: `${how.ja}で、確認した上限(${within.ja.join("、")})の範囲内です。`,
          en: `${how.en}, within the limits checked (${within.en.join(", ")}).`,
        },
        { evidence }
      )
    );
  }
  return out;
}

export const sizeCheck: NamedCheck = { name: "size", items: [10], run: checkSize };
