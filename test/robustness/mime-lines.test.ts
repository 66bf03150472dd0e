/**
 * MIME reading keeps memory in proportion to bytes, not to lines. postal-mime 4.0 kept one Blob
 * part per line (8 MB of short lines: 4 million parts, > 20 s and 4.8 GB); 4.2 keeps a part body
 * as runs of the message and decoded output in 100 KB chunks. This property counts what reaches
 * the Blob constructor for bodies of any line count, ending and transfer encoding, and checks the
 * bodies come back whole: the number of parts must follow the size, whatever the line count.
 */
import fc from "fast-check";
import { parseEml } from "../../src/core/mime/eml";

const HEAD =
  "From: a@example.com\r\nTo: b@example.com\r\nSubject: lines\r\nDate: Mon, 2 Nov 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n";

/** The largest number of parts given to one Blob while `run` ran. */
async function maxBlobParts(run: () => Promise<void>): Promise<number> {
  const RealBlob = globalThis.Blob;
  let max = 0;
  class CountingBlob extends RealBlob {
    constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
      super(parts, options);
      max = Math.max(max, parts?.length ?? 0);
    }
  }
  globalThis.Blob = CountingBlob;
  try {
    await run();
  } finally {
    globalThis.Blob = RealBlob;
  }
  return max;
}

const CHUNK = 50 * 1024;

describe("a body's Blob parts follow its bytes, not its lines", () => {
  it("for any line count, line length, line ending and transfer encoding", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("\n", "\r\n", "mixed"),
        fc.constantFrom("7bit", "quoted-printable", "base64-padded", "attachment"),
        async (lines, width, ending, encoding) => {
          const line = "x".repeat(width);
          let body = "";
          for (let i = 0; i < lines; i++)
            body += line + (ending === "mixed" ? (i % 2 ? "\n" : "\r\n") : ending);
          let mail: string;
          if (encoding === "base64-padded") {
            // Every line its own padded base64 unit: "eA==" per "x", the worst case for decoders.
            const unit = width === 0 ? "" : Buffer.from(line).toString("base64");
            mail = `${HEAD}Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n${`${unit}\r\n`.repeat(lines)}`;
          } else if (encoding === "attachment") {
            mail = `${HEAD}Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nhi\r\n--q\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=a.bin\r\n\r\n${body}\r\n--q--\r\n`;
          } else {
            mail = `${HEAD}Content-Type: text/plain\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${body}`;
          }
          const bytes = new TextEncoder().encode(mail);
          let parsed: Awaited<ReturnType<typeof parseEml>> | undefined;
          const parts = await maxBlobParts(async () => {
            parsed = await parseEml(bytes);
          });
          expect(parts).toBeLessThanOrEqual(4 + Math.ceil(bytes.length / CHUNK));
          if (encoding === "base64-padded") {
            expect((parsed?.bodyText ?? "").replace(/\n/g, "")).toBe(line.repeat(lines));
          } else if (encoding === "attachment") {
            expect(parsed?.attachments[0]?.size).toBe(body.length);
          } else {
            expect((parsed?.bodyText ?? "").replace(/\r?\n/g, "")).toBe(line.repeat(lines));
          }
        }
      ),
      { numRuns: 40 }
    );
  });
});
