/** The built-in samples are realistic enough that the real engine finds what each is meant to show. */
import { SAMPLES, sampleById } from "../../../src/samples";
import { analyze } from "../../../src/core/engine";
import { defaultPolicy } from "../../../src/core/policy/load";
import type { Report } from "../../../src/core/model/report";
import { halfWidthAroundJapanese, JAPANESE } from "../messages/japanese";

async function reportOf(id: string): Promise<Report> {
  const sample = sampleById(id);
  if (!sample) throw new Error(`no sample ${id}`);
  const snapshot = await sample.load();
  expect(snapshot.source).toBe("sample");
  return (await analyze({ snapshot, policy: defaultPolicy() })).report;
}

const status = (r: Report, id: number) => r.items.find((i) => i.id === id)?.status;

describe("built-in samples", () => {
  it("has a draft, a sent mail, two bounces and a junked mail", () => {
    expect(SAMPLES.map((s) => s.id)).toEqual([
      "draft",
      "sent",
      "bounce-exchange",
      "bounce-postfix",
      "junk",
    ]);
    for (const s of SAMPLES) expect(s.label.ja && s.label.en).toBeTruthy();
  });

  it("labels follow the catalogue's rules: full-width punctuation in Japanese, no Japanese in English", () => {
    for (const s of SAMPLES) {
      expect({ id: s.id, bad: halfWidthAroundJapanese(s.label.ja) }).toEqual({ id: s.id, bad: [] });
      expect(JAPANESE.test(s.label.en)).toBe(false);
    }
  });

  it("risky draft: full-width address, shorteners and history, size over the limit", async () => {
    const r = await reportOf("draft");
    expect(r.kind).toBe("draft");
    expect(status(r, 8)).toBe("problem");
    expect(status(r, 9)).toBe("warning");
    expect(status(r, 10)).toBe("problem");
    expect(
      r.items
        .find((i) => i.id === 8)
        ?.findings.some((f) => f.evidence?.includes("tanaka＠fabrikam.co.jp"))
    ).toBe(true);
  });

  it("Exchange Online NDR: 5.1.10 for the mistyped recipient, with the returned original", async () => {
    const r = await reportOf("bounce-exchange");
    expect(r.mode).toBe("bounce");
    expect(r.bounce?.reporter).toMatch(/Exchange/);
    expect(r.bounce?.recipients[0]).toMatchObject({
      address: "keiri@fabrikarn.co.jp",
      status: "5.1.10",
      cause: 8,
    });
    expect(r.bounce?.original?.messageId).toContain("TY3PR01MB1234A1B2C3D4E5F6");
  });

  it("Postfix bounce: mailbox full", async () => {
    const r = await reportOf("bounce-postfix");
    expect(r.bounce?.recipients[0]).toMatchObject({
      address: "hanako.t@example-isp.ne.jp",
      status: "5.2.2",
      cause: 14,
    });
    expect(status(r, 14)).toBe("problem");
  });

  it("junked mail: received, SPF/DMARC failing and a junk verdict", async () => {
    const r = await reportOf("junk");
    expect(r.kind).toBe("received");
    expect(status(r, 7)).toBe("problem");
    expect(status(r, 24)).toBe("problem");
  });
});
