/**
 * Message trace of a sent mail through Graph v1.0 (delegated; needs ExchangeMessageTrace.Read.All
 * with admin consent and an Exchange admin role): find its rows by Message-ID in a date window,
 * then each recipient's events, all details in one $batch.
 */
import type { TraceRecipient, TraceResult } from "../core/model/facts";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { GraphClient } from "./client";
import { SCOPES } from "./config";
import { MESSAGE_TRACES_PATH } from "./permissions";
import { decodeTraceDetails, decodeTraceRows, type WireTraceRow } from "./decode";
import { GraphFailure } from "./failures";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Graph keeps 90 days of trace and answers at most 10 days per query. */
const HISTORY_DAYS = 90;
const MAX_WINDOW_DAYS = 10;
/** Batch limit, and a bound on detail calls (the tenant shares 100 trace calls per 5 minutes). */
const MAX_DETAIL_CALLS = 20;
/**
 * Pages read per query before giving up (each page is one of the tenant's ~100 trace calls per
 * 5 minutes). One Message-ID rarely fills more than a page; the fallback scans a whole window.
 */
const MAX_PAGES = 5;

/** Graph wants whole seconds: 2026-01-20T00:00:00Z. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The receivedDateTime window: from an hour before the sent time (clock skew, queued sends) to two
 * days after it, clipped to "now" and to the 90-day history. Without a date: the last 10 days.
 */
export function traceWindow(
  sentAt: string | undefined,
  now: number
): { from: string; to: string } | "too-old" {
  const earliest = now - HISTORY_DAYS * DAY + MINUTE;
  const sent = sentAt ? Date.parse(sentAt) : Number.NaN;
  if (Number.isNaN(sent))
    return { from: isoSeconds(now - MAX_WINDOW_DAYS * DAY + MINUTE), to: isoSeconds(now) };
  if (sent < earliest) return "too-old";
  const from = Math.max(earliest, Math.min(sent, now) - 60 * MINUTE);
  const to = Math.min(now, Math.max(sent, from) + 2 * DAY);
  return { from: isoSeconds(from), to: isoSeconds(Math.max(to, from + MINUTE)) };
}

/** Message-IDs are matched with their angle brackets, as Graph stores them. */
export function normaliseMessageId(id: string | undefined): string | undefined {
  const trimmed = (id ?? "").trim();
  if (!trimmed) return undefined;
  return trimmed.startsWith("<") ? trimmed : `<${trimmed}>`;
}

const odataString = (s: string) => `'${s.replace(/'/g, "''")}'`;
const TRACES = MESSAGE_TRACES_PATH;

async function findRows(
  client: GraphClient,
  messageId: string,
  window: { from: string; to: string },
  silentOnly: boolean
): Promise<WireTraceRow[]> {
  const dates = `receivedDateTime ge ${window.from} and receivedDateTime le ${window.to}`;
  const call = {
    method: "GET" as const,
    scopes: SCOPES.trace,
    admin: true,
    silentOnly,
    // without this header Graph hides the newer "recalled" status
    headers: { prefer: "include-unknown-enum-members" },
  };
  const readAll = async (
    firstPath: string,
    keep: (r: WireTraceRow) => boolean
  ): Promise<WireTraceRow[]> => {
    const rows: WireTraceRow[] = [];
    let next: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const body = await client.json<unknown>(
        next ? { ...call, path: firstPath, absoluteUrl: next } : { ...call, path: firstPath }
      );
      const decoded = decodeTraceRows(body);
      rows.push(...decoded.rows.filter(keep));
      next = client.nextLinkOnHost(decoded.next);
      if (!next) break;
    }
    return rows;
  };
  try {
    const filter = `messageId eq ${odataString(messageId)} and ${dates}`;
    return await readAll(`${TRACES}?$filter=${encodeURIComponent(filter)}`, () => true);
  } catch (e) {
    // Combining messageId with a date window is not in Microsoft's examples (UNCONFIRMED). If the
    // service rejects it, ask for the window alone (a documented filter) and match the id here.
    if (!(e instanceof GraphFailure) || e.kind !== "bad-request") throw e;
  }
  const wanted = messageId.toLowerCase();
  return readAll(
    `${TRACES}?$filter=${encodeURIComponent(dates)}&$top=5000`,
    (r) => (r.messageId ?? "").toLowerCase() === wanted
  );
}

export async function traceByMessageId(
  client: GraphClient,
  snapshot: MessageSnapshot,
  now: Date,
  options: { silentOnly?: boolean | undefined } = {}
): Promise<TraceResult> {
  const messageId = normaliseMessageId(snapshot.messageId);
  if (!messageId) throw new GraphFailure("no-message-id", "snapshot has no Message-ID");
  const window = traceWindow(snapshot.date, now.getTime());
  if (window === "too-old") throw new GraphFailure("trace-too-old", `sent ${snapshot.date ?? "?"}`);
  const silentOnly = options.silentOnly === true;
  const rows = await findRows(client, messageId, window, silentOnly);

  const unique = new Map<string, WireTraceRow>();
  for (const r of rows) unique.set(`${r.recipientAddress.toLowerCase()}|${r.id}`, r);
  const wanted = [...unique.values()];
  const withDetails = wanted.slice(0, MAX_DETAIL_CALLS);
  const details = withDetails.length
    ? await client.batch(
        withDetails.map((r, i) => ({
          id: String(i + 1),
          method: "GET" as const,
          url: `${TRACES}/${encodeURIComponent(r.id)}/getDetailsByRecipient(recipientAddress=${encodeURIComponent(odataString(r.recipientAddress))})`,
        })),
        SCOPES.trace,
        true,
        silentOnly
      )
    : new Map();

  const recipients: TraceRecipient[] = wanted.map((r, i) => {
    const outcome = details.get(String(i + 1));
    let events: TraceRecipient["events"] = [];
    if (outcome?.ok) {
      try {
        events = decodeTraceDetails(outcome.body);
      } catch {
        events = []; // the row's status still stands without its events
      }
    }
    const recipient: TraceRecipient = {
      address: r.recipientAddress,
      status: r.status.toLowerCase(),
      events,
    };
    if (r.receivedDateTime) recipient.receivedAt = r.receivedDateTime;
    return recipient;
  });
  const first = wanted[0];
  const result: TraceResult = {
    messageId,
    recipients,
    via: "graph",
    queriedAt: now.toISOString(),
    window,
  };
  if (first?.senderAddress) result.sender = first.senderAddress;
  if (first?.subject) result.subject = first.subject;
  return result;
}
