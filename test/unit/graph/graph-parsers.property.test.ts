/** Hostile and random input for the Graph shell's parsers: no unexpected throw, linear time. */
import fc from "fast-check";
import { codesFromText } from "../../../src/core/trace";
import { claimsChallenge, retryAfterSeconds } from "../../../src/graph/client";
import {
  decodeLicenceDetails,
  decodeMailTip,
  decodeTraceDetails,
  decodeTraceRows,
  decodeUsageCsv,
  parseCsv,
} from "../../../src/graph/decode";
import { htmlToText } from "../../../src/core/text/html";
import { GraphFailure } from "../../../src/graph/failures";
import { parseDialogMessage } from "../../../src/graph/auth/dialog-client";
import { tokenTenant } from "../../../src/graph/auth/token-errors";

const anyText = fc.string({ unit: "binary", maxLength: 2000 });
const htmlish = fc
  .array(
    fc.constantFrom(
      "<",
      ">",
      "<style",
      "</style>",
      "<!--",
      "-->",
      "<br>",
      "&amp;",
      "&#x1F600;",
      "&#99999999;",
      "a",
      " ",
      "\n",
      "</p>",
      "<script>"
    ),
    {
      maxLength: 400,
    }
  )
  .map((parts) => parts.join(""));

/** Decoders may only fail with our typed failure. */
function onlyGraphFailure(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphFailure);
  }
}

describe("parsers on random input", () => {
  test("htmlToText never throws and never leaves a tag", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, htmlish), (s) => {
        const text = htmlToText(s);
        expect(typeof text).toBe("string");
        // (an entity such as &lt;style may legitimately decode to "<style", and a tag cut off by
        // the end of the input stays as its text: both are only ever shown as text)
        if (!s.includes("&")) expect(text).not.toMatch(/<(style|script)\b[^<]*>/i);
      }),
      { numRuns: 500 }
    );
  });

  test("CSV and usage report", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc
            .array(fc.constantFrom('"', ",", "\n", "\r", "x", "User Principal Name"), {
              maxLength: 300,
            })
            .map((a) => a.join(""))
        ),
        (s) => {
          expect(Array.isArray(parseCsv(s))).toBe(true);
          onlyGraphFailure(() => decodeUsageCsv(s));
        }
      ),
      { numRuns: 500 }
    );
  });

  test("JSON decoders accept anything or fail with GraphFailure", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        decodeMailTip(v);
        onlyGraphFailure(() => decodeLicenceDetails(v));
        onlyGraphFailure(() => decodeTraceRows(v));
        onlyGraphFailure(() => decodeTraceDetails(v));
        onlyGraphFailure(() => decodeLicenceDetails({ value: [v] }));
        onlyGraphFailure(() => decodeTraceRows({ value: [v, v] }));
      }),
      { numRuns: 500 }
    );
  });

  test("header, token and dialog readers never throw", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        retryAfterSeconds({ "retry-after": s });
        claimsChallenge({ "www-authenticate": s });
        tokenTenant(s);
        parseDialogMessage(s);
        codesFromText(s);
      }),
      { numRuns: 500 }
    );
  });
});

describe("crafted input stays fast", () => {
  const cases: Array<[string, () => unknown]> = [
    ["100k of unclosed <style", () => htmlToText("<style".repeat(20_000))],
    ["100k of '<' without '>'", () => htmlToText("<a".repeat(50_000))],
    ["nested comments", () => htmlToText("<!--".repeat(25_000))],
    ["one huge quoted CSV field", () => parseCsv(`"${'""'.repeat(500_000)}`)],
    ["digits and dots", () => codesFromText("5.5".repeat(30_000))],
  ];
  test.each(cases)("%s", (_name, run) => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
