export * from "./types";
export { listZip, entryData, looksLikeZip } from "./zip";
export { list7z } from "./sevenzip";
export { listRar4, listRar5 } from "./rar";
export { listLzh } from "./lzh";
export { listTar } from "./tar";
export { sniffArchive, archiveExtension, ARCHIVE_EXTENSIONS } from "./sniff";
export { inspectArchive, describePath, filePath } from "./inspect";
export type {
  InspectOptions,
  ArchiveInspection,
  FoundFile,
  ArchiveNote,
  SeenArchive,
} from "./inspect";
export {
  workBudget,
  timeIsUp,
  DEFAULT_WORK_MS,
  DEFAULT_MAIL_UNPACK_BYTES,
  DEFAULT_MEMBER_UNPACK_BYTES,
} from "./budget";
export type { WorkBudget, WorkBudgetOptions, BudgetStop } from "./budget";
