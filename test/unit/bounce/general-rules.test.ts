import { classifyDelivery } from "../../../src/core/bounce/classify";

/**
 * General rules (no vendor module involved): each on a short synthetic text in the
 * provider-neutral wording the rule targets.
 */
describe("general rules: a group or list refused the post", () => {
  const reasonOf = (diagnostic: string) => classifyDelivery({ diagnostic })?.reason;

  it("reads 'no permission to post to the group' as the list's refusal, in several languages", () => {
    expect(
      reasonOf(
        "The list you wrote to (team) may not exist, or you do not have permission to post messages to it."
      )
    ).toBe("rejected");
    expect(
      reasonOf("Sorry, you don't have the rights to send messages to this mailing list.")
    ).toBe("rejected");
    // French: "may not exist" in the same sentence does not make it an unknown mailbox.
    expect(
      reasonOf("La liste (equipe) n'existe pas ou vous n'êtes pas autorisé à poster dans celle-ci.")
    ).toBe("rejected");
    expect(
      reasonOf("Sie haben keine Berechtigung, in dieser Liste Beiträge zu veröffentlichen.")
    ).toBe("rejected");
    expect(reasonOf("No tienes permiso para publicar en esta lista.")).toBe("rejected");
    expect(reasonOf("このメーリングリストへの投稿権限がありません。")).toBe("rejected");
    expect(reasonOf("您没有向此邮件列表发送邮件的权限。")).toBe("rejected");
  });

  it("leaves an unknown mailbox alone", () => {
    expect(reasonOf("550 5.1.1 <a@example.org>: Recipient address rejected: User unknown")).toBe(
      "userunknown"
    );
    expect(reasonOf("Ce destinataire n'existe pas.")).toBe("userunknown");
  });
});

describe("general rules: no account, whatever the SMTP stage", () => {
  it("keeps 'this user has no account here' an unknown user even after DATA", () => {
    expect(
      classifyDelivery({
        replyCode: "554",
        diagnostic:
          "554 Delivery failed: the recipient does not have an example.net account (in reply to end of DATA command)",
      })?.reason
    ).toBe("userunknown");
    // Generic "unknown user" after DATA, with no such statement, is still a filter's refusal.
    expect(
      classifyDelivery({
        diagnostic: "550 Unknown user a@example.net (in reply to end of DATA command)",
      })?.reason
    ).toBe("filtered");
  });
});

describe("general rules: no final delivery point", () => {
  it("reads a directory's 'has no final delivery point' as an unknown user", () => {
    expect(
      classifyDelivery({
        diagnostic: "someone@example.edu: does not have a final e-mail delivery point",
      })?.reason
    ).toBe("userunknown");
  });
});

describe("general rules: narrower refusals than 'accepts no mail'", () => {
  const reasonOf = (diagnostic: string, replyCode?: string) =>
    classifyDelivery({ diagnostic, ...(replyCode ? { replyCode } : {}) })?.reason;

  it("reads 'not accepting mail with attachments' as a refused attachment, not a domain without mail", () => {
    expect(
      reasonOf(
        "Your mail could not be delivered because they are not accepting mail with attachments or embedded images"
      )
    ).toBe("attachmentblocked");
    expect(reasonOf("550 This mailbox does not accept mail containing files", "550")).toBe(
      "attachmentblocked"
    );
    // The domain-wide refusal is still what it was.
    expect(reasonOf("556 5.1.10 Recipient domain is not accepting mail", "556")).toBe("notaccept");
    expect(reasonOf("This domain does not accept email")).toBe("notaccept");
  });

  it("reads German full-mailbox wordings as a full mailbox", () => {
    expect(reasonOf("550 <a@example.de> Benutzer hat zuviele Mails", "550")).toBe("mailboxfull");
    expect(reasonOf("552 Das Postfach ist voll", "552")).toBe("mailboxfull");
    expect(reasonOf("550 Speicherplatz des Empfängers ist erschöpft", "550")).toBe("mailboxfull");
  });
});

describe("general rules: an account switched off, in other languages", () => {
  const reasonOf = (diagnostic: string) => classifyDelivery({ diagnostic })?.reason;

  it("reads an expired or disabled mailbox as a suspended account", () => {
    expect(reasonOf("Esta casilla ha expirado por falta de uso.")).toBe("suspend");
    expect(reasonOf("550 La cuenta de correo ha sido deshabilitada")).toBe("suspend");
    expect(reasonOf("550 A conta de e-mail está desativada")).toBe("suspend");
    expect(reasonOf("550 Le compte est désactivé")).toBe("suspend");
    expect(reasonOf("550 Das Konto wurde deaktiviert")).toBe("suspend");
    // Deleted is as gone as switched off: the address no longer receives.
    expect(reasonOf("550 account has been deleted")).toBe("suspend");
  });

  it("leaves an unknown mailbox in the same languages alone", () => {
    expect(reasonOf("550 La cuenta no existe")).toBe("userunknown");
    expect(reasonOf("550 Benutzer unbekannt")).toBe("userunknown");
  });
});

describe("general rules: the recipient domain's DNS", () => {
  it("reads a resolver failure on the domain's records as the domain to check", () => {
    const reasonOf = (diagnostic: string) => classifyDelivery({ diagnostic })?.reason;
    expect(
      reasonOf("Name service error for name=example.invalid type=MX: Malformed name server reply")
    ).toBe("hostunknown");
    expect(reasonOf("DNS lookup gave a malformed DNS response for the domain")).toBe("hostunknown");
    // qmail's wording, with no code at all.
    expect(reasonOf("Sorry, I couldn't find any host by that name.")).toBe("hostunknown");
  });
});

