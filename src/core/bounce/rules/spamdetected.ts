/** The content was taken for spam, including blacklisted URLs in the body. */
export const spamdetected = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /spam ?signature|(scored|classified|detected|identified|considered|marked|rejected|flagged) as (spam|junk)|spam (score|classification|detected|content|signature)|looks like spam|(appears|seems) to be (spam|junk)|classification as (spam|junk|bulk)|(classified|identified|detected) as bulk|due to spam|probability of spam|high spam|垃圾邮件|垃圾郵件|敏感(内容|內容|词|詞)|스팸/,
  /** Tried after the codes. */
  general:
    /迷惑メール(?!.{0,6}設定)|スパム|\bspam|junk mail|unsolicited|bulk (mail|e-?mail)|suspicious (content|message|url|link)|phish|content (was )?(rejected|refused|denied)|message content|message (was )?(rejected|refused) (as|because|due)(?! to (the |a |our |local |site |security )?polic)|content filter|score/,
  /** A blacklisted URL or domain in the message body is a content verdict (URI block lists: SURBL, URIBL, Spamhaus DBL), not a block of the sending IP; tried before the IP block lists. */
  urlWords:
    /(url|uri|link|domain)s? (in (the )?(message|body|content) )?(is |are )?(black|block)listed|(black|block)listed (url|uri|link|domain)|\b(surbl|uribl)\b|dbl\.spamhaus|(不正な|悪意のある|危険な|有害な)(url|リンク)|(url|リンク)[^。]{0,10}(ブラックリスト|ブロックリスト)/,
  /** The content or the links in it were judged ("due to the nature of the content or the links within"). */
  contentWords: /nature of the content|links (with)?in (the |this |your )?(message|content)/,
};
