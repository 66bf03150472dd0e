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
