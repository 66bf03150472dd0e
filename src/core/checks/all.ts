/** Every check, in the order they run. Each module exports its NamedCheck(s); list them here. */
import type { NamedCheck } from "./types";
import { graphFactsChecks } from "./graph-facts";
import { traceCheck } from "../trace";
import { dnsChecks } from "./dns-facts";
import { bodyCheck } from "./body";
import { subjectCheck } from "./subject";
import { recipientsCheck } from "./recipients";
import { messageHeadersCheck } from "./message-headers";
import { receivedHeadersCheck } from "./received-headers";
import { quarantineNoticeCheck } from "./quarantine-notice";
import { sizeCheck } from "./size";
import { attachmentsCheck } from "./attachments";
import { inputNotesCheck } from "./input-notes";

export const ALL_CHECKS: readonly NamedCheck[] = [
  ...graphFactsChecks,
  traceCheck(),
  ...dnsChecks,
  bodyCheck,
  subjectCheck,
  recipientsCheck,
  messageHeadersCheck,
  receivedHeadersCheck,
  quarantineNoticeCheck,
  sizeCheck,
  attachmentsCheck,
  inputNotesCheck,
];
