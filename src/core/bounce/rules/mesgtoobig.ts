/** The message is larger than the receiving system or mailbox allows (RFC 3463 X.2.3, X.3.4). */
export const mesgtoobig = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /(message|mail|e-?mail) (size |length |body )?(is |was )?(too (big|large|long)|exceeds|larger than)|(size|length) (limit )?(exceeds|exceeded)|exceeds? (the )?(maximum|max|allowed|fixed|size)|too (big|large) for|size limit|message too large|(message|mail) file too (big|large)|maximum (message )?size|mesg too big|大きすぎ|サイズ.{0,10}(超|上限)|(邮件|郵件|信件)[^。，,]{0,4}大小[^。，,]{0,6}(超过|超過|限制)|(메일|메시지)[^.]{0,6}크기[^.]{0,8}(초과|제한)/,
  /** Size limits said as "exceeded the maximum (incoming) message size" (RFC 3463 X.2.3, X.3.4). */
  sizeWords:
    /exceed(s|ed)? (the |its |a )?(maximum|max|allowed|permitted)( incoming| outgoing)? (message |mail )?size|(message|mail) size (limit )?exceeded/,
};
