/**
 * The CLI's text report of five representative mails, in Japanese and English: a draft with
 * problems, a clean draft, a bounce, a mail received into Junk and an Outlook item (.msg).
 * The report opens with the verdict, lists problems and warnings, then one line counting the
 * rest. The Japanese report has no English apart from allowed names and the user's own data;
 * neither report shows a rule id, a catalogue key or an internal state name.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { main } from "../../../src/cli/main";
import { analyze } from "../../../src/core/engine";
import { reasonAndFix } from "../../../src/core/messages";
import { factUnavailable } from "../../../src/core/model/facts";
import { parseEml } from "../../../src/core/mime/eml";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { renderText } from "../../../src/core/report/text";
import { MESSAGES } from "../../../src/core/messages";
import { memoryCliIo } from "../cli-io";
import { halfWidthAroundJapanese, strayLatin } from "../messages/japanese";
import { EXCHANGE_NDR_EML } from "../../../src/samples/bounce-exchange";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const fixture = (p: string) => new Uint8Array(readFileSync(path.join(FIXTURES, p)));

/** Exchange Online's headers of a mail it put in Junk (hand-written fixture), with a short body. */
const junk = new Uint8Array([
  ...fixture("headers/exchange-online-junk.txt"),
  ...new TextEncoder().encode("\r\nお世話になっております。見積書をお送りします。\r\n"),
]);

const MAILS: Record<string, Uint8Array> = {
  "draft-with-problems.eml": fixture("outgoing/attach-ppap.eml"),
  "clean-draft.eml": fixture("outgoing/clean-ja-plain.eml"),
  "bounce.eml": fixture("office/ndr-exchange.eml"),
  "received-junk.eml": junk,
  "outlook-item.msg": fixture("msg/zip-exe.msg"),
};

async function run(file: string, ...flags: string[]): Promise<string> {
  const { cliIo, out, err } = memoryCliIo(MAILS);
  await main(["check", file, "--offline", ...flags], cliIo);
  expect(err.join("")).toBe("");
  return out.join("");
}

/** Everything in the report that is the user's own data: it may be in any language. */
function userData(json: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (
        ["message", "fix", "title", "rule", "severity", "status", "mode", "kind", "who"].includes(
          key
        )
      )
        return;
      out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, k);
  };
  walk(json, "");
  return out.filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/** The report with the user's data, addresses, file names, host names and links taken out. */
function prose(text: string, data: readonly string[]): string {
  let s = text;
  for (const d of data) s = s.split(d).join(" ");
  return s
    .replace(/^\[(?:x|!|ok|\?|-)\]/gm, " ") // status marks
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/<[^<>\s]+>/g, " ") // Message-IDs
    .replace(/[^\s「」（）、。：]+@[^\s「」（）、。：]+/g, " ") // addresses
    .replace(/[^\s「」（）、。：→]+\.[A-Za-z0-9]{2,}\b/g, " "); // file and host names
}

describe.each(Object.keys(MAILS))("text report of %s", (file) => {
  let ja = "";
  let en = "";
  let data: string[] = [];
  beforeAll(async () => {
    ja = await run(file, "--lang", "ja");
    en = await run(file, "--lang", "en");
    data = userData(JSON.parse(await run(file, "--json", "--lang", "ja")));
  });

  test("ja matches the snapshot", () => {
    expect(ja).toMatchSnapshot();
  });

  test("en matches the snapshot", () => {
    expect(en).toMatchSnapshot();
  });

  test("opens with the verdict, then problems and warnings, then one line for the rest", () => {
    for (const text of [ja, en]) {
      const lines = text.split("\n");
      const verdict = lines.findIndex((l) => /^== (判定|Verdict) ==$/.test(l));
      const firstItem = lines.findIndex((l) => /^\[(x|!|ok|\?|-)\]/.test(l));
      const rest = lines.findIndex((l) => /^(そのほか|The rest)/.test(l));
      expect(verdict).toBeGreaterThan(0);
      expect(rest).toBeGreaterThan(verdict);
      if (firstItem >= 0) expect(firstItem).toBeGreaterThan(verdict);
      // Without --verbose, passed and manual items are counted, not listed.
      expect(lines.some((l) => /^\[(ok|\?)\]/.test(l))).toBe(false);
    }
  });

  test("no English in the Japanese report apart from allowed names and the user's data", () => {
    expect(strayLatin(prose(ja, data))).toEqual([]);
    expect(halfWidthAroundJapanese(prose(ja, data))).toEqual([]);
  });

  test("no rule ids, catalogue keys or internal state names in either language", () => {
    const internal = [...Object.keys(MESSAGES), "dns.offline", "demo.not-signed-in"];
    for (const text of [ja, en]) {
      expect(internal.filter((k) => k.includes(".") && text.includes(k))).toEqual([]);
      expect(text).not.toMatch(/\b(?:failed|delayed|unavailable|manual), \d/);
      expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/); // no ISO timestamps
      expect(text).not.toMatch(/\d{4,} bytes/); // sizes in KB/MB, not raw byte counts
      expect(text).not.toMatch(
        /(\d\.\d{1,3}\.\d{1,3})\b.*\1 —|— (\d{3} \d\.\d{1,3}\.\d{1,3}) — \2/
      ); // a code said once
    }
  });
});

