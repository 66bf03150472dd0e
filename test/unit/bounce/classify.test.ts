import { classifyDelivery, exchangeOnlineLink } from "../../../src/core/bounce/classify";

describe("classifyDelivery", () => {
  it("reads an unknown recipient from the enhanced status code", () => {
    const d = classifyDelivery({
      status: "5.1.1",
      replyCode: "550",
      diagnostic: "550 5.1.1 <a@example.jp>: Recipient address rejected",
    });
    expect(d?.cause).toBe(8);
    expect(d?.reason).toBe("userunknown");
    expect(d?.who).toContain("you");
  });

  it("does not read X.2.0 (other or undefined mailbox status) without words as a full mailbox", () => {
    expect(classifyDelivery({ status: "5.2.0", diagnostic: "" })?.reason).toBe("undefined");
    expect(classifyDelivery({ status: "5.2.0", diagnostic: "" })?.cause).toBe(3);
    expect(classifyDelivery({ status: "5.2.2", diagnostic: "" })?.cause).toBe(14);
    expect(classifyDelivery({ status: "5.2.0", diagnostic: "552 Mailbox is full" })?.cause).toBe(
      14
    );
  });

  it("lets a precise sentence outweigh a generic code", () => {
    expect(classifyDelivery({ status: "5.0.0", diagnostic: "552 Mailbox is full" })?.cause).toBe(
      14
    );
    expect(
      classifyDelivery({
        status: "5.7.1",
        diagnostic:
          "554 5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org",
      })?.cause
    ).toBe(1);
    expect(
      classifyDelivery({ status: "5.7.1", diagnostic: "550 5.7.1 SPF check failed" })?.cause
    ).toBe(24);
  });

  it("lets the reporter decide what an Exchange Online code means, and links Microsoft's page", () => {
    const quota = classifyDelivery({
      status: "5.2.2",
      diagnostic: "Submission quota exceeded",
      reporter: "Exchange Online",
    });
    expect(quota?.reason).toBe("speeding");
    expect(quota?.link).toContain("learn.microsoft.com");
    const full = classifyDelivery({
      status: "5.2.2",
      diagnostic: "552 5.2.2 mailbox over quota",
      reporter: "mx.example.jp",
    });
    expect(full?.cause).toBe(14);
    expect(full?.link).toBeUndefined();
    const dmarc = classifyDelivery({
      status: "5.7.509",
      diagnostic: "Access denied",
      reporter: "NAM11.prod.outlook.com",
    });
    expect(dmarc?.cause).toBe(24);
    const relay = classifyDelivery({
      status: "5.4.1",
      diagnostic: "Relay Access Denied",
      reporter: "Exchange Online",
    });
    const edge = classifyDelivery({
      status: "5.4.1",
      diagnostic: "Recipient address rejected: Access denied",
      reporter: "Exchange Online",
    });
    expect(relay?.cause).toBe(13);
    expect(edge?.cause).toBe(8);
  });

  it("links Exchange Online codes to their own page", () => {
    expect(exchangeOnlineLink("5.1.10")).toMatch(/fix-error-code-550-5-1-10-in-exchange-online$/);
    expect(exchangeOnlineLink("5.7.124")).toMatch(/fix-error-code-5-7-124-in-exchange-online$/);
    expect(exchangeOnlineLink("4.7.650")).toMatch(/asxxx/);
    expect(exchangeOnlineLink(null)).toMatch(/non-delivery-reports-in-exchange-online$/);
  });

  it("returns null for a success and for empty input", () => {
    expect(classifyDelivery({ status: "2.0.0", diagnostic: "250 OK" })).toBeNull();
    expect(classifyDelivery({ status: "Delivered" })).toBeNull();
    expect(classifyDelivery({})).toBeNull();
  });

  it("understands message-trace status words", () => {
    expect(classifyDelivery({ status: "FilteredAsSpam" })?.cause).toBe(9);
    expect(
      classifyDelivery({
        status: "Failed",
        diagnostic: "550 5.4.1 Recipient address rejected: Access denied",
        reporter: "Exchange Online",
      })?.cause
    ).toBe(8);
  });

  it("treats a temporary failure without words as a delay", () => {
    expect(classifyDelivery({ status: "4.4.7", diagnostic: "" })?.cause).toBe(4);
  });

  it("reads a message-trace event of Exchange Online (status word plus the LED text)", () => {
    const d = classifyDelivery({
      status: "Failed",
      diagnostic:
        "Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}]",
      reporter: "Exchange Online",
    });
    expect(d).toMatchObject({ cause: 8, reason: "userunknown" });
    expect(d?.link).toMatch(/fix-error-code-550-5-1-10-in-exchange-online$/);
  });

  it("says who acts and what to do, in both languages", () => {
    const d = classifyDelivery({
      status: "5.7.26",
      diagnostic:
        "Unauthenticated email from example.jp is not accepted due to domain's DMARC policy",
    });
    expect(d?.cause).toBe(24);
    expect(d?.who).toEqual(["yourIt"]);
    expect(d?.nextStep.ja).toMatch(/SPF/);
    expect(d?.nextStep.en).toMatch(/SPF/);
  });

  it("reads Gmail's reused 5.7.1 by its words", () => {
    const gmail = (diagnostic: string) =>
      classifyDelivery({
        status: "5.7.1",
        diagnostic: `550 5.7.1 ${diagnostic} - gsmtp`,
        reporter: "Gmail",
      })?.cause;
    expect(
      gmail(
        "Our system has detected an unusual rate of unsolicited mail originating from your IP address"
      )
    ).toBe(1);
    expect(gmail("This message is missing a valid Message-ID header")).toBe(20);
    expect(gmail("Our system has detected that this message is likely unsolicited mail")).toBe(9);
    expect(gmail("Daily SMTP relay limit exceeded for customer")).toBe(18);
  });

  it("reads Exchange Online's network and IPv6 codes", () => {
    const exo = (status: string, diagnostic: string) =>
      classifyDelivery({ status, diagnostic, reporter: "Exchange Online" })?.cause;
    expect(exo("4.4.316", "Connection refused [Message=Socket error code 10061]")).toBe(12);
    expect(exo("5.4.316", "Message expired, connection refused(Socket error code 10061)")).toBe(4);
    expect(exo("5.7.510", "Access denied, [contoso.com] does not accept email over IPv6")).toBe(1);
  });

  it("points a missing Microsoft 365 licence to item 22", () => {
    expect(
      classifyDelivery({
        status: "5.1.10",
        diagnostic: "The recipient's mailbox is not licensed",
        reporter: "Exchange Online",
      })?.cause
    ).toBe(22);
  });
});
