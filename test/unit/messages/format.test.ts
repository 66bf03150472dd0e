/** How parameter values are shown: the reader's units and local time, user data as is. */
import { fill, formatDate, formatSize, formatValue } from "../../../src/core/messages/format";

describe("formatValue", () => {
  test("counts are grouped by thousands, without Intl", () => {
    expect(formatValue("count", 0, "ja", {})).toBe("0");
    expect(formatValue("count", 999, "en", {})).toBe("999");
    expect(formatValue("count", 1234, "en", {})).toBe("1,234");
    expect(formatValue("count", -1234567, "ja", {})).toBe("-1,234,567");
    expect(formatValue("count", 1e21, "ja", {})).toBe("1e+21");
    expect(formatValue("count", Number.NaN, "ja", {})).toBe("NaN");
  });

  test("decimals keep up to two places", () => {
    expect(formatValue("number", 5.2, "en", {})).toBe("5.2");
    expect(formatValue("number", 5.256, "en", {})).toBe("5.26");
    expect(formatValue("number", 6, "en", {})).toBe("6");
  });

  test("sizes in binary units, as Exchange states its limits", () => {
    expect(formatSize(40183751, "ja")).toBe("38.3 MB");
    expect(formatSize(36700160, "en")).toBe("35 MB");
    expect(formatSize(1893, "ja")).toBe("1.8 KB");
    expect(formatSize(512, "ja")).toBe("512 バイト");
    expect(formatSize(-1, "en")).toBe("-1");
  });

  test("dates in the reader's local time with the offset", () => {
    const at = "2026-04-14T00:30:00.000Z";
    expect(formatDate(at, "en", { utcOffsetMinutes: 540 })).toBe("2026-04-14 09:30 (UTC+09:00)");
    expect(formatDate(at, "ja", { utcOffsetMinutes: 540 })).toBe("2026-04-14 09:30（UTC+09:00）");
    expect(formatDate(at, "en", { utcOffsetMinutes: -330 })).toBe("2026-04-13 19:00 (UTC-05:30)");
    expect(formatDate("Tue, 14 Apr 2026 09:30:00 +0900", "en", { utcOffsetMinutes: 0 })).toBe(
      "2026-04-14 00:30 (UTC+00:00)"
    );
    // jest pins TZ=UTC: without an offset the machine's local time is used
    expect(formatDate(Date.parse(at), "en")).toBe("2026-04-14 00:30 (UTC+00:00)");
    expect(formatDate("yesterday-ish", "ja")).toBe("yesterday-ish");
    expect(formatDate(8.64e15 + 1, "ja")).toBe("");
  });

  test("lists are joined as each language lists things; user text as is", () => {
    expect(formatValue("list", ["a@x.jp", "b@y.jp"], "ja", {})).toBe("a@x.jp、b@y.jp");
    expect(formatValue("list", ["a@x.jp", "b@y.jp"], "en", {})).toBe("a@x.jp, b@y.jp");
    expect(formatValue("text", "suzuki＠client-corp．co．jp", "ja", {})).toBe(
      "suzuki＠client-corp．co．jp"
    );
    expect(formatValue("text", undefined, "ja", {})).toBe("");
  });
});

describe("fill", () => {
  const kinds = { n: "count", size: "bytes" } as const;
  test("placeholders and English plurals", () => {
    expect(fill("{n} {n|file|files}, {size}", kinds, { n: 1, size: 2048 }, "en")).toBe(
      "1 file, 2 KB"
    );
    expect(fill("{n} {n|file|files}", kinds, { n: 3 }, "en")).toBe("3 files");
    expect(fill("{n} 件", kinds, { n: 12345 }, "ja")).toBe("12,345 件");
  });

  test("a value named like an Object property is not read from the prototype", () => {
    expect(fill("[{constructor}]", {}, {}, "en")).toBe("[]");
  });
});
