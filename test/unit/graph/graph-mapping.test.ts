/** The pure parts of the Graph shell: wire decoding, error mapping, Retry-After, claims, windows. */
import { claimsChallenge, failureFromStatus, retryAfterSeconds } from "../../../src/graph/client";
import {
  decodeLicenceDetails,
  decodeMailTip,
  decodeUsageCsv,
  findUsageRow,
  parseCsv,
} from "../../../src/graph/decode";
import { describeFailure, GraphFailure } from "../../../src/graph/failures";
import { tokenFailure, tokenTenant } from "../../../src/graph/auth/token-errors";
import { normaliseMessageId, traceWindow } from "../../../src/graph/trace";
import { authorityFor, qualifyScopes } from "../../../src/graph/config";
import { parseDialogMessage } from "../../../src/graph/auth/dialog-client";

describe("decoding", () => {
  test("out-of-office and MailTip HTML become plain text (no tags, no styles, entities decoded)", () => {
    const html =
      '<html><head><style type="text/css">p{color:red}</style></head><body><div>I am on vacation&nbsp;until 5 Jan.<br>' +
      "Contact &lt;help@contoso.com&gt; &#x65E5;&#26412;</div><script>alert(1)</script></body></html>";
    const tip = decodeMailTip({
      emailAddress: { address: "a@contoso.com" },
      automaticReplies: { message: html },
      customMailTip: "<p>Shared mailbox:&nbsp;<b>answers</b> within a day</p>",
    });
    expect(tip?.automaticReplyText).toBe(
      "I am on vacation\u00a0until 5 Jan.\nContact <help@contoso.com> 日本"
    );
    expect(tip?.customMailTip).toBe("Shared mailbox:\u00a0answers within a day");
  });

  test("a MailTip keeps only what was returned", () => {
    expect(
      decodeMailTip({
        emailAddress: { name: "", address: "a@contoso.com" },
        mailboxFull: true,
        maxMessageSize: 37748736,
        recipientScope: "external, externalNonPartner",
        error: { code: "ErrorInvalidRecipients", message: "bad" },
      })
    ).toEqual({
      address: "a@contoso.com",
      mailboxFull: true,
      maxMessageSize: 37748736,
      recipientScope: "external",
      error: { code: "ErrorInvalidRecipients", message: "bad" },
    });
    expect(decodeMailTip({ mailboxFull: true })).toBeNull();
  });

  test("licence details keep Exchange plans only, FOUNDATION included as seen", () => {
    const info = decodeLicenceDetails({
      value: [
        {
          skuPartNumber: "ENTERPRISEPREMIUM",
          servicePlans: [
            { servicePlanName: "MIP_S_Exchange", provisioningStatus: "PendingProvisioning" },
            { servicePlanName: "EXCHANGE_S_ENTERPRISE", provisioningStatus: "Success" },
          ],
        },
        {
          skuPartNumber: "SCHOOL_DATA_SYNC_P2",
          servicePlans: [
            { servicePlanName: "EXCHANGE_S_FOUNDATION", provisioningStatus: "Success" },
          ],
        },
      ],
    });
    expect(info.skus).toEqual(["ENTERPRISEPREMIUM", "SCHOOL_DATA_SYNC_P2"]);
    expect(info.exchangePlans.map((p) => p.name)).toEqual([
      "EXCHANGE_S_ENTERPRISE",
      "EXCHANGE_S_FOUNDATION",
    ]);
    expect(() => decodeLicenceDetails({ nope: 1 })).toThrow(GraphFailure);
  });

  test("CSV with BOM, quoted commas, quotes and CRLF", () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
    ]);
    const rows = decodeUsageCsv(
      "User Principal Name,Storage Used (Byte),Prohibit Send Quota (Byte)\nu@c.jp,10,\n"
    );
    expect(rows).toEqual([
      {
        userPrincipalName: "u@c.jp",
        storageUsedBytes: 10,
        prohibitSendQuotaBytes: undefined,
        issueWarningQuotaBytes: undefined,
        reportRefreshDate: undefined,
      },
    ]);
    expect(() => decodeUsageCsv("Display Name\nx\n")).toThrow(GraphFailure);
  });
});

