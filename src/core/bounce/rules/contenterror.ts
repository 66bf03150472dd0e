/** The content could not be converted or was malformed (RFC 3463 X.6.x). */
export const contenterror = {
  /** Tried after the codes. */
  general:
    /bare (lf|cr)|invalid characters|8-?bit (data|characters)|mime (error|format)|encoding (error|not supported)|content (error|not allowed)|message (is )?(malformed|corrupt)/,
};
