/**
 * Who wrote the report. Each MTA family signs its reports in its own way (a banner sentence,
 * a header, the Reporting-MTA host); the first match wins, the Reporting-MTA host is the
 * fallback.
 */
import type { HeaderField } from "../model/snapshot";
import { getHeader } from "./mime";

interface Signature {
  name: string;
  test: (h: Hay) => boolean;
}

interface Hay {
  /** From, Subject, Received, X-Mailer … of the report, lowercased. */
  head: string;
  /** The first part of the human-readable text, lowercased. */
  text: string;
  /** Reporting-MTA host, lowercased. */
  mta: string;
  /** head and text together, built once (most signatures look at both). */
  both: string;
  /** The first From line of head ("" when none), cut once: many signatures read only it. */
  from: string;
  /** head followed by the first 2,000 chars of text, built once for the gateways' banners. */
  headAndStart: string;
}

const SIGNATURES: Signature[] = [
  {
    name: "Exchange Online",
    test: (h) =>
      /generating server: [^\n]{0,255}?\.(prod\.)?outlook\.com|protection\.outlook\.com|\.prod\.outlook\.com/.test(
        h.text + " " + h.mta
      ) || /\.outlook\.com\b/.test(h.mta),
  },
  {
    name: "Microsoft Exchange",
    test: (h) =>
      /diagnostic information for administrators|msexch|microsoft exchange|x-ms-exchange|internet mail service \(/.test(
        h.both
      ),
  },
  {
    name: "Outlook.com",
    test: (h) => /hotmail\.com|outlook\.com|\blive\.com/.test(h.from),
  },
  {
    name: "Google Groups",
    test: (h) => /googlegroups\.com/.test(h.head) && /google groups/.test(h.text),
  },
  {
    name: "Gmail",
    test: (h) =>
      /^from:[^\n]*(googlemail\.com|google\.com)/m.test(h.head) ||
      /\.google\.com$|googlemail\.com$/.test(h.mta),
  },
  { name: "Amazon SES", test: (h) => /amazonses\.com/.test(h.head + h.mta) },
  { name: "Amazon WorkMail", test: (h) => /amazon ?workmail|awsapps\.com/.test(h.both) },
  {
    name: "Yahoo",
    test: (h) => /^from:[^\n]*yahoo/m.test(h.head) || /yahoo(dns)?\.(com|net|co\.jp)$/.test(h.mta),
  },
  { name: "AOL", test: (h) => /^from:[^\n]*\baol\.com/m.test(h.head) },
  {
    name: "NTT docomo",
    test: (h) => /docomo\.ne\.jp/.test(h.from),
  },
  {
    name: "au (KDDI)",
    test: (h) =>
      /ezweb\.ne\.jp|\bau\.com|kddi|dion\.ne\.jp|auone-net\.jp/.test(
        (h.head.match(/^(from|received):[^\n]*/gm) ?? []).join(" ") + h.mta
      ),
  },
  {
    name: "SoftBank",
    test: (h) => /softbank\.ne\.jp|i\.softbank\.jp|vodafone\.ne\.jp/.test(h.from),
  },
  {
    name: "Postfix",
    test: (h) =>
      /\(postfix\)|this is the mail system at host/.test(h.text) || /x-postfix/.test(h.text),
  },
  { name: "qmail", test: (h) => /qmail-send program|qmail/.test(h.text) },
  {
    name: "Exim",
    test: (h) =>
      /this message was created automatically by mail delivery software|exim/.test(h.text) ||
      /^x-failed-recipients:/m.test(h.head),
  },
  { name: "Courier", test: (h) => /courier mail server/.test(h.text) },
  { name: "Lotus Domino", test: (h) => /domino|lotus notes/.test(h.both) },
  { name: "OpenSMTPD", test: (h) => /opensmtpd|this is the mailer-daemon at/.test(h.text) },
  { name: "DragonFly Mail Agent", test: (h) => /dragonfly mail agent/.test(h.both) },
  {
    name: "Oracle Messaging Server",
    test: (h) => /this report relates to a message you sent/.test(h.text),
  },
  { name: "Mimecast", test: (h) => /mimecast/.test(h.headAndStart) },
  { name: "Barracuda", test: (h) => /barracuda/.test(h.head) },
  { name: "SendGrid", test: (h) => /sendgrid/.test(h.head) },
  { name: "Zoho Mail", test: (h) => /zoho(mail)?\.com/.test(h.from) },
  {
    name: "GMX / WEB.DE / 1&1",
    test: (h) => /gmx\.(net|com|de)|web\.de|kundenserver\.de/.test(h.from),
  },
  { name: "Mail.ru", test: (h) => /mail\.ru/.test(h.from) },
  { name: "Yandex", test: (h) => /yandex/.test(h.from) },
  { name: "Trend Micro InterScan", test: (h) => /interscan/.test(h.headAndStart) },
  { name: "McAfee", test: (h) => /mcafee/.test(h.headAndStart) },
  { name: "m-FILTER", test: (h) => /m-filter/.test(h.text.slice(0, 2000)) },
  {
    name: "Sendmail",
    test: (h) => /transcript of session follows|\(8\.\d+\.\d+\/8\.\d+\.\d+\)|sendmail/.test(h.both),
  },
];

const HEAD_FIELDS = [
  "from",
  "subject",
  "x-mailer",
  "received",
  "x-failed-recipients",
  "x-ms-exchange-message-is-ndr",
];

export function detectReporter(
  headers: HeaderField[],
  text: string,
  reportingMta: string | undefined
): string | null {
  const head = headers
    .filter((f) => HEAD_FIELDS.includes(f.name.toLowerCase()))
    .slice(0, 30)
    .map((f) => `${f.name.toLowerCase()}: ${f.value.slice(0, 500)}`)
    .join("\n")
    .toLowerCase();
  const lowerText = text.slice(0, 6000).toLowerCase();
  const hay: Hay = {
    head,
    text: lowerText,
    mta: (reportingMta ?? "").toLowerCase(),
    both: `${head}\n${lowerText}`,
    from: /^from:[^\n]*/m.exec(head)?.[0] ?? "",
    headAndStart: head + lowerText.slice(0, 2000),
  };
  for (const s of SIGNATURES) if (s.test(hay)) return s.name;
  if (reportingMta) return reportingMta;
  const from = getHeader(headers, "from");
  const domain = from ? /@([A-Za-z0-9.-]+)/.exec(from)?.[1] : undefined;
  return domain ?? null;
}