describe("HTTP answers → failures", () => {
  const body = (code: string, message: string) => JSON.stringify({ error: { code, message } });
  test.each([
    [
      403,
      body("Authorization_RequestDenied", "Insufficient privileges"),
      false,
      "consent-required",
    ],
    [
      403,
      body("Authorization_RequestDenied", "Insufficient privileges"),
      true,
      "admin-role-required",
    ],
    [
      401,
      body(
        "Unauthorized",
        "Service principal-less Authentication failed: the service principal for App ID 8bd644d1"
      ),
      true,
      "trace-service-principal-missing",
    ],
    [401, body("InvalidAuthenticationToken", "expired"), false, "unauthorized"],
    [404, body("ResourceNotFound", "x"), false, "not-found"],
    [400, "not json at all", false, "bad-request"],
    [502, "", false, "service-error"],
    [
      400,
      body("BadRequest", "This API is not supported for MSA accounts"),
      false,
      "personal-account",
    ],
  ])("%i %s (admin %s) → %s", (status, text, admin, kind) => {
    expect(failureFromStatus(status, text, {}, admin).kind).toBe(kind);
  });

  test("429 carries Retry-After in seconds, also from an HTTP date", () => {
    expect(failureFromStatus(429, "", { "retry-after": "17" }, false)).toMatchObject({
      kind: "throttled",
      retryAfterSeconds: 17,
    });
    expect(
      retryAfterSeconds({ "retry-after": new Date(Date.now() + 30_000).toUTCString() })
    ).toBeGreaterThanOrEqual(29);
    expect(retryAfterSeconds({ "retry-after": "soon" })).toBeUndefined();
  });

  test("claims challenge is decoded from WWW-Authenticate", () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
    const header = `Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`;
    expect(claimsChallenge({ "www-authenticate": header })).toBe(claims);
    expect(claimsChallenge({ "www-authenticate": 'Bearer error="invalid_token"' })).toBeUndefined();
    const urlSafe = `Bearer error="insufficient_claims", claims="${Buffer.from(claims).toString("base64url")}"`;
    expect(claimsChallenge({ "www-authenticate": urlSafe })).toBe(claims);
    expect(
      claimsChallenge({ "www-authenticate": 'Bearer error="insufficient_claims", claims="==="' })
    ).toBeUndefined();
  });

  test("every failure kind has a reason and a fix in both languages; throttled states the wait", () => {
    const kinds = [
      "not-configured",
      "consent-required",
      "admin-consent-required",
      "admin-role-required",
      "trace-service-principal-missing",
      "personal-account",
      "unsupported-host",
      "sign-in-cancelled",
      "sign-in-failed",
      "offline",
      "timeout",
      "throttled",
      "malformed-response",
      "unauthorized",
      "forbidden",
      "not-found",
      "bad-request",
      "service-error",
      "national-cloud-unsupported",
      "trace-too-old",
      "no-message-id",
    ] as const;
    for (const kind of kinds) {
      for (const feature of ["compose", "trace"] as const) {
        const u = describeFailure(
          new GraphFailure(kind, "x", undefined, kind === "throttled" ? 42 : undefined),
          { feature, messageId: "<m@x>" }
        );
        expect(u.code).toBe(`graph.${kind}`);
        for (const text of [u.reason.ja, u.reason.en, u.fix.ja, u.fix.en])
          expect(text.trim().length).toBeGreaterThan(4);
      }
    }
    const t = describeFailure(new GraphFailure("throttled", "x", 429, 42), { feature: "compose" });
    expect(t).toMatchObject({ retryAfterSeconds: 42 });
    expect(t.reason.en).toContain("42 seconds");
  });
});

