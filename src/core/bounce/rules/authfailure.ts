/** SPF, DKIM, DMARC or ARC checks of the sender failed (RFC 3463 X.7.20–X.7.26, RFC 7372). */
export const authfailure = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /なりすまし|送信ドメイン認証|authentication information|fails? to pass authentication|\b(spf|dkim|dmarc)\b|sender policy framework|domainkeys|does not meet the required authentication|not pass (dmarc|authentication)|unauthenticated (e-?mail|mail|message)|authentication (level|checks? (did not|failed))|arc validation|is not allowed to send (?:mail )?from|is not a designated mail ?server for/,
};
