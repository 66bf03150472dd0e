/**
 * The sending IP has no or a mismatched reverse DNS name (RFC 3463 X.7.25; "PTR", "rDNS", "client
 * IP mismatch").
 */
export const requireptr = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /unverif\w* sending ip|reverse (dns|lookup|hostname|resolution|mapping)|\bptr\b|\brdns\b|cannot find your (reverse )?hostname|(ip|client) name lookup failed|hostname .{0,40}(does not|doesn't|did not) (match|resolve)|fcrdns|no (reverse|inverse) (dns|name)|dns for your ip/,
  /** The client IP does not match the name it gave (a forward-confirmed reverse DNS check). */
  ipMismatchWords:
    /(mismatch(es)?|does not match|doesn't match) (the )?client ip|client ip .{0,30}mismatch/,
};
