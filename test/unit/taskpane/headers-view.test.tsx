/**
 * @jest-environment jsdom
 */
/**
 * The Headers tab's hop list says which waits are not transit: a POP3 fetch (the mail lay in a
 * mailbox) and a wait of days (a wrong clock). Neither is highlighted as the slowest hop, and no
 * total delivery time is shown that would include them.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { HeadersView } from "../../../src/taskpane/components/HeadersView";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";

function received(headers: { name: string; value: string }[]): MessageSnapshot {
  return {
    source: "read",
    kind: "received",
    subject: "s",
    from: { address: "a@example.com" },
    to: [],
    cc: [],
    bcc: [],
    headers,
    attachments: [],
  } as unknown as MessageSnapshot;
}

const show = (s: MessageSnapshot, lang: "ja" | "en" = "en") =>
  render(
    <FluentProvider theme={webLightTheme}>
      <HeadersView snapshot={s} lang={lang} />
    </FluentProvider>
  );

describe("the Headers tab's hops", () => {
  it("marks a POP3 fetch as time in a mailbox and shows no total", () => {
    show(
      received([
        {
          name: "Received",
          value:
            "from pop.example.net [192.0.2.8] by localhost with POP3 (fetchmail-6.3.26); Mon, 07 Dec 2026 19:46:00 +0900",
        },
        {
          name: "Received",
          value: "from mail.example.com by pop.example.net; Mon, 07 Dec 2026 10:00:00 +0900",
        },
        { name: "Date", value: "Mon, 07 Dec 2026 09:59:00 +0900" },
      ])
    );
    const hops = screen.getByTestId("hops");
    expect(hops.textContent).toContain("9 h 46 min");
    expect(hops.textContent).toContain("until it was fetched");
    expect(hops.querySelector('[data-slowest="true"]')?.textContent).toContain("pop.example.net");
    expect(hops.querySelector('[data-slowest="true"]')?.textContent).toContain("Hop 1");
    expect(screen.queryByText(/Total delivery time/)).toBeNull();
  });

  it("says a wait of days is a wrong clock, in days", () => {
    show(
      received([
        {
          name: "Received",
          value: "from b.example.net by c.example.org; Tue, 20 Feb 2018 10:00:00 +0000",
        },
        {
          name: "Received",
          value: "from a.example.com by b.example.net; Mon, 11 Jan 2016 10:00:00 +0000",
        },
        { name: "Date", value: "Mon, 11 Jan 2016 09:59:00 +0000" },
      ]),
      "ja"
    );
    const hops = screen.getByTestId("hops");
    expect(hops.textContent).toContain("771日0時間");
    expect(hops.textContent).toContain("時計が狂っています");
    expect(hops.querySelector('[data-slowest="true"]')?.textContent).toContain("b.example.net");
  });
});
