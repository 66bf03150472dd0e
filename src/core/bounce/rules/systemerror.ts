/** The receiving system had a (temporary) fault. */
export const systemerror = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /temporarily rejected|temporary system problem|server busy/,
  /** Tried after the codes. */
  general:
    /一時的な(エラー|障害|問題)|サーバー?(の)?(障害|エラー)|(混雑|過負荷|高負荷)(して|のため|しています)|transaction failed|queue file write error|system (error|problem|failure)|internal (server )?error|server error|temporary (failure|error|problem)|local error|service (is )?(unavailable|not available)|resources temporarily|i\/o error|server (is )?busy|out of memory|configuration error|misconfigur|try (again )?later|temporarily|not available|unavailable/,
  /** A list manager's own error or loop notices (fml: "system error message", "Loop Alert"). */
  listWords: /loop (alert|back warning)|unix from loop|system error message/,
};
