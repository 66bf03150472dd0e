/**
 * The sending IP or host is refused: block lists, dynamic address ranges, HELO checks, refused
 * greetings.
 */
export const blocked = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /block ?list|black ?list|blocklisted|spamhaus|spamcop|\bsorbs\b|barracuda ?(central|reputation|networks)|\bdnsbl\b|\brbl\b|\b(sbl|xbl|pbl|cbl)\b|(?<!not )listed (at|in|on|by) |on (our|a) (block|deny) ?list|user complaints|client host rejected|(client|source) (host|ip)[^.]{0,40}(blocked|bloqu)|dialup|dynamic ip|dynamic (range|pool)|residential ip|from (this|your|the sending) ip .{0,40}(blocked|banned|refused)|(spam|user) complaints|ブラックリスト|ブロックリスト|helo command rejected|(helo|ehlo) (hostname |name |host )?(is )?(invalid|rejected|not found|unknown)|黑名单|黑名單|블랙리스트/,
  /**
   * Decisive, but tried after the other decisive phrases. Last among the decisive phrases: a
   * greeting refused, or mail from an IP refused outright.
   */
  decisiveLast:
    /refused to talk to me|messages from \[?\d{1,3}(\.\d{1,3}){3}\]? (weren't|were not) sent/,
  /** The sending IP or its traffic is refused ("traffic not accepted from this IP", "access from ip address 192.0.2.1 blocked", "an unusual rate of mail" from it, HELO/EHLO names refused); tried before the spam phrases. */
  sourceWords:
    /not accepted from this ip|(access|connections?|mail|traffic) from (the )?ip( address)? \[?[0-9a-f.:]{3,45}\]? (is |are |has been |have been |was |were )?(blocked|banned|refused|denied)|unusual rate of (unsolicited )?mail|(helo|ehlo)\b[^.]{0,20}\b(argument|name|hostname) (is )?(invalid|not allowed|missing)|empty (helo|ehlo)/,
};
