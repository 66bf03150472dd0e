/**
 * The sender (envelope or header) is refused, or the remote system refused the message without
 * saying more.
 */
export const rejected = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /rejected by (the )?(destination|recipient|remote) (domain|server|host|system)|service refused/,
  /** Tried after the codes. */
  general:
    /permission to post|not have permission|not a registered|sender (address )?(is )?(rejected|denied|refused|blocked|not allowed|unknown|invalid|verify failed|verification)|(from|sender|envelope|return) (address|domain) .{0,40}(rejected|invalid|denied|refused|not (exist|resolve))|domain of sender|sender domain|bad sender|invalid sender|unknown sender|sender .{0,40}(not allowed|not authorized|not permitted)|mail from .{0,60}(rejected|refused|denied)|delivery not authorized/,
  /** Last of all: a bare refusal word, when no other family says more (a connection refused is a network problem, tried before). */
  bareWords: /access denied|denied|refused|rejected|blocked|not authorized/,
  /** A mailing list refused the post: the sender is not a member or may not post (list managers such as fml, Mailman, majordomo). */
  listWords:
    /\b(are |is )?not (a )?member|non-?member|members[- ]only|not (allowed|permitted|authori[sz]ed) to post|reject(ed)? (mail|post|article) from|spam mail .{0,40}rejected/,
  /** The sender's domain does not resolve ("unresolvable RFC5321 from domain", "sender domain not found"; RFC 5321 §4.1.1.2). */
  senderDomainWords:
    /unresolvable .{0,20}(from|sender|mail from) domain|(from|sender) domain .{0,20}(not found|does not resolve|unresolvable)/,
};
