/**
 * The recipient's mailbox does not exist at the receiving system (RFC 3463 X.1.1, RFC 5321 550
 * "mailbox unavailable"); servers say it as "user unknown", "no such user", "recipient not found"
 * and their translations, or as an error token ("err.nosuchuser", Netscape's Messaging Server).
 */
export const userunknown = {
  /** Tried after the codes. */
  general:
    /(user|recipient) (doesn't|does not) have an? .{0,60}account|unable to deliver message to <[^>]{1,256}> \(and other recipients in the same domain\)|address (couldn't|could not|can't|cannot) be found|check (if|that) (the )?address is correct|not listed in (the )?(domino directory|public name & address book)|\b(user|recipient|mailbox|address|account|addressee|local part|alias)( name)? (is )?(unknown|not found|not known|not listed|unavailable|invalid|not recognized|not valid|does ?n[o']t exist|not exist|does not exist|doesn't exist)|no such (user|mailbox|recipient|address|account|local user|person|alias)|\bnosuch(user|mailbox|recipient)\b|unknown (e-?mail )?(user|recipient|mailbox|local|address|addressee|alias)|(invalid|bad|unknown|non-?existent) (e-?mail )?(recipient|mailbox|user|destination|address)|not a valid (mailbox|recipient|user|address)|mailbox (unavailable|not found|does not exist)|recipient not found|user not found|no mailbox|addressee unknown|not our customer|no account by that name|no such account|does not exist|doesn't exist|is not a known user|宛先.{0,10}(不明|見つかり|存在し)|(存在しない|見つかりません|存在しません)/,
  /** Unknown user said the older and other-language ways: no such userid, no final delivery point, a directory lookup without a match; French, German, Spanish, Italian, Portuguese, Chinese. */
  directoryWords:
    /invalid (final )?(delivery )?user ?id|(no|(does not|doesn't) have an?) final (e-?mail )?delivery point|no match(es)? (to|for|in) (the )?(nameserver|directory|name server|address book)|(user|recipient|address|mailbox) (is )?not known|(address|mailbox) (is )?(wrong|no longer valid)|n'existe pas|inconnu|unbekannt|existiert nicht|no existe|desconocid[oa]|inesistente|inexistente|não existe|用户不存在|不存在的用户|收件人不存在|(メール)?アドレス(が|に)?(間違って|誤って|誤りが|正しくありません)|사용자가 존재하지|수신자[^.]{0,6}(존재하지|찾을 수)|존재하지 않는 (사용자|계정|주소|메일)/,
  /** Decisive: the recipient's address was looked up and not found; outranks a code used in another sense (X.1.10 is a null MX in RFC 7505, "recipient not found" at Exchange; qmail's "no mailbox here by that name" under a 5.2.1 and its list of refused recipients, badrcptto, under a 5.7.1; Domino's name that matches several people), also in Portuguese, Spanish, French and German. */
  decisive:
    /recipient (address )?not found|no such (user|mailbox|recipient)\b|(user )?mail-box not found|no mailbox here by that name|envelope recipient is in my badrcptto list|not unique\.? +several matches found|(usu[aá]rio|destinat[aá]rio)( inv[aá]lido ou)? (inexistente|desconhecido)|(usuario|destinatario) (inexistente|desconocido)|(utilisateur|destinataire) inconnu|(benutzer|empf[aä]nger) unbekannt|unbekannte[rn]? (benutzer|empf[aä]nger)/,
};
