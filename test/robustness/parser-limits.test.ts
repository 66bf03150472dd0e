/**
 * A mail past one of postal-mime's safety limits is still a mail: it is read from its top-level
 * headers, with the headers-only note, never refused as "not a mail".
 */
import { HEADERS_ONLY_NOTE, parseEml } from "../../src/core/mime/eml";
import { HEAD } from "./hostile-mail";

const te = new TextEncoder();

async function notesOf(mail: string): Promise<string[]> {
  return (await parseEml(te.encode(mail))).notes ?? [];
}

describe("postal-mime's limits give a headers-only snapshot", () => {
  it("more than 10,000 MIME parts", async () => {
    let mail = `${HEAD}Content-Type: multipart/mixed; boundary=b\r\n\r\n`;
    for (let i = 0; i < 10_050; i++) mail += `--b\r\nContent-Type: text/plain\r\n\r\n${i}\r\n`;
    const notes = await notesOf(`${mail}--b--\r\n`);
    expect(notes).toEqual([
      expect.stringMatching(new RegExp(`^${HEADERS_ONLY_NOTE} .*part count`)),
    ]);
  });

  it("more than 10,000 addresses in forwarded messages", async () => {
    const to = Array.from({ length: 10_050 }, (_, i) => `u${i}@example.com`).join(", ");
    const inner = `From: a@example.com\r\nTo: ${to}\r\nSubject: fwd\r\n\r\nbody\r\n`;
    const mail = `${HEAD}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n${inner}--b--\r\n`;
    const notes = await notesOf(mail);
    expect(notes).toEqual([
      expect.stringMatching(new RegExp(`^${HEADERS_ONLY_NOTE} .*forwarded address`)),
    ]);
  });
});
