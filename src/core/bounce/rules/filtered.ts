/**
 * The recipient's own settings or the receiving domain's filter refused the sender (Sisimai:
 * almost the same as an unknown user).
 */
export const filtered = {
  /**
   * Decisive: precise enough to outweigh the code that came with it. Japanese carriers and webmail
   * name the recipient's own refusal settings (受信拒否設定, 迷惑メール設定); the word 迷惑メール (spam) in the same
   * sentence does not make it about content.
   */
  decisive:
    /受信拒否|拒否設定|指定受信|受信設定|迷惑メール.{0,6}設定|chosen not to receive|blocked senders? list|not accepted by the recipient|recipient (does not|doesn't) accept (e-?)?mail from|(对方|對方|收件人|收信人)[^。，,]{0,10}(黑名单|黑名單|拒收)|수신자[^.]{0,10}(차단|수신 거부)/,
  /** Tried after the codes. */
  general:
    /filter|rejected by (the )?(recipient|user)|(recipient|user) .{0,30}(rejects|refuses|blocks|does not (want|accept)) (mail|e-?mail|messages)|not (accept|receive) mail from|(receiver|recipient|user)(['’]s)? (own )?(reception |receiving |receive |mail )?settings?|reception settings?|受信拒否|拒否設定|指定受信|受信設定/,
  /** The recipient's preferences refuse the sender ("refused due to recipient preferences", "not accepting mail from"; Exchange Online 5.4.1 "all recipient addresses rejected: access denied", a directory-based edge block). */
  preferenceWords:
    /recipient('s)? preferences|not accepting (e-?)?mail from|all recipient addresses rejected ?: ?access denied/,
};
