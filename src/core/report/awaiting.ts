/**
 * Which checklist items are still waiting for a slower source (Graph, DNS, the message trace,
 * attachment bytes, a bounce's returned original). While one is pending, an item's "ok" is only
 * the local half of the answer; the pane marks those items as still being checked rather than
 * letting an early "OK" turn into a problem a moment later.
 *
 * The lists mirror the `items` of the checks each source feeds (a unit test holds them equal);
 * they are written out here so the pane's first bundle need not load the checks to know them.
 */
import type { ItemId } from "../model/finding";
import type { SourceId, SourceState } from "../model/report";

export const SOURCE_ITEMS: Readonly<Record<SourceId, readonly ItemId[]>> = {
  local: [],
  // Attachment bytes: archive contents and the size on the wire.
  attachments: [10, 11, 15],
  // MailTips, licence and own mailbox.
  graph: [5, 7, 8, 10, 14, 17, 18, 22],
  dns: [6, 8, 16, 23, 24],
  trace: [3, 4, 5, 7, 9, 19],
  // A received mail's transport headers.
  headers: [4, 5, 7, 9, 20, 24],
  // The outgoing checks run again on the original a bounce returned.
  bounce: [7, 8, 9, 10, 11, 15, 18, 20],
};

/** The items some still-pending source may change. */
export function itemsAwaitingSources(sources: readonly SourceState[]): Set<ItemId> {
  const awaiting = new Set<ItemId>();
  for (const source of sources) {
    if (source.state !== "pending") continue;
    for (const id of SOURCE_ITEMS[source.id]) awaiting.add(id);
  }
  return awaiting;
}
