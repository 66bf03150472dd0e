/**
 * Authentication or security requirements of the relay were not met (RFC 3463 X.7.x security
 * subjects).
 */
export const securityerror = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /authentication (is )?required|must authenticate|not authenticated|authentication credentials invalid/,
  /** Tried after the codes. */
  general:
    /advertise auth|auth capability|authenticat|certificate|\bssl\b|unauthori[sz]ed|credentials|not authenticated|must (log ?in|authenticate)|security/,
};
