/**
 * Wire shapes of Graph → our fact shapes. Each decoder accepts `unknown`, keeps what it can use,
 * and throws GraphFailure("malformed-response") only when the answer's skeleton is wrong.
 */
import type {
  LicenceInfo,
  MailTip,
  RecipientScope,
  ServicePlanState,
  TraceEvent,
} from "../core/model/facts";
import { GraphFailure } from "./failures";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === "boolean" ? v : undefined);

export function valueArray(body: unknown, what: string): unknown[] {
  if (!isObj(body) || !Array.isArray(body.value))
    throw new GraphFailure("malformed-response", `${what}: no value array`);
  return body.value;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Tags after which a line break keeps the text readable. */
const BREAKING_TAG = /^<(br\b|\/(p|div|li|tr|h[1-6])\b)/;

/**
 * Out-of-office messages come as HTML. We only ever show text: drop comments and style/script/head
 * blocks, turn block ends into line breaks, remove every tag, decode entities. A hand-written
 * scanner (not a regex over the whole text) keeps it linear on crafted input such as thousands of
 * unclosed "<style" tags; an unterminated tag or block ends the text there.
 */
export function htmlToText(html: string): string {
  const s = html.slice(0, 100_000);
  const lower = s.toLowerCase();
  let out = "";
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, lt);
    if (lower.startsWith("<!--", lt)) {
      const end = lower.indexOf("-->", lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const block = /^<(style|script|head)\b/.exec(lower.slice(lt, lt + 8))?.[1];
    if (block) {
      const close = lower.indexOf(`</${block}`, lt);
      const gt = close < 0 ? -1 : lower.indexOf(">", close);
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }
    const gt = s.indexOf(">", lt);
    if (gt < 0) break;
    if (BREAKING_TAG.test(lower.slice(lt, Math.min(gt + 1, lt + 8)))) out += "\n";
    i = gt + 1;
  }
  return out
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code =
          e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\r\f\v]+/g, " ")
    .replace(/ ?\n[ \n]*/g, "\n")
    .trim();
}

const SCOPES: readonly RecipientScope[] = [
  "none",
  "internal",
  "external",
  "externalPartner",
  "externalNonPartner",
];

export function decodeMailTip(raw: unknown): MailTip | null {
  if (!isObj(raw)) return null;
  const address = isObj(raw.emailAddress) ? str(raw.emailAddress.address) : undefined;
  if (!address) return null;
  const tip: MailTip = { address };
  const full = bool(raw.mailboxFull);
  if (full !== undefined) tip.mailboxFull = full;
  const max = num(raw.maxMessageSize);
  if (max !== undefined) tip.maxMessageSize = max;
  const restricted = bool(raw.deliveryRestricted);
  if (restricted !== undefined) tip.deliveryRestricted = restricted;
  const moderated = bool(raw.isModerated);
  if (moderated !== undefined) tip.isModerated = moderated;
  const scope = str(raw.recipientScope);
  // the scope is a flags enum on the wire ("internal, externalPartner"); we keep the first value we know
  const firstScope = scope
    ?.split(",")
    .map((s) => s.trim())
    .find((s): s is RecipientScope => (SCOPES as readonly string[]).includes(s));
  if (firstScope) tip.recipientScope = firstScope;
  const total = num(raw.totalMemberCount);
  if (total !== undefined) tip.totalMemberCount = total;
  const external = num(raw.externalMemberCount);
  if (external !== undefined) tip.externalMemberCount = external;
  if (isObj(raw.automaticReplies)) {
    const text = htmlToText(str(raw.automaticReplies.message) ?? "");
    if (text) tip.automaticReplyText = text;
  }
  const custom = str(raw.customMailTip);
  if (custom && custom.trim()) tip.customMailTip = htmlToText(custom);
  if (isObj(raw.error)) {
    tip.error = { code: str(raw.error.code) ?? "error", message: str(raw.error.message) ?? "" };
  }
  return tip;
}

