/** Hand-made snapshots for the check hygiene tests: empty, blank everywhere, and hostile. */
import fc from "fast-check";
import type { DnsFacts, Fact, Facts, MailTip, TraceResult } from "../../src/core/model/facts";
import {
  emptySnapshot,
  type AttachmentInfo,
  type MailAddress,
  type MessageSnapshot,
} from "../../src/core/model/snapshot";

export function blankSnapshot(): MessageSnapshot {
  return {
    source: "mime",
    kind: "sent",
    subject: "",
    bodyText: "",
    bodyHtml: "",
    from: { address: "" },
    sender: { address: "", name: "" },
    replyTo: [{ address: "" }],
    to: [{ address: "" }],
    cc: [{ address: "", name: undefined }],
    bcc: [],
    attachments: [
      { name: "", size: 0 },
      { name: "", size: 0, content: new Uint8Array(0), contentType: "", kind: "item" },
    ],
    headers: [
      { name: "", value: "" },
      { name: "Received", value: "" },
      { name: "Authentication-Results", value: "" },
      { name: "Content-Type", value: "" },
      { name: "Date", value: "" },
    ],
    messageId: "",
    date: "",
    sizeBytes: 0,
    raw: new Uint8Array(0),
    notes: [],
  };
}

export function undefinedSnapshot(): MessageSnapshot {
  return {
    source: "office-compose",
    kind: "draft",
    subject: "",
    bodyText: undefined,
    bodyHtml: undefined,
    from: undefined,
    sender: undefined,
    replyTo: undefined,
    to: [],
    cc: [],
    bcc: [],
    attachments: [
      {
        name: "report.zip",
        size: 1,
        content: undefined,
        contentType: undefined,
        isInline: undefined,
        kind: undefined,
        contentError: undefined,
      },
    ],
    headers: undefined,
    messageId: undefined,
    date: undefined,
    sizeBytes: undefined,
    raw: undefined,
    notes: undefined,
  };
}

const HOSTILE_ADDRESSES = [
  "",
  "@",
  "a@",
  "@b",
  "a@@b",
  "<>",
  "a@b..c",
  "a@[999.1.1.1]",
  "\u0000@x",
  "x".repeat(10_000) + "@example.com",
  "a@" + "d.".repeat(2000) + "com",
  '"q"@ex ample.com',
  "日本語@例え.jp",
  "a@xn--",
];

export function hostileSnapshot(): MessageSnapshot {
  const to: MailAddress[] = Array.from({ length: 10_000 }, (_, i) => ({
    address: `user${i}@domain${i % 700}.example`,
    name: i % 3 ? `User ${i}` : undefined,
  }));
  const attachments: AttachmentInfo[] = [
    { name: "a.zip", size: Number.NaN, content: undefined },
    { name: "b.exe", size: -1, contentError: "read failed" },
    {
      name: "c.docm",
      size: Number.POSITIVE_INFINITY,
      content: new Uint8Array([0x50, 0x4b, 3, 4, 0xff]),
    },
    {
      name: "\u202egpj.exe",
      size: -Number.MAX_VALUE,
      contentType: "application/octet-stream",
      kind: "cloud",
    },
    {
      name: ".".repeat(5000),
      size: 1e300,
      content: new Uint8Array(1000).fill(0xff),
      contentError: "also an error",
    },
    {
      name: "x.7z",
      size: 12,
      content: Uint8Array.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]),
    },
    {
      name: "y.rar",
      size: 8,
      content: Uint8Array.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 1, 0]),
    },
    { name: "z.tar.gz", size: 3, content: Uint8Array.from([0x1f, 0x8b, 8]) },
  ];
  return {
    source: "mime",
    kind: "sent",
    subject: "=?utf-8?B?" + "44GC".repeat(100_000) + "?= " + "件名".repeat(200_000),
    bodyText: "http://" + "a.".repeat(50_000) + "com " + "> ".repeat(50_000),
    bodyHtml:
      "<a href='javascript:alert(1)'>" +
      "<div>".repeat(20_000) +
      "<a href='http://10.0.0.1/'>https://bank.example</a>",
    from: { address: HOSTILE_ADDRESSES[9]!, name: "\r\n".repeat(100) },
    sender: { address: "@" },
    replyTo: HOSTILE_ADDRESSES.map((address) => ({ address })),
    to,
    cc: HOSTILE_ADDRESSES.map((address) => ({ address })),
    bcc: HOSTILE_ADDRESSES.map((address) => ({ address, name: address })),
    attachments,
    headers: [
      ...Array.from({ length: 2000 }, (_, i) => ({
        name: "Received",
        value:
          i % 2
            ? "from [" + "1".repeat(500)
            : `from x (y [300.1.1.1]) by z; ${"Mon, 99 Foo 9999 99:99:99 +9999"}`,
      })),
      { name: "Authentication-Results", value: "; ; spf=; dkim=; dmarc=" + "=".repeat(10_000) },
      { name: "DKIM-Signature", value: "v=1; d=; s=; b=" + "A".repeat(100_000) },
      { name: "Date", value: "not a date" },
      { name: "Date", value: "" },
      { name: "Message-ID", value: "<" + ">".repeat(5000) },
      { name: "Content-Type", value: "multipart/report; report-type=delivery-status; boundary=" },
      { name: "X-Failed-Recipients", value: ",".repeat(5000) },
    ],
    messageId: "<<<>>>",
    date: "9999-99-99T99:99:99Z",
    sizeBytes: Number.NaN,
    raw: new Uint8Array(0),
    notes: ["", "x".repeat(10_000)],
  };
}

