/** A site policy (security, content or sending rules) refused the message (RFC 3463 X.7.15). */
export const policyviolation = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /security (issue|threat)|security polic/,
  /** Tried after the codes. */
  general:
    /security (issue|threat)|polic(y|ies)|prohibited|violat|not allowed|not permitted|administratively|administrative prohibition/,
  /** A refusal that names itself a policy violation ("MailPolicy violation", "violates our policy"), whatever code came with it (RFC 3463 X.7.15 and site policies). */
  statedWords:
    /polic(y|ies) violation|violat(es|ed|ion of) (our |the |local |site )?(mail |security |content )?polic|(rejected|refused|not accepted|blocked) (due to|for) (local |site )?policy reasons/,
};
