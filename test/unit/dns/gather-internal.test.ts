/** The DNS shell's last guard: an unforeseen throw makes the source unavailable with the catalogue's words. */
import { textOf } from "../../../src/core/messages";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/schema";
import { gatherDnsFacts, type DnsResolver } from "../../../src/dns";

const draft: MessageSnapshot = {
  source: "mime",
  kind: "draft",
  subject: "s",
  from: { address: "me@contoso.example" },
  to: [{ address: "you@fabrikam.example" }],
  cc: [],
  bcc: [],
  attachments: [],
};

/** A resolver that fails on being used at all: stands in for a bug anywhere below. */
const broken = new Proxy({} as DnsResolver, {
  get() {
    throw new Error("boom");
  },
});

describe("gatherDnsFacts on an unexpected error", () => {
  it("says it with the catalogue's reason and fix, keeping the machine code", async () => {
    const fact = await gatherDnsFacts(draft, DEFAULT_POLICY, broken);
    expect(fact.state).toBe("unavailable");
    if (fact.state !== "unavailable") return;
    expect(fact.why.code).toBe("dns.internal");
    expect(fact.why.reason).toEqual(textOf("dns.unavailable.internal"));
    expect(fact.why.reason.ja).toContain("予期しないエラー");
    expect(fact.why.reason.en).toContain("unexpected error");
    expect(fact.why.fix.ja).toContain("IT担当者");
    expect(fact.why.fix.en).toContain("IT team");
  });
});
