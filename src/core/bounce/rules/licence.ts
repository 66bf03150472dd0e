/** The recipient's mailbox has no licence (hosted mail services). */
export const licence = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /not licensed|licen[cs]e (is )?(missing|expired|not assigned|required)|no (valid )?licen[cs]e|without a licen[cs]e/,
};