describe("general rules: content judged as spam or bulk", () => {
  it("reads 'appears to be spam' and a bulk classification as spam, whatever code came with it", () => {
    expect(
      classifyDelivery({
        diagnostic: "554 Sorry, this message appears to be spam (#5.6.0)",
        status: "5.6.0",
      })?.reason
    ).toBe("spamdetected");
    expect(
      classifyDelivery({
        diagnostic: "550-5.7.1 The message was rejected due to classification as Bulk mail.",
        status: "5.7.1",
      })?.reason
    ).toBe("spamdetected");
  });
});

describe("general rules: words clearer than the code", () => {
  it("reads 'no such user' and 'mail-box not found' as an unknown user even under 5.7.1", () => {
    expect(
      classifyDelivery({ diagnostic: "550 5.7.1 No such user x12si345", status: "5.7.1" })?.reason
    ).toBe("userunknown");
    expect(
      classifyDelivery({
        diagnostic: "553 sorry, badrcptto(user mail-box not found) (#5.7.1)",
        status: "5.7.1",
      })?.reason
    ).toBe("userunknown");
  });

  it.each([
    ["an error token without spaces", "500 (err.nosuchuser)"],
    ["'unknown e-mail address'", "553 5.3.0 <edwin@example.com.au>... Unknown E-Mail Address"],
    ["'invalid email address'", "550 Invalid email address"],
  ])("reads %s as an unknown user", (_, diagnostic) => {
    expect(classifyDelivery({ diagnostic })?.reason).toBe("userunknown");
  });

  it("reads 'trying to use me as a relay' as relaying refused", () => {
    expect(
      classifyDelivery({
        diagnostic:
          "553-you are trying to use me [mx.example.net] as a relay, but I have not been configured to let you do this.",
        status: "5.7.1",
      })?.reason
    ).toBe("norelaying");
  });
});

describe("general rules: the sending IP refused", () => {
  const reasonOf = (diagnostic: string) => classifyDelivery({ diagnostic })?.reason;

  it("reads 'access from ip address … blocked' as a blocked sender (item 1)", () => {
    expect(
      reasonOf("550 Access from ip address 192.0.2.24 blocked. Visit https://example.net/bl")
    ).toBe("blocked");
    expect(reasonOf("554 Connections from IP [2001:db8::1] are refused")).toBe("blocked");
  });

  it("reads a failed sender check as the sender refused (item 15), before the blocklist words", () => {
    expect(
      reasonOf(
        "550-Verification failed for <b@example.com> 550-They may be blacklisted 550 Sender verify failed"
      )
    ).toBe("rejected");
    expect(reasonOf("450 4.7.1 Sender address verification failed")).toBe("rejected");
  });
});

describe("general rules: a relay that wants the sender to log in", () => {
  const reasonOf = (diagnostic: string) => classifyDelivery({ diagnostic })?.reason;

  it("reads 'turn on SMTP authentication' as a security requirement, not a relay setting", () => {
    expect(
      reasonOf(
        "550-Please turn on SMTP Authentication in your mail client. 550 host is not permitted to relay through this server without authentication."
      )
    ).toBe("securityerror");
  });

  it("keeps a relay refused with no word of logging in a relay problem", () => {
    expect(reasonOf("554 5.7.1 <a@example.org>: Relay access denied")).toBe("norelaying");
  });
});

describe("general rules: an unknown user's words outrank a mailbox-disabled code", () => {
  const reasonOf = (diagnostic: string, status?: string) =>
    classifyDelivery({ diagnostic, status })?.reason;

  it("reads qmail's 'no mailbox here by that name' and its translations as an unknown user", () => {
    expect(
      reasonOf("554 Usuário Inválido ou Inexistente. Sorry, no mailbox here by that name. (#5.2.1)")
    ).toBe("userunknown");
    expect(reasonOf("550 Sorry, no mailbox here by that name.", "5.2.1")).toBe("userunknown");
    expect(reasonOf("550 Usuario inexistente", "5.2.1")).toBe("userunknown");
    expect(reasonOf("550 Destinataire inconnu", "5.2.1")).toBe("userunknown");
    expect(reasonOf("550 Empfänger unbekannt", "5.2.1")).toBe("userunknown");
  });

  it("keeps a disabled mailbox under the same code a suspended account", () => {
    expect(reasonOf("550 Mailbox disabled for this recipient", "5.2.1")).toBe("suspend");
  });
});

describe("general rules: more wordings of header and quota refusals", () => {
  const reasonOf = (diagnostic: string, status?: string) =>
    classifyDelivery({ diagnostic, status })?.reason;

  it("reads 'messages without To: fields are not accepted' as a missing header (item 20)", () => {
    expect(reasonOf("Messages without To: fields are not accepted here", "5.0.0")).toBe(
      "notcompliantrfc"
    );
    expect(reasonOf("550 Mail with no Date header field is refused")).toBe("notcompliantrfc");
  });

  it("reads a maildir 'overdrawn its diskspace quota' as a full mailbox, whatever the code", () => {
    expect(
      reasonOf(
        "maildir delivery failed: the user's maildir has overdrawn his diskspace quota",
        "5.2.3"
      )
    ).toBe("mailboxfull");
  });
});
