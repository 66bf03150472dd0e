/** The recipient's mailbox is over its quota (RFC 3463 X.2.2, RFC 5321 552/452). */
export const mailboxfull = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /mail ?box exceeds|mail ?box (is )?(full|over|has exceeded|exceeded|size limit|quota)|over (the )?(disk )?quota|quota (exceeded|exceed|full|reached)|exceeded (the )?(storage|quota|mailbox)|(out of|not enough|insufficient) (storage|disk|space) (space )?(for|in) (the )?(user|mailbox|recipient)|inbox is (full|out of storage)|user('s)? (disk|storage|mailbox) (space|quota)?.{0,10}(full|exceeded)|mailfolder is full|full mailbox|too many messages in (the )?mailbox|容量.{0,10}(超|オーバー|いっぱい)|(メールボックス|受信箱).{0,12}容量.{0,8}不足|メールボックス.{0,6}(いっぱい|満杯|一杯)|(邮箱|信箱|郵箱)[^。，,]{0,4}(已满|已滿|满了|容量不足|空间不足)|(空间|空間|容量)不足|메일함[^.]{0,8}(용량|가득)|용량[^.]{0,6}초과/,
  /** Quota phrase family (RFC 3463 X.2.2 wording across MTAs): a quota reached, exceeded or violated, storage not enough; before the rate limits, whose "too much mail" it resembles. */
  quota:
    /(reached|exceed(ed|s|ing)?|over|overdrawn|violat(ed|ion|es)?) (its |their |the |his |her |your )?(disk ?|disk ?space |mail ?box |storage |user )?quota|quota violation|disk quota|(mail ?box|disk|storage) space (is )?(not enough|insufficient|full)|too much mail stored|(boîte|boite) (aux lettres )?pleine|(post|e-?mail-?)fach (ist )?(voll|übervoll)|zu ?viele (e-?)?mails|speicherplatz.{0,30}(voll|erschöpft|überschritten)|buz(o|ó)n lleno|casella (di posta )?piena/,
};
