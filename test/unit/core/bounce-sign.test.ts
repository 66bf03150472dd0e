/** One guess for "is this a delivery report": an .eml file and an item opened in Outlook agree. */
import { bounceSign } from "../../../src/core/mime/bounce-sign";
import { guessKind, parseEml } from "../../../src/core/mime/eml";
import type { HeaderField } from "../../../src/core/model/snapshot";
import { classifyReadItem } from "../../../src/office/classify";

interface Case {
  name: string;
  fromName?: string;
  from: string;
  subject: string;
  headers: HeaderField[];
  bounce: boolean;
}

const received: HeaderField = { name: "Received", value: "from mx.example by mx.contoso.example" };
const cases: Case[] = [
  {
    name: "Exchange Online NDR by its system sender",
    fromName: "Microsoft Outlook",
    from: "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.example",
    subject: "配信不能: 見積書の送付",
    headers: [received],
    bounce: true,
  },
  {
    name: "Postfix DSN by its report content type alone",
    from: "relay@isp.example",
    subject: "Notice",
    headers: [
      received,
      {
        name: "Content-Type",
        value: 'multipart/report; report-type=delivery-status; boundary="b"',
      },
    ],
    bounce: true,
  },
  {
    name: "Exim bounce with X-Failed-Recipients",
    from: "relay@isp.example",
    subject: "Notice",
    headers: [received, { name: "X-Failed-Recipients", value: "sato@fabrikam.example" }],
    bounce: true,
  },
  {
    name: "Gmail bounce known by its display name",
    fromName: "Mail Delivery Subsystem",
    from: "notifications@googlemail.example",
    subject: "Delivery Status Notification (Failure)",
    headers: [received],
    bounce: true,
  },
  {
    name: "a read receipt is not a failure report",
    from: "sato@fabrikam.example",
    subject: "開封済み: 見積書",
    headers: [
      received,
      {
        name: "Content-Type",
        value: 'multipart/report; report-type=disposition-notification; boundary="b"',
      },
    ],
    bounce: false,
  },
  {
    name: "a forwarded NDR is an ordinary mail",
    from: "boss@contoso.example",
    subject: "FW: Undeliverable: figures",
    headers: [received],
    bounce: false,
  },
];

describe("bounceSign: .eml files and Outlook items are read alike", () => {
  test.each(cases)("$name", ({ fromName, from, subject, headers, bounce }) => {
    expect(bounceSign({ headers, fromAddress: from, fromName, subject }) !== undefined).toBe(
      bounce
    );
    const address = fromName === undefined ? { address: from } : { address: from, name: fromName };
    expect(guessKind(headers, address, subject) === "bounce").toBe(bounce);
    const item = classifyReadItem({
      fromAddress: from,
      fromName,
      subject,
      headers,
      userAddress: "taro.yamada@contoso.example",
    });
    expect(item.kind === "bounce").toBe(bounce);
  });

  test("a report subject on the user's own mail is not a report; without a user it is", () => {
    const mail = { fromAddress: "taro@contoso.example", subject: "Undeliverable: figures" };
    expect(bounceSign({ ...mail, userAddress: "Taro@Contoso.example" })).toBeUndefined();
    expect(bounceSign(mail)).toBe("delivery report subject");
  });

  test("parseEml marks an Exim bounce file as a bounce and an ordinary mail as received", async () => {
    const eml = (extra: string, subject: string) =>
      new TextEncoder().encode(
        `Received: from mx.example by mx.contoso.example\r\nFrom: relay@isp.example\r\nTo: taro@contoso.example\r\nSubject: ${subject}\r\n${extra}\r\nbody\r\n`
      );
    expect(
      (await parseEml(eml("X-Failed-Recipients: sato@fabrikam.example\r\n", "Notice"))).kind
    ).toBe("bounce");
    expect(
      (await parseEml(eml("", "Mail delivery failed: returning message to sender"))).kind
    ).toBe("bounce");
    expect((await parseEml(eml("", "Notice"))).kind).toBe("received");
  });
});
