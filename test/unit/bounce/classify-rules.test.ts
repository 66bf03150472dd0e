import { classifyDelivery, commandStage } from "../../../src/core/bounce/classify";

/** Rules added for provider and appliance wordings; each on a minimal synthetic report. */
describe("classifyDelivery: provider wordings", () => {
  it("reads Orange / La Poste by their own reason number, not the generic enhanced code", () => {
    const spam = classifyDelivery({
      status: "5.2.0",
      replyCode: "550",
      diagnostic: "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]",
      reporter: "smtp-in.orange.fr",
    });
    expect(spam?.reason).toBe("spamdetected");
    const later = classifyDelivery({
      status: "4.2.0",
      replyCode: "421",
      diagnostic: "421 4.2.0 Service refuse. Veuillez essayer plus tard. OFR005_505 [505]",
    });
    expect(later?.reason).toBe("systemerror");
    const archived = classifyDelivery({
      status: "5.5.0",
      diagnostic: "550 5.5.0 Le compte du destinataire est bloque. LPN007_426",
    });
    expect(archived?.reason).toBe("suspend");
    // A number without a documented cause leaves the decision to the other rules.
    expect(
      classifyDelivery({ status: "5.1.1", diagnostic: "550 5.1.1 Invalid recipient OFR_777" })
        ?.reason
    ).toBe("userunknown");
  });

  it("reads a bare 550 'user unknown' as an unknown user; after DATA it is a filter's refusal", () => {
    // Old mailbox servers and gateways alike answer "550 unknown user" without any RFC 3463 code;
    // checking the address (item 8) is right for both (a filter's refusal accepts 8 too).
    const bare = classifyDelivery({
      diagnostic: "550 Unknown user someone@example.co.jp",
      replyCode: "550",
    });
    expect(bare?.reason).toBe("userunknown");
    expect(bare?.cause).toBe(8);
    expect(
      classifyDelivery({
        diagnostic: "550 Unknown user a@example.jp (in reply to end of DATA command)",
      })?.reason
    ).toBe("filtered");
    // The same words with X.1.1, or shown to answer RCPT TO, name an unknown user.
    expect(
      classifyDelivery({ status: "5.1.1", diagnostic: "550 5.1.1 Unknown user a@example.jp" })
        ?.reason
    ).toBe("userunknown");
    expect(
      classifyDelivery({
        diagnostic: "550 Unknown user a@example.jp (in reply to RCPT TO command)",
      })?.reason
    ).toBe("userunknown");
    // No reply code at all: the reporting server's own lookup (Domino, Exchange 2003 …).
    expect(
      classifyDelivery({ diagnostic: "User not listed in public Name & Address Book" })?.reason
    ).toBe("userunknown");
  });

  it("keeps au's unknown user when the reply names the address; its filter leaves it empty", () => {
    expect(
      classifyDelivery({
        diagnostic: "550: <nobody@ezweb.ne.jp>: User unknown",
        reporter: "ezweb.ne.jp",
      })?.reason
    ).toBe("userunknown");
    expect(
      classifyDelivery({ diagnostic: "550: : User unknown", reporter: "ezweb.ne.jp" })?.reason
    ).toBe("filtered");
  });

  it("reads Yahoo's after-DATA 'dd This user doesn't have an account' as an unknown user", () => {
    const d = classifyDelivery({
      status: "5.0.0",
      replyCode: "554",
      diagnostic:
        "554 delivery error: dd This user doesn't have a yahoo.com account (nobody@yahoo.com) [0]",
      command: "data",
    });
    expect(d?.reason).toBe("userunknown");
  });

  it("reads cPanel's Exim verification sentence as a failed lookup, not a block list", () => {
    const d = classifyDelivery({
      diagnostic:
        "The mail server could not deliver mail to a@example.net. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
    });
    expect(d?.reason).toBe("hostunknown");
    // A plain block-list refusal is still a block.
    expect(
      classifyDelivery({ status: "5.7.1", diagnostic: "554 5.7.1 Your IP is blacklisted" })?.reason
    ).toBe("blocked");
  });

  it("reads InterScan MSS's 'and other recipients in the same domain' notice as an unknown user", () => {
    const d = classifyDelivery({
      diagnostic:
        "Reason: Unable to deliver message to <a@example.jp> (and other recipients in the same domain).",
    });
    expect(d?.reason).toBe("userunknown");
  });
});

