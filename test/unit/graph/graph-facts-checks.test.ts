import { estimateMessageSize } from "../../../src/core/checks/size";
import { analyzeSync } from "../../../src/core/engine";
import {
  licenceFindings,
  mailTipFindings,
  ownMailboxFindings,
} from "../../../src/core/checks/graph-facts";
import type { Facts, MailTip } from "../../../src/core/model/facts";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

const MB = 1024 * 1024;

function draft(extra: Partial<MessageSnapshot> = {}): MessageSnapshot {
  return {
    ...emptySnapshot("office-compose", "draft"),
    subject: "見積書の送付",
    bodyText: "いつもお世話になっております。",
    from: { address: "taro@contoso.co.jp" },
    to: [{ address: "hanako@fabrikam.co.jp" }],
    ...extra,
  };
}

function rules(tips: MailTip[], snapshot = draft()) {
  return mailTipFindings(tips, snapshot, DEFAULT_POLICY).map(
    (f) => `${f.item}:${f.severity}:${f.rule}`
  );
}

describe("MailTips findings", () => {
  test("a full recipient mailbox is a problem on item 14", () => {
    expect(rules([{ address: "hanako@fabrikam.co.jp", mailboxFull: true }])).toContain(
      "14:problem:mailtips.recipient-mailbox-full"
    );
  });

  test("size is estimated with Base64 growth and compared with maxMessageSize", () => {
    const snap = draft({ attachments: [{ name: "図面.pdf", size: 8 * MB }] });
    // 8 MB × 1.37 ≈ 11 MB: over a 10 MB limit, under a 12 MB one
    expect(estimateMessageSize(snap).bytes).toBeGreaterThan(10 * MB);
    expect(rules([{ address: "a@x.jp", maxMessageSize: 10 * MB }], snap)).toContain(
      "10:problem:mailtips.over-recipient-max-size"
    );
    expect(rules([{ address: "a@x.jp", maxMessageSize: 12 * MB }], snap)).toContain(
      "10:ok:mailtips.size-within-limits"
    );
  });

  test("cloud attachments do not count towards the size", () => {
    const snap = draft({ attachments: [{ name: "big.zip", size: 500 * MB, kind: "cloud" }] });
    // only headers and the (empty) body count: a few KB, not 500 MB
    expect(estimateMessageSize(snap).bytes).toBeLessThan(10_000);
  });

  test("restricted → 7 problem, moderated → 5 warning", () => {
    const r = rules([
      { address: "board@contoso.co.jp", deliveryRestricted: true, isModerated: true },
    ]);
    expect(r).toContain("7:problem:mailtips.delivery-restricted");
    expect(r).toContain("5:warning:mailtips.moderated");
  });

  test("invalid recipient error → 8 problem; disabled → 17 problem", () => {
    expect(
      rules([
        {
          address: "hanakoo@fabrikam.co.jp",
          error: { code: "ErrorInvalidRecipients", message: "x" },
        },
      ])
    ).toContain("8:problem:mailtips.recipient-invalid");
    expect(
      rules([{ address: "old@contoso.co.jp", error: { code: "RecipientDisabled", message: "x" } }])
    ).toContain("17:problem:mailtips.recipient-disabled");
  });

  test("a MailTips error without a message shows its code, not a dangling colon", () => {
    const evidence = (message: string) =>
      mailTipFindings(
        [{ address: "x@fabrikam.co.jp", error: { code: "ErrorServerBusy", message } }],
        draft(),
        DEFAULT_POLICY
      ).find((f) => f.rule === "mailtips.recipient-error")?.evidence;
    expect(evidence("")).toBe("ErrorServerBusy");
    expect(evidence("  ")).toBe("ErrorServerBusy");
    expect(evidence("Try later")).toBe("ErrorServerBusy: Try later");
  });

  test("a large group is a warning on 18, a problem when the mail is over the group cap", () => {
    expect(
      rules([{ address: "all@contoso.co.jp", totalMemberCount: 1200, externalMemberCount: 3 }])
    ).toContain("18:warning:mailtips.large-group");
    const big = draft({ attachments: [{ name: "a.pptx", size: 20 * MB }] });
    expect(rules([{ address: "all@contoso.co.jp", totalMemberCount: 6000 }], big)).toContain(
      "18:problem:mailtips.large-group"
    );
  });

  test("automatic reply and custom tip are info, quoted as plain one-line text", () => {
    const f = mailTipFindings(
      [
        {
          address: "a@x.jp",
          automaticReplyText: "休暇中です。\n\n1月6日に戻ります。",
          customMailTip: "外部アドレスです",
        },
      ],
      draft(),
      DEFAULT_POLICY
    );
    const oof = f.find((x) => x.rule === "mailtips.automatic-reply");
    expect(oof?.severity).toBe("info");
    expect(oof?.evidence).toBe("休暇中です。 1月6日に戻ります。");
    expect(f.find((x) => x.rule === "mailtips.custom-tip")?.severity).toBe("info");
  });

  test("clean tips say what was checked", () => {
    const r = rules([
      { address: "a@x.jp", mailboxFull: false, maxMessageSize: 36 * MB, deliveryRestricted: false },
    ]);
    expect(r).toEqual(
      expect.arrayContaining([
        "14:ok:mailtips.mailboxes-not-full",
        "10:ok:mailtips.size-within-limits",
        "7:info:mailtips.not-restricted",
      ])
    );
  });
});

