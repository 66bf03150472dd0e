/**
 * The recipient's domain or host cannot be found or reached by name (RFC 3463 X.1.2, X.4.4; DNS
 * NXDOMAIN, no MX).
 */
export const hostunknown = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /ドメイン.{0,12}(存在しません|見つかりません|見つからない|不明)|dns (error|lookup failure)|lookup of [^ ]{1,80} (responded with code nxdomain|had no relevant answers)|host (or domain name )?(not found|unknown)|unknown host|domain (name )?(not found|does not exist|doesn't exist|unknown|is not valid|lookup failed)|no such (domain|host)|nxdomain|name or service not known|unrouteable (mail )?domain|unroutable (mail )?domain|unrouteable address|all host address lookups failed|no (mx|mail exchanger)(?!s? for this domain could be reached)|mx (record )?(not found|lookup failed)|unknown domain|invalid domain|domain .{0,60} (does not exist|not exist|doesn't exist)|could not (be )?resolve|unable to resolve|dns (error|lookup|query) failed|no such host|(mx|mail exchanger) (records? )?points? to non-?existent hosts?|non-?existent (host|domain)|(couldn'?t|could not|can'?t|cannot|unable to) find any (host|mail server|mx)( named| by that name)?|域名不存在|域名無效|域名无效|도메인[^.]{0,8}(존재하지|찾을 수)/,
  /**
   * The recipient domain cannot be reached by name: "domain is not reachable", "host not found"
   * (RFC 3463 X.1.2, X.4.4); the resolver failing on the domain's records ("name service error",
   * a malformed reply) leaves the domain's DNS to check all the same.
   */
  reachWords:
    /domain (is )?(not reachable|unreachable)|host (is )?not found|(destination|recipient) (domain|host) (not found|unknown)|name service error|malformed (name server|dns) (reply|response)/,
};
