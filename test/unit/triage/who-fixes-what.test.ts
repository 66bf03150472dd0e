import { groupByWho, WHO_ORDER } from "../../../src/core/triage";
import { finding } from "../../../src/core/model/finding";
import { sentReport } from "./report-fixture";

describe("groupByWho", () => {
  it("puts each of the 24 causes once under its main actor, in a fixed order", () => {
    const groups = groupByWho(undefined);
    expect(groups.map((g) => g.who)).toEqual([...WHO_ORDER]);
    const all = groups.flatMap((g) => g.items.map((i) => i.id)).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(groups.find((g) => g.who === "you")?.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([8, 9, 10, 11, 18])
    );
    expect(groups.find((g) => g.who === "provider")?.items.map((i) => i.id)).toEqual([21]);
    expect(groups.every((g) => g.items.every((i) => !i.applies && i.status === "manual"))).toBe(
      true
    );
  });

  it("marks the causes that apply to this message", () => {
    const groups = groupByWho(sentReport());
    const applying = groups.flatMap((g) =>
      g.items.filter((i) => i.applies).map((i) => [g.who, i.id, i.status])
    );
    expect(applying).toEqual([
      ["you", 9, "warning"],
      ["you", 11, "problem"],
    ]);
    const licence = groups.flatMap((g) => g.items).find((i) => i.id === 22);
    expect(licence).toMatchObject({ status: "ok", applies: false });
  });

  it("follows a finding that names who must act for this message", () => {
    const report = sentReport();
    const item7 = report.items.find((i) => i.id === 7)!;
    item7.findings.push(
      finding(
        7,
        "received-headers.blocked-sender",
        "problem",
        { ja: "x", en: "x" },
        { who: ["recipient"] }
      )
    );
    item7.status = "problem";
    const group = groupByWho(report).find((g) => g.who === "recipient")!;
    expect(group.items.find((i) => i.id === 7)).toMatchObject({
      applies: true,
      alsoWho: ["recipientIt"],
    });
  });
});
