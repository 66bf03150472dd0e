/**
 * Authentication or security requirements of the relay were not met (RFC 3463 X.7.x security
 * subjects).
 */
export const securityerror = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /authentication (is )?required|must authenticate|not authenticated|authentication credentials invalid|(smtp ?)?認証(に|が)(失敗|必要)|認証エラー/,
  /**
   * The server asks the sender to log in ("Please turn on SMTP Authentication in your mail client",
   * "… not permitted to relay through this server without authentication"): a relay refused for
   * want of authentication is fixed by authenticating, so these words go before the relay ones.
   */
  loginWords:
    /(turn on|enable|activate|use) (smtp )?auth(entication)?\b|without (smtp )?auth(entication)?\b|smtp auth(entication)? (is )?required/,
  /** Tried after the codes. */
  general:
    /advertise auth|auth capability|authenticat|certificate|\bssl\b|unauthori[sz]ed|credentials|not authenticated|must (log ?in|authenticate)|security/,
};
