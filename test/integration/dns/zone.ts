/** Zone data shared by the DNS integration tests: one healthy partner, and every way DNS goes wrong. */
import type { FakeZone } from "../../fakes/fake-doh";

export const M365_SPF = {
  "spf.protection.outlook.com": {
    TXT: ["v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 -all"],
  },
};

export function baseZone(): FakeZone {
  return {
    ...M365_SPF,
    "example.co.jp": {
      TXT: ["v=spf1 include:spf.protection.outlook.com -all", "MS=ms48213307"],
      MX: ["0 example-co-jp.mail.protection.outlook.com."],
    },
    "_dmarc.example.co.jp": {
      TXT: ["v=DMARC1; p=quarantine; pct=100; rua=mailto:dmarc-rua@example.co.jp"],
    },
    "selector1._domainkey.example.co.jp": {
      CNAME: "selector1-example-co-jp._domainkey.contosojp.onmicrosoft.com.",
    },
    "selector2._domainkey.example.co.jp": {
      CNAME: "selector2-example-co-jp._domainkey.contosojp.onmicrosoft.com.",
    },
    "selector1-example-co-jp._domainkey.contosojp.onmicrosoft.com": {
      TXT: [
        `v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${"q".repeat(340)}IDAQAB`,
      ],
    },
    "selector2-example-co-jp._domainkey.contosojp.onmicrosoft.com": {
      TXT: [
        `v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${"r".repeat(340)}IDAQAB`,
      ],
    },
    "partner.example.net": { MX: ["10 mx1.partner.example.net.", "20 mx2.partner.example.net."] },
    "_mta-sts.partner.example.net": { TXT: ["v=STSv1; id=20250301T090000;"] },
    "parked.example.org": { MX: ["0 ."] },
  };
}
