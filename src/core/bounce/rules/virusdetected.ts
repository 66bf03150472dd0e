/** The message carried, or was taken to carry, malware. */
export const virusdetected = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive: /ウイルス|ウィルス|\bvirus|malware|\binfected\b|trojan/,
};