export function decodeMailTips(body: unknown): MailTip[] {
  return valueArray(body, "getMailTips")
    .map(decodeMailTip)
    .filter((t): t is MailTip => t !== null);
}

export function decodeLicenceDetails(body: unknown): LicenceInfo {
  const skus: string[] = [];
  const exchangePlans: ServicePlanState[] = [];
  for (const sku of valueArray(body, "licenseDetails")) {
    if (!isObj(sku)) continue;
    const part = str(sku.skuPartNumber);
    if (part) skus.push(part);
    if (!Array.isArray(sku.servicePlans)) continue;
    for (const plan of sku.servicePlans) {
      if (!isObj(plan)) continue;
      const name = str(plan.servicePlanName);
      if (!name || !/^EXCHANGE_/i.test(name)) continue;
      exchangePlans.push({ name, provisioningStatus: str(plan.provisioningStatus) ?? "Unknown" });
    }
  }
  return { skus, exchangePlans };
}

export interface WireTraceRow {
  id: string;
  recipientAddress: string;
  senderAddress?: string | undefined;
  messageId?: string | undefined;
  subject?: string | undefined;
  status: string;
  receivedDateTime?: string | undefined;
}

export function decodeTraceRows(body: unknown): {
  rows: WireTraceRow[];
  next?: string | undefined;
} {
  const rows: WireTraceRow[] = [];
  for (const raw of valueArray(body, "messageTraces")) {
    if (!isObj(raw)) continue;
    const id = str(raw.id);
    const recipientAddress = str(raw.recipientAddress);
    if (!id || !recipientAddress) continue;
    rows.push({
      id,
      recipientAddress,
      senderAddress: str(raw.senderAddress),
      messageId: str(raw.messageId),
      subject: str(raw.subject),
      status: (str(raw.status) ?? "none").toLowerCase(),
      receivedDateTime: str(raw.receivedDateTime),
    });
  }
  const next = isObj(body) ? str(body["@odata.nextLink"]) : undefined;
  return { rows, next };
}

export function decodeTraceDetails(body: unknown): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (const raw of valueArray(body, "getDetailsByRecipient")) {
    if (!isObj(raw)) continue;
    const event: TraceEvent = {
      dateTime: str(raw.dateTime) ?? "",
      event: str(raw.event) ?? "",
      description: str(raw.description) ?? "",
    };
    const action = str(raw.action);
    if (action) event.action = action;
    out.push(event);
  }
  return out.sort((a, b) => a.dateTime.localeCompare(b.dateTime));
}

/** One row of the mailbox usage report (CSV, v1.0). */
export interface UsageRow {
  userPrincipalName: string;
  storageUsedBytes?: number | undefined;
  issueWarningQuotaBytes?: number | undefined;
  prohibitSendQuotaBytes?: number | undefined;
  reportRefreshDate?: string | undefined;
}

/** RFC 4180 CSV, small state machine (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? "") !== "");
}

export function decodeUsageCsv(text: string): UsageRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new GraphFailure("malformed-response", "usage report: empty");
  const col = (name: string) =>
    header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const upn = col("User Principal Name");
  if (upn < 0)
    throw new GraphFailure("malformed-response", "usage report: no User Principal Name column");
  const used = col("Storage Used (Byte)");
  const warn = col("Issue Warning Quota (Byte)");
  const send = col("Prohibit Send Quota (Byte)");
  const refreshed = col("Report Refresh Date");
  const bytes = (r: string[], i: number) => {
    if (i < 0) return undefined;
    const n = Number(r[i]);
    return r[i] !== undefined && r[i] !== "" && Number.isFinite(n) ? n : undefined;
  };
  return rows.map((r) => ({
    userPrincipalName: r[upn] ?? "",
    storageUsedBytes: bytes(r, used),
    issueWarningQuotaBytes: bytes(r, warn),
    prohibitSendQuotaBytes: bytes(r, send),
    reportRefreshDate: refreshed >= 0 ? r[refreshed] : undefined,
  }));
}
