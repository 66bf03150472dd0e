import { attachmentsCheck } from "../../../src/core/checks/attachments";
import { bodyCheck } from "../../../src/core/checks/body";
import { dnsChecks } from "../../../src/core/checks/dns-facts";
import { graphFactsChecks } from "../../../src/core/checks/graph-facts";
import { messageHeadersCheck } from "../../../src/core/checks/message-headers";
import { receivedHeadersCheck } from "../../../src/core/checks/received-headers";
import { recipientsCheck } from "../../../src/core/checks/recipients";
import { sizeCheck } from "../../../src/core/checks/size";
import { subjectCheck } from "../../../src/core/checks/subject";
import type { NamedCheck } from "../../../src/core/checks/types";
import type { ItemId } from "../../../src/core/model/finding";
import type { SourceId } from "../../../src/core/model/report";
import { itemsAwaitingSources, SOURCE_ITEMS } from "../../../src/core/report/awaiting";
import { traceCheck } from "../../../src/core/trace";

const itemsOf = (checks: readonly NamedCheck[]): ItemId[] =>
  [...new Set(checks.flatMap((c) => c.items))].sort((a, b) => a - b);
const sorted = (ids: readonly ItemId[]): ItemId[] => [...ids].sort((a, b) => a - b);

describe("SOURCE_ITEMS", () => {
  test.each<[SourceId, readonly NamedCheck[]]>([
    ["attachments", [attachmentsCheck, sizeCheck]],
    ["graph", graphFactsChecks],
    ["dns", dnsChecks],
    ["trace", [traceCheck()]],
    ["headers", [receivedHeadersCheck]],
    [
      "bounce",
      [bodyCheck, subjectCheck, recipientsCheck, messageHeadersCheck, sizeCheck, attachmentsCheck],
    ],
  ])("%s lists exactly the items of the checks it feeds", (source, checks) => {
    expect(sorted(SOURCE_ITEMS[source])).toEqual(itemsOf(checks));
  });
});

describe("itemsAwaitingSources", () => {
  test("only pending sources count", () => {
    const awaiting = itemsAwaitingSources([
      { id: "local", state: "done" },
      { id: "graph", state: "pending" },
      { id: "dns", state: "done" },
      { id: "trace", state: "unavailable" },
    ]);
    expect(sorted([...awaiting])).toEqual(sorted(SOURCE_ITEMS.graph));
    expect(awaiting.has(16)).toBe(false);
  });

  test("nothing awaits once every source is done", () => {
    expect(
      itemsAwaitingSources([
        { id: "local", state: "done" },
        { id: "dns", state: "off" },
      ]).size
    ).toBe(0);
  });
});
