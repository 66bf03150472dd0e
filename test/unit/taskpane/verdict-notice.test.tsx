/**
 * @jest-environment jsdom
 */
/**
 * A notice that is not a failure (a delivery report, an away reply) asks nothing of anyone: the
 * verdict card names no one to act and offers no inquiry to IT. A failure still does both.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { VerdictView } from "../../../src/taskpane/components/Verdict";
import type { BounceReport } from "../../../src/core/model/bounce";
import { computeVerdict } from "../../../src/core/report/verdict";
import { bounceOnlyReport } from "../triage/report-fixture";

function recipient(action: "delivered" | "failed"): BounceReport["recipients"][number] {
  return {
    address: "sato@example.jp",
    status: action === "failed" ? "5.1.1" : "2.0.0",
    replyCode: null,
    action,
    diagnostic: action === "failed" ? "550 5.1.1 User unknown" : "",
    cause: null,
  };
}

function show(bounce: BounceReport, lang: "ja" | "en" = "en") {
  const report = bounceOnlyReport(bounce);
  render(
    <FluentProvider theme={webLightTheme}>
      <VerdictView
        verdict={computeVerdict(report)}
        report={report}
        lang={lang}
        answers={{}}
        onAnswers={() => undefined}
        onOpen={() => undefined}
      />
    </FluentProvider>
  );
}

describe("VerdictView on notices that are not failures", () => {
  it.each(["autoreply", "success"] as const)(
    "a %s names no one to act and offers no inquiry",
    (kind) => {
      show({ reporter: null, kind, recipients: [recipient("delivered")] }, "ja");
      expect(screen.getByTestId("verdict").getAttribute("data-tone")).toBe("clear");
      expect(screen.getByTestId("verdict-next").getAttribute("data-kind")).toBe("nothingToDo");
      expect(screen.queryByTestId("verdict-who")).toBeNull();
      expect(screen.queryByTestId("verdict-write-it")).toBeNull();
    }
  );

  it("a failure a colleague forwarded says, under who acts, whom 'you' means", () => {
    const text = { ja: "理由", en: "reason" };
    show({
      reporter: "Exchange Online",
      kind: "failure",
      forwardedBy: "suzuki@example.co.jp",
      recipients: [
        {
          ...recipient("failed"),
          cause: 8,
          diagnosis: {
            cause: 8,
            reason: "userunknown",
            who: ["you"],
            summary: text,
            nextStep: text,
          },
        },
      ],
    });
    expect(screen.getByTestId("verdict-who").textContent).toMatch(/You/);
    expect(screen.getByTestId("verdict-forwarded").textContent).toMatch(
      /^This bounce was forwarded by suzuki@example\.co\.jp\./
    );
  });

  it("a failure still names who acts and offers the inquiry", () => {
    show({ reporter: "Postfix", kind: "failure", recipients: [recipient("failed")] });
    expect(screen.getByTestId("verdict-who").textContent).toMatch(/Who acts/);
    expect(screen.getByTestId("verdict-write-it")).toBeTruthy();
  });
});
