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
import type { Finding } from "../model/finding";
import { formatSize as formatBytesForReader, joinPhrases, say, text } from "../messages";
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

/** A size as the reader reads it ("38.3 MB"); the catalogue's `bytes` kind shows the same. */
export function formatSize(bytes: number): string {
  return formatBytesForReader(bytes, "en");
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

/** The largest attachments, as the user named them: what makes the mail large. */
function largestAttachments(snapshot: MessageSnapshot): string | undefined {
  const files = snapshot.attachments
    .filter((a) => a.kind !== "cloud")
    .map((a) => ({ name: a.name, size: Math.max(0, a.size || a.content?.length || 0) }))
    .filter((a) => a.size > 0)
    .sort((x, y) => y.size - x.size)
    .slice(0, 3);
  return files.length ? files.map((f) => `${f.name} ${formatSize(f.size)}`).join("; ") : undefined;
}

export function checkSize(input: CheckInput): Finding[] {
  const { snapshot, policy, facts } = input;
  const { bytes, measured } = estimateMessageSize(snapshot);
  const size = measured
    ? text("size.measured", { size: bytes })
    : text("size.estimated", { size: bytes });
  // The evidence is the user's own data (the largest files); the size itself is in the message.
  const largest = largestAttachments(snapshot);
  const evidence = largest ?? size.en;
  const out: Finding[] = [];
  const within: Localized[] = [];
  const orgLimit = policy.limits.maxMessageBytes;
  if (bytes > orgLimit) {
    out.push(
      say(
        10,
        "size.over-organisation-limit",
        "problem",
        { size, limit: orgLimit },
        { evidence, who: ["you"] }
      )
    );
  } else {
    within.push(text("size.within.organisation", { limit: orgLimit }));
  }
  const domains = new Set(allRecipients(snapshot).map((r) => domainOf(r.address)));
  for (const limit of PROVIDER_LIMITS) {
    const hit = limit.domains.filter((d) => domains.has(d));
    if (hit.length === 0) continue;
    if (bytes <= limit.bytes) {
      within.push(text("size.within.provider", { domains: hit, limit: limit.bytes }));
      continue;
    }
    out.push(
      limit.basis === "provider"
        ? say(
            10,
            "size.over-provider-limit",
            "warning",
            { size, domains: hit, provider: limit.name, limit: limit.bytes },
            { evidence, who: ["you"] }
          )
        : say(
            10,
            "size.large-for-mobile",
            "warning",
            { size, domains: hit, limit: limit.bytes },
            { evidence, who: ["you"] }
          )
    );
  }
  if (facts.mailTips?.state === "ok") {
    const limits = facts.mailTips.value
      .map((t) => t.maxMessageSize)
      .filter((n): n is number => n !== undefined && n > 0);
    if (limits.length > 0 && bytes <= Math.min(...limits)) {
      within.push(text("size.within.mailtips", { limit: Math.min(...limits) }));
    }
  }
  if (out.length === 0) {
    if (bytes > LARGE_MAIL_BYTES) out.push(say(10, "size.large", "info", { size }, { evidence }));
    out.push(
      say(10, "size.checked", "ok", { size, limits: joinPhrases(within) }, { evidence: largest })
    );
  }
  return out;
}

export const sizeCheck: NamedCheck = { name: "size", items: [10], run: checkSize };
