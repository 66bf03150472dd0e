/**
 * The CLI's Blob (src/cli/sync-blob.ts) must read back exactly what Node's Blob does, for any
 * mix of parts, and postal-mime must parse the same mail the same way with either.
 */
import fc from "fast-check";
import { parseEml } from "../../../src/core/mime/eml";
import { SyncBlob } from "../../../src/cli/sync-blob";

const part = fc.oneof(
  fc.string(),
  fc.uint8Array({ maxLength: 200 }),
  fc.uint8Array({ minLength: 4, maxLength: 200 }).map((a) => a.subarray(1, a.length - 1)),
  fc.uint8Array({ maxLength: 50 }).map((a) => a.slice().buffer)
);

describe("SyncBlob", () => {
  it("joins any parts as Node's Blob does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 8 }), fc.string(), async (parts, type) => {
        const ours = new SyncBlob(parts, { type });
        const node = new Blob(parts, { type });
        expect(ours.size).toBe(node.size);
        expect(Buffer.from(await ours.arrayBuffer())).toEqual(
          Buffer.from(await node.arrayBuffer())
        );
        expect(await ours.text()).toBe(await node.text());
        expect(Buffer.from(await ours.slice(1, 5).arrayBuffer())).toEqual(
          Buffer.from(await node.slice(1, 5).arrayBuffer())
        );
      })
    );
  });

  it("owns a copy: changing a part afterwards does not change the blob", async () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    const blob = new SyncBlob([bytes]);
    bytes[0] = 9;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it("gives postal-mime the same parts as Node's Blob", async () => {
    const mail = new TextEncoder().encode(
      "From: a@example.com\r\nTo: b@example.com\r\nSubject: =?UTF-8?B?5pel5pys?=\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nline one=\r\n continues\r\n--x\r\nContent-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAwQF\r\nBgcICQ==\r\n--x--\r\n"
    );
    const withNode = await parseEml(mail);
    const RealBlob = globalThis.Blob;
    (globalThis as { Blob: unknown }).Blob = SyncBlob;
    let withOurs: Awaited<ReturnType<typeof parseEml>>;
    try {
      withOurs = await parseEml(mail);
    } finally {
      globalThis.Blob = RealBlob;
    }
    expect(withOurs.bodyText).toBe(withNode.bodyText);
    expect(withOurs.subject).toBe("日本");
    expect([...(withOurs.attachments[0]?.content ?? [])]).toEqual([
      ...(withNode.attachments[0]?.content ?? []),
    ]);
  });
});
