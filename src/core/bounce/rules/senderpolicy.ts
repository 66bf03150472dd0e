/**
 * The sender's own organisation stopped the mail on its way out: a rule of its mail service,
 * not the recipient's side. Exchange Online's outbound spam policy refuses automatic forwarding
 * to outside addresses (5.7.520) and its Tenant Allow/Block List can block recipients (5.7.703);
 * other services say the organisation or its administrator does not allow the mail. Sending as
 * another mailbox without its Send As permission (5.7.60) is refused there too.
 */
export const senderpolicy = {
  /** Decisive: these words name the sender's organisation as the one that refused. */
  decisive:
    /your organi[sz]ation does ?n[o']t allow|(not allowed|blocked|prohibited|restricted) by your organi[sz]ation|your organi[sz]ation('s)? (policy|administrator|admin) (does ?n[o']t allow|blocked|has blocked|prohibits)|external forwarding is (not allowed|disabled|blocked)|automatic forwarding (to external|outside)[^.;]{0,40}(not allowed|disabled|blocked)|組織で[^。]{0,20}(許可されていません|禁止されています)|(does ?n[o']t|do ?n[o']t) have permissions? to send as|not (allowed|permitted) to send as|sendasdenied/,
};
