import fc from "fast-check";
import { classifyReadItem } from "../../../src/office/classify";

const USER = "taro.yamada@contoso.example";

describe("classifyReadItem", () => {
  test.each([
    ["Undeliverable: Quarterly figures", "postmaster@contoso.example"],
    ["配信不能: 見積書の送付", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example"],
    ["Delivery Status Notification (Failure)", "mailer-daemon@googlemail.com"],
    ["Undelivered Mail Returned to Sender", "MAILER-DAEMON@mail.fabrikam.example"],
    ["[配信エラー] 見積書", "postmaster@isp.example.jp"],
    ["Returned mail: see transcript for details", "mailer-daemon@relay.example"],
    [
      "Delivery delayed:Quarterly figures",
      "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example",
    ],
    ["配信が遅延しています: 見積書", "postmaster@contoso.example"],
  ])("bounce: %s from %s", (subject, from) => {
    expect(classifyReadItem({ subject, fromAddress: from, userAddress: USER }).kind).toBe("bounce");
  });

  test("the NDR item class alone is enough; read and delivery receipts are not bounces", () => {
    expect(
      classifyReadItem({
        itemClass: "REPORT.IPM.Note.NDR",
        subject: "x",
        fromAddress: "a@b.example",
      }).kind
    ).toBe("bounce");
    expect(
      classifyReadItem({
        itemClass: "REPORT.IPM.Note.IPNRN",
        subject: "Read: x",
        fromAddress: "a@b.example",
        userAddress: USER,
      }).kind
    ).toBe("received");
    expect(
      classifyReadItem({
        itemClass: "REPORT.IPM.Note.DR",
        subject: "Delivered: x",
        fromAddress: "a@b.example",
        userAddress: USER,
      }).kind
    ).toBe("received");
  });

  test("a multipart/report delivery-status content type marks a bounce", () => {
    const headers = [
      {
        name: "Content-Type",
        value: 'multipart/report; report-type=delivery-status; boundary="x"',
      },
    ];
    expect(
      classifyReadItem({ subject: "Notice", fromAddress: "relay@isp.example", headers }).kind
    ).toBe("bounce");
  });

  test("a forwarded NDR or a mail merely mentioning one is not a bounce", () => {
    expect(
      classifyReadItem({
        subject: "FW: Undeliverable: figures",
        fromAddress: "boss@contoso.example",
        userAddress: USER,
      }).kind
    ).toBe("received");
    expect(
      classifyReadItem({
        subject: "Why was my mail undeliverable?",
        fromAddress: "x@fabrikam.example",
        userAddress: USER,
      }).kind
    ).toBe("received");
  });

  test("own mail is sent (case-insensitive), a Drafts hint makes it a draft, other mail is received", () => {
    expect(
      classifyReadItem({
        subject: "Hi",
        fromAddress: "Taro.Yamada@Contoso.example",
        userAddress: USER,
      }).kind
    ).toBe("sent");
    expect(
      classifyReadItem({ subject: "Hi", fromAddress: USER, userAddress: USER, folder: "drafts" })
        .kind
    ).toBe("draft");
    expect(
      classifyReadItem({
        subject: "Hi",
        fromAddress: "x@fabrikam.example",
        userAddress: USER,
        folder: "sentitems",
      }).kind
    ).toBe("sent");
    expect(
      classifyReadItem({ subject: "Hi", fromAddress: "x@fabrikam.example", userAddress: USER }).kind
    ).toBe("received");
  });
});

describe("classifyReadItem on hostile input", () => {
  test("never throws and always answers one of the four kinds", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.string()),
        fc.array(fc.record({ name: fc.string(), value: fc.string() }), { maxLength: 5 }),
        (subject, from, itemClass, headers) => {
          const { kind } = classifyReadItem({
            subject,
            fromAddress: from,
            itemClass: itemClass ?? undefined,
            headers,
            userAddress: USER,
          });
          expect(["bounce", "sent", "draft", "received"]).toContain(kind);
        }
      ),
      { numRuns: 1000 }
    );
  });

  test("stays fast on long crafted subjects", () => {
    const subjects = [
      "[".repeat(100000) + "x",
      " ".repeat(100000) + "undeliverable",
      "配信".repeat(50000),
      "delivery ".repeat(20000),
    ];
    const t0 = Date.now();
    for (const subject of subjects)
      classifyReadItem({ subject, fromAddress: "a@b.example", userAddress: USER });
    expect(Date.now() - t0).toBeLessThan(500);
  });
});
