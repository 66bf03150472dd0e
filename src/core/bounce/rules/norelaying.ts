/**
 * The server is not configured to relay for the sender or the recipient domain (RFC 5321 550
 * "relaying denied").
 */
export const norelaying = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /relay(ing)? (access )?(denied|not permitted|not allowed|prohibited|forbidden|refused)|(not|isn't) (permitted|allowed|authorized) to relay|unable to relay|cannot relay|we do not relay|no relaying|relay not (permitted|allowed)|not a (gateway|relay)|中継.{0,10}(許可されていません|拒否|禁止|できません)|allowed rcpthosts|authori[sz]ed to use this (server as a )?relay/,
  /** "Not configured to relay", "not set up to relay" (RFC 5321 §3.6 relaying). */
  configuredWords:
    /not (configured|set up|setup) to relay|relaying (is )?not (configured|enabled)|(mailing|sending|delivery|relay(ing)?) to (remote|external|non-local) domains? (is |are )?not (supported|permitted|allowed)|(trying|attempting|tried) to use (me|this (server|host|system)) .{0,80}as an? relay/,
};
