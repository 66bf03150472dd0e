import { codesFromText, traceFindings, type DeliveryClassifier } from "../../../src/core/trace";
import type { TraceRecipient, TraceResult } from "../../../src/core/model/facts";

function trace(recipients: TraceRecipient[], extra: Partial<TraceResult> = {}): TraceResult {
  return {
    messageId: "<abc@contoso.co.jp>",
    recipients,
    via: "graph",
    queriedAt: "2026-03-02T10:30:00Z",
    ...extra,
  };
}

const failed: TraceRecipient = {
  address: "Hanako@Fabrikam.co.jp",
  status: "Failed",
  events: [
    {
      dateTime: "2026-03-02T10:00:01Z",
      event: "Receive",
      description: "Message received by: TYCPR01MB0001.jpnprd01.prod.outlook.com",
    },
    {
      dateTime: "2026-03-02T10:00:05Z",
      event: "Fail",
      description:
        "Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{MSG=};{FQDN=};{IP=};{LRT=}]",
    },
  ],
};

describe("codesFromText", () => {
  test("reads reply code and enhanced status from Exchange event text", () => {
    expect(
      codesFromText("Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found}]")
    ).toEqual({
      status: "5.1.1",
      replyCode: "550",
    });
    expect(
      codesFromText("452 4.2.2 The email account that you tried to reach is over quota")
    ).toEqual({
      status: "4.2.2",
      replyCode: "452",
    });
  });
  test("ignores version numbers and IP addresses", () => {
    expect(codesFromText("Server 15.20.7452.28 at 40.107.5.100")).toEqual({
      status: null,
      replyCode: null,
    });
  });
  test("stays fast on hostile text", () => {
    const start = Date.now();
    codesFromText("5.".repeat(50000) + "1");
    expect(Date.now() - start).toBeLessThan(500);
  });
});

describe("traceFindings", () => {
  test("a failed event without a description shows when and what, without a dangling colon", () => {
    const silent: TraceRecipient = {
      ...failed,
      events: [{ dateTime: "2026-03-02T10:00:05Z", event: "Fail", description: "" }],
    };
    const [f] = traceFindings(trace([silent]));
    expect(f?.evidence).toBe("Hanako@Fabrikam.co.jp | Failed | 2026-03-02T10:00:05Z Fail");
    expect(f?.message.en.trim()).not.toBe("");
  });

  test("status is compared case-insensitively; delivered → item 7 with junk advice, item 3 ok", () => {
    const f = traceFindings(trace([{ address: "a@x.jp", status: "Delivered", events: [] }]));
    expect(f.map((x) => `${x.item}:${x.severity}:${x.rule}`)).toEqual([
      "7:info:trace.delivered",
      "3:ok:trace.no-send-error",
    ]);
    expect(f[0]?.message.en).toMatch(/junk/);
  });

  test("a failed event goes through the classifier with the codes it carries", () => {
    const seen: unknown[] = [];
    const classify: DeliveryClassifier = (input) => {
      seen.push(input);
      return {
        cause: 8,
        reason: "userunknown",
        who: ["you"],
        summary: { ja: "宛先が存在しません。", en: "The address does not exist." },
        nextStep: { ja: "アドレスを確認", en: "Check the address" },
        link: "https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online",
      };
    };
    const f = traceFindings(trace([failed]), { classify });
    expect(seen[0]).toMatchObject({ status: "5.1.1", replyCode: "550" });
    expect(f[0]).toMatchObject({ item: 8, severity: "problem", rule: "trace.failed.userunknown" });
    expect(f[0]?.link).toContain("learn.microsoft.com");
  });

  test("without a diagnosis the failure stays a problem on item 3 with its code", () => {
    const f = traceFindings(trace([failed]), { classify: () => null });
    expect(f[0]).toMatchObject({ item: 3, severity: "problem", rule: "trace.failed" });
    expect(f[0]?.message.en).toContain("550 5.1.1");
  });

  test("a throwing classifier does not hide the failure", () => {
    const f = traceFindings(trace([failed]), {
      classify: () => {
        throw new Error("boom");
      },
    });
    expect(f[0]?.severity).toBe("problem");
  });

  test("quarantined → 5, filteredAsSpam → 9, pending → 4 with minutes, expanded → info", () => {
    const f = traceFindings(
      trace([
        { address: "a@x.jp", status: "quarantined", events: [] },
        { address: "b@x.jp", status: "FilteredAsSpam", events: [] },
        {
          address: "c@x.jp",
          status: "pending",
          events: [{ dateTime: "", event: "Defer", description: "451 4.4.0 DNS query failed" }],
        },
        { address: "d@x.jp", status: "gettingStatus", events: [] },
        { address: "all@x.jp", status: "expanded", events: [] },
        { address: "e@x.jp", status: "Recalled", events: [] },
      ])
    );
    const r = f.map((x) => `${x.item}:${x.severity}:${x.rule}`);
    expect(r).toEqual(
      expect.arrayContaining([
        "5:problem:trace.quarantined",
        "9:problem:trace.filtered-as-spam",
        "4:warning:trace.pending",
        "4:info:trace.getting-status",
        "19:info:trace.group-expanded",
        "3:info:trace.recalled",
      ])
    );
    expect(f.find((x) => x.rule === "trace.pending")?.message.en).toMatch(/in about 10 minutes/);
  });

  test("no rows: 'not yet' shortly after sending, a warning an hour later", () => {
    expect(traceFindings(trace([]), { sentAt: "2026-03-02T10:25:00Z" })[0]?.rule).toBe(
      "trace.not-found-yet"
    );
    expect(traceFindings(trace([]), { sentAt: "2026-03-02T08:00:00Z" })[0]).toMatchObject({
      rule: "trace.not-found",
      severity: "warning",
    });
  });
});

describe("with the real bounce classifier", () => {
  test("550 5.1.1 from a trace's Fail event points to a wrong address (item 8)", () => {
    const f = traceFindings(trace([failed]));
    expect(f[0]).toMatchObject({ item: 8, severity: "problem" });
    expect(f[0]?.rule).toMatch(/^trace\.failed\./);
    expect(f[0]?.message.en).toContain("Hanako@Fabrikam.co.jp");
  });

  test("a full mailbox (5.2.2) points to item 14", () => {
    const full: TraceRecipient = {
      address: "b@fabrikam.co.jp",
      status: "failed",
      events: [
        {
          dateTime: "2026-03-02T10:00:05Z",
          event: "Fail",
          description: "Reason: [{LED=552 5.2.2 mailbox full};{MSG=}]",
        },
      ],
    };
    expect(traceFindings(trace([full]))[0]).toMatchObject({ item: 14, severity: "problem" });
  });
});
