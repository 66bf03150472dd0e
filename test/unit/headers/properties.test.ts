/** Property tests: the header parsers never throw and stay linear on hostile input. */
import fc from "fast-check";
import {
  analyzeHeaders,
  arcSets,
  decodeForefront,
  decodeMicrosoftAntispam,
  parseHeaderBlock,
  parseMailDate,
  parseReceived,
  parseReceivedSpf,
  parseSpamStatus,
  receivedHops,
} from "../../../src/core/headers";
import { findingsFromHeaders } from "../../../src/core/checks/received-headers";

const headerish = fc.constantFrom(
  ...'abcfromby with id for;:=()[]<>"\\.,+-0123456789 \t\r\nSCLSFV'.split("")
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(headerish, { maxLength: 400 }).map((c) => c.join(""))
);

describe("header parsers on arbitrary input", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(hostileText, (s) => {
        parseReceived(s);
        parseReceivedSpf(s);
        parseMailDate(s);
        decodeForefront(s);
        decodeMicrosoftAntispam(s);
        parseSpamStatus(s);
        parseHeaderBlock(s);
        arcSets([s], [s]);
        receivedHops([s, s], s);
      }),
      { numRuns: 3000 }
    );
  });

  it("analyze arbitrary header lists, and the findings built from them, never throw", () => {
    const field = fc.record({
      name: fc.constantFrom(
        "Received",
        "Authentication-Results",
        "X-Forefront-Antispam-Report",
        "X-Microsoft-Antispam",
        "X-Spam-Status",
        "X-Spam-Flag",
        "ARC-Seal",
        "ARC-Authentication-Results",
        "Date",
        "Received-SPF",
        "X-MS-Exchange-Organization-SCL"
      ),
      value: hostileText,
    });
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), (headers) => {
        const a = analyzeHeaders(headers);
        for (const f of findingsFromHeaders(a)) {
          expect(f.message.ja).not.toBe("");
          expect(f.message.en).not.toBe("");
        }
      }),
      { numRuns: 1500 }
    );
  });

  it("parses the dates it writes back (round trip of valid RFC 5322 dates)", () => {
    const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const months = [
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
    ];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (date, quarter) => {
          const offset = quarter * 15;
          const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000);
          const sign = offset < 0 ? "-" : "+";
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
          const pad = (n: number) => String(n).padStart(2, "0");
          const text = `${days[(local.getUTCDay() + 6) % 7]}, ${local.getUTCDate()} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
          expect(parseMailDate(text)?.ms).toBe(Math.floor(date.getTime() / 1000) * 1000);
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("stay linear on crafted input", () => {
    // Not a timing assertion: quadratic parsing of these would take minutes, linear takes milliseconds.
    const big = [
      "(".repeat(100_000),
      "from ".repeat(20_000),
      ";".repeat(100_000),
      "[".repeat(100_000),
      "a:".repeat(50_000),
      " ".repeat(100_000) + "x",
      "1 Jan 2026 ".repeat(10_000),
      "SCL:5;".repeat(20_000),
    ];
    for (const s of big) {
      parseReceived(s);
      parseReceivedSpf(s);
      parseMailDate(s);
      decodeForefront(s);
      parseSpamStatus(s);
      parseHeaderBlock(`Received: ${s}\r\n\r\n`);
    }
  });
});

describe("parseMailDate", () => {
  it.each([
    ["Tue, 14 Apr 2026 10:00:01 +0900 (JST)", "2026-04-14T01:00:01.000Z"],
    ["14 Apr 26 01:00 GMT", "2026-04-14T01:00:00.000Z"],
    ["Mon, 13 Apr 2026 18:05:02 -0700 (PDT)", "2026-04-14T01:05:02.000Z"],
    ["Tue,  14 Apr 2026 10:00:01 JST", "2026-04-14T01:00:01.000Z"],
    ["Tue Apr 14 01:00:01 2026", "2026-04-14T01:00:01.000Z"],
    ["2026-04-14T10:00:01+09:00", "2026-04-14T01:00:01.000Z"],
    ["Tue, 14 Apr 2026 01:00:01.123 -0000", "2026-04-14T01:00:01.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseMailDate(text)?.iso).toBe(iso);
  });

  it.each([
    "",
    "garbage",
    "31 Feb 2026 10:00:00 +0000",
    "14 Foo 2026 10:00:00 +0000",
    "14 Apr 2026 25:00:00 +0000",
  ])("rejects %p", (text) => {
    expect(parseMailDate(text)).toBeUndefined();
  });
});

describe("parseHeaderBlock", () => {
  it("unfolds continuation lines, keeps order and stops at the body", () => {
    const fields = parseHeaderBlock(
      "From Mon Apr 13 2026\r\nReceived: from a\r\n\tby b; Tue, 14 Apr 2026 01:00:00 +0000\r\nSubject: x\r\n\r\nBody: not a header\r\n"
    );
    expect(fields).toEqual([
      { name: "Received", value: "from a\tby b; Tue, 14 Apr 2026 01:00:00 +0000" },
      { name: "Subject", value: "x" },
    ]);
  });
});
