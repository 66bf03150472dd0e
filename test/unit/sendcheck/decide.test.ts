import fc from "fast-check";
import {
  decideSend,
  MAX_MESSAGE_CHARS,
  promptMessage,
  ruleListed,
} from "../../../src/core/sendcheck/decide";
import { defaultPolicy } from "../../../src/core/policy/load";
import { buildReport } from "../../../src/core/report/build";
import { finding, type Finding } from "../../../src/core/model/finding";
import type { Report } from "../../../src/core/model/report";
import { emptySnapshot } from "../../../src/core/model/snapshot";

function report(findings: Finding[]): Report {
  return buildReport({
    snapshot: emptySnapshot("office-compose", "draft"),
    findings,
    facts: {},
    bounce: null,
    sources: [],
  });
}

const msg = { ja: "x", en: "x" };
const blocked = finding(11, "attachment.blocked-extension", "problem", msg, {
  evidence: "invoice.pdf.exe [outlook-web, eop-common-filter]",
});
const fullWidth = finding(8, "recipient.full-width", "problem", msg, {
  evidence: "To: ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｃｏ．ｊｐ",
});
const encrypted = finding(11, "attachment.encrypted-archive", "warning", msg, {
  evidence: "見積書.zip",
});
const manyLinks = finding(9, "body.many-links", "warning", msg, { evidence: "34 links" });

describe("decideSend", () => {
  test("problems prompt, naming the cause and the evidence, in the user's language", () => {
    const d = decideSend(report([blocked, fullWidth, manyLinks]), defaultPolicy(), "ja");
    expect(d.action).toBe("prompt");
    if (d.action !== "prompt") return;
    expect(d.softBlock).toBe(false);
    expect(d.findings.map((f) => f.rule)).toEqual([
      "recipient.full-width",
      "attachment.blocked-extension",
    ]);
    expect(d.message).toContain("宛先アドレスの誤り：To: ｊｉｒｏ＠ｆａｂｒｉｋａｍ．ｃｏ．ｊｐ");
    expect(d.message).toContain("添付ファイルの種類がブロックされる：invoice.pdf.exe");
    expect(d.message).toContain("このまま送信するか");
    expect(d.message).not.toContain("34 links"); // warnings are not listed

    const en = decideSend(report([blocked]), defaultPolicy(), "en");
    expect(en.action === "prompt" && en.message).toBe(
      "This mail may not arrive:\n- Attachment type blocked: invoice.pdf.exe\nSend anyway, or go back and fix it."
    );
  });

  test("warnings alone never interrupt; a clean draft and a disabled check allow", () => {
    expect(decideSend(report([manyLinks, encrypted]), defaultPolicy(), "ja")).toEqual({
      action: "allow",
      reason: "clean",
    });
    expect(decideSend(report([]), defaultPolicy(), "en")).toEqual({
      action: "allow",
      reason: "clean",
    });
    const off = defaultPolicy();
    off.sendCheck.enabled = false;
    expect(decideSend(report([blocked]), off, "en")).toEqual({ action: "allow", reason: "off" });
  });

  test("a warning rule listed in promptOnWarnings prompts (exact or prefix*)", () => {
    const policy = defaultPolicy();
    policy.sendCheck.promptOnWarnings = ["attachment.encrypted-archive"];
    const d = decideSend(report([encrypted, manyLinks]), policy, "en");
    expect(d.action === "prompt" && d.message).toContain("Attachment type blocked: 見積書.zip");
    expect(ruleListed("attachment.encrypted-archive", ["attachment.*"])).toBe(true);
    expect(ruleListed("body.many-links", ["attachment.*"])).toBe(false);
  });

  test("soft block asks to fix instead of offering to send anyway", () => {
    const policy = defaultPolicy();
    policy.sendCheck.mode = "softBlock";
    const d = decideSend(report([blocked]), policy, "en");
    expect(d.action === "prompt" && d.softBlock).toBe(true);
    expect(d.action === "prompt" && d.message).toMatch(/Please fix this before sending\.$/);
  });

  test("the message stays under 500 characters however many and long the problems are", () => {
    const many: Finding[] = [];
    for (let i = 0; i < 60; i++) {
      many.push(
        finding(((i % 24) + 1) as 1, `rule.${i}`, "problem", msg, {
          evidence: `${"長い添付ファイル名".repeat(30)}-${i}.exe`,
        })
      );
    }
    for (const lang of ["ja", "en"] as const) {
      const text = promptMessage(many, lang, false);
      expect(Array.from(text).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(text.split("\n").length).toBeGreaterThanOrEqual(3);
      expect(text).toMatch(lang === "ja" ? /ほか \d+ 件/ : /and \d+ more/);
    }
  });

  test("repeated evidence for one item is listed once, with a count beyond two", () => {
    const files = ["a.exe", "b.js", "c.vbs", "a.exe"].map((e) =>
      finding(11, "attachment.blocked-extension", "problem", msg, { evidence: e })
    );
    const text = promptMessage(files, "en", false);
    expect(text).toContain("- Attachment type blocked: a.exe, b.js (and 1 more)");
  });
});

describe("promptMessage on any findings", () => {
  test("is never longer than 500 characters and always names at least one cause", () => {
    const anyFinding = fc.record({
      item: fc.integer({ min: 1, max: 24 }),
      evidence: fc.option(fc.string({ maxLength: 2000 })),
    });
    fc.assert(
      fc.property(
        fc.array(anyFinding, { minLength: 1, maxLength: 80 }),
        fc.constantFrom("ja" as const, "en" as const),
        fc.boolean(),
        (items, lang, soft) => {
          const findings = items.map((f, i) =>
            finding(
              f.item as 1,
              `rule.${i}`,
              "problem",
              msg,
              f.evidence === null ? {} : { evidence: f.evidence }
            )
          );
          const text = promptMessage(findings, lang, soft);
          expect(Array.from(text).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
          expect(text.split("\n").length).toBeGreaterThanOrEqual(3);
        }
      ),
      { numRuns: 500 }
    );
  });
});
