/** Too many connections or recipients at once (RFC 3463 X.5.3). */
export const toomanyconn = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /too many (connections|recipients|concurrent|sessions|simultaneous|hops for)|connection limit|max(imum)? (number of )?(connections|recipients)|recipient limit|exceeds? (the )?recipient/,
};
