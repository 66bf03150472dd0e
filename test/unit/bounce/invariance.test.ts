/**
 * Changes that real mail systems make without changing what a report says must not change how
 * it is read: line ends, the case and spacing of field names, quoting of a boundary, trailing
 * spaces, an mbox "From " line, other domains and IP addresses, folding of Diagnostic-Code and
 * a comment after Status. Every labelled bounce (both sets) is read as it is and after each
 * change; kind, actions, codes and causes must agree.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readBounce } from "../../../src/core/bounce";
import { decodeQuotedPrintable } from "../../../src/core/bounce/mime";
import { emptySnapshot } from "../../../src/core/model/snapshot";

const fixtures = join(__dirname, "..", "..", "fixtures");
const dirs = ["ndr", "ndr-heldout", "ndr-flufl"].map((set) => join(fixtures, set, "mails"));

// One char per byte both ways, so that any charset survives the round trip.
const asText = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);
const asBytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

function signature(raw: Uint8Array): string {
  const b = readBounce({ ...emptySnapshot("mime", "received"), raw });
  if (!b) return "null";
  const rs = b.recipients.map(
    (r) => `${r.action} ${r.status} ${r.replyCode} ${r.diagnosis?.reason ?? "-"}`
  );
  return `${b.kind}: ${rs.join(" | ")}`;
}

const CHANGES: Record<string, (s: string) => string> = {
  "CRLF line ends": (s) => s.replace(/\r?\n/g, "\r\n"),
  "LF line ends": (s) => s.replace(/\r\n/g, "\n"),
  "upper-case DSN field names": (s) =>
    s.replace(
      /^(Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Reporting-MTA)(?=:)/gim,
      (m) => m.toUpperCase()
    ),
  "extra spaces after DSN field names": (s) =>
    s.replace(/^(Final-Recipient|Action|Status|Diagnostic-Code):[ \t]*/gim, "$1:   "),
  "other domains": (s) =>
    s
      .replace(/example\.co\.jp/g, "acme-trading.co.jp")
      .replace(/example\.(com|net|org|jp)\b/g, "contoso-$1.test"),
  "other IP addresses": (s) =>
    s.replace(/192\.0\.2\.(\d+)/g, "198.18.7.$1").replace(/198\.51\.100\.(\d+)/g, "100.64.9.$1"),
  "trailing spaces": (s) => s.replace(/(\S)(\r?\n)/g, "$1 $2"),
  "unquoted boundary": (s) =>
    s.replace(/boundary="([A-Za-z0-9_.-]+)"/g, (_m, b: string) => `boundary=${b}`),
  "Content-Type case": (s) =>
    s.replace(/^Content-Type: *(multipart\/report|message\/delivery-status|text\/plain)/gim, (m) =>
      m.toUpperCase().replace("CONTENT-TYPE", "Content-type")
    ),
  "mbox From line": (s) => "From MAILER-DAEMON Tue Nov 10 09:12:06 2026\n" + s,
  "Diagnostic-Code folded": (s) =>
    s.replace(/^(Diagnostic-Code:[^\r\n]{40,}?) ([^\r\n]+)$/gim, "$1\n    $2"),
  "comment after Status": (s) =>
    s.replace(/^(Status:[ \t]*[245]\.\d{1,3}\.\d{1,3})[ \t]*$/gim, "$1 (see below)"),
};

describe("reading a bounce does not depend on incidental form", () => {
  const mails = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .map((f) => ({ name: f, raw: new Uint8Array(readFileSync(join(dir, f))) }))
  );
  const baseline = new Map(mails.map((m) => [m.name, signature(m.raw)]));

  it("has both sets to work on", () => {
    expect(mails.length).toBeGreaterThan(350);
  });

  for (const [change, apply] of Object.entries(CHANGES)) {
    it(`reads every report the same after: ${change}`, () => {
      const differ = mails
        .map((m) => ({ m, got: signature(asBytes(apply(asText(m.raw)))) }))
        .filter(({ m, got }) => got !== baseline.get(m.name))
        .map(({ m, got }) => `${m.name}: ${baseline.get(m.name)} → ${got}`);
      expect(differ).toEqual([]);
    });
  }
});

describe("quoted-printable", () => {
  it("treats '=' followed by transport padding as a soft line break (RFC 2045 §6.7)", () => {
    const text = new TextDecoder().decode(
      decodeQuotedPrintable(asBytes("Final-Recipie= \t\r\nnt: rfc822; a@example.jp=  \nX"))
    );
    expect(text).toBe("Final-Recipient: rfc822; a@example.jpX");
    // "=" followed by a space and more text is not a soft break: it stays as it is.
    expect(new TextDecoder().decode(decodeQuotedPrintable(asBytes("a = b")))).toBe("a = b");
  });
});
