/** The sender is refused for its reputation, whatever the list. */
export const badreputation = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /reputation/,
};
