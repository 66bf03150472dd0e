import { narrowTriage, normalizeAnswers, type TriageAnswers } from "../../../src/core/triage";
import { sentReport, BOUNCE } from "./report-fixture";

const ids = (answers: TriageAnswers, report = undefined as Parameters<typeof narrowTriage>[1]) =>
  narrowTriage(answers, report)
    .candidates.filter((c) => c.strength === "likely")
    .map((c) => c.id);

describe("narrowTriage: each step narrows", () => {
  it("starts with every cause possible, no side, and the first question", () => {
    const r = narrowTriage({});
    expect(r.candidates).toHaveLength(24);
    expect(r.candidates.every((c) => c.strength === "possible")).toBe(true);
    expect(r.side).toBe("unknown");
    expect(r.next?.id).toBe("web");
    expect(r.ruledOut).toEqual([]);
  });

  it("web: no → network first, and no further question until the connection works", () => {
    const r = narrowTriage({ web: "no" });
    expect(r.candidates[0]?.id).toBe(12);
    expect(r.side).toBe("network");
    expect(r.next).toBeUndefined();
    expect(r.advice[0]?.en).toMatch(/connection/);
  });

  it("web: yes → the network problem is ruled out and the next question is the colleague test", () => {
    const r = narrowTriage({ web: "yes" });
    expect(r.ruledOut).toContain(12);
    expect(r.next?.id).toBe("sameDomainOtherAccount");
  });

  it("colleague's mail arrives → your PC, account or address (sender side); domain-wide causes drop", () => {
    const r = narrowTriage({ web: "yes", sameDomainOtherAccount: "yes" });
    expect(r.side).toBe("sender");
    expect(ids({ web: "yes", sameDomainOtherAccount: "yes" })).toEqual(
      expect.arrayContaining([3, 22])
    );
    expect(r.ruledOut).toEqual(expect.arrayContaining([6, 24, 1, 16]));
    expect(r.next?.id).toBe("otherDomain");
  });

  it("colleague's mail fails too → domain-wide, side still open", () => {
    const r = narrowTriage({ web: "yes", sameDomainOtherAccount: "no" });
    expect(r.side).toBe("unknown");
    expect(ids({ web: "yes", sameDomainOtherAccount: "no" })).toEqual(
      expect.arrayContaining([6, 24])
    );
    expect(r.sideExplanation.en).toMatch(/whole domain/);
  });

  it("other domains receive it → the recipient's side", () => {
    const answers: TriageAnswers = { web: "yes", sameDomainOtherAccount: "no", otherDomain: "yes" };
    const r = narrowTriage(answers);
    expect(r.side).toBe("recipient");
    // The recipient refusing the whole domain: blocklist, new filters, tightened policy, recipient filters.
    expect(
      ids(answers)
        .slice(0, 4)
        .sort((a, b) => a - b)
    ).toEqual([1, 5, 7, 15]);
    expect(r.ruledOut).toEqual(expect.arrayContaining([22, 12]));
  });

  it("nothing reaches any domain → the sending side", () => {
    const r = narrowTriage({ web: "yes", sameDomainOtherAccount: "no", otherDomain: "no" });
    expect(r.side).toBe("sender");
    expect(r.candidates.slice(0, 2).map((c) => c.id)).toEqual([6, 24]);
  });

  it("colleague yes and other domains yes → your address in particular is blocked at the recipient", () => {
    const r = narrowTriage({ sameDomainOtherAccount: "yes", otherDomain: "yes" });
    expect(r.side).toBe("recipient");
    expect(r.candidates[0]?.id).toBe(7);
  });

  it("without attachments it arrives → size or file type, fixed by you", () => {
    const r = narrowTriage({ web: "yes", noAttachments: "yes" });
    expect(r.candidates.slice(0, 2).map((c) => c.id)).toEqual([10, 11]);
    expect(r.side).toBe("sender");
    expect(r.sideExplanation.ja).toContain("内容を変えると届く");
  });

  it("without attachments it still fails → size and file type drop out", () => {
    expect(narrowTriage({ noAttachments: "no" }).ruledOut).toEqual([10, 11]);
  });

  it("trimmed body arrives → the body looked like spam", () => {
    const r = narrowTriage({ noHistory: "yes" });
    expect(r.candidates[0]?.id).toBe(9);
    expect(r.candidates[0]?.why[0]?.source).toBe("noHistory");
  });

  it("longer subject arrives → subject; fails → the recipient's spam settings, mailbox and policy remain", () => {
    expect(narrowTriage({ longerSubject: "yes" }).candidates[0]?.id).toBe(9);
    const r = narrowTriage({
      web: "yes",
      noAttachments: "no",
      noHistory: "no",
      longerSubject: "no",
    });
    expect(ids({ web: "yes", noAttachments: "no", noHistory: "no", longerSubject: "no" })).toEqual(
      expect.arrayContaining([7, 14, 15])
    );
    expect(r.ruledOut).toEqual(expect.arrayContaining([9, 10, 11, 12]));
    expect(r.advice.some((a) => a.en.includes("Message-ID"))).toBe(true);
  });

  it("'unknown' moves nothing but counts as answered", () => {
    const r = narrowTriage({ web: "unknown" });
    expect(r.candidates.every((c) => c.score === 1)).toBe(true);
    expect(r.next?.id).toBe("sameDomainOtherAccount");
  });

  it("is a pure function of the answers: changing an answer changes the result, and back", () => {
    const a = narrowTriage({ web: "yes", otherDomain: "yes" });
    const b = narrowTriage({ web: "yes", otherDomain: "no" });
    const c = narrowTriage({ web: "yes", otherDomain: "yes" });
    expect(a.side).toBe("recipient");
    expect(b.side).toBe("sender");
    expect(c).toEqual(a);
  });

  it("ignores unknown steps and values from stored state", () => {
    expect(normalizeAnswers({ web: "yes", bogus: "yes", otherDomain: "maybe" })).toEqual({
      web: "yes",
    });
    expect(normalizeAnswers(null)).toEqual({});
    expect(narrowTriage({ web: "perhaps" } as unknown as TriageAnswers).next?.id).toBe("web");
  });
});

describe("narrowTriage with a report", () => {
  it("raises the causes the report found and lowers those it checked", () => {
    const r = narrowTriage({}, sentReport());
    expect(r.candidates[0]).toMatchObject({ id: 11, strength: "likely" });
    expect(r.candidates[0]?.why[0]).toMatchObject({ source: "report" });
    expect(r.candidates[1]?.id).toBe(9);
    expect(r.ruledOut).toEqual([6, 22]);
    expect(r.advice[0]?.en).toContain("#11");
    // Item 11 sits on "either" side, so the side stays open until the questions are answered.
    expect(r.side).toBe("unknown");
  });

  it("a bounce pointing at a full mailbox makes it the top candidate", () => {
    const r = narrowTriage({}, sentReport({ bounce: BOUNCE }));
    expect(r.candidates[0]?.id).toBe(14);
    expect(r.candidates[0]?.why.map((w) => w.text.en).join(" ")).toContain(
      "hanako.suzuki@contoso.co.jp"
    );
  });

  it("answers still decide the side when the report has findings", () => {
    const r = narrowTriage({ web: "yes", noAttachments: "yes" }, sentReport());
    expect(r.candidates[0]?.id).toBe(11);
    expect(r.side).toBe("sender");
  });
});
