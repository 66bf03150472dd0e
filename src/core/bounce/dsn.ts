/**
 * RFC 3464 delivery status fields: the per-message block and one block per recipient.
 * Real reports are often sloppy (no blank line between blocks, fields in odd order, the fields
 * pasted into a text/plain part), so a new recipient starts wherever a recipient field repeats.
 */
import { parseHeaderLines } from "./mime";

export interface DsnRecipientFields {
  finalRecipient?: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  remoteMta?: string;
  diagnostic?: string;
  diagnosticType?: string;
  /** Will-Retry-Until (RFC 3464 §2.3.9): for a delay, until when the server keeps trying. */
  willRetryUntil?: string;
  /**
   * Exchange's X-Supplementary-Info ("<mx.example.com #5.1.1 smtp;550 5.1.1 …>"): the remote
   * server's reply, where Exchange 2007–2013 wrote no Diagnostic-Code.
   */
  supplementary?: string;
}

export interface DsnFields {
  reportingMta?: string | undefined;
  recipients: DsnRecipientFields[];
}

/** "rfc822; user@example.jp" → "user@example.jp" (also strips <> and a missing type). */
export function fieldAddress(value: string): string {
  const semi = value.indexOf(";");
  const v = (semi >= 0 ? value.slice(semi + 1) : value).trim();
  // Bounded parts keep the unanchored search linear on long runs without ">".
  const angle = /<([^<>\s@]{1,256}@[^<>\s]{1,256})>/.exec(v);
  if (angle) return angle[1] as string;
  return (v.split(/\s+/)[0] ?? "").replace(/^<|>$/g, "");
}

/** "dns; mx.example.jp" → "mx.example.jp". */
function typedValue(value: string): [string, string] {
  const semi = value.indexOf(";");
  if (semi < 0 || semi > 20) return ["", value.trim()];
  return [value.slice(0, semi).trim().toLowerCase(), value.slice(semi + 1).trim()];
}

/** "<mx.example.com #5.1.1 smtp;550 5.1.1 No such user>" → "550 5.1.1 No such user". */
function supplementaryReply(value: string): string {
  const v = value.replace(/\s+/g, " ").trim();
  const m = /^<?\s*\S{1,255} #\d\.\d{1,3}\.\d{1,3}(?: [^;]{0,40})? smtp;\s?(.*?)>?$/i.exec(v);
  return (m?.[1] ?? v.replace(/^<|>$/g, "")).trim();
}

function hasDetail(r: DsnRecipientFields): boolean {
  return r.action !== undefined || r.status !== undefined || r.diagnostic !== undefined;
}

/**
 * A DSN field written as if it continued the line before: Gmail's delay reports fold
 * " Last-Attempt-Date: …" under a multi-line Diagnostic-Code, which would append the date to the
 * server's words and lose the field. Only the RFC 3464 names with a hyphen are taken, so a
 * reply's own continuation ("Status: rejected") stays text.
 */
const FOLDED_DSN_FIELD =
  /^[ \t]+((?:last-attempt-date|will-retry-until|final-log-id|remote-mta|final-recipient|original-recipient|diagnostic-code|reporting-mta|received-from-mta|arrival-date|x-supplementary-info)[ \t]*:)/gim;

/**
 * Reads DSN fields from the text of a message/delivery-status part (or any text holding them).
 * Blocks are separated by blank lines; fields may come in any order inside a block. A block that
 * names several recipients without blank lines between them is split where a recipient field
 * repeats.
 */
export function parseDsn(text: string): DsnFields {
  const out: DsnFields = { recipients: [] };
  const blocks = text.replace(FOLDED_DSN_FIELD, "$1").split(/\r?\n[ \t]*\r?\n/, 2000);
  for (const block of blocks) {
    const fields = parseHeaderLines(block, { unindentedContinuation: true });
    const names = fields.map((f) => f.name.toLowerCase());
    const finals = names.filter((n) => n === "final-recipient").length;
    const originals = names.filter((n) => n === "original-recipient").length;
    if (finals <= 1 && originals <= 1) {
      const r: DsnRecipientFields = {};
      for (const f of fields) apply(out, r, f.name.toLowerCase(), f.value);
      if (r.finalRecipient || r.originalRecipient) out.recipients.push(r);
      continue;
    }
    let current: DsnRecipientFields | null = null;
    for (const f of fields) {
      const name = f.name.toLowerCase();
      const repeats =
        (name === "final-recipient" &&
          (!current ||
            current.finalRecipient !== undefined ||
            (current.originalRecipient !== undefined && hasDetail(current)))) ||
        (name === "original-recipient" &&
          (!current ||
            current.originalRecipient !== undefined ||
            (current.finalRecipient !== undefined && hasDetail(current))));
      if (repeats) {
        current = {};
        out.recipients.push(current);
      }
      apply(out, current ?? {}, name, f.value);
    }
  }
  out.recipients = out.recipients.filter((r) => r.finalRecipient || r.originalRecipient);
  return out;
}

function apply(out: DsnFields, r: DsnRecipientFields, name: string, value: string): void {
  switch (name) {
    case "reporting-mta":
      if (out.reportingMta === undefined) out.reportingMta = typedValue(value)[1];
      break;
    case "original-recipient":
      if (r.originalRecipient === undefined) r.originalRecipient = fieldAddress(value);
      break;
    case "final-recipient":
      if (r.finalRecipient === undefined) r.finalRecipient = fieldAddress(value);
      break;
    case "action":
      if (r.action === undefined) r.action = value.trim().toLowerCase();
      break;
    case "status":
      if (r.status === undefined) r.status = value.trim();
      break;
    case "remote-mta":
      if (r.remoteMta === undefined) r.remoteMta = typedValue(value)[1];
      break;
    case "x-supplementary-info":
      if (r.supplementary === undefined) r.supplementary = supplementaryReply(value);
      break;
    case "will-retry-until":
      if (r.willRetryUntil === undefined) r.willRetryUntil = value.trim();
      break;
    case "diagnostic-code":
      if (r.diagnostic === undefined) {
        const [type, rest] = typedValue(value);
        r.diagnosticType = type;
        r.diagnostic = rest;
      }
      break;
    default:
      break;
  }
}
