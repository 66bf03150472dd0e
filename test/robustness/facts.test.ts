/**
 * Report invariants for facts: every combination of the five outside sources (MailTips, licence,
 * own mailbox, message trace, DNS) in each state (pending, ok, unavailable, off) gives a report
 * where an unavailable source marks its items unavailable with a reason and a fix in both
 * languages, unless a problem or warning outranks it, and where nothing is left blank.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeSync } from "../../src/core/engine";
import { parseEml } from "../../src/core/mime/eml";
import { FACT_ITEMS, type Fact, type Facts } from "../../src/core/model/facts";
import type { MessageSnapshot } from "../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../src/core/policy/schema";
import { toContractJson } from "../../src/core/report/json";
import { renderText } from "../../src/core/report/text";
import { FIXTURES_DIR, reportViolation } from "./support";

type Key = keyof Facts;
type State = Fact<unknown>["state"];
const KEYS = Object.keys(FACT_ITEMS) as Key[];
const STATES: State[] = ["pending", "ok", "unavailable", "off"];

const OK_VALUES: { [K in Key]-?: Extract<NonNullable<Facts[K]>, { state: "ok" }>["value"] } = {
  mailTips: [
    {
      address: "hanako@example.com",
      mailboxFull: false,
      maxMessageSize: 36_700_160,
      recipientScope: "external",
    },
    {
      address: "sales@example.org",
      mailboxFull: true,
      deliveryRestricted: true,
      automaticReplyText: "Away until Monday.",
    },
  ],
  licence: {
    skus: ["ENTERPRISEPACK"],
    exchangePlans: [{ name: "EXCHANGE_S_ENTERPRISE", provisioningStatus: "Success" }],
  },
  ownMailbox: {
    address: "taro@example.co.jp",
    full: false,
    usedBytes: 40e9,
    prohibitSendQuotaBytes: 50e9,
    issueWarningQuotaBytes: 49e9,
  },
  trace: {
    messageId: "<r@example.co.jp>",
    recipients: [
      {
        address: "hanako@example.com",
        status: "failed",
        events: [
          {
            dateTime: "2026-11-02T01:00:00Z",
            event: "Fail",
            description: "550 5.1.10 RESOLVER.ADR.RecipientNotFound",
          },
        ],
      },
      { address: "sales@example.org", status: "delivered", events: [] },
    ],
    via: "graph",
    queriedAt: "2026-11-02T02:00:00Z",
  },
  dns: {
    recipients: [
      { domain: "example.com", status: "ok", mx: [{ preference: 10, exchange: "mx.example.com" }] },
      { domain: "example.org", status: "nxdomain", mx: [] },
    ],
    sender: {
      domain: "example.co.jp",
      spf: {
        state: "ok",
        value: {
          records: ["v=spf1 include:spf.protection.outlook.com -all"],
          lookupCount: 1,
          voidLookupCount: 0,
          allQualifier: "-",
          includesMicrosoft365: true,
          errors: [],
        },
      },
      dmarc: {
        state: "unavailable",
        why: {
          code: "dns.timeout",
          reason: { ja: "応答がありません。", en: "No answer." },
          fix: { ja: "後で試してください。", en: "Try later." },
        },
      },
      dkim: { state: "ok", value: { selectors: [{ selector: "selector1", state: "published" }] } },
    },
  },
};

function fact(key: Key, state: State): Fact<unknown> {
  switch (state) {
    case "ok":
      return { state, value: OK_VALUES[key] };
    case "unavailable":
      return {
        state,
        why: {
          code: `${key}.test-outage`,
          reason: { ja: `${key} の取得に失敗しました。`, en: `${key} failed.` },
          fix: { ja: "時間をおいて再試行してください。", en: "Try again later." },
        },
      };
    default:
      return { state } as Fact<unknown>;
  }
}

/** Every assignment of a state to each of the five sources: 4^5 = 1024. */
function* combinations(): Generator<Record<Key, State>> {
  const total = STATES.length ** KEYS.length;
  for (let n = 0; n < total; n++) {
    const combo = {} as Record<Key, State>;
    let rest = n;
    for (const key of KEYS) {
      combo[key] = STATES[rest % STATES.length]!;
      rest = Math.floor(rest / STATES.length);
    }
    yield combo;
  }
}

let snapshot: MessageSnapshot;
beforeAll(async () => {
  const bytes = new Uint8Array(
    readFileSync(path.join(FIXTURES_DIR, "outgoing", "clean-ja-plain.eml"))
  );
  snapshot = await parseEml(bytes);
  snapshot.kind = "sent";
});

describe("every combination of Graph and DNS fact states", () => {
  it("marks the items of an unavailable source unavailable with reason and fix, and leaves nothing blank", () => {
    const broken: string[] = [];
    let count = 0;
    for (const combo of combinations()) {
      count++;
      const facts = Object.fromEntries(KEYS.map((k) => [k, fact(k, combo[k])])) as Facts;
      const report = analyzeSync({ snapshot, policy: DEFAULT_POLICY, facts });
      const label = JSON.stringify(combo);
      const violation = reportViolation(report);
      if (violation) broken.push(`${label}: ${violation}`);
      for (const key of KEYS) {
        if (combo[key] !== "unavailable") continue;
        for (const id of FACT_ITEMS[key]) {
          const item = report.items[id - 1]!;
          if (!["unavailable", "problem", "warning"].includes(item.status))
            broken.push(`${label}: item ${id} is ${item.status}`);
          const f = item.findings.find((x) => x.rule === `source.${key}.unavailable`);
          if (!f) broken.push(`${label}: item ${id} lacks source.${key}.unavailable`);
          else if (
            !f.fix?.ja.trim() ||
            !f.fix.en.trim() ||
            !f.message.ja.includes(`${key} の取得に失敗しました。`) ||
            !f.message.en.includes(`${key} failed.`)
          )
            broken.push(`${label}: item ${id} lacks the reason or the fix in both languages`);
        }
      }
      for (const item of report.items) {
        for (const f of item.findings) {
          if (f.rule.startsWith("internal."))
            broken.push(`${label}: ${f.rule} (${f.evidence ?? ""})`);
          if (f.fix && (!f.fix.ja.trim() || !f.fix.en.trim()))
            broken.push(`${label}: ${f.rule} has a blank fix`);
        }
      }
      for (const lang of ["ja", "en"] as const) {
        const json = toContractJson(report, lang);
        for (const item of json.items) {
          if (!item.title.trim())
            broken.push(`${label}: item ${item.id} has a blank title (${lang})`);
          for (const f of item.findings)
            if (!f.message.trim()) broken.push(`${label}: ${f.rule} blank in ${lang}`);
        }
        if (!renderText(report, lang).trim()) broken.push(`${label}: blank text (${lang})`);
      }
      if (broken.length > 20) break;
    }
    expect(broken).toEqual([]);
    expect(count).toBe(1024);
  }, 30_000);

  it("a source that is pending or off adds no unavailable finding of its own", () => {
    for (const state of ["pending", "off"] as const) {
      const facts = Object.fromEntries(KEYS.map((k) => [k, fact(k, state)])) as Facts;
      const report = analyzeSync({ snapshot, policy: DEFAULT_POLICY, facts });
      const sourceRules = report.items
        .flatMap((i) => i.findings.map((f) => f.rule))
        .filter((r) => r.startsWith("source."));
      expect(sourceRules).toEqual([]);
    }
  });
});
