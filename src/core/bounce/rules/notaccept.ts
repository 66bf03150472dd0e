/** The domain accepts no mail at all (RFC 7505 null MX). */
export const notaccept = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /null mx|does not accept (e-?)?mail(?! over ipv6)|not accepting (any )?(e-?)?mail|accepts no mail|no mail service/,
};