/** Rules added where the held-out set (test/fixtures/ndr-heldout) showed a gap. */
describe("classifyDelivery: general wordings", () => {
  it("reads MX records that point to hosts that do not exist as a DNS failure", () => {
    const r = classifyDelivery({
      diagnostic: "all relevant MX records point to non-existent hosts",
    });
    expect(r?.reason).toBe("hostunknown");
    expect(r?.cause).toBe(16);
  });

  it("reads a refusal by the recipient's reception settings as the recipient's filter", () => {
    for (const diagnostic of [
      "550 5.7.1 <a@example.jp>: rejected by the receiver's setting",
      "550 5.7.1 Message rejected by recipient reception settings",
      "550 5.7.1 受信設定により拒否されました",
    ])
      expect(classifyDelivery({ status: "5.7.1", diagnostic })?.reason).toBe("filtered");
    // A server-wide refusal of the sender is not the recipient's own filter.
    expect(
      classifyDelivery({ status: "5.7.1", diagnostic: "550 5.7.1 Sender address rejected" })?.reason
    ).toBe("rejected");
  });

  it("reads a refused attachment type as a blocked attachment, a local policy as a policy", () => {
    const file = classifyDelivery({
      status: "5.7.1",
      diagnostic: "550 5.7.1 Message content rejected: the attachment type .js is not allowed",
    });
    expect(file?.reason).toBe("attachmentblocked");
    expect(file?.cause).toBe(11);
    const policy = classifyDelivery({
      status: "5.7.1",
      diagnostic: "554 5.7.1 Message rejected due to local policy",
    });
    expect(policy?.reason).toBe("policyviolation");
    // Spam wording still wins where the reason is spam.
    expect(
      classifyDelivery({ status: "5.7.1", diagnostic: "554 5.7.1 Message rejected as spam" })
        ?.reason
    ).toBe("spamdetected");
  });

  it("reads 'not accepted for policy reasons' as a policy, whatever the code says", () => {
    // Yahoo's 5.7.9 is not the RFC 3463 "mechanism too weak": its words name the policy.
    const r = classifyDelivery({
      status: "5.7.9",
      diagnostic: "554 5.7.9 Message not accepted for policy reasons.",
    });
    expect(r?.reason).toBe("policyviolation");
  });

  it("reads a connection the remote host dropped as a network error", () => {
    for (const diagnostic of [
      "Technical details of permanent failure: Connection was dropped by remote host (SENT_HELO)",
      "The connection has been reset during the session",
    ])
      expect(classifyDelivery({ diagnostic })?.reason).toBe("networkerror");
  });

  it("reads MX hosts that exist but could not be reached as a network error, not a missing domain", () => {
    expect(
      classifyDelivery({
        status: "4.4.0",
        diagnostic: "421 4.4.0 [internal] no MXs for this domain could be reached at this time",
      })?.reason
    ).toBe("networkerror");
    expect(classifyDelivery({ diagnostic: "no MX for example.invalid" })?.reason).toBe(
      "hostunknown"
    );
  });

  it("reads qmail's refused-recipients list and Domino's ambiguous name as a wrong address", () => {
    const qmail = classifyDelivery({
      status: "5.1.3",
      diagnostic: "553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)",
    });
    expect(qmail?.reason).toBe("userunknown");
    // Pipelined: the refusal shown after DATA is RCPT's, as qmail's 503 to DATA says.
    expect(
      commandStage(
        ">>> DATA\n<<< 553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)\n<<< 503 Start afresh from MAIL(#5.5.1)\n"
      )
    ).toBe("rcpt");
    const domino = classifyDelivery({
      diagnostic:
        "X-Notes; Recipient user name info (info@example.lv) not unique.  Several matches found in Domino Directory.",
    });
    expect(domino?.reason).toBe("userunknown");
  });

  it("reads a sending server that routes no mail outside as not relaying", () => {
    const r = classifyDelivery({ diagnostic: "Mailing to remote domains not supported" });
    expect(r?.reason).toBe("norelaying");
    expect(r?.cause).toBe(13);
  });
});

describe("classifyDelivery: Japanese refusal settings", () => {
  it("reads the recipient's 受信拒否 / 迷惑メール設定 as their filter, a spam verdict as spam", () => {
    const setting = classifyDelivery({
      status: "5.7.1",
      diagnostic: "受信者の迷惑メール設定（受信拒否設定）により拒否されました",
    });
    expect(setting?.reason).toBe("filtered");
    expect(setting?.cause).toBe(7);
    expect(
      classifyDelivery({ status: "5.7.1", diagnostic: "迷惑メールと判定されたため拒否しました" })
        ?.reason
    ).toBe("spamdetected");
  });
});

