/**
 * The time of a Received line is after its last ";" (RFC 5321 §4.4). Some senders write it
 * without the ";" (SendGrid's filters and relays); the time is still the hop's, not a part of its
 * id. The shapes below are the ones those relays write, with made-up hosts and ids.
 */
import { parseMailDate } from "../../../src/core/headers/dates";
import { parseReceived, receivedHops } from "../../../src/core/headers/received";
import { analyzeHeaders } from "../../../src/core/headers/analyze";
import { findingsFromHeaders } from "../../../src/core/checks/received-headers";

describe("a Received time written without its ';'", () => {
  it("reads an ISO-like time at the end of the line and keeps the id whole", () => {
    const f = parseReceived(
      "by filter0001p1las1.relay.example with SMTP id filter0001-5089-5ADBF958-25\n" +
        "        2018-04-22 02:54:17.028704749 +0000 UTC"
    );
    expect(f.id).toBe("filter0001-5089-5ADBF958-25");
    expect(f.dateText).toBe("2018-04-22 02:54:17.028704749 +0000 UTC");
  });

  it("reads an RFC 5322 time with a comment at the end of the line", () => {
    const f = parseReceived(
      "from smtp.example.com (out-8.smtp.example.com [192.0.2.199])\n" +
        " by ismtpd0003p1.relay.example (SG) with ESMTP id gDQRSEGgSqCsi9tFtF1Vtg\n" +
        " Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)"
    );
    expect(f.id).toBe("gDQRSEGgSqCsi9tFtF1Vtg");
    expect(f.with).toBe("ESMTP");
    expect(f.dateText).toBe("Mon, 26 Mar 2018 13:35:36.102 +0000 (UTC)");
  });

  it("gives those hops times, so the delay between them is known", () => {
    const hops = receivedHops([
      "from relay.example (192.0.2.1) by mx.example.org with ESMTP id X1; Sun, 22 Apr 2018 02:54:19 +0000",
      "by filter0001p1las1.relay.example with SMTP id f-1\n 2018-04-22 02:54:17.028 +0000 UTC",
      "from smtp.example.com (smtp.example.com [192.0.2.2]) by ismtpd0001.relay.example (SG) with ESMTP id a1\n Sun, 22 Apr 2018 02:54:16.987 +0000 (UTC)",
    ]);
    expect(hops.map((h) => h.time)).toEqual([
      "2018-04-22T02:54:16.000Z",
      "2018-04-22T02:54:17.000Z",
      "2018-04-22T02:54:19.000Z",
    ]);
    expect(hops[2]?.delaySeconds).toBe(2);
  });

  it("leaves a line with a ';' and a date-like id alone", () => {
    const f = parseReceived("by mx.example.org id 2018-04-22; Sun, 22 Apr 2018 02:54:19 +0000");
    expect(f.id).toBe("2018-04-22");
    expect(f.dateText).toBe("Sun, 22 Apr 2018 02:54:19 +0000");
  });
});

describe("a time zone written as a name", () => {
  it("reads the names that stand for one offset, and GMT/UTC with an offset", () => {
    expect(parseMailDate("Tue, 08 Dec 2026 09:05:03 KST")?.iso).toBe("2026-12-08T00:05:03.000Z");
    expect(parseMailDate("Tue, 08 Dec 2026 09:05:03 CET")?.iso).toBe("2026-12-08T08:05:03.000Z");
    expect(parseMailDate("Tue, 08 Dec 2026 09:05:03 GMT+09:00")).toMatchObject({
      iso: "2026-12-08T00:05:03.000Z",
      zoneKnown: true,
    });
    expect(parseMailDate("Tue, 08 Dec 2026 09:05:03 UTC+9")?.offsetMinutes).toBe(540);
    // "-0000" is UTC with the local zone unknown: the instant itself is known.
    expect(parseMailDate("Tue, 08 Dec 2026 09:05:03 -0000")?.zoneKnown).toBe(true);
  });

  it("measures no delay from a time in a zone it does not know (IST: India, Israel or Ireland)", () => {
    const hops = receivedHops(
      [
        "from relay.example.in by mx.example.jp; Tue, 08 Dec 2026 09:05:10 +0900",
        "from app.example.in by relay.example.in; Tue, 08 Dec 2026 05:35:05 IST",
        "from pc by app.example.in; Tue, 08 Dec 2026 00:05:00 +0000",
      ],
      "Tue, 08 Dec 2026 00:04:58 +0000"
    );
    expect(parseMailDate("Tue, 08 Dec 2026 05:35:05 IST")?.zoneKnown).toBe(false);
    // Read as UTC, the IST hop would have "waited" five and a half hours.
    expect(hops.map((h) => h.delaySeconds)).toEqual([2, undefined, 10]);
  });
});

