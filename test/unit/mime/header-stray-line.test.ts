/**
 * A line of junk in the middle of a mail's header, with header fields after it, is left out
 * so that the rest of the header is read; the reader is told. Without fields after it,
 * the header still ends there (a body that merely starts without its blank line).
 */
import { parseEml } from "../../../src/core/mime/eml";
import { repairTopHeader } from "../../../src/core/mime/header-repair";

const enc = (s: string) => new TextEncoder().encode(s);

describe("a stray line inside the header", () => {
  const damaged = [
    "Received: from a.example by b.example; Wed, 23 Feb 2005 17:51:49 -0500",
    "Received-SPF: softfail",
    "quite Delivered-To: someone@example.com",
    "Received: by a.example; Wed, 23 Feb 2005 16:16:17 -0600",
    "Date: Wed, 23 Feb 2005 18:20:17 -0400",
    "From: Sender <sender@example.com>",
    "To: me@example.org",
    "Subject: hello",
    "",
    "body",
    "",
  ].join("\n");

  it("is left out, and the fields after it are read", async () => {
    const snapshot = await parseEml(enc(damaged));
    expect(snapshot.subject).toBe("hello");
    expect(snapshot.from?.address).toBe("sender@example.com");
    expect(snapshot.notes).toContain("mime.header-stray-line: 3");
  });

  it("is not mended when no usual field follows it", () => {
    const body = "From: a@example.com\nSubject: s\nHello team,\nNote: see below\n\nend\n";
    expect(repairTopHeader(enc(body)).strayLines).toBeUndefined();
  });
});
