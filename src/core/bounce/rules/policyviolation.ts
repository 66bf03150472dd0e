/** A site policy (security, content or sending rules) refused the message (RFC 3463 X.7.15). */
export const policyviolation = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /security (issue|threat)|security polic/,
  /** Tried after the codes. */
  general:
    /security (issue|threat)|polic(y|ies)|prohibited|violat|not allowed|not permitted|administratively|administrative prohibition/,
};
