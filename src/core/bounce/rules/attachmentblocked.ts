/** An attached file type or name is not allowed. */
export const attachmentblocked = {
  /**
   * Decisive: precise enough to outweigh the code that came with it. A refused file type says
   * which attachment to change, whatever else the sentence says.
   */
  decisive:
    /添付ファイル.{0,20}(許可されていません|禁止|拒否|ブロック|受け付け(られ)?ません)|(attachment|file)( type| extension| name)?s? (\S+ )?(is |are )?(not allowed|not permitted|prohibited|forbidden|blocked|banned)|(prohibited|forbidden|blocked|banned|illegal|dangerous|disallowed) (attachment|file (type|extension))|not accept(ing)? (e-?)?mail (with|containing) (attachments|files)/,
  /** Tried after the codes. */
  general: /attachment|file (type|extension|name)|executable|\.exe\b|zip file/,
};
