/**
 * Mailing lists add subject tags and footers: the author's DKIM signature breaks and, with it,
 * DMARC. A list copy that the list signed itself (or whose only failure is a broken signature)
 * is said as list mail, not as a forgery; a spoof verdict or an unsigned DMARC failure still is.
 */
import { analyzeHeaders } from "../../../src/core/headers/analyze";
import { findingsFromHeaders } from "../../../src/core/checks/received-headers";

const received = {
  name: "Received",
  value: "from lists.example.org by mx.example.net; Mon, 07 Dec 2026 10:00:05 +0000",
};
const date = { name: "Date", value: "Mon, 07 Dec 2026 10:00:00 +0000" };
const listId = { name: "List-Id", value: "Test posting area <test-list.lists.example.org>" };

function auth(headers: { name: string; value: string }[]) {
  return findingsFromHeaders(analyzeHeaders([received, date, ...headers]))
    .filter((f) => f.item === 24)
    .map((f) => `${f.rule}:${f.severity}`);
}

describe("a mailing list's copy", () => {
  const dmarcFail = {
    name: "Authentication-Results",
    value:
      "mx.example.net; dkim=pass header.d=example.org header.s=s1; dkim=fail (body hash did not verify) header.d=author.example; dmarc=fail (p=NONE) header.from=author.example",
  };

  it("whose DMARC failed but which the list signed is list mail, not a forgery", () => {
    expect(auth([dmarcFail, listId])).toEqual(["received-headers.auth-list-changed:info"]);
  });

  it("whose only failure is the author's broken signature is list mail", () => {
    const dkimOnly = {
      name: "Authentication-Results",
      value: 'mx.example.net; dkim=fail reason="verification failed" header.d=author.example',
    };
    expect(auth([dkimOnly, listId])).toEqual(["received-headers.auth-list-changed:info"]);
  });

  it("is still a DMARC failure when no signature of the list's domain is valid", () => {
    const unsigned = {
      name: "Authentication-Results",
      value:
        "mx.example.net; dkim=pass header.d=elsewhere.example; dmarc=fail header.from=author.example",
    };
    expect(auth([unsigned, listId])).toEqual(["received-headers.auth-failed:problem"]);
    // A look-alike domain that merely ends with the same letters is not the list's.
    const lookAlike = {
      name: "Authentication-Results",
      value: "mx.example.net; dkim=pass header.d=xample.org; dmarc=fail header.from=author.example",
    };
    expect(auth([lookAlike, listId])).toEqual(["received-headers.auth-failed:problem"]);
  });

  it("is a forgery without a List-Id, whatever signed it", () => {
    expect(auth([dmarcFail])).toEqual(["received-headers.auth-failed:problem"]);
  });
});

describe("a bare X-Spam-Status: Yes", () => {
  it("is shown as written, not as an unknown score over an unknown limit", () => {
    const a = analyzeHeaders([received, date, { name: "X-Spam-Status", value: "Yes" }]);
    const status = a.antispam.find((v) => v.header === "X-Spam-Status");
    expect(status?.value).toBe("Yes");
    expect(status?.verdict).toBe("spam");
    const junk = findingsFromHeaders(a).find((f) => f.item === 7);
    expect(junk?.evidence).toBe("X-Spam-Status: Yes");
  });
});

describe("Exchange Online's stamp on a mail its own user submitted", () => {
  it("is not taken for the receiver's results", () => {
    const a = analyzeHeaders([
      received,
      date,
      {
        name: "Received-SPF",
        value: "pass (mx.example.net: local policy designates 192.0.2.35 as permitted sender)",
      },
      {
        name: "authentication-results",
        value: "spf=none (sender IP is ) smtp.mailfrom=taro@example.com;",
      },
    ]);
    expect(a.auth.spf).toBe("pass");
    // Not "authentication not set up": the receiver passed SPF and recorded nothing else.
    expect(
      findingsFromHeaders(a)
        .filter((f) => f.item === 24)
        .map((f) => `${f.rule}:${f.severity}`)
    ).toEqual(["received-headers.auth-not-checked:info"]);
  });
});
