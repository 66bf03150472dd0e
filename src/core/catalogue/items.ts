/**
 * The 24 causes of undelivered mail, in the source article's order (ids are the article's
 * numbers and the report contract's item ids). Their texts are in the message catalogue.
 */
import type { CatalogueItem } from "./types";
import type { ItemId } from "../model/finding";
import { textOf } from "../messages";

/** The item's texts, from the message catalogue (src/core/messages/items.ts). */
function texts(id: ItemId): Pick<CatalogueItem, "title" | "explanation" | "howToCheck"> {
  return {
    title: textOf(`item.${id}.title`),
    explanation: textOf(`item.${id}.explanation`),
    howToCheck: textOf(`item.${id}.howToCheck`),
  };
}

export const CATALOGUE: readonly CatalogueItem[] = [
  {
    id: 1,
    ...texts(1),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["bounce"],
  },
  {
    id: 2,
    ...texts(2),
    who: ["yourIt", "recipientIt", "provider"],
    side: "either",
    detectedBy: ["bounce", "trace"],
  },
  {
    id: 3,
    ...texts(3),
    who: ["you", "yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["bounce", "trace"],
  },
  {
    id: 4,
    ...texts(4),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["bounce", "trace", "headers"],
  },
  {
    id: 5,
    ...texts(5),
    who: ["recipientIt", "yourIt"],
    side: "recipient",
    detectedBy: ["bounce", "trace", "graph"],
  },
  {
    id: 6,
    ...texts(6),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["dns", "bounce"],
  },
  {
    id: 7,
    ...texts(7),
    who: ["recipient", "recipientIt"],
    side: "recipient",
    detectedBy: ["graph", "trace", "bounce", "headers"],
  },
  {
    id: 8,
    ...texts(8),
    who: ["you"],
    side: "sender",
    detectedBy: ["local", "dns", "graph", "bounce"],
  },
  {
    id: 9,
    ...texts(9),
    who: ["you"],
    side: "sender",
    detectedBy: ["local", "bounce", "headers"],
  },
  {
    id: 10,
    ...texts(10),
    who: ["you"],
    side: "either",
    detectedBy: ["local", "graph", "bounce"],
  },
  {
    id: 11,
    ...texts(11),
    who: ["you"],
    side: "either",
    detectedBy: ["local", "bounce"],
  },
  {
    id: 12,
    ...texts(12),
    who: ["you", "yourIt", "provider"],
    side: "network",
    detectedBy: ["bounce"],
  },
  {
    id: 13,
    ...texts(13),
    who: ["yourIt", "recipientIt"],
    side: "network",
    detectedBy: ["bounce", "trace"],
  },
  {
    id: 14,
    ...texts(14),
    who: ["recipient", "you"],
    side: "either",
    detectedBy: ["graph", "bounce"],
  },
  {
    id: 15,
    ...texts(15),
    who: ["recipientIt", "yourIt"],
    side: "either",
    detectedBy: ["local", "bounce"],
  },
  {
    id: 16,
    ...texts(16),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["dns", "bounce"],
  },
  {
    id: 17,
    ...texts(17),
    who: ["recipient", "recipientIt"],
    side: "recipient",
    detectedBy: ["graph", "bounce"],
  },
  {
    id: 18,
    ...texts(18),
    who: ["you"],
    side: "sender",
    detectedBy: ["local", "graph", "bounce"],
  },
  {
    id: 19,
    ...texts(19),
    who: ["you", "yourIt"],
    side: "sender",
    detectedBy: ["bounce"],
  },
  {
    id: 20,
    ...texts(20),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["local", "bounce", "headers"],
  },
  {
    id: 21,
    ...texts(21),
    who: ["provider", "yourIt"],
    side: "either",
    detectedBy: ["bounce"],
  },
  {
    id: 22,
    ...texts(22),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["graph"],
  },
  {
    id: 23,
    ...texts(23),
    who: ["yourIt", "recipientIt"],
    side: "either",
    detectedBy: ["dns", "bounce"],
  },
  {
    id: 24,
    ...texts(24),
    who: ["yourIt"],
    side: "sender",
    detectedBy: ["dns", "bounce", "headers"],
  },
];

const BY_ID = new Map<ItemId, CatalogueItem>(CATALOGUE.map((c) => [c.id, c]));

export function catalogueItem(id: ItemId): CatalogueItem {
  const item = BY_ID.get(id);
  if (!item) throw new Error(`no catalogue item ${id}`);
  return item;
}