describe("licence findings", () => {
  test("EXCHANGE_S_ENTERPRISE with Success is ok", () => {
    const f = licenceFindings({
      skus: ["SPE_E3"],
      exchangePlans: [{ name: "EXCHANGE_S_ENTERPRISE", provisioningStatus: "Success" }],
    });
    expect(f.map((x) => `${x.item}:${x.severity}`)).toEqual(["22:ok"]);
  });

  test("EXCHANGE_S_FOUNDATION alone is not a mailbox licence", () => {
    const f = licenceFindings({
      skus: ["AAD_PREMIUM"],
      exchangePlans: [{ name: "EXCHANGE_S_FOUNDATION", provisioningStatus: "Success" }],
    });
    expect(f[0]?.rule).toBe("licence.exchange-missing");
    expect(f[0]?.evidence).toContain("EXCHANGE_S_FOUNDATION");
  });

  test("a disabled or pending mailbox plan is a problem naming it", () => {
    const f = licenceFindings({
      skus: ["O365_BUSINESS_ESSENTIALS"],
      exchangePlans: [{ name: "EXCHANGE_S_STANDARD", provisioningStatus: "Disabled" }],
    });
    expect(f[0]?.rule).toBe("licence.exchange-not-active");
    expect(f[0]?.message.en).toContain("EXCHANGE_S_STANDARD: Disabled");
  });
});

describe("own mailbox findings", () => {
  test("full → problem", () => {
    expect(ownMailboxFindings({ address: "taro@contoso.co.jp", full: true })[0]?.severity).toBe(
      "problem"
    );
  });
  test("usage over the warning quota → warning", () => {
    const f = ownMailboxFindings({
      address: "t@c.jp",
      usedBytes: 49.2 * 1024 * MB,
      issueWarningQuotaBytes: 49 * 1024 * MB,
      prohibitSendQuotaBytes: 49.5 * 1024 * MB,
    });
    expect(f[0]?.rule).toBe("own-mailbox.near-full");
  });
  test("no usage report → ok from MailTips plus manual guidance", () => {
    const f = ownMailboxFindings({ address: "t@c.jp", full: false });
    expect(f.map((x) => x.rule)).toEqual(["own-mailbox.not-full", "own-mailbox.usage-manual"]);
  });
});

describe("through the engine", () => {
  test("an unavailable licence fact marks only item 22; MailTips still count", () => {
    const facts: Facts = {
      mailTips: { state: "ok", value: [{ address: "hanako@fabrikam.co.jp", mailboxFull: true }] },
      licence: {
        state: "unavailable",
        why: {
          code: "graph.throttled",
          reason: { ja: "混雑", en: "busy" },
          fix: { ja: "待つ", en: "wait" },
          retryAfterSeconds: 30,
        },
      },
    };
    const report = analyzeSync({ snapshot: draft(), policy: DEFAULT_POLICY, facts });
    const status = (id: number) => report.items.find((i) => i.id === id)?.status;
    expect(status(14)).toBe("problem");
    expect(status(22)).toBe("unavailable");
  });
});
