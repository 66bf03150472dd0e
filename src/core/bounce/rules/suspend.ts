/**
 * The recipient's account exists but is disabled, suspended, locked or no longer used (RFC 3463
 * X.2.1); Japanese servers say the last as the telephone's "not in use" (現在使われておりません).
 */
export const suspend = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /(アカウント|アドレス|メールボックス).{0,12}(停止|無効|休止|凍結)|(account|mailbox|user|recipient|address)( has been| is)? (disabled|suspended|inactive|deactivated|locked|frozen|expired|closed|blocked|on hold)|(disabled|suspended|inactive|deactivated|expired) (account|user|mailbox|recipient|address)|(account|mailbox) (is )?not (active|enabled)|no longer (active|in use|available|valid)|account that you tried to reach is (disabled|inactive)|user(s)? account is disabled|mailbox is inactive|利用停止|休止|(アカウント|アドレス|メールボックス)[^。]{0,12}削除(され|済)|(account|mailbox|address|user) (has been |was )?(deleted|terminated|cancell?ed)|(アドレス|アカウント|メールボックス)(は|が)?(現在|すでに|既に)?(使われて|使用されて)(い|お)(ません|りません)/,
  /** Accounts temporarily locked, disabled or suspended, or not collected for a long time (RFC 3463 X.2.1). */
  lockedWords:
    /(account|mailbox|user|address) (is |has been |was )?(temporarily |permanently )?(locked|disabled|suspended|deactivated|blocked)|(not|never) (been )?(collected|retrieved|picked up)/,
  /**
   * The same in Spanish, Portuguese, French and German: a mailbox or account that expired,
   * was switched off or is no longer used ("Esta casilla ha expirado por falta de uso").
   */
  otherLanguages:
    /(casilla|cuenta|buz[oó]n)( de correo)? (ha expirado|expir[oó]|est[aá] (inactiva|deshabilitada|suspendida|bloqueada|desactivada|dada de baja)|(ha sido|fue) (deshabilitada|suspendida|bloqueada|desactivada|dada de baja))|por falta de uso|(conta|caixa postal|caixa de correio)( de e-?mail)? (est[aá] |foi )?(desativada|inativa|suspensa|bloqueada|expirada|cancelada)|(compte|bo[iî]te aux lettres) (est |a [eé]t[eé] )?(d[eé]sactiv[eé]e?|suspendue?|bloqu[eé]e?|inactive?|ferm[eé]e?)|(konto|postfach|benutzerkonto) (ist |wurde )?(deaktiviert|gesperrt|stillgelegt)|(信箱|邮箱|郵箱|账户|帐户|账号|帳戶|帳號)[^。，,]{0,6}(停用|冻结|凍結|禁用|注销|註銷)|(계정|메일함)[^.]{0,8}(정지|비활성|휴면)/,
  /** A recipient banned or blocked by its provider (Exchange Online 5.7.505 "banned recipient"). */
  bannedWords: /banned recipient|recipient (is )?banned/,
};
