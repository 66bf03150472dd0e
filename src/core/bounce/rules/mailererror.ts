/** A local delivery program on the receiving host failed. */
export const mailererror = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /procmail|command output:|x-unix;|pipe to \||mailer error/,
  /** Tried after the codes. */
  general:
    /mailer error|command (failed|died)|exit (code|status)|pipe to |program .{0,30}(failed|error)|procmail|unknown mailer|local delivery failed|x-unix/,
};
