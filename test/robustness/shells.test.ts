/**
 * The parts around the checks that read outside input: Graph answers (decode.ts), header
 * analysis, and the triage outputs built from any report (wizard, inquiry, resend draft).
 * Graph decoders may refuse a broken skeleton only with GraphFailure; the rest never throw.
 */
import fc from "fast-check";
import { analyzeSync } from "../../src/core/engine";
import { analyzeHeaders } from "../../src/core/headers";
import { DEFAULT_POLICY } from "../../src/core/policy/schema";
import {
  buildInquiry,
  buildResendDraft,
  groupByWho,
  inquiryItems,
  narrowTriage,
  normalizeAnswers,
} from "../../src/core/triage";
import {
  decodeLicenceDetails,
  decodeMailTip,
  decodeMailTips,
  decodeTraceDetails,
  decodeTraceRows,
  decodeUsageCsv,
  findUsageRow,
  parseCsv,
} from "../../src/graph/decode";
import { htmlToText } from "../../src/core/text/html";
import { GraphFailure } from "../../src/graph/failures";
import { randomFacts, randomSnapshot } from "./snapshots";

const SEED = Number(process.env.TODOKU_FUZZ_SEED ?? 20261129);

const GRAPH_KEYS = [
  "emailAddress",
  "address",
  "mailboxFull",
  "maxMessageSize",
  "automaticReplies",
  "message",
  "recipientScope",
  "servicePlans",
  "servicePlanName",
  "provisioningStatus",
  "skuPartNumber",
  "status",
  "recipientAddress",
  "receivedDateTime",
  "event",
  "description",
  "action",
  "dateTime",
  "error",
  "totalMemberCount",
  "externalMemberCount",
  "customMailTip",
  "deliveryRestricted",
  "isModerated",
];
const graphBody = fc.oneof(
  fc.anything(),
  fc.record({ value: fc.array(fc.anything(), { maxLength: 4 }) }),
  fc.record({
    value: fc.array(
      fc.dictionary(
        fc.constantFrom(...GRAPH_KEYS),
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...GRAPH_KEYS), fc.anything()))
      ),
      { maxLength: 4 }
    ),
  })
);

function graphFailureOnly(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof GraphFailure)) throw e;
  }
}

describe("Graph answers of any shape", () => {
  it("decode or fail with GraphFailure, never another error", () => {
    fc.assert(
      fc.property(graphBody, (body) => {
        for (const decode of [
          decodeMailTips,
          decodeLicenceDetails,
          decodeTraceRows,
          decodeTraceDetails,
          decodeMailTip,
        ])
          graphFailureOnly(() => decode(body));
      }),
      { numRuns: 1000, seed: SEED }
    );
  });

  it("usage CSV and out-of-office HTML of any text are read without throwing", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "a",
            ",",
            '"',
            "\r\n",
            "\n",
            "<",
            ">",
            "&amp;",
            "<style",
            "<!--",
            "-->",
            "User Principal Name",
            "Storage Used (Byte)",
            "x@y"
          ),
        }),
        (text) => {
          graphFailureOnly(() => decodeUsageCsv(text));
          parseCsv(text);
          graphFailureOnly(() => findUsageRow(text, "x@y"));
          expect(typeof htmlToText(text)).toBe("string");
        }
      ),
      { numRuns: 1000, seed: SEED }
    );
  });
});

describe("header analysis of any header fields", () => {
  it("never throws", () => {
    const names = [
      "Received",
      "Authentication-Results",
      "ARC-Seal",
      "ARC-Authentication-Results",
      "X-Forefront-Antispam-Report",
      "X-Microsoft-Antispam",
      "X-MS-Exchange-Organization-SCL",
      "X-Spam-Status",
      "Date",
      "Received-SPF",
      "DKIM-Signature",
      "X-Microsoft-Antispam-Mailbox-Delivery",
      "From",
      "",
    ];
    const token = fc.constantFrom(
      "a",
      "=",
      ";",
      " ",
      "(",
      ")",
      "[",
      "]",
      "1",
      ".",
      ":",
      "<",
      ">",
      "@",
      '"',
      "\\",
      "from ",
      "by ",
      "with ",
      "pass",
      "fail",
      "SCL:",
      "-1",
      "i=",
      "Mon, 2 Nov 2026 10:00:00 +0900",
      "\u0000",
      "日本"
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom(...names),
            value: fc.string({ unit: token, maxLength: 60 }),
          }),
          { maxLength: 10 }
        ),
        (headers) => {
          analyzeHeaders(headers);
        }
      ),
      { numRuns: 1000, seed: SEED }
    );
  });
});

describe("triage outputs from any report", () => {
  it("wizard, inquiry, who-fixes-what and the resend draft never throw", () => {
    const offsets = fc.option(
      fc.oneof(fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e308, 0.5)),
      { nil: undefined }
    );
    fc.assert(
      fc.property(
        fc.anything(),
        randomSnapshot,
        randomFacts,
        fc.constantFrom("ja" as const, "en" as const),
        fc.boolean(),
        fc.boolean(),
        offsets,
        (
          rawAnswers,
          snapshot,
          facts,
          lang,
          removeHistory,
          attachmentsAsLinks,
          utcOffsetMinutes
        ) => {
          const answers = normalizeAnswers(rawAnswers);
          const report = analyzeSync({ snapshot, policy: DEFAULT_POLICY, facts });
          narrowTriage(answers, report);
          for (const audience of ["helpdesk", "recipientAdmin"] as const) {
            const inquiry = buildInquiry(report, {
              lang,
              answers,
              audience,
              utcOffsetMinutes,
              helpdesk: DEFAULT_POLICY.helpdesk,
            });
            expect(inquiry.subject.trim()).not.toBe("");
          }
          groupByWho(report);
          inquiryItems(report);
          for (const subject of ["keep", "lengthen"] as const)
            buildResendDraft(snapshot, { lang, removeHistory, attachmentsAsLinks, subject });
        }
      ),
      { numRuns: 300, seed: SEED }
    );
  }, 30_000);
});
