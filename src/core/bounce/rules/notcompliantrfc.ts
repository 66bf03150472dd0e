/** The message does not follow RFC 5322 (missing, malformed or duplicate header fields). */
export const notcompliantrfc = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /rfc ?(5322|2822)|not rfc[- ]?compliant|multiple (addresses in )?(from|subject|sender|date|to)\b|header (is )?(missing|malformed)|(missing|malformed|duplicate) [a-z-]{0,20} ?header/,
  /** Tried after the codes. */
  general:
    /rfc ?(5322|2822|822)(?![;\d])|not (rfc|standards?)[- ]compliant|(header|headers) .{0,40}(invalid|malformed|missing|duplicate|too long|not allowed)|(invalid|malformed|missing|duplicate) .{0,20}header|multiple (from|sender|to|subject|date) /,
  /** A header field the receiver requires is missing ("No Resent-From field given", "Date field required"; RFC 5322 §3.6). */
  fieldMissing:
    /\bno [a-z-]{2,30} (header )?(field|header) (given|found|present)|(field|header) [a-z-]{2,30} (is )?(required|mandatory)|(messages?|mails?) (without|with no|missing) (an? )?(to|from|date|subject|message-id):? (header )?(fields?|headers?)|(missing|no) (to|from|date|message-id):? (header|field) /,
  /** Header fields the receiver found malformed: no valid From address, a disallowed character or encoded-word (RFC 5322 §3.6). */
  headerWords:
    /(missing|no) (a )?valid (address|mailbox) in the (from|to|sender):? (header|field)|disallowed header|encoded-word|rfc ?5322 section 3\.6/,
};