describe("classifyDelivery: Exchange's words quoted by any reporter", () => {
  it("reads codes in Microsoft's dialect when Exchange's component names or AS tags appear", () => {
    const notFound = classifyDelivery({
      status: "5.1.10",
      diagnostic:
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    });
    expect(notFound?.reason).toBe("userunknown");
    expect(notFound?.link).toMatch(/fix-error-code-550-5-1-10/);
    const edgeBlock = classifyDelivery({
      status: "5.4.1",
      diagnostic: "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
    });
    expect(edgeBlock?.reason).toBe("userunknown");
    // Without Exchange's words, X.1.10 keeps its standard meaning: the domain has a null MX.
    expect(
      classifyDelivery({ status: "5.1.10", diagnostic: "556 5.1.10 Recipient address has null MX" })
        ?.reason
    ).toBe("notaccept");
  });
});

describe("classifyDelivery: who has to act on Exchange Online's refusals", () => {
  const read = (status: string, diagnostic: string) => {
    const c = classifyDelivery({ status, diagnostic, reporter: "outlook.com" });
    return { reason: c?.reason, cause: c?.cause, who: c?.who };
  };

  it("names the sender's own organisation when its outbound rules stopped the mail", () => {
    const own = { reason: "senderpolicy", cause: 15, who: ["you", "yourIt"] };
    expect(
      read(
        "5.7.520",
        "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)"
      )
    ).toEqual(own);
    expect(
      read(
        "5.7.703",
        "550 5.7.703 Your message can't be delivered because messages to bob@example.com are blocked by your organization using Tenant Allow Block List."
      )
    ).toEqual(own);
    expect(
      read("5.7.60", "550 5.7.60 SMTP; Client does not have permissions to send as this sender")
    ).toEqual(own);
    // The same code for content judged as spam is the content's, not a rule of the sender's.
    expect(
      read(
        "5.7.520",
        "550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)"
      ).reason
    ).toBe("spamdetected");
  });

  it("reads a group's delivery restriction as the recipient's side refusing, not a failed login", () => {
    for (const [status, diagnostic] of [
      [
        "5.7.133",
        "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
      ],
      [
        "5.7.12",
        "550 5.7.12 RESOLVER.RST.SenderNotAuthenticated; Sender was not authenticated by organization",
      ],
      [
        "5.7.1",
        "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
      ],
      [
        "5.7.129",
        "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from",
      ],
    ] as const)
      expect(read(status, diagnostic)).toMatchObject({
        reason: "rejected",
        who: ["recipientIt", "yourIt"],
      });
    // A relay that wants the sender to log in is still the sender's side.
    expect(
      read(
        "5.7.57",
        "530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful"
      ).reason
    ).toBe("securityerror");
  });

  it("reads Microsoft's ban of the sender as a block of the sender, for its IT", () => {
    expect(read("5.7.501", "550 5.7.501 Access denied, spam abuse detected")).toMatchObject({
      reason: "blocked",
      cause: 1,
      who: ["yourIt"],
    });
    expect(read("5.7.502", "550 5.7.502 Access denied, banned sender").reason).toBe("blocked");
  });
});

describe("classifyDelivery: receivers' own documented codes", () => {
  const reasonOf = (diagnostic: string, status = "5.0.0") =>
    classifyDelivery({ status, diagnostic })?.reason;

  it("reads Cox's AUP# codes", () => {
    expect(reasonOf("550 5.1.0 <a@example.jp> sender rejected. AUP#CDRBL")).toBe("blocked");
    expect(reasonOf("554 cmsmtp 192.0.2.1 is listed. AUP#IPBL0001")).toBe("blocked");
    expect(reasonOf("421 cmsmtp blocked. AUP#CXCNCT", "4.0.0")).toBe("toomanyconn");
    expect(reasonOf("452 cmsmtp too many messages. AUP#CXMXRT", "4.0.0")).toBe("speeding");
  });

  it("reads AOL's block categories, and its DNS category as a reverse DNS problem", () => {
    expect(reasonOf("554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html")).toBe(
      "blocked"
    );
    expect(reasonOf("421 DYN:T1 http://postmaster.info.aol.com/errors/421dynt1.html")).toBe(
      "blocked"
    );
    expect(reasonOf("550 DNS:NR http://postmaster.info.aol.com/errors/550dnsnr.html")).toBe(
      "requireptr"
    );
    // A DSN field such as "Remote-MTA: dns; mx.example.jp" is not an AOL code.
    expect(reasonOf("550 5.1.1 user unknown; Remote-MTA: dns; mx.example.jp", "5.1.1")).toBe(
      "userunknown"
    );
  });

  it("reads Comcast's block and rate-limit codes", () => {
    expect(reasonOf("554 resimta-po-01v.sys.comcast.net comcast 192.0.2.1 BL000001")).toBe(
      "blocked"
    );
    expect(reasonOf("554 comcast 192.0.2.1 found on dynamic IP list ES000010")).toBe("blocked");
    expect(reasonOf("421 comcast too many messages RL000001", "4.0.0")).toBe("speeding");
  });

  it("reads Yahoo's [TS..] tags as a refusal of the sending IP, whatever the code", () => {
    expect(
      reasonOf(
        "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred",
        "5.7.2"
      )
    ).toBe("blocked");
    expect(
      reasonOf("421 4.7.1 [TSS11] Excessive unknown recipients - possible Open Relay", "4.7.1")
    ).toBe("blocked");
  });

  it("reads 'frequency limited' as a rate limit and 'content denied' as content", () => {
    expect(reasonOf("550 Ip frequency limited")).toBe("speeding");
    expect(reasonOf("550 Mail content denied")).toBe("spamdetected");
  });
});

