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
  bareWords:
    /access denied|denied|refused|rejected|blocked|not authorized|拒收|拒绝接收|拒絕接收|수신 거부/,
  /** A mailing list refused the post: the sender is not a member or may not post (list managers such as fml, Mailman, majordomo). */
  listWords:
    /\b(are |is )?not (a )?member|non-?member|members[- ]only|not (allowed|permitted|authori[sz]ed) to post|reject(ed)? (mail|post|article) from|spam mail .{0,40}rejected/,
  /**
   * A group or list refused the post because the sender may not post to it (Google Groups'
   * localised "the group … may not exist, or you may not have permission to post", Mailman's "you
   * are not allowed to post to this mailing list", Sympa's "you are not allowed to send messages to
   * list", Microsoft 365 groups' "you don't have permission to send to this group"), said in the
   * languages such notices are sent in: "permission to post/send to the group" and its
   * translations. A refusal by the list (item 15), not an unknown mailbox, even when the same
   * sentence adds that the group may not exist.
   */
  groupPostWords:
    /(permission|authori[sz]ation|rights?) to (post|send (messages? )?to (this|the) (group|list|mailing list))|(pas|non) (autorisée?s?|habilitée?s?|permise?s?) à (poster|publier|lui envoyer|envoyer des messages)|pas l'autorisation d(e |')(poster|publier|envoyer)|berechtigung(en)?[^.]{0,60}(zu posten|zu senden|zu veröffentlichen)|nicht berechtigt[^.]{0,40}(zu posten|zu senden)|no (tienes?|dispones? de) (los )?permisos? (necesarios )?para (publicar|enviar|postear)|non (hai|ha|disponi|dispone) (del)?(l'autorizzazione|il permesso|i permessi) (per|di|a) (pubblicare|inviare|postare)|não (tem|tens|possui) (a )?permissão (necessária )?para (postar|publicar|enviar)|geen (toestemming|rechten) om [^.]{0,40}(te posten|te plaatsen|te verzenden)|投稿[^。]{0,10}(権限|許可)|(张贴|張貼|发帖|發帖|发布|發佈|發布|发送|發送)[^。，]{0,8}(权限|權限)|게시[^.]{0,10}권한|(нет|не имеете) (прав|разрешения)[^.]{0,30}(публик|отправ)|مجوز[^.]{0,30}ارسال|पोस्ट करने की अनुमति/,
  /**
   * The recipient (a group, a mailbox, a list) accepts mail only from some senders: Exchange's
   * delivery restrictions (RESOLVER.RST.SenderNotAuthenticatedForGroup, …RestrictedTo…Permission,
   * "Sender was not authenticated by organization", 5.7.12, 5.7.124, 5.7.129, 5.7.133–136) say the
   * sender was "not authenticated", which means "not one of us", not a failed login: the
   * recipient's side has to allow the sender. Before the words of a sender's login failure.
   */
  restrictionWords:
    /sendernotauthenticated|resolver\.rst\.authrequired|restrictedto\w{0,40}permission|delivery restriction check failed|not authori[sz]ed to send to (this |the )?(recipient|group|distribution (group|list))|sender (was |is )?not authenticated (by|for|when sending to) (this |the )?(organi[sz]ation|group|mailbox|public folder|recipient|mail user)|not (in|on) the (recipient's |group's )?(list of )?allowed[- ]senders|isn't on the recipient's list of senders/,
  /**
   * The receiving server checked the sender's address by calling its server back and failed
   * ("Sender verify failed", Exim's callout; "Sender address verification failed"): the sender's
   * address must be able to receive mail. Before the blocklist words, which such replies list
   * among the possible causes.
   */
  senderVerifyWords:
    /sender (address )?verif(y|ication) (failed|failure)|(could not|unable to|cannot) verify (the )?sender|unverifiable sender|sender callout/,
  /** The sender's domain does not resolve ("unresolvable RFC5321 from domain", "sender domain not found", 「送信者のドメインが存在しません」; RFC 5321 §4.1.1.2). */
  senderDomainWords:
    /unresolvable .{0,20}(from|sender|mail from) domain|(from|sender) domain .{0,20}(not found|does not resolve|unresolvable)|(送信者|送信元|差出人)の?ドメイン.{0,10}(存在しません|見つかりません|解決できません)/,
};
