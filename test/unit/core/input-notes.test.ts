import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_CHECKS, runChecks } from "../../../src/core/checks";
import { inputNotesCheck } from "../../../src/core/checks/input-notes";
import { EXCHANGE_ONLY_NOTE, RTF_ONLY_NOTE, SMIME_NOTE } from "../../../src/core/mime/msg-notes";
import { emptySnapshot, type MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

const withNotes = (notes: string[], patch: Partial<MessageSnapshot> = {}): MessageSnapshot => ({
  ...emptySnapshot("mime", "sent"),
  notes,
  ...patch,
});
const run = (s: MessageSnapshot) =>
  runChecks({ snapshot: s, facts: {}, policy: DEFAULT_POLICY }, ALL_CHECKS);

describe("what the file reader could not read is said, not passed over", () => {
  test("recipients with only an Exchange address are named under item 8", () => {
    const s = withNotes([
      `${EXCHANGE_ONLY_NOTE} 2 recipient(s) with only an Exchange address, not checked: Sato Kenichi, Keiri`,
    ]);
    const [f] = inputNotesCheck.run({ snapshot: s, facts: {}, policy: DEFAULT_POLICY });
    expect(f).toMatchObject({ item: 8, severity: "info", evidence: "Sato Kenichi, Keiri" });
    expect(f?.message.en).toContain("2 recipients are");
  });

  test("an RTF-only body is said to be unread, and not called empty", () => {
    const file = { name: "a.pdf", contentType: "application/pdf", size: 10, isInline: false };
    const rules = run(
      withNotes([`${RTF_ONLY_NOTE} the body is stored only as RTF`], { attachments: [file] })
    )
      .filter((f) => f.item === 9)
      .map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toContain("input.rtf-only-body:info");
    expect(rules.some((r) => r.startsWith("body."))).toBe(false);
  });

  test("an encrypted S/MIME item is noted on the body and the attachments", () => {
    const found = run(withNotes([`${SMIME_NOTE} encrypted; its body and files could not be read`]));
    expect(found.filter((f) => f.rule === "input.smime-encrypted").map((f) => f.item)).toEqual([
      9, 11,
    ]);
    const signed = run(withNotes([`${SMIME_NOTE} signed; body and files read from its MIME body`]));
    expect(signed.some((f) => f.rule.startsWith("input."))).toBe(false);
  });

  test("the .msg fixtures' notes come through the whole engine without error", async () => {
    const { parseMsg } = await import("../../../src/core/mime/msg");
    const dir = join(__dirname, "..", "..", "fixtures", "msg");
    const s = await parseMsg(new Uint8Array(readFileSync(join(dir, "plain.msg"))));
    expect(() => run(s)).not.toThrow();
  });
});
