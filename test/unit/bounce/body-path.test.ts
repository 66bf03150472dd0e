/**
 * The body path: an Outlook without getAsFileAsync (Mailbox 1.14) gives the pane the body, the
 * attachments with their bytes and the top-level internet headers, but no raw MIME. Floors for
 * both labelled sets read that way (scripts/eval-bounces.ts --from body prints the numbers),
 * and the pieces of Outlook's shape the reader has to use.
 */
import { evaluateSetFromBody, rate, SETS, type SetResult } from "../../../scripts/eval-bounces";
import { readBounce } from "../../../src/core/bounce";
import { viewFromBody } from "../../../src/core/bounce/view";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("bounce reader on the body path (no raw MIME)", () => {
  let heldout: SetResult;
  let dev: SetResult;
  beforeAll(async () => {
    heldout = await evaluateSetFromBody("heldout", SETS.heldout);
    dev = await evaluateSetFromBody("dev", SETS.dev);
  }, 60000);

  it("reads the held-out set as well as the MIME path does", () => {
    expect(heldout.total.failures).toBeGreaterThanOrEqual(60);
    expect(rate(heldout.total.recognised, heldout.total.failures)).toBe(1);
    expect(heldout.nonFailureRight).toBe(heldout.nonFailureCases);
    expect(rate(heldout.total.causeHits, heldout.total.causeCases)).toBeGreaterThanOrEqual(0.95);
    expect(rate(heldout.total.statusHits, heldout.total.statusCases)).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps its measured level on the development set", () => {
    // The misses against the MIME path are mails whose MIME is broken (a boundary that never
    // occurs, or a boundary parameter on an unfolded line): parsed strictly they have no body.
    expect(rate(dev.total.recognised, dev.total.failures)).toBeGreaterThanOrEqual(0.98);
    expect(rate(dev.total.causeHits, dev.total.causeCases)).toBeGreaterThanOrEqual(0.945);
    expect(rate(dev.total.statusHits, dev.total.statusCases)).toBeGreaterThanOrEqual(0.98);
    expect(dev.negativeHits).toBe(dev.negatives);
    expect(dev.nonFailureRight).toBe(dev.nonFailureCases);
  });
});

describe("viewFromBody", () => {
  const bounce = (extra: Partial<MessageSnapshot>): MessageSnapshot => ({
    ...emptySnapshot("office-read", "bounce"),
    subject: "Delivery failure",
    from: { address: "postmaster@mx.example.jp" },
    ...extra,
  });

  it("takes the report type from the Content-Type Outlook passes on in the headers", () => {
    const view = viewFromBody(
      bounce({
        headers: [
          {
            name: "Content-Type",
            value: 'multipart/report; report-type="delivery-status";\r\n\tboundary="b1"',
          },
        ],
      })
    );
    expect(view.reportType).toBe("delivery-status");
    expect(viewFromBody(bounce({})).reportType).toBe("");
  });

  it("reads an attached .txt as part of the report, as the MIME path does", () => {
    const snapshot = bounce({
      headers: [
        { name: "From", value: "postmaster@mx.example.jp" },
        { name: "Subject", value: "Delivery failure" },
        { name: "Return-Path", value: "<>" },
      ],
      bodyText:
        "We could not deliver your message.\n\nThe attachment holds the original headers.\n",
      attachments: [
        {
          name: "details.txt",
          size: 0,
          contentType: "text/plain",
          kind: "file",
          content: utf8("Permanent error for sato@example.co.jp: 550 5.1.1 mailbox unavailable\n"),
        },
      ],
    });
    const view = viewFromBody(snapshot);
    expect(view.text).toContain("550 5.1.1 mailbox unavailable");
    const report = readBounce(snapshot);
    expect(report?.recipients[0]).toMatchObject({
      address: "sato@example.co.jp",
      status: "5.1.1",
      cause: 8,
    });
  });

  it("does not take an attached picture or the returned mail for report text", () => {
    const view = viewFromBody(
      bounce({
        bodyText: "Your message was not delivered.",
        attachments: [
          {
            name: "logo.png",
            size: 3,
            contentType: "image/png",
            kind: "file",
            content: utf8("PNG"),
          },
          {
            name: "Quote",
            size: 0,
            contentType: "message/rfc822",
            kind: "item",
            content: utf8("From: a@example.jp\r\nSubject: Quote\r\n\r\nHello"),
          },
        ],
      })
    );
    expect(view.text).toBe("Your message was not delivered.");
    expect(view.original?.whole).toBe(true);
  });
});
