/**
 * Reading the human-readable part of a report: which recipients failed and what the server
 * said about each. MTAs write this in many shapes, but almost all put the failed address at
 * the start of a line (bare, in <>, after a label such as "Recipient:"), followed by the
 * server's words on the same or the following indented lines.
 */

const ADDRESS =
  /<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63}){1,8})>?/;
/**
 * A lead-in that only names the field: "Recipient:", "To:", "宛先:", or says which address the
 * failed one came from: Exim's "(generated from …)", "(Originally addressed to …)", "Local
 * mailbox …" (a parenthesis before the lead-in is dropped first).
 */
const RECIPIENT_LABEL =
  /^(?:(?:final-|original-|intended |failed |invalid |unknown |bad )?recipients?(?:\(s\))?(?: address(?:es)?)?|rcpt to|to|address|(?:local )?mailbox|generated from|(?:was |originally )?addressed to|宛先|あて先|送信先|受信者|(?:宛先|送信先|受信者)?(?:メール)?アドレス)\s*[:：]?$/i;
/**
 * A lead-in that says the delivery failed: "Unknown user:", "Could not be delivered to:",
 * "There was an error delivering your mail to". A lead-in that says neither (e.g. "target mail
 * address:") does not make a line a failed recipient.
 */
const FAILURE_LEAD =
  /(?:\b(?:to|for)\s*[:：]?$)|\b(?:unknown|no such|not (?:found|exist|listed|valid|available|delivered)|exceeds?|full|over quota|invalid|failed|failures?|undeliverable|rejected|denied|disabled|errors?|unable|could ?n[o']t|cannot)\b[^:：]{0,60}[:：]?$|(できません|できませんでした|失敗|エラー|不明|拒否)[^:：]{0,30}[:：]?$|(メッセージ|メール)を\s*$/i;
const HEADER_LEAD =
  /^(from|reply-to|sender|return-path|message-id|in-reply-to|references|cc|bcc|date|subject|sent|envelope-from|x-[a-z-]+|received|delivered-to|x-original-to)\s*:/i;
const SEPARATOR = /^\s*(-{3,}|={3,}|_{3,}|\*{3,}|#{3,})/;
const NOT_RECIPIENT = /^(mailer-daemon|mail-daemon|noreply|no-reply)@/i;

export interface TextRecipient {
  address: string;
  /** The server's words about this recipient (the rest of its line and the lines that follow). */
  block: string;
}

export interface TextScan {
  recipients: TextRecipient[];
  /** Lines anywhere in the report that carry SMTP replies or error sentences. */
  errorLines: string[];
}

const MAX_LINES = 4000;
const FOLLOWS =
  /(message|headers?|text|original)( headers| text)? (follows?|is following)|below this line|copy of the message/i;
const HAS_CODE = /(?:^|[\s:(])[45]\d\d(?:[\s-]|$)|(?<![\d.])[45]\.\d{1,3}\.\d{1,3}/;
const MAX_BLOCK_LINES = 14;

/**
 * A display name at the end of a lead-in: a quoted string, or up to four capitalised (or CJK)
 * words — "Taro Yamada", "山田 太郎" — never a sentence such as "please contact".
 */
const DISPLAY_NAME =
  /(?:^|(?<=[:：]))\s*(?:"[^"]{1,80}"?|[A-Z\p{Lo}][\p{L}.'’-]*,?(?:\s+[A-Z\p{Lo}][\p{L}.'’-]*,?){0,3})$/u;

/** A line that names a recipient: the address comes first, or after a short lead-in. */
function recipientOnLine(
  line: string
): { address: string; rest: string; labelled: boolean } | null {
  // Most lines of a report name no address: they are let go before any pattern runs (the
  // prefixes cut below never hold an "@").
  if (!line.includes("@")) return null;
  const s = line
    .trim()
    .replace(/^(?:>\s?)+/, "")
    .replace(/^(?:[*•·]|-{1,2})\s+/, "");
  if (s.length === 0 || s.length > 600 || !s.includes("@")) return null;
  const m = ADDRESS.exec(s);
  if (!m) return null;
  // "[SMTP:user@example.com]" (Exchange, MailEnable), "(generated from user@example.com)".
  const prefix = s
    .slice(0, m.index)
    .replace(/(mailto:|smtp:|["'([])+$/i, "")
    .replace(/^[([]\s*/, "")
    .trim();
  const rest = s.slice(m.index + m[0].length);
  // The address ends at the end, or at punctuation/space that starts the server's words.
  if (rest.length > 0 && !/^[\s:;,.()[\]>"']/.test(rest)) return null;
  let labelled = false;
  // Sendmail writes "554 <user@example.jp>... 550 Host unknown": the code belongs to the words.
  if (/^(?:<<<\s*)?[245]\d\d(?:[ -]#?[245]\.\d{1,3}\.\d{1,3})?$/.test(prefix)) {
    return {
      address: (m[1] as string).replace(/\.$/, ""),
      rest: `${prefix} ${rest.replace(/^[\s:>.]+/, "")}`,
      labelled: true,
    };
  }
  if (prefix !== "") {
    if (prefix.length > 90 || HEADER_LEAD.test(prefix)) return null;
    if (!RECIPIENT_LABEL.test(prefix) && !FAILURE_LEAD.test(prefix)) {
      // "Taro Yamada <t@example.jp>: 550 …", "Recipient: "Yamada, Taro" <t@example.jp>": a display
      // name before an address in angle brackets, alone or after a label. Such lines count as
      // labelled, so they are used only when no line starts with a bare address.
      if (!m[0].startsWith("<")) return null;
      const lead = prefix.replace(DISPLAY_NAME, "").trim();
      if (lead === prefix.trim()) return null;
      if (lead !== "" && !RECIPIENT_LABEL.test(lead) && !FAILURE_LEAD.test(lead)) return null;
    }
    labelled = true;
  }
  return {
    address: (m[1] as string).replace(/\.$/, ""),
    rest: rest.replace(/^["'\s:>.)]+/, ""),
    labelled,
  };
}

const ERROR_LINE =
  /(?:^|\s|<<<\s*|said:\s*|\()[45]\d\d[\s-]|(?<![\d.])[45]\.\d{1,3}\.\d{1,3}(?![\d.]*\d)|\b(said|reason|error|failed|failure|rejected|refused|denied|unknown|not found|does not exist|full|quota|expired|timed? ?out|too large|blocked|disabled|exceeds?|unavailable|not (recognized|listed|allowed|permitted)|invalid|no such|no (user|mailbox|account)|does ?n[o']t exist|(could not|unable to|cannot) (find|locate|resolve|connect)|unbekannt|existiert nicht|desconocid[oa]|no existe|inesistente|inexistente)\b|n'existe pas|エラー|存在|拒否|容量|見つかり|できません|一杯|いっぱい|満杯|不明|失敗|不存在|无法|無法/i;

const BOILERPLATE =
  /this is (the|a) (mail system|permanent error|delivery status|automatically)|could not be delivered to one or more|i'm sorry to have to inform you|for further assistance|please (send mail to postmaster|include this problem report)|if you do so|delete your own text|mail delivery software|the following address\(es\) failed|i wasn't able to deliver|i've given up|sorry it didn't work out|your message (did not|could not|wasn't|was not) (reach|be delivered)|delivery has failed|failed permanently|was not delivered to|because:|did not reach the following|undeliverable|delivery to the following recipient|could not be delivered|original message|copy of the message|below this line|message headers follow|transcript of session|technical details|diagnostic information for administrators|generating server|remote server returned|original message headers/i;

/** True when a line or block carries a reply code or an error sentence. */
export function saysSomething(text: string): boolean {
  return ERROR_LINE.test(text);
}

export function scanReportText(text: string, exclude: Set<string>): TextScan {
  const lines = text.split(/\r?\n/, MAX_LINES);
  const recipients: TextRecipient[] = [];
  const seen = new Set<string>();
  const errorLines: string[] = [];
  const starts: Array<{ line: number; address: string; rest: string; labelled: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const r = recipientOnLine(line);
    // The report's own addressee and the sender appear in lead-ins ("To: …"), never as failures.
    if (
      r &&
      !NOT_RECIPIENT.test(r.address) &&
      !(r.labelled && exclude.has(r.address.toLowerCase()))
    )
      starts.push({ line: i, ...r });
    if (errorLines.length < 12 && ERROR_LINE.test(line) && !BOILERPLATE.test(line))
      errorLines.push(line.trim().slice(0, 600));
  }
  // Prefer lines that start with the address; labelled lines ("To: …") only when there are none.
  const unlabelled = starts.filter((s) => !s.labelled);
  const chosen = unlabelled.length > 0 ? unlabelled : starts;
  const startLines = new Map(chosen.map((s) => [s.line, s.address.toLowerCase()]));
  for (const s of chosen) {
    const key = s.address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const parts: string[] = s.rest ? [s.rest] : [];
    for (let j = s.line + 1; j < lines.length && j <= s.line + MAX_BLOCK_LINES; j++) {
      const l = lines[j] as string;
      const other = startLines.get(j);
      if ((other !== undefined && other !== key) || SEPARATOR.test(l)) break;
      if (l.trim() === "") {
        // Keep reading past a blank line until the server's reply (a code) has been seen:
        // Gmail and others put "Technical details" and the reply in separate paragraphs.
        if (parts.length === 0 || !HAS_CODE.test(parts.join(" "))) continue;
        break;
      }
      if (!FOLLOWS.test(l)) parts.push(l.trim()); // "Message headers follow." is not the server speaking
    }
    recipients.push({ address: s.address, block: parts.join(" ").slice(0, 2000) });
  }
  return { recipients, errorLines };
}

/** Addresses in a header value ("A <a@x>, b@y"). */
export function addressesIn(value: string | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  const re = new RegExp(ADDRESS.source, "g");
  let m: RegExpExecArray | null;
  const v = value.slice(0, 8000);
  while ((m = re.exec(v)) !== null && out.length < 100) out.push(m[1] as string);
  return out;
}

const HEADER_LIKE = /^[A-Za-z][A-Za-z0-9-]{0,60}:(?:[ \t]|$)/;
const KEY_HEADER =
  /^(received|from|to|subject|date|message-id|return-path|mime-version|dkim-signature|x-google-smtp-source|arc-seal)\s*:/i;

/**
 * Where an inline copy of the original starts in a text report, or -1: a run of at least three
 * header lines (folded lines included) with at least one of the usual mail headers.
 */
export function inlineOriginalStart(text: string): number {
  const limit = Math.min(text.length, 512 * 1024);
  let pos = 0;
  let runStart = -1;
  let runLines = 0;
  let keys = 0;
  while (pos < limit) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 1000));
    if (runStart >= 0 && (line.startsWith(" ") || line.startsWith("\t")) && line.trim() !== "") {
      // a folded continuation of the previous header
    } else if (HEADER_LIKE.test(line)) {
      if (runStart < 0) {
        runStart = pos;
        runLines = 0;
        keys = 0;
      }
      runLines++;
      if (KEY_HEADER.test(line)) keys++;
      if (runLines >= 3 && keys >= 1) return runStart;
    } else {
      runStart = -1;
    }
    pos = nl + 1;
  }
  return -1;
}