/**
 * No server queues a mail for weeks: a Date header that far before the first server is a wrong
 * clock on the sending device (or an outbox), reported as such, not as a delay at hop 1.
 */
describe("a Date header days before the first server's time", () => {
  const fields = (date: string) => [
    {
      name: "Received",
      value: "from mx1.example.net by mx2.example.org; Thu, 08 Mar 2005 14:05:00 +0000",
    },
    {
      name: "Received",
      value: "from mfp.example.net by mx1.example.net; Thu, 08 Mar 2005 14:00:00 +0000",
    },
    { name: "Date", value: date },
  ];

  it("is reported as the sending device's clock, and not counted as a delay", () => {
    const a = analyzeHeaders(fields("Sat, 01 Jan 2000 09:00:00 +0900"));
    expect(a.dateBeforeFirstHop?.dateText).toBe("Sat, 01 Jan 2000 09:00:00 +0900");
    expect(a.hops.map((h) => h.delaySeconds)).toEqual([undefined, 300]);
    expect(a.totalDelaySeconds).toBe(300);
    const found = findingsFromHeaders(a).filter((f) => f.item === 4);
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.date-far-before:info",
      "received-headers.no-delay:ok",
    ]);
    expect(found[0]?.message.en).toContain("1893 d 14 h");
    expect(found[0]?.message.ja).toContain("1893日14時間");
  });

  it("keeps a wait of a day at the first hop a delay (an outage or a queue that retried)", () => {
    const a = analyzeHeaders(fields("Wed, 07 Mar 2005 14:00:00 +0000"));
    expect(a.dateBeforeFirstHop).toBeUndefined();
    const found = findingsFromHeaders(a).filter((f) => f.item === 4);
    expect(found.map((f) => f.rule)).toEqual(["received-headers.hop-delay"]);
    expect(found[0]?.message.en).toContain("24 h 0 min");
  });
});

describe("a hop that fetched the mail from a mailbox", () => {
  it("is not a delay: the mail lay delivered there until fetchmail collected it", () => {
    const a = analyzeHeaders([
      {
        name: "Received",
        value:
          "from pop.example.net [192.0.2.8] by localhost with POP3 (fetchmail-6.3.26) for <taro@localhost> (single-drop); Mon, 07 Dec 2026 19:46:00 +0900",
      },
      {
        name: "Received",
        value: "from mail.example.com by pop.example.net; Mon, 07 Dec 2026 10:00:00 +0900",
      },
      { name: "Date", value: "Mon, 07 Dec 2026 09:59:50 +0900" },
    ]);
    const found = findingsFromHeaders(a).filter((f) => f.item === 4);
    expect(found.map((f) => f.rule)).toEqual(["received-headers.no-delay"]);
    // Nor is the time in the mailbox part of a total delivery time.
    expect(found[0]?.message.en).not.toMatch(/\bh\b|in all/);
    // The Headers tab reads the same analysis: no total, and the fetch is not the slowest hop.
    expect(a.hops.map((h) => h.waitKind)).toEqual([undefined, "mailbox"]);
    expect(a.totalDelaySeconds).toBeUndefined();
    expect(a.slowestHop?.hop).toBe(1);
  });
});

