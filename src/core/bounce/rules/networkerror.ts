/** The receiving host could not be reached or the route loops (RFC 3463 X.4.x). */
export const networkerror = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /exceeded \d+ hops|too many hops|hop count exceeded|routing loop|mail loop|loop detected|loops back to myself/,
  /** Tried after the codes. */
  general:
    /接続できません|接続に失敗|ループ(が|を)?(検出|発生)|connection (was |has been )?(refused|reset|timed out|closed|lost|dropped|failed)|dropped by (the )?remote (host|server)|network (is )?unreachable|no route to host|(could not|couldn't|unable to|cannot|failed to) (connect|establish)|lost connection|broken pipe|connect to .{0,80}(failed|refused)|routing loop|mail loop|loop(s)? (back|detected)|too many hops|hop count|loops back to myself/,
  /** The route loops or no route or gateway exists (RFC 3463 X.4.6, X.4.4 for a route). */
  routeWords:
    /message loop(ing|s)?|\blooping\b|could not find a (gateway|route)|no (route|gateway) (to|for)/,
};
