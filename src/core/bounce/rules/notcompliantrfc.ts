/** The message does not follow RFC 5322 (missing, malformed or duplicate header fields). */
export const notcompliantrfc = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /rfc ?(5322|2822)|not rfc[- ]?compliant|multiple (addresses in )?(from|subject|sender|date|to)\b|header (is )?(missing|malformed)|(missing|malformed|duplicate) [a-z-]{0,20} ?header/,
  /** Tried after the codes. */
  general:
    /rfc ?(5322|2822|822)(?![;\d])|not (rfc|standards?)[- ]compliant|(header|headers) .{0,40}(invalid|malformed|missing|duplicate|too long|not allowed)|(invalid|malformed|missing|duplicate) .{0,20}header|multiple (from|sender|to|subject|date) /,
};
