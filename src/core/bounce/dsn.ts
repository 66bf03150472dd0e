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
}

export interface DsnFields {
  reportingMta?: string | undefined;
  recipients: DsnRecipientFields[];
}

/** "rfc822; user@example.jp" → "user@example.jp" (also strips <> and a missing type). */
export function fieldAddress(value: string): string {
  const semi = value.indexOf(";");
  const v = (semi >= 0 ? value.slice(semi + 1) : value).trim();
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(v);
  if (angle) return angle[1] as string;
  return (v.split(/\s+/)[0] ?? "").replace(/^<|>$/g, "");
}

/** "dns; mx.example.jp" → "mx.example.jp". */
function typedValue(value: string): [string, string] {
  const semi = value.indexOf(";");
  if (semi < 0 || semi > 20) return ["", value.trim()];
  return [value.slice(0, semi).trim().toLowerCase(), value.slice(semi + 1).trim()];
}

function hasDetail(r: DsnRecipientFields): boolean {
  return r.action !== undefined || r.status !== undefined || r.diagnostic !== undefined;
}

/** Reads DSN fields from the text of a message/delivery-status part (or any text holding them). */
export function parseDsn(text: string): DsnFields {
  const out: DsnFields = { recipients: [] };
  const fields = parseHeaderLines(text);
  let current: DsnRecipientFields | null = null;
  const start = (): DsnRecipientFields => {
    const r: DsnRecipientFields = {};
    out.recipients.push(r);
    return r;
  };
  for (const f of fields) {
    const name = f.name.toLowerCase();
    const value = f.value;
    switch (name) {
      case "reporting-mta":
        if (out.reportingMta === undefined) out.reportingMta = typedValue(value)[1];
        break;
      case "original-recipient":
        if (
          !current ||
          current.originalRecipient !== undefined ||
          (current.finalRecipient !== undefined && hasDetail(current))
        )
          current = start();
        current.originalRecipient = fieldAddress(value);
        break;
      case "final-recipient":
        if (
          !current ||
          current.finalRecipient !== undefined ||
          (current.originalRecipient !== undefined && hasDetail(current))
        )
          current = start();
        current.finalRecipient = fieldAddress(value);
        break;
      case "action":
        if (current && current.action === undefined) current.action = value.trim().toLowerCase();
        break;
      case "status":
        if (current && current.status === undefined) current.status = value.trim();
        break;
      case "remote-mta":
        if (current && current.remoteMta === undefined) current.remoteMta = typedValue(value)[1];
        break;
      case "diagnostic-code": {
        if (current && current.diagnostic === undefined) {
          const [type, rest] = typedValue(value);
          current.diagnosticType = type;
          current.diagnostic = rest;
        }
        break;
      }
      default:
        break;
    }
  }
  out.recipients = out.recipients.filter((r) => r.finalRecipient || r.originalRecipient);
  return out;
}
