/**
 * A mail first taken for a bounce by its sender (postmaster@, MAILER-DAEMON@) or subject, that the
 * bounce reader does not read as one, is checked and reported as the mail it is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/engine";
import { parseEml } from "../../../src/core/mime/eml";
import { DEFAULT_POLICY } from "../../../src/core/policy/defaults";

const mail = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n"));

describe("a postmaster's ordinary mail", () => {
  const policy = structuredClone(DEFAULT_POLICY);

  it("is a received mail whose transport headers are read, not an unread bounce", async () => {
    const snapshot = await parseEml(
      mail([
        "Received: from mx.example.com (mx.example.com [192.0.2.1]) by mx.example.org with ESMTP id A1; Fri, 5 Jul 2013 11:25:40 -0700",
        "Received: from client (client [192.0.2.9]) by mx.example.com with ESMTP id B2; Fri, 5 Jul 2013 11:25:39 -0700",
        "Message-ID: <51D70FA2.40509@example.com>",
        "Date: Fri, 05 Jul 2013 11:25:38 -0700",
        "From: Bob <postmaster@example.com>",
        "To: Mike <mike@example.org>",
        "Subject: Please enjoy this link",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "Here is the link we talked about: https://www.example.com/page",
        "",
      ])
    );
    // The first guess, from the sender alone.
    expect(snapshot.kind).toBe("bounce");
    const { report } = await analyze({ snapshot, policy });
    expect(report.mode).toBe("outgoing");
    expect(report.kind).toBe("received");
    const rules = report.items.flatMap((i) => i.findings.map((f) => f.rule));
    expect(rules).toContain("received-headers.no-delay");
  });

  it("without any server's headers, is a sent mail", async () => {
    const snapshot = await parseEml(
      mail([
        "From: postmaster@example.com",
        "To: mike@example.org",
        "Subject: Mailbox maintenance tonight",
        "Date: Fri, 05 Jul 2013 11:25:38 -0700",
        "Message-ID: <x1@example.com>",
        "",
        "The mail server will be restarted at 22:00.",
        "",
      ])
    );
    const { report } = await analyze({ snapshot, policy });
    expect(report.kind).toBe("sent");
  });

  it("the other way round: a failure report that did not look like one at first is a bounce", async () => {
    // A carrier's report (KDDI) whose sender and subject are not a mail system's usual ones.
    const file = join(__dirname, "..", "..", "fixtures", "ndr", "mails", "lhost-kddi-01.eml");
    const snapshot = await parseEml(new Uint8Array(readFileSync(file)));
    expect(snapshot.kind).toBe("received");
    const { report } = await analyze({ snapshot, policy });
    expect(report.bounce?.kind).toBe("failure");
    expect(report.kind).toBe("bounce");
  });
});
