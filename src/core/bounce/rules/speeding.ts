/** The sender is over a rate limit (messages per time). */
export const speeding = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /(thread|receive|recipient rate|message rate) limit exceeded|送信(数|量|回数|件数|通数)[^。]{0,6}(制限|上限)|送信(の)?(制限|上限)|(connection|sending|ip|domain|mail) frequency|frequency (is )?limit(ed)?|rate limit|rate-limit|rate ?limited|throttl|too (many|much) (mail|messages|e-?mails)( .{0,20})? (from|in|per|at once|too quickly|recently)|receiving (mail|messages)? ?(too quickly|at a rate)|sending (too fast|too quickly|rate)|too fast|(daily|hourly|sending|submission) (sending )?(quota|limit)|exceeded .{0,30}(daily|hourly|sending|message) (limit|quota)|daily limit/,
  /** Rate and volume limits as providers word them ("per hour message receive limit exceeded", "daily SMTP relay limit exceeded", "exceeded permitted limits", "a rate that prevents additional messages"; Exchange Online and Gmail NDR references). */
  limitWords:
    /(per (hour|day|minute)|hourly|daily)\b.{0,40}\blimit( exceeded)?|receive limit .{0,40}exceeded|relay limit|exceeded (the |its )?(permitted |allowed )?(limits|threshold)|rate that prevents/,
};
