/**
 * @jest-environment jsdom
 */
/**
 * In a report about the delivery of the user's own mail, "you" is its sender, whatever kind the
 * mail was first taken for: a complaint (ARF) about the user's mail is often a received-looking
 * mail, and its checklist must not turn "the recipient" into "you".
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ItemList } from "../../../src/taskpane/components/ItemList";
import type { BounceReport } from "../../../src/core/model/bounce";
import { bounceOnlyReport } from "../triage/report-fixture";

const bounce: BounceReport = {
  reporter: "Postfix",
  kind: "failure",
  recipients: [
    {
      address: "full@example.net",
      status: "5.2.2",
      replyCode: "552",
      action: "failed",
      diagnostic: "552 5.2.2 Mailbox full",
      cause: 14,
      diagnosis: {
        cause: 14,
        reason: "mailboxfull",
        who: ["recipient"],
        summary: { ja: "容量がいっぱいです。", en: "The recipient's mailbox is full." },
        nextStep: { ja: "空けてもらってください。", en: "Ask them to make room." },
      },
    },
  ],
};

describe("ItemList's who labels on a bounce taken for a received mail", () => {
  it("keep the recipient as the recipient", () => {
    const report = bounceOnlyReport(bounce, "received");
    render(
      <FluentProvider theme={webLightTheme}>
        <ItemList report={report} lang="en" />
      </FluentProvider>
    );
    const text = screen.getByTestId("group-attention").textContent ?? "";
    expect(text).toMatch(/Who acts: The recipient/);
    expect(text).not.toMatch(/Who acts: You/);
  });
});
