/**
 * An SMTP command or protocol error (RFC 5321 500–504). A client library's "unexpected response
 * status code: got 554" only wraps the server's own refusal, which says why.
 */
export const syntaxerror = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /smtp protocol violation|protocol error|command (unrecognized|not recognized)|bad sequence of commands/,
  /** Tried after the codes. */
  general:
    /syntax error|command unrecognized|unrecognized command|bad sequence|command not (recognized|implemented)|invalid command|line too long|protocol (error|violation)|unexpected (command|response)(?! status code)/,
};
