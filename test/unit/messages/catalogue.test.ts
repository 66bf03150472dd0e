/**
 * Every entry of the message catalogue (src/core/messages), whichever module registers it:
 * both languages present, parameters declared and used, no Latin words in Japanese beyond the
 * allowed names, full-width punctuation around Japanese, and every rule id the engine can emit
 * has an entry.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { analyze } from "../../../src/core/engine";
import {
  MESSAGE_MODULES,
  MESSAGES,
  hasMessage,
  render,
  renderKey,
  text,
} from "../../../src/core/messages";
import { placeholders, PLACEHOLDER } from "../../../src/core/messages/format";
import { halfWidthAroundJapanese, JAPANESE, strayLatin, withoutPlaceholders } from "./japanese";
import type { MessageEntry } from "../../../src/core/messages/types";
import { parseEml } from "../../../src/core/mime/eml";
import { parseMsg } from "../../../src/core/mime/msg";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";

/** Names a Japanese sentence may carry in Latin letters: products, protocols, standard codes. */
interface Text {
  where: string;
  ja: string;
  en: string;
}

function textsOf(key: string, e: MessageEntry): Text[] {
  const out: Text[] = [{ where: key, ja: e.ja, en: e.en }];
  if (e.fix) out.push({ where: `${key} (fix)`, ja: e.fix.ja, en: e.fix.en });
  return out;
}

const ENTRIES: [string, MessageEntry][] = Object.entries(MESSAGES);