describe("classifyDelivery: common MTA wordings", () => {
  it.each([
    ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "norelaying"],
    ["550 5.7.1 Command rejected: sender is not authorized to use this relay", "norelaying"],
    ["552 5.3.4 Error: message file too big", "mesgtoobig"],
    ["550 5.7.1 Your IP address is in a dynamic range", "blocked"],
    ["550 5.7.1 Mail from this IP is blocked due to too many spam complaints", "blocked"],
    ["504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", "blocked"],
    ["Unrouteable address", "hostunknown"],
    ["550 5.7.1 The user has chosen not to receive mail from you", "filtered"],
    ["550 5.7.1 Message blocked by recipient's blocked senders list", "filtered"],
  ])("%s → %s", (diagnostic, reason) => {
    expect(classifyDelivery({ diagnostic })?.reason).toBe(reason);
  });
});

describe("classifyDelivery: Japanese server wordings", () => {
  it.each([
    ["宛先のメールボックスの容量が不足しているため受信できません", "mailboxfull"],
    ["送信元IPアドレスがブラックリストに登録されているため拒否しました", "blocked"],
    ["添付ファイルの種類が許可されていないため拒否しました", "attachmentblocked"],
    ["メールの中継は許可されていません", "norelaying"],
    ["なりすましメールと判定されたため受信を拒否しました", "authfailure"],
    ["一時的なエラーのため配信できませんでした。しばらくしてから再送してください", "systemerror"],
    // The telephone's "not in use", said of an address: the account was given up.
    ["このメールアドレスは現在使われておりません", "suspend"],
    // The sender's domain, not the recipient's, is the one that does not exist.
    ["送信者のドメインが存在しません", "rejected"],
    ["宛先ドメインが見つかりません", "hostunknown"],
    ["メールアドレスが間違っています", "userunknown"],
    ["あて先のアカウントは削除されました", "suspend"],
    // A size limit is the mail's size, a count limit the sending rate.
    ["送信サイズの上限を超えています", "mesgtoobig"],
    ["1日の送信数の上限に達しました", "speeding"],
    // A failed login to the sending server is the sender's; sender-domain authentication is SPF/DKIM/DMARC.
    ["認証に失敗しました", "securityerror"],
    ["送信ドメイン認証に失敗しました", "authfailure"],
    ["本文に不正なURLが含まれているため拒否しました", "spamdetected"],
    ["サーバーが混雑しているため受け付けできません", "systemerror"],
    ["配送経路でループが検出されました", "networkerror"],
    ["暗号化(TLS)接続が必要です", "failedstarttls"],
  ])("%s → %s", (diagnostic, reason) => {
    expect(classifyDelivery({ status: "5.0.0", diagnostic })?.reason).toBe(reason);
  });
});

describe("classifyDelivery: Chinese and Korean server wordings", () => {
  it.each([
    ["收件人邮箱已满", "mailboxfull"],
    ["메일함 용량이 초과되었습니다", "mailboxfull"],
    ["该邮件被判定为垃圾邮件", "spamdetected"],
    ["您的邮件因包含敏感内容被退回", "spamdetected"],
    ["邮件大小超过限制", "mesgtoobig"],
    ["发件人被列入黑名单", "blocked"],
    // The recipient's own block list is the recipient's filter, not a list of the sender's IP.
    ["对方已将您加入黑名单", "filtered"],
    ["域名不存在", "hostunknown"],
    ["收件人信箱已被停用", "suspend"],
    ["사용자가 존재하지 않습니다", "userunknown"],
    ["邮件被拒收", "rejected"],
  ])("%s → %s", (diagnostic, reason) => {
    expect(classifyDelivery({ status: "5.0.0", diagnostic: `550 ${diagnostic}` })?.reason).toBe(
      reason
    );
  });
});
