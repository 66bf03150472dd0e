/** TLS was required and could not be used (RFC 3463 X.7.10, RFC 8689 REQUIRETLS). */
export const failedstarttls = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /starttls|requiretls|\btls\b.{0,40}(required|must|mandatory|needed|not (available|offered|supported))|(must|need to) use tls|encryption (is )?required|must be encrypted|(tls|暗号化)[^。]{0,12}(必要|必須|できません|失敗|サポートされていません)/,
};