describe("message catalogue", () => {
  test("has entries", () => {
    expect(ENTRIES.length).toBeGreaterThan(5);
  });

  test("no key is defined by two modules", () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, mod] of Object.entries(MESSAGE_MODULES)) {
      for (const key of Object.keys(mod)) {
        const prev = owner.get(key);
        if (prev) twice.push(`${key}: ${prev} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  test.each(ENTRIES)("%s: ja and en both written", (_key, e) => {
    for (const t of textsOf(_key, e)) {
      expect(t.ja.trim()).not.toBe("");
      expect(t.en.trim()).not.toBe("");
    }
  });

  test.each(ENTRIES)("%s: every parameter declared and used in both languages", (key, e) => {
    const declared = Object.keys(e.params ?? {});
    for (const lang of ["ja", "en"] as const) {
      const all = [e[lang], e.fix?.[lang] ?? ""];
      const used = new Set(all.flatMap(placeholders));
      expect({ key, lang, undeclared: [...used].filter((n) => !declared.includes(n)) }).toEqual({
        key,
        lang,
        undeclared: [],
      });
      // A count that only picks an English singular or plural has nothing to do in Japanese.
      const pluralOnly = (n: string) =>
        lang === "ja" &&
        e.params?.[n] === "count" &&
        [e.en, e.fix?.en ?? ""].some((t) => t.includes(`{${n}|`));
      const unused = declared.filter((n) => !used.has(n) && !pluralOnly(n));
      expect({ key, lang, unused }).toEqual({
        key,
        lang,
        unused: [],
      });
      // No brace outside a well-formed placeholder: a typo would otherwise reach the reader.
      for (const t of all) expect(withoutPlaceholders(t)).not.toMatch(/[{}]/);
    }
    // The singular/plural form picks by a number, so only counts may use it.
    for (const m of [e.ja, e.en, e.fix?.ja ?? "", e.fix?.en ?? ""]
      .join("\n")
      .matchAll(PLACEHOLDER)) {
      if (m[2] !== undefined)
        expect({ key, kind: e.params?.[m[1] as string] }).toEqual({ key, kind: "count" });
    }
  });

  test.each(ENTRIES)("%s: Japanese has no Latin words beyond allowed names", (key, e) => {
    for (const t of textsOf(key, e))
      expect({ where: t.where, stray: strayLatin(t.ja) }).toEqual({ where: t.where, stray: [] });
  });

  test.each(ENTRIES)(
    "%s: Japanese uses full-width punctuation; English has no Japanese",
    (key, e) => {
      for (const t of textsOf(key, e)) {
        expect({ where: t.where, bad: halfWidthAroundJapanese(t.ja) }).toEqual({
          where: t.where,
          bad: [],
        });
        expect({ where: t.where, en: JAPANESE.test(withoutPlaceholders(t.en)) }).toEqual({
          where: t.where,
          en: false,
        });
      }
    }
  );

  test("the checks of the test itself catch what they are meant to", () => {
    expect(strayLatin("ファイルが encrypted です。")).toEqual(["encrypted"]);
    expect(strayLatin("{file} を ZIP で送ります。")).toEqual([]);
    expect(strayLatin("エラーメールに「blocked」とあります。")).toEqual([]);
    expect(halfWidthAroundJapanese("確認できません(失敗)。")).toHaveLength(2);
    expect(halfWidthAroundJapanese("件名に「RE:」があります（例：返信）。")).toEqual([]);
  });
});

describe("rendering", () => {
  // `npm run typecheck` covers this file: each call below must be a type error, or its unused
  // expect-error directive fails the typecheck.
  test("keys and parameters are checked at compile time", () => {
    // @ts-expect-error a key the catalogue does not have
    expect(render("subject.no-such-rule", {}, "en")).toBe("subject.no-such-rule");
    // @ts-expect-error a missing parameter
    expect(render("subject.short", {}, "en")).toContain("characters");
    // @ts-expect-error a parameter the entry does not declare
    expect(render("subject.empty", { file: "a.zip" }, "en")).toContain("subject");
    // @ts-expect-error a count given as text
    expect(render("subject.short", { length: "3" }, "en")).toContain("3");
  });

  test("values are shown in the reader's units and language", () => {
    expect(render("subject.short", { length: 1 }, "en")).toContain("1 character.");
    expect(render("subject.short", { length: 2 }, "en")).toContain("2 characters.");
    expect(render("subject.short", { length: 2 }, "ja")).toContain("2 文字");
  });

  test("bad values and unknown keys never throw", () => {
    expect(renderKey("no.such.key", {}, "ja")).toBeUndefined();
    expect(renderKey("subject.short", { length: "x" }, "ja")).toContain("x 文字");
    expect(renderKey("subject.short", {}, "en")).toContain("only  characters");
    expect(text("subject.empty", {}).ja).toContain("件名");
  });
});

// ------------------------------------------------------------ every emitted rule has an entry

/**
 * Rules still written inline by their modules, being moved into the catalogue. The test fails
 * when one of them gets an entry, so the list only shrinks; a new rule cannot join it.
 */
const NOT_YET_IN_CATALOGUE = new Set<string>([]);

const SRC = join(__dirname, "../../../src/core");
const FIXTURES = join(__dirname, "../../fixtures");

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out.sort();
}

/** Rule ids written as literals where a finding is made (`finding(n, "rule"` / `say(n, "rule"`). */
function literalRules(): Map<string, string> {
  const out = new Map<string, string>();
  const call =
    /\b(?:finding|say|sayAs)\(\s*[^,()]+,\s*(?:[^,()"]*\?\s*)?"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)"(?:\s*:\s*"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)")?/g;
  for (const file of filesUnder(SRC, (f) => f.endsWith(".ts") && !f.includes("/messages/"))) {
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(call)) {
      for (const rule of [m[1], m[2]]) if (rule) out.set(rule, relative(SRC, file));
    }
  }
  return out;
}

/** Rule ids the engine emits over every fixture mail (offline: no Graph or DNS facts). */
async function emittedRules(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const mails = filesUnder(FIXTURES, (f) => /\.(eml|msg)$/.test(f));
  for (const file of mails) {
    const bytes = new Uint8Array(readFileSync(file));
    let snapshot;
    try {
      snapshot = file.endsWith(".msg") ? await parseMsg(bytes) : await parseEml(bytes);
    } catch {
      continue; // fixtures that are refused on purpose
    }
    const { report } = await analyze({ snapshot, policy: DEFAULT_POLICY });
    for (const item of report.items) {
      for (const f of item.findings)
        if (!out.has(f.rule)) out.set(f.rule, relative(FIXTURES, file));
    }
  }
  return out;
}

/** Internal failures carry the failing check's name in the rule id and share one text. */
const covered = (rule: string) =>
  hasMessage(rule) || (rule.startsWith("internal.") && hasMessage("internal.check-failed"));

describe("every rule id has an entry", () => {
  let emitted: Map<string, string>;
  beforeAll(async () => {
    emitted = await emittedRules();
  }, 600_000);

  test("rules written in the code", () => {
    const missing = [...literalRules()]
      .filter(([rule]) => !covered(rule) && !NOT_YET_IN_CATALOGUE.has(rule))
      .map(([rule, file]) => `${rule} (${file})`);
    expect(missing).toEqual([]);
  });

  test("rules emitted over the fixture mails", () => {
    expect(emitted.size).toBeGreaterThan(20);
    const missing = [...emitted]
      .filter(([rule]) => !covered(rule) && !NOT_YET_IN_CATALOGUE.has(rule))
      .map(([rule, file]) => `${rule} (${file})`);
    expect(missing).toEqual([]);
  });

  test("the not-yet list only shrinks", () => {
    expect([...NOT_YET_IN_CATALOGUE].filter(hasMessage)).toEqual([]);
  });
});