export function kindVariants(base: () => MessageSnapshot): MessageSnapshot[] {
  return (["draft", "sent", "bounce", "received"] as const).map((kind) => ({ ...base(), kind }));
}

export const emptySnapshots = (): MessageSnapshot[] =>
  (["draft", "sent", "bounce", "received"] as const).map((kind) =>
    emptySnapshot("office-compose", kind)
  );

/** Random snapshots: every optional field present or not, with hostile strings and numbers. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "@",
    "<>",
    "=?utf-8?B?!!?=",
    "a@b",
    "http://",
    "\u202e",
    "..",
    "\r\n",
    "日本語"
  )
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(Number.NaN, -1, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e300, -0)
);
const address = fc.record(
  { address: hostileString, name: fc.option(hostileString, { nil: undefined }) },
  { requiredKeys: ["address"] }
);
const attachment = fc.record(
  {
    name: hostileString,
    size: hostileNumber,
    contentType: fc.option(hostileString, { nil: undefined }),
    isInline: fc.option(fc.boolean(), { nil: undefined }),
    kind: fc.option(fc.constantFrom("file" as const, "item" as const, "cloud" as const), {
      nil: undefined,
    }),
    content: fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }),
    contentError: fc.option(hostileString, { nil: undefined }),
  },
  { requiredKeys: ["name", "size"] }
);
export const randomSnapshot: fc.Arbitrary<MessageSnapshot> = fc.record(
  {
    source: fc.constantFrom(
      "office-compose" as const,
      "office-read" as const,
      "mime" as const,
      "sample" as const
    ),
    kind: fc.constantFrom(
      "draft" as const,
      "sent" as const,
      "bounce" as const,
      "received" as const
    ),
    subject: hostileString,
    bodyText: fc.option(hostileString, { nil: undefined }),
    bodyHtml: fc.option(hostileString, { nil: undefined }),
    from: fc.option(address, { nil: undefined }),
    sender: fc.option(address, { nil: undefined }),
    replyTo: fc.option(fc.array(address, { maxLength: 3 }), { nil: undefined }),
    to: fc.array(address, { maxLength: 5 }),
    cc: fc.array(address, { maxLength: 3 }),
    bcc: fc.array(address, { maxLength: 3 }),
    attachments: fc.array(attachment, { maxLength: 4 }),
    headers: fc.option(
      fc.array(
        fc.record({
          name: fc.constantFrom(
            "Received",
            "Date",
            "From",
            "Authentication-Results",
            "DKIM-Signature",
            "Content-Type",
            "Message-ID",
            "X-MS-Exchange-Organization-SCL",
            "List-Unsubscribe",
            "Return-Path",
            ""
          ),
          value: hostileString,
        }),
        { maxLength: 8 }
      ),
      { nil: undefined }
    ),
    messageId: fc.option(hostileString, { nil: undefined }),
    date: fc.option(hostileString, { nil: undefined }),
    sizeBytes: fc.option(hostileNumber, { nil: undefined }),
    notes: fc.option(fc.array(hostileString, { maxLength: 2 }), { nil: undefined }),
  },
  { requiredKeys: ["source", "kind", "subject", "to", "cc", "bcc", "attachments"] }
);

/** The shells always give a reason and a fix (the Unavailable contract); their content may be odd. */
const nonBlank = hostileString.map((s) => `${s} x`);
const unavailableWhy = fc.record({
  code: hostileString,
  reason: fc.record({ ja: nonBlank, en: nonBlank }),
  fix: fc.record({ ja: nonBlank, en: nonBlank }),
  retryAfterSeconds: fc.option(hostileNumber, { nil: undefined }),
});
function randomFact<T>(value: fc.Arbitrary<T>): fc.Arbitrary<Fact<T> | undefined> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant({ state: "pending" as const }),
    fc.constant({ state: "off" as const }),
    unavailableWhy.map((why) => ({ state: "unavailable" as const, why })),
    value.map((v) => ({ state: "ok" as const, value: v }))
  );
}
const mailTip: fc.Arbitrary<MailTip> = fc.record(
  {
    address: hostileString,
    mailboxFull: fc.option(fc.boolean(), { nil: undefined }),
    maxMessageSize: fc.option(hostileNumber, { nil: undefined }),
    deliveryRestricted: fc.option(fc.boolean(), { nil: undefined }),
    isModerated: fc.option(fc.boolean(), { nil: undefined }),
    recipientScope: fc.option(
      fc.constantFrom(
        "none" as const,
        "internal" as const,
        "external" as const,
        "externalPartner" as const,
        "externalNonPartner" as const
      ),
      { nil: undefined }
    ),
    totalMemberCount: fc.option(hostileNumber, { nil: undefined }),
    externalMemberCount: fc.option(hostileNumber, { nil: undefined }),
    automaticReplyText: fc.option(hostileString, { nil: undefined }),
    customMailTip: fc.option(hostileString, { nil: undefined }),
    error: fc.option(fc.record({ code: hostileString, message: hostileString }), {
      nil: undefined,
    }),
  },
  { requiredKeys: ["address"] }
);
const traceResult: fc.Arbitrary<TraceResult> = fc.record(
  {
    messageId: hostileString,
    sender: fc.option(hostileString, { nil: undefined }),
    subject: fc.option(hostileString, { nil: undefined }),
    recipients: fc.array(
      fc.record({
        address: hostileString,
        status: fc.oneof(
          hostileString,
          fc.constantFrom(
            "delivered",
            "failed",
            "pending",
            "quarantined",
            "filteredasspam",
            "expanded",
            "gettingstatus",
            "none"
          )
        ),
        receivedAt: fc.option(hostileString, { nil: undefined }),
        events: fc.array(
          fc.record({
            dateTime: hostileString,
            event: hostileString,
            action: fc.option(hostileString, { nil: undefined }),
            description: hostileString,
          }),
          { maxLength: 3 }
        ),
      }),
      { maxLength: 4 }
    ),
    via: fc.constantFrom("graph" as const, "service" as const),
    queriedAt: fc.option(hostileString, { nil: undefined }),
    window: fc.option(fc.record({ from: hostileString, to: hostileString }), { nil: undefined }),
  },
  { requiredKeys: ["messageId", "recipients", "via"] }
);
const dnsFacts: fc.Arbitrary<DnsFacts> = fc.record(
  {
    recipients: fc.array(
      fc.record(
        {
          domain: hostileString,
          status: fc.constantFrom(
            "ok" as const,
            "nxdomain" as const,
            "nullmx" as const,
            "nomail" as const,
            "unavailable" as const
          ),
          mx: fc.array(fc.record({ preference: hostileNumber, exchange: hostileString }), {
            maxLength: 3,
          }),
          usedAddressFallback: fc.option(fc.boolean(), { nil: undefined }),
          mtaSts: fc.option(
            fc.record({
              id: hostileString,
              mode: fc.option(
                fc.constantFrom("enforce" as const, "testing" as const, "none" as const),
                { nil: undefined }
              ),
            }),
            { nil: undefined }
          ),
          why: fc.option(unavailableWhy, { nil: undefined }),
        },
        { requiredKeys: ["domain", "status", "mx"] }
      ),
      { maxLength: 4 }
    ),
    sender: fc.option(
      fc.record({
        domain: hostileString,
        spf: randomFact(
          fc.record({
            records: fc.array(hostileString, { maxLength: 3 }),
            lookupCount: hostileNumber,
            voidLookupCount: hostileNumber,
            allQualifier: fc.option(
              fc.constantFrom("+" as const, "-" as const, "~" as const, "?" as const),
              { nil: undefined }
            ),
            includesMicrosoft365: fc.boolean(),
            errors: fc.array(hostileString, { maxLength: 3 }),
            warnings: fc.option(fc.array(hostileString, { maxLength: 3 }), { nil: undefined }),
            countedTerms: fc.option(fc.array(hostileString, { maxLength: 3 }), { nil: undefined }),
          })
        ).map((f) => f ?? { state: "pending" as const }),
        dmarc: randomFact(
          fc.record({
            record: fc.option(hostileString, { nil: undefined }),
            policy: fc.option(
              fc.constantFrom("none" as const, "quarantine" as const, "reject" as const),
              { nil: undefined }
            ),
            subdomainPolicy: fc.option(
              fc.constantFrom("none" as const, "quarantine" as const, "reject" as const),
              { nil: undefined }
            ),
            pct: fc.option(hostileNumber, { nil: undefined }),
            adkim: fc.option(fc.constantFrom("r" as const, "s" as const), { nil: undefined }),
            aspf: fc.option(fc.constantFrom("r" as const, "s" as const), { nil: undefined }),
            rua: fc.array(hostileString, { maxLength: 2 }),
            ruf: fc.array(hostileString, { maxLength: 2 }),
            errors: fc.array(hostileString, { maxLength: 2 }),
            foundAt: fc.option(hostileString, { nil: undefined }),
          })
        ).map((f) => f ?? { state: "off" as const }),
        dkim: randomFact(
          fc.record({
            selectors: fc.array(
              fc.record({
                selector: hostileString,
                state: fc.constantFrom(
                  "published" as const,
                  "missing" as const,
                  "revoked" as const
                ),
                cnameTarget: fc.option(hostileString, { nil: undefined }),
                domain: fc.option(hostileString, { nil: undefined }),
                source: fc.option(fc.constantFrom("microsoft365" as const, "signature" as const), {
                  nil: undefined,
                }),
                keyBits: fc.option(hostileNumber, { nil: undefined }),
              }),
              { maxLength: 3 }
            ),
          })
        ).map((f) => f ?? { state: "pending" as const }),
      }),
      { nil: undefined }
    ),
  },
  { requiredKeys: ["recipients"] }
);
/** Random facts: each source absent, pending, off, unavailable (with hostile texts) or ok with hostile values. */
export const randomFacts: fc.Arbitrary<Facts> = fc.record({
  mailTips: randomFact(fc.array(mailTip, { maxLength: 4 })),
  licence: randomFact(
    fc.record({
      skus: fc.array(hostileString, { maxLength: 3 }),
      exchangePlans: fc.array(
        fc.record({ name: hostileString, provisioningStatus: hostileString }),
        { maxLength: 3 }
      ),
    })
  ),
  ownMailbox: randomFact(
    fc.record(
      {
        address: hostileString,
        full: fc.option(fc.boolean(), { nil: undefined }),
        usedBytes: fc.option(hostileNumber, { nil: undefined }),
        prohibitSendQuotaBytes: fc.option(hostileNumber, { nil: undefined }),
        issueWarningQuotaBytes: fc.option(hostileNumber, { nil: undefined }),
        reportDate: fc.option(hostileString, { nil: undefined }),
      },
      { requiredKeys: ["address"] }
    )
  ),
  trace: randomFact(traceResult),
  dns: randomFact(dnsFacts),
});
