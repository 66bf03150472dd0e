/**
 * sniffMail reads only the header block (up to the first empty line) of the first 64 KiB: what
 * follows the block, binary or not, never changes its answer.
 */
import { sniffMail } from "../../../src/core/mime/eml";

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("sniffMail", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ])("stops at the empty line (%s): a binary body is fine", (_, nl) => {
    const mail = `From: a@example.com${nl}Subject: x${nl}${nl}\0\0 not a header${nl}`;
    expect(sniffMail(bytes(mail))).toEqual({ ok: true });
  });

  it("an empty line written LF CR LF ends the block too", () => {
    expect(sniffMail(bytes("Subject: x\n\r\nnot a header\n"))).toEqual({ ok: true });
  });

  it("a line of a lone CR is not empty: the line after it is still read as a header", () => {
    const r = sniffMail(bytes("Subject: x\r\r\nnot a header\r\n\r\nbody"));
    expect(r.ok).toBe(false);
  });

  it("NUL and non-header lines before the empty line are refused", () => {
    expect(sniffMail(bytes("Subject: x\nTo: \0\n\nbody")).ok).toBe(false);
    expect(sniffMail(bytes("Subject: x\nnot a header\n\nbody")).ok).toBe(false);
    expect(sniffMail(bytes("\nSubject: x\n")).ok).toBe(false);
  });

  it("a non-header line after three header lines, one of them a mail header, cuts the header there", () => {
    const mail =
      "From: a@example.com\nTo: b@example.org\nSubject: x\nnot a header\nDate: y\n\nbody";
    expect(sniffMail(bytes(mail))).toEqual({ ok: true, cutAtLine: 4 });
    // Three lines that are no usual mail headers are not enough to call the file a mail.
    expect(sniffMail(bytes("X-A: 1\nX-B: 2\nX-C: 3\nnot a header\n\nbody")).ok).toBe(false);
  });

  it("a header block longer than the 64 KiB window: only its cut last line may be partial", () => {
    const long = "X-Long: " + "a".repeat(70 * 1024) + "\n";
    expect(sniffMail(bytes("Subject: x\n" + long + "\nbody"))).toEqual({ ok: true });
    const many = "Subject: x\n" + "X-A: b\n".repeat(10_000) + "\n";
    expect(sniffMail(bytes(many))).toEqual({ ok: true });
  });
});
