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
import { htmlToText } from "../core/text/html";
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
  // Out-of-office messages and MailTips come as HTML; only their visible text is ever shown.
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

/** Index of the next comma or line break at or after `from` (or the end). */
function fieldEnd(s: string, from: number): number {
  let k = from;
  while (k < s.length) {
    const c = s.charCodeAt(k);
    if (c === 44 || c === 10 || c === 13) break; // , \n \r
    k++;
  }
  return k;
}

/**
 * RFC 4180 CSV (quoted fields may hold commas, doubled quotes and line breaks). Fields are sliced,
 * not built character by character: a large tenant's usage report is megabytes long.
 */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field: string;
    if (s[i] === '"') {
      field = "";
      let j = i + 1;
      for (;;) {
        const q = s.indexOf('"', j);
        if (q < 0) {
          field += s.slice(j);
          i = s.length;
          break;
        }
        field += s.slice(j, q);
        if (s[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const end = fieldEnd(s, i); // anything between the closing quote and the comma is kept
      field += s.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(s, i);
      field = s.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= s.length) break;
    if (s[i] === ",") {
      i++;
      if (i >= s.length) row.push("");
      continue;
    }
    if (s[i] === "\r" && s[i + 1] === "\n") i++;
    i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows.filter((r) => r.length > 1 || (r[0] ?? "") !== "");
}

/**
 * The row of one user in the tenant-wide usage report, without parsing every row: the report of a
 * large tenant is megabytes, and only the lines that mention the address are read.
 */
export function findUsageRow(text: string, userPrincipalName: string): UsageRow | undefined {
  const wanted = userPrincipalName.trim().toLowerCase();
  if (!wanted) return undefined;
  const headerEnd = text.indexOf("\n");
  const header = text.slice(0, headerEnd < 0 ? text.length : headerEnd + 1);
  const lower = text.toLowerCase();
  for (
    let at = lower.indexOf(wanted, header.length);
    at >= 0;
    at = lower.indexOf(wanted, at + wanted.length)
  ) {
    const start = text.lastIndexOf("\n", at) + 1;
    const end = text.indexOf("\n", at);
    const line = text.slice(start, end < 0 ? text.length : end + 1);
    const row = decodeUsageCsv(header + line)[0];
    if (row && row.userPrincipalName.trim().toLowerCase() === wanted) return row;
  }
  return undefined;
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
