/**
 * Notes a .msg leaves on its snapshot (snapshot.notes), each a prefix and a plain-English detail.
 * Kept apart from msg.ts so the checks that turn some of them into findings need not load the
 * .msg reader.
 */

/** Marks a snapshot whose delivery-status fields were written from an NDR's recipient table. */
export const REPORT_TABLE_NOTE = "msg.report-table:";

/** The length of the .msg file itself (not the mail's size on the wire). */
export const FILE_BYTES_NOTE = "msg.file-bytes:";

/** Recipients that have only an Exchange (X.500) address and were left out. */
export const EXCHANGE_ONLY_NOTE = "msg.exchange-only:";

/** A body kept only as RTF that was not read. */
export const RTF_ONLY_NOTE = "msg.rtf-only:";
/** How an RTF body was read. */
export const RTF_NOTE = "msg.rtf:";

/** Says how an S/MIME item was read. */
export const SMIME_NOTE = "msg.smime:";
