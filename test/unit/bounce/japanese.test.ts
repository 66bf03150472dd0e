import { readBounce } from "../../../src/core/bounce";
import { emptySnapshot } from "../../../src/core/model/snapshot";

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (b) => parseInt(b, 16));
const ascii = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
const read = (raw: Uint8Array) => readBounce({ ...emptySnapshot("mime", "received"), raw });

// "宛先のメールボックスが一杯のため配信できませんでした。" in Shift_JIS
const FULL_SJIS = hex(
  "88b690e682cc8381815b838b837b8362834e835882aa88ea947482cc82bd82df947a904d82c582ab82dc82b982f182c582b582bd8142"
);
// "ドメインが存在しません" in ISO-2022-JP
const NO_DOMAIN_JIS = hex("1b24422549256125242573242c42383a5f2437245e243b24731b2842");

describe("Japanese reports", () => {
  it("decodes a Shift_JIS report and reads a full mailbox from the Japanese sentence", () => {
    const raw = join(
      ascii(
        "From: MAILER-DAEMON@mail.example.ne.jp\nSubject: Returned mail\nContent-Type: text/plain; charset=Shift_JIS\n\n"
      ),
      FULL_SJIS,
      ascii("\n\n  taro@example.ne.jp\n")
    );
    const b = read(raw);
    expect(b?.recipients[0]).toMatchObject({
      address: "taro@example.ne.jp",
      action: "failed",
      cause: 14,
    });
    expect(b?.recipients[0]?.diagnostic).toContain("メールボックス");
  });

  it("decodes ISO-2022-JP even when the part says it is us-ascii", () => {
    const raw = join(
      ascii(
        "From: postmaster@example.jp\nSubject: Undelivered Mail\nContent-Type: text/plain; charset=us-ascii\n\n<hanako@example.co.jp>: "
      ),
      NO_DOMAIN_JIS,
      ascii("\n")
    );
    const b = read(raw);
    expect(b?.recipients[0]?.address).toBe("hanako@example.co.jp");
    expect(b?.recipients[0]?.diagnosis?.reason).toBe("hostunknown");
  });
});

describe("Japanese auto-replies", () => {
  it("recognises an out-of-office reply whose subject is encoded (自動応答)", () => {
    const raw = new TextEncoder().encode(
      "From: Taro Yamada <taro@example.co.jp>\nTo: hanako@example.jp\nSubject: =?UTF-8?B?6Ieq5YuV5b+c562UOiDkuI3lnKjjga7jgYrnn6XjgonjgZs=?=\n\n本日は不在です。\n"
    );
    const b = readBounce({ ...emptySnapshot("mime", "received"), raw });
    expect(b?.kind).toBe("autoreply");
    expect(b?.recipients[0]).toMatchObject({
      address: "taro@example.co.jp",
      cause: null,
      action: "delivered",
    });
  });

  it("does not take an ordinary Japanese mail for a report", () => {
    const raw = new TextEncoder().encode(
      "From: taro@example.co.jp\nTo: hanako@example.jp\nSubject: =?UTF-8?B?5omT44Gh5ZCI44KP44Gb?=\n\nよろしくお願いします。\n"
    );
    expect(readBounce({ ...emptySnapshot("mime", "received"), raw })).toBeNull();
  });
});

describe("Japanese text reports without a DSN part", () => {
  it("finds the recipient inside 「メッセージを … に配信できませんでした」", () => {
    const raw = new TextEncoder().encode(
      "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.co.jp>\n" +
        "To: a@example.co.jp\nSubject: =?UTF-8?B?6YWN5L+h5LiN6IO9?=\n" +
        "Content-Type: text/plain; charset=utf-8\n\n" +
        "メッセージを k.inoue@example.jp に配信できませんでした。\n" +
        "k.inoue が example.jp で見つかりませんでした。\n" +
        "リモート サーバーから '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found' が返されました\n"
    );
    const b = readBounce({ ...emptySnapshot("mime", "received"), raw });
    expect(b?.recipients.map((r) => [r.address, r.status, r.cause])).toEqual([
      ["k.inoue@example.jp", "5.1.1", 8],
    ]);
  });
});
