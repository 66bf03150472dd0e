/**
 * A received mail's subject and body signs (item 9) explain a junk verdict; when the receiving
 * side did not junk it, they are information, since only its sender could change them.
 */
import { runChecks } from "../../../src/core/checks";
import type { MessageSnapshot } from "../../../src/core/model/snapshot";
import { DEFAULT_POLICY } from "../../../src/core/policy/defaults";

function receivedMail(extraHeaders: { name: string; value: string }[]): MessageSnapshot {
  return {
    source: "eml",
    kind: "received",
    subject: "test",
    from: { address: "sender@example.com" },
    to: [{ address: "me@example.org" }],
    cc: [],
    bcc: [],
    bodyText: "",
    attachments: [],
    headers: [
      {
        name: "Received",
        value: "from out.example.com by mx.example.org; Mon, 07 Dec 2026 10:00:05 +0000",
      },
      { name: "Date", value: "Mon, 07 Dec 2026 10:00:00 +0000" },
      ...extraHeaders,
    ],
  } as unknown as MessageSnapshot;
}

const item9 = (s: MessageSnapshot) =>
  runChecks({ snapshot: s, facts: {}, policy: DEFAULT_POLICY })
    .filter((f) => f.item === 9 && f.severity !== "ok")
    .map((f) => `${f.rule}:${f.severity}`);

describe("content signs on a received mail", () => {
  it("are information, with why, when the receiving side did not junk it", () => {
    const said = item9(receivedMail([]));
    expect(said[0]).toBe("content.received-not-junked:info");
    expect(said).toContain("body.empty:info");
  });

  it("stay warnings when the receiving side junked it: they explain the verdict", () => {
    const junked = item9(
      receivedMail([{ name: "X-Forefront-Antispam-Report", value: "SFV:SPM;SCL:6;CAT:SPM;" }])
    );
    expect(junked).toContain("body.empty:warning");
    expect(junked).not.toContain("content.received-not-junked:info");
  });
});