describe("a wait between two servers longer than any server keeps a mail", () => {
  it("is a wrong clock or spliced lines, not a delay, and leaves the total out", () => {
    const a = analyzeHeaders([
      {
        name: "Received",
        value: "from b.example.net by c.example.org; Tue, 20 Feb 2018 10:00:00 +0000",
      },
      {
        name: "Received",
        value: "from a.example.com by b.example.net; Mon, 11 Jan 2016 10:00:00 +0000",
      },
      { name: "Date", value: "Mon, 11 Jan 2016 09:59:00 +0000" },
    ]);
    const found = findingsFromHeaders(a).filter((f) => f.item === 4);
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.implausible-wait:info",
      "received-headers.no-delay:ok",
    ]);
    expect(found[0]?.message.en).toContain("Hop 2 is 771 d 0 h later");
    expect(found[1]?.message.en).not.toContain("in all");
    expect(a.hops.map((h) => h.waitKind)).toEqual([undefined, "implausible"]);
    expect(a.totalDelaySeconds).toBeUndefined();
    expect(a.slowestHop?.hop).toBe(1);
  });
});

describe("a wait before the first server", () => {
  it("is the sender's device or program holding the mail, said as information", () => {
    const a = analyzeHeaders([
      {
        name: "Received",
        value: "from mx.example.com by mail.example.org; Wed, 13 Oct 2021 14:30:07 +0200",
      },
      {
        name: "Received",
        value: "by mail-out.example.com with SMTP id 103; Wed, 13 Oct 2021 05:30:06 -0700",
      },
      { name: "Date", value: "Tue, 12 Oct 2021 16:59:59 -0700" },
    ]);
    expect(a.hops[0]?.sinceDate).toBe(true);
    const found = findingsFromHeaders(a).filter((f) => f.item === 4);
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.hop-delay:info",
    ]);
    expect(found[0]?.message.en).toContain("12 h 30 min after the time in its Date header");
  });

  it("leaves a wait between two servers a warning", () => {
    const a = analyzeHeaders([
      {
        name: "Received",
        value: "from mail.example2.com by mx.example.org; Tue, 21 Apr 2020 19:40:19 +0500",
      },
      {
        name: "Received",
        value:
          "from [192.168.0.4] by mail.example2.com with ESMTP; Tue, 21 Apr 2020 19:26:00 +0500",
      },
      { name: "Date", value: "Tue, 21 Apr 2020 19:05:44 +0500" },
    ]);
    const found = findingsFromHeaders(a).filter((f) => f.item === 4);
    expect(found.map((f) => `${f.rule}:${f.severity}`)).toEqual([
      "received-headers.hop-delay:info",
      "received-headers.hop-delay:warning",
    ]);
    expect(found[1]?.message.en).toContain("14 min 19 s at hop 2");
  });
});

describe("a Date later than the first server's time", () => {
  const headers = (date: string) =>
    analyzeHeaders([
      {
        name: "Received",
        value: "from relay.example.net by mx.example.org; Mon, 14 Jul 2014 04:01:18 -0000",
      },
      { name: "Date", value: date },
    ]);

  it("is the sender's clock ahead; three hours or more is a date in the future (item 20)", () => {
    const found = findingsFromHeaders(headers("Tue, 14 Jul 2015 12:19:08 +0800"));
    expect(found.map((f) => `${f.item}:${f.rule}:${f.severity}`)).toEqual(
      expect.arrayContaining([
        "4:received-headers.clock-skew:info",
        "20:received-headers.date-in-future:warning",
      ])
    );
    expect(found.find((f) => f.item === 4)?.message.en).toContain("sending device's clock");
  });

  it("says years, not hundreds of thousands of days, for an absurd Date", () => {
    const found = findingsFromHeaders(headers("Mon, 30 Jun 3609 15:33:50 +0600"));
    expect(found.find((f) => f.item === 20)?.message.en).toMatch(/about \d{4} years later/);
  });

  it("is only information when the clock is a little ahead", () => {
    const found = findingsFromHeaders(headers("Mon, 14 Jul 2014 05:00:00 -0000"));
    expect(found.filter((f) => f.item === 20)).toEqual([]);
  });
});

describe("a hop a few seconds earlier than the one before", () => {
  it("is not clock skew: servers differ by seconds, and some stamp whole minutes", () => {
    const a = analyzeHeaders([
      { name: "Received", value: "from a.example by b.example; Sun, 23 Jan 2022 20:39 +0100" },
      { name: "Date", value: "Sun, 23 Jan 2022 20:39:53 +0100" },
    ]);
    expect(a.hops[0]?.delaySeconds).toBe(-53);
    expect(a.clockSkewHops).toEqual([]);
  });
});
