/**
 * The domain accepts no mail at all (RFC 7505 null MX). "Not accepting mail with attachments"
 * or "from" someone is a narrower refusal, read by other rules.
 */
export const notaccept = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /null mx|does not accept (e-?)?mail(?! over ipv6)|not accepting (any )?(e-?)?mail(?! (with|from|containing) )|accepts no mail|no mail service/,
};
