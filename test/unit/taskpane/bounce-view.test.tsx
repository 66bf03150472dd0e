/**
 * @jest-environment jsdom
 */
/** The bounce's recipient cards: a delayed recipient is told to wait, a failed one the fix. */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BounceView } from "../../../src/taskpane/components/BounceView";
import type { BounceReport } from "../../../src/core/model/bounce";

const full = { ja: "容量がいっぱいです。", en: "The recipient's mailbox is full." };
const resend = {
  ja: "容量を空けてもらい、送り直してください。",
  en: "Ask them to free space, then resend.",
};

function bounce(action: "delayed" | "failed", address = "busy@example.com"): BounceReport {
  return {
    reporter: "Postfix",
    kind: action === "delayed" ? "delay" : "failure",
    recipients: [
      {
        address,
        status: action === "delayed" ? "4.2.2" : "5.2.2",
        replyCode: null,
        action,
        diagnostic: "Mailbox over quota",
        cause: action === "failed" ? 14 : null,
        diagnosis: {
          cause: 14,
          reason: "mailboxfull",
          who: ["recipient"],
          summary: full,
          nextStep: resend,
        },
      },
    ],
  };
}

const show = (b: BounceReport, lang: "ja" | "en" = "en") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <BounceView bounce={b} lang={lang} />
    </FluentProvider>
  );

describe("BounceView", () => {
  it("tells a delayed recipient to wait for the retries, not to resend", () => {
    show(bounce("delayed"));
    const card = screen.getByTestId("bounce-recipient");
    expect(card.textContent).toMatch(/Wait: if it finally fails/);
    expect(card.textContent).not.toMatch(/resend/);
    // The cause is the delay, with what holds it up in words for a delivery still retried.
    expect(card.textContent).toContain(
      "4. Delivery delayed — What the server reports as holding it up: the recipient's mailbox is full."
    );
    expect(card.textContent).not.toContain(full.en);
  });

  it("shows until when a delayed recipient is retried, when the notice says", () => {
    const b = bounce("delayed");
    const r = b.recipients[0];
    if (r) r.retryUntil = "2017-02-09T16:29:10.000Z";
    show(b, "ja");
    const card = screen.getByTestId("bounce-recipient");
    expect(card.textContent).toMatch(/再送が続く期限2017-02-0\d \d\d:\d\d（UTC[+-]\d\d:\d\d）/);
  });

  it("names the same people as the verdict for a delay that names no cause: both IT teams", () => {
    const b = bounce("delayed");
    const r = b.recipients[0];
    if (r?.diagnosis) r.diagnosis = { ...r.diagnosis, reason: "expired", who: ["recipientIt"] };
    show(b);
    const card = screen.getByTestId("bounce-recipient");
    expect(card.textContent).toContain("Your IT team, The recipient's IT team");
  });

  it("gives a failed recipient the diagnosis's next step", () => {
    show(bounce("failed"));
    expect(screen.getByTestId("bounce-recipient").textContent).toMatch(/then resend/);
  });

  it("names a recipient given without an address", () => {
    show(bounce("failed", ""), "ja");
    expect(screen.getByTestId("bounce-recipient").textContent).toContain(
      "（エラーメールに宛先アドレスの記載なし）"
    );
  });
});