describe("sign-in errors", () => {
  test.each([
    [
      { errorCode: "consent_required", message: "AADSTS65001: not consented" },
      false,
      "consent-required",
    ],
    [
      { errorCode: "invalid_grant", message: "AADSTS65001: not consented" },
      true,
      "admin-consent-required",
    ],
    [
      { errorCode: "user_cancelled", message: "User cancelled the flow." },
      false,
      "sign-in-cancelled",
    ],
    [{ errorCode: "no_network_connectivity", message: "offline" }, false, "offline"],
    [new Error("something odd"), false, "sign-in-failed"],
  ])("%o (admin %s) → %s", (error, admin, kind) => {
    expect(tokenFailure(error, admin).kind).toBe(kind);
  });

  test("the tenant of a personal account is read from the token", () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    expect(
      tokenTenant(`${b64({})}.${b64({ tid: "9188040d-6c67-4c5b-b112-36a304b66dad" })}.x`)
    ).toBe("9188040d-6c67-4c5b-b112-36a304b66dad");
    expect(tokenTenant("opaque")).toBeUndefined();
    // base64url without padding, with "-" and "_" in it (what "???" and ">>>" encode to)
    const part = Buffer.from(JSON.stringify({ tid: "t1", name: "???>>>" })).toString("base64url");
    expect(part).toMatch(/_.*-/);
    expect(tokenTenant(`x.${part}.sig`)).toBe("t1");
  });

  test("dialog messages are parsed defensively", () => {
    expect(parseDialogMessage('{"type":"token","accessToken":"t","expiresOn":5}')).toEqual({
      type: "token",
      accessToken: "t",
      expiresOn: 5,
    });
    expect(parseDialogMessage("<html>")).toMatchObject({
      type: "error",
      errorCode: "bad_dialog_message",
    });
  });
});

describe("clouds and windows", () => {
  test("national clouds get their own login host and qualified scopes", () => {
    expect(authorityFor("https://graph.microsoft.us", "contoso.onmicrosoft.us")).toBe(
      "https://login.microsoftonline.us/contoso.onmicrosoft.us"
    );
    expect(authorityFor("https://graph.microsoft.com", "")).toBe(
      "https://login.microsoftonline.com/organizations"
    );
    expect(qualifyScopes(["Mail.Read"], "https://microsoftgraph.chinacloudapi.cn")).toEqual([
      "https://microsoftgraph.chinacloudapi.cn/Mail.Read",
    ]);
    expect(qualifyScopes(["Mail.Read"], "https://graph.microsoft.com")).toEqual(["Mail.Read"]);
  });

  test("trace window: an hour before sending to two days after, clipped to now, ≤ 10 days, ≤ 90 days back", () => {
    const now = Date.parse("2026-03-10T00:00:00Z");
    expect(traceWindow("2026-03-02T10:00:00Z", now)).toEqual({
      from: "2026-03-02T09:00:00Z",
      to: "2026-03-04T10:00:00Z",
    });
    expect(traceWindow("2026-03-09T23:30:00Z", now)).toEqual({
      from: "2026-03-09T22:30:00Z",
      to: "2026-03-10T00:00:00Z",
    });
    expect(traceWindow("2025-11-01T00:00:00Z", now)).toBe("too-old");
    const undated = traceWindow(undefined, now);
    expect(
      undated !== "too-old" && Date.parse(undated.to) - Date.parse(undated.from)
    ).toBeLessThanOrEqual(10 * 86400_000);
    // a clock that runs ahead of Graph's: a "future" sent date still gives a valid window ending now
    const future = traceWindow("2026-03-10T00:20:00Z", now);
    expect(future !== "too-old" && future.to).toBe("2026-03-10T00:00:00Z");
  });

  test("Message-IDs get their angle brackets", () => {
    expect(normaliseMessageId("abc@x.jp")).toBe("<abc@x.jp>");
    expect(normaliseMessageId(" <abc@x.jp> ")).toBe("<abc@x.jp>");
    expect(normaliseMessageId("")).toBeUndefined();
  });
});

describe("findUsageRow", () => {
  const csv =
    "\ufeffReport Refresh Date,User Principal Name,Display Name,Storage Used (Byte),Prohibit Send Quota (Byte)\n" +
    "2026-03-01,ataro.yamada@contoso.co.jp,Not Me,1,2\n" +
    '2026-03-01,Taro.Yamada@contoso.co.jp,"Yamada, Taro",52613349376,53150220288\n';
  test("finds the exact user (case-insensitive), not one whose address merely contains it", () => {
    expect(findUsageRow(csv, "taro.yamada@contoso.co.jp")).toMatchObject({
      userPrincipalName: "Taro.Yamada@contoso.co.jp",
      storageUsedBytes: 52613349376,
      prohibitSendQuotaBytes: 53150220288,
    });
    expect(findUsageRow(csv, "nobody@contoso.co.jp")).toBeUndefined();
    expect(findUsageRow("User Principal Name\n", "x@y")).toBeUndefined();
  });
});