describe("a bounce's causes found in its returned original", () => {
  test("are marked so in their item heading; the bounce's own cause is not", async () => {
    const mails = { "ndr.eml": new TextEncoder().encode(EXCHANGE_NDR_EML) };
    for (const [lang, mark] of [
      ["en", " (found in the returned original)"],
      ["ja", "（返送された元のメールでの指摘）"],
    ] as const) {
      const { cliIo, out } = memoryCliIo(mails);
      await main(["check", "ndr.eml", "--offline", "--lang", lang], cliIo);
      const headings = out
        .join("")
        .split("\n")
        .filter((l) => /^\[(x|!)\]/.test(l));
      expect(headings.find((l) => /^\[x\]\s+8\./.test(l))).not.toContain(mark);
      expect(headings.find((l) => /^\[!\]\s+9\./.test(l))).toContain(mark);
    }
  });
});

describe("verbose text report", () => {
  test("adds how to check the manual items by hand and what passed", async () => {
    const text = await run("clean-draft.eml", "--lang", "ja", "--verbose");
    expect(text).toContain("確認のしかた：");
    expect(text).toMatch(/^\[ok\]/m);
    expect(text).toMatch(/^\[\?\]/m);
    expect(text).not.toContain("--verbose");
  });
});

describe("recipients typed with full-width characters", () => {
  test("are shown on the To line and in the JSON", async () => {
    const { cliIo, out } = memoryCliIo({
      "fw.eml": fixture("outgoing/recipient-full-width.eml"),
    });
    await main(["check", "fw.eml", "--offline", "--lang", "ja"], cliIo);
    expect(out.join("")).toContain("宛先：suzuki.hanako＠client-corp．co．jp");
    const json = memoryCliIo({ "fw.eml": fixture("outgoing/recipient-full-width.eml") });
    await main(["check", "fw.eml", "--offline", "--json"], json.cliIo);
    expect(JSON.parse(json.out.join("")).message.to).toEqual([
      "suzuki.hanako＠client-corp．co．jp",
    ]);
  });
});

describe("a recipient list a comma split", () => {
  test("shows the stray part as typed, on the To line and in the JSON", async () => {
    const mail = [
      "From: taro@example.co.jp",
      "To: sato@example.co,jp",
      "Subject: 見積もり",
      "X-Unsent: 1",
      "",
      "本文",
      "",
    ].join("\r\n");
    const { cliIo, out } = memoryCliIo({ "c.eml": mail });
    await main(["check", "c.eml", "--offline", "--json"], cliIo);
    const json = JSON.parse(out.join("")) as { message: { to: string[] } };
    expect(json.message.to).toEqual(["sato@example.co", "jp"]);
    const text = memoryCliIo({ "c.eml": mail });
    await main(["check", "c.eml", "--offline", "--lang", "en"], text.cliIo);
    expect(text.out.join("")).toContain("To: sato@example.co, jp");
    expect(text.out.join("")).toContain("sato@example.co.jp");
  });
});

describe("sources that could not be asked", () => {
  test("each reason is said once, with the items it concerns, and no machine code", async () => {
    const snapshot = await parseEml(MAILS["clean-draft.eml"] as Uint8Array);
    const why = { code: "dns.offline", ...reasonAndFix("dns.unavailable.offline", {}) };
    const { report } = await analyze({
      snapshot,
      policy: DEFAULT_POLICY,
      facts: { dns: factUnavailable(why) },
    });
    const ja = renderText(report, "ja");
    const en = renderText(report, "en");
    const unavailable = report.items.filter((i) => i.status === "unavailable");
    expect(unavailable.length).toBeGreaterThan(1);
    for (const [text, reason] of [
      [ja, why.reason.ja],
      [en, why.reason.en],
    ] as const) {
      expect(text.split(reason).length - 1).toBe(1);
      expect(text).not.toContain("dns.offline");
    }
    expect(ja).toContain("確認できなかった項目：");
  });
});
