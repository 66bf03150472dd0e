/**
 * Simulated Outlook items and fake-server data for the Graph and DNS end-to-end tests: a plain
 * draft (so that what lights up comes from Microsoft 365 or DNS, not from the mail's content),
 * a recent Sent Items copy, and what the fake Graph and DoH servers know about their addresses.
 */
import { generateKeyPairSync } from "node:crypto";
import type { FakeGraphOptions, WireTrace } from "../../fakes/fake-graph";
import type { FakeZone } from "../../fakes/fake-doh";
import type { SimItem } from "./office-host";
import { USER } from "./sims";

export const OUT_OF_OFFICE =
  "12月1日まで休暇をいただいております。急ぎの件は営業部までご連絡ください。";

export const ADDRESSES = {
  away: "tanaka@fabrikam.co.jp",
  full: "sato@fabrikam.co.jp",
  restricted: "keiri-approval@fabrikam.co.jp",
  spam: "keiri@fabrikam.co.jp",
  unknown: "yoshida@northwind.co.jp",
};

export function plainDraft(): SimItem {
  const body =
    "田中様、佐藤様\n\n12月の定例会は12月8日(月)10時からでいかがでしょうか。\nご都合をお知らせください。\n\n鈴木";
  return {
    mode: "compose",
    subject: "12月の定例会の日程について",
    bodyText: body,
    bodyHtml: `<div>${body.replace(/\n/g, "<br>")}</div>`,
    from: USER,
    to: [
      { displayName: "田中 花子", emailAddress: ADDRESSES.away },
      { displayName: "佐藤 次郎", emailAddress: ADDRESSES.full },
    ],
    cc: [{ displayName: "経理承認", emailAddress: ADDRESSES.restricted }],
  };
}

/** MailTips as Graph words them: one recipient away, one mailbox full, one accepting only some senders. */
export function draftGraph(): FakeGraphOptions {
  return {
    mailTips: {
      [ADDRESSES.away]: {
        mailboxFull: false,
        automaticReplies: { message: `<html><body><p>${OUT_OF_OFFICE}</p></body></html>` },
      },
      [ADDRESSES.full]: { mailboxFull: true },
      [ADDRESSES.restricted]: { deliveryRestricted: true },
    },
  };
}

export const SENT_MESSAGE_ID =
  "<TY3PR01MB7777E2E0F1A2B3C4@TY3PR01MB7777.jpnprd01.prod.outlook.com>";

/** A Sent Items copy from half an hour ago (message trace keeps 90 days and lags minutes). */
export function recentSentItem(sentAt: Date): SimItem {
  return {
    mode: "read",
    itemClass: "IPM.Note",
    subject: "11月分 請求書のご送付",
    bodyText: "経理部 御中\n\n11月分の請求書をお送りします。\n\n鈴木",
    from: USER,
    to: [
      { displayName: "経理部", emailAddress: ADDRESSES.spam },
      { displayName: "吉田 三郎", emailAddress: ADDRESSES.unknown },
    ],
    internetMessageId: SENT_MESSAGE_ID,
    dateTimeCreated: sentAt.toISOString(),
    headers: "",
  };
}

/** Message trace rows as Graph returns them: one recipient's copy filtered as spam, one failed. */
export function traceRows(sentAt: Date): WireTrace[] {
  const at = (seconds: number) => new Date(sentAt.getTime() + seconds * 1000).toISOString();
  const row = {
    senderAddress: USER.emailAddress,
    messageId: SENT_MESSAGE_ID,
    receivedDateTime: at(2),
    subject: "11月分 請求書のご送付",
    size: 48213,
    fromIP: "2404:f801:8028:1::5",
  };
  return [
    {
      ...row,
      id: "4c1f6a2e-0001-4e2e-9000-00000000e2e1",
      recipientAddress: ADDRESSES.spam,
      status: "FilteredAsSpam",
      details: [
        { dateTime: at(2), event: "Receive", description: "Message received by: TY3PR01MB7777" },
        {
          dateTime: at(3),
          event: "Spam",
          action: "MoveToJmf",
          description: "Spam filter verdict: SCL 6, message moved to the junk folder",
        },
      ],
    },
    {
      ...row,
      id: "4c1f6a2e-0002-4e2e-9000-00000000e2e2",
      recipientAddress: ADDRESSES.unknown,
      status: "Failed",
      details: [
        { dateTime: at(2), event: "Receive", description: "Message received by: TY3PR01MB7777" },
        {
          dateTime: at(9),
          event: "Fail",
          description:
            "Reason: [{LED=550 5.1.1 <yoshida@northwind.co.jp>: Recipient address rejected: User unknown in virtual mailbox table};{MSG=};{FQDN=mx.northwind.co.jp}]",
        },
      ],
    },
  ];
}

let dkimKey: string | undefined;

/** A real 2048-bit RSA public key (base64 SubjectPublicKeyInfo), as a DKIM p= value. */
function dkimPublicKey(): string {
  dkimKey ??= generateKeyPairSync("rsa", { modulusLength: 2048 })
    .publicKey.export({ type: "spki", format: "der" })
    .toString("base64");
  return dkimKey;
}

/**
 * DNS as it should be for a Microsoft 365 tenant: MX for the recipients' domain; for the
 * sender's, SPF that includes Exchange Online's (which resolves), DMARC, and DKIM selector1 and
 * selector2 as CNAMEs to published keys.
 */
export function healthyZone(): FakeZone {
  const key = `v=DKIM1; k=rsa; p=${dkimPublicKey()}`;
  return {
    "spf.protection.outlook.com": {
      TXT: [
        "v=spf1 ip4:40.92.0.0/15 ip4:40.107.0.0/16 ip4:52.100.0.0/15 ip6:2a01:111:f400::/48 -all",
      ],
    },
    "selector1._domainkey.contoso.co.jp": {
      CNAME: "selector1-contoso-co-jp._domainkey.contoso.onmicrosoft.com.",
    },
    "selector2._domainkey.contoso.co.jp": {
      CNAME: "selector2-contoso-co-jp._domainkey.contoso.onmicrosoft.com.",
    },
    "selector1-contoso-co-jp._domainkey.contoso.onmicrosoft.com": { TXT: [key] },
    "selector2-contoso-co-jp._domainkey.contoso.onmicrosoft.com": { TXT: [key] },
    "fabrikam.co.jp": {
      MX: ["10 fabrikam-co-jp.mail.protection.outlook.com."],
      TXT: ["v=spf1 include:spf.protection.outlook.com -all"],
    },
    "_dmarc.fabrikam.co.jp": { TXT: ["v=DMARC1; p=quarantine; rua=mailto:dmarc@fabrikam.co.jp"] },
    "contoso.co.jp": {
      MX: ["10 contoso-co-jp.mail.protection.outlook.com."],
      TXT: ["v=spf1 include:spf.protection.outlook.com -all"],
    },
    "_dmarc.contoso.co.jp": { TXT: ["v=DMARC1; p=reject; rua=mailto:dmarc@contoso.co.jp"] },
  };
}

/** DNS with faults the checks must report: the recipients' domain does not exist; no SPF, no DMARC. */
export function brokenZone(): FakeZone {
  return {
    "contoso.co.jp": { MX: ["10 contoso-co-jp.mail.protection.outlook.com."] },
  };
}
