/** The recipient has a new address (RFC 3463 X.1.6, RFC 5321 551 "user not local; please try"). */
export const hasmoved = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /has moved|moved (permanently|to)|new (e-?mail )?address is|changed (his|her|their|the) (e-?mail )?address|address changed/,
};
