/** A mail file a mail program saved as a draft is read as a draft, and only then. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isSavedDraft } from "../../../src/core/mime/draft-sign";
import { guessKind, parseEml } from "../../../src/core/mime/eml";
import type { HeaderField } from "../../../src/core/model/snapshot";

const h = (name: string, value: string): HeaderField => ({ name, value });
const received = h("Received", "from a.example by b.example; Mon, 7 Dec 2026 10:00:00 +0900");

describe("isSavedDraft", () => {
  it.each([
    ["Outlook's X-Unsent: 1", [h("X-Unsent", "1")]],
    ["Thunderbird's draft info", [h("X-Mozilla-Draft-Info", "internal/draft; vcard=0")]],
    ["Apple Mail's draft type", [h("X-Uniform-Type-Identifier", "com.apple.mail-draft")]],
    ["a mark in another case", [h("x-unsent", " 1 ")]],
  ])("%s marks a draft", (_, headers) => {
    expect(isSavedDraft(headers)).toBe(true);
  });

  it.each([
    ["no mark", [h("Subject", "hello")]],
    ["X-Unsent: 0", [h("X-Unsent", "0")]],
    ["another Apple type", [h("X-Uniform-Type-Identifier", "com.apple.mail-emlx")]],
    ["a mark on a mail that travelled", [received, h("X-Unsent", "1")]],
    ["a Received field after the mark", [h("X-Mozilla-Draft-Info", "internal/draft"), received]],
  ])("%s is no draft", (_, headers) => {
    expect(isSavedDraft(headers)).toBe(false);
  });
});

describe("guessKind", () => {
  it("reads a marked file as a draft, a marked bounce still as a bounce", () => {
    expect(guessKind([h("X-Unsent", "1")], { address: "taro@example.jp" })).toBe("draft");
    expect(
      guessKind(
        [h("X-Unsent", "1")],
        { address: "MAILER-DAEMON@example.jp" },
        "Undelivered Mail Returned to Sender"
      )
    ).toBe("bounce");
  });

  it("reads a mail the delivery agent marked (Delivered-To, X-Original-To) as received", () => {
    const from = { address: "hanako@example.com" };
    expect(guessKind([h("Delivered-To", "taro@example.jp")], from)).toBe("received");
    expect(guessKind([h("X-Original-To", "taro@example.jp")], from)).toBe("received");
    expect(guessKind([h("To", "taro@example.jp")], from)).toBe("sent");
  });

  it.each(["draft-outlook-unsent.eml", "draft-thunderbird.eml", "draft-apple-mail.eml"])(
    "parses the fixture %s as a draft",
    async (file) => {
      const bytes = readFileSync(join(__dirname, "../../fixtures/outgoing", file));
      expect((await parseEml(new Uint8Array(bytes))).kind).toBe("draft");
    }
  );
});
