/** The receiving system is out of storage (RFC 3463 X.3.1). */
export const systemfull = {
  /** Decisive: precise enough to outweigh the code that came with it. */
  decisive:
    /(insufficient|not enough) system storage|(disk|file ?system|queue|spool) (is )?full|no space left on device/,
};
