/** The sender identity is not verified at the sending service. */
export const notverified = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /(address|identity|identities|domain|sender) (is |are )?not verified/,
};
