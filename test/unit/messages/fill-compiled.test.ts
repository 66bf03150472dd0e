/**
 * fill() cuts each template once and keeps the parts; it must render exactly what the direct
 * placeholder substitution renders, for any template, values and language.
 */
import fc from "fast-check";
import { fill, formatValue, PLACEHOLDER } from "../../../src/core/messages/format";
import type { ParamKinds } from "../../../src/core/messages/types";
import type { Lang } from "../../../src/core/model/i18n";

function direct(
  template: string,
  kinds: ParamKinds | undefined,
  values: Record<string, unknown>,
  lang: Lang
): string {
  return template.replace(PLACEHOLDER, (_all, name: string, one?: string, other?: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    if (one !== undefined && other !== undefined) return value === 1 ? one : other;
    return formatValue(kinds?.[name], value, lang, { utcOffsetMinutes: 540 });
  });
}

const NAMES = ["count", "size", "when", "who", "list"] as const;
const KINDS: ParamKinds = { count: "count", size: "bytes", when: "date", list: "list" };

const chunk = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom("{", "}", "|", "{}", "{1x}", "{count", "count}", "送信", "\u{1F600}"),
  fc.constantFrom(...NAMES).map((n) => `{${n}}`),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))
    .map(([n, a, b]) => `{${n}|${a}|${b}}`)
);

describe("fill", () => {
  it("renders as direct substitution does (random templates and values)", () => {
    fc.assert(
      fc.property(
        fc.array(chunk, { maxLength: 8 }).map((c) => c.join("")),
        fc.record({
          count: fc.oneof(fc.integer({ min: -5, max: 5_000_000 }), fc.constant(1), fc.string()),
          size: fc.oneof(fc.nat(), fc.double()),
          when: fc.oneof(fc.date(), fc.string()),
          list: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
        }),
        fc.constantFrom<Lang>("ja", "en"),
        (template, values, lang) => {
          const got = fill(template, KINDS, values, lang, { utcOffsetMinutes: 540 });
          expect(got).toBe(direct(template, KINDS, values, lang));
          // Filled twice (the second from the kept parts), the same.
          expect(fill(template, KINDS, values, lang, { utcOffsetMinutes: 540 })).toBe(got);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("keeps an empty template and a template without placeholders as they are", () => {
    expect(fill("", undefined, {}, "en")).toBe("");
    expect(fill("no slots here", undefined, {}, "ja")).toBe("no slots here");
  });
});
