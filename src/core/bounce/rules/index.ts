/**
 * The reason families, one module each (what it matches and why), behind the two ordered
 * tables the classifier walks: DECISIVE before the codes, GENERAL after them. Order matters:
 * the first family whose phrases match wins, so narrower families come before broader ones.
 */
import type { Reason } from "../reasons";
import { attachmentblocked } from "./attachmentblocked";
import { authfailure } from "./authfailure";
import { badreputation } from "./badreputation";
import { blocked } from "./blocked";
import { contenterror } from "./contenterror";
import { expired } from "./expired";
import { failedstarttls } from "./failedstarttls";
import { filtered } from "./filtered";
import { hasmoved } from "./hasmoved";
import { hostunknown } from "./hostunknown";
import { licence } from "./licence";
import { mailboxfull } from "./mailboxfull";
import { mailererror } from "./mailererror";
import { mesgtoobig } from "./mesgtoobig";
import { networkerror } from "./networkerror";
import { norelaying } from "./norelaying";
import { notaccept } from "./notaccept";
import { notcompliantrfc } from "./notcompliantrfc";
import { notverified } from "./notverified";
import { policyviolation } from "./policyviolation";
import { rejected } from "./rejected";
import { requireptr } from "./requireptr";
import { securityerror } from "./securityerror";
import { senderpolicy } from "./senderpolicy";
import { spamdetected } from "./spamdetected";
import { speeding } from "./speeding";
import { suppressed } from "./suppressed";
import { suspend } from "./suspend";
import { syntaxerror } from "./syntaxerror";
import { systemerror } from "./systemerror";
import { systemfull } from "./systemfull";
import { toomanyconn } from "./toomanyconn";
import { userunknown } from "./userunknown";
import { virusdetected } from "./virusdetected";

export type PhraseRule = readonly [Reason, RegExp];

/** Phrases precise enough to outweigh the code that came with them. */
export const DECISIVE: readonly PhraseRule[] = [
  ["notverified", notverified.decisive],
  // The sender's own service held the mail back: nothing of the recipient's side was reached.
  ["suppressed", suppressed.decisive],
  // The sender's own organisation refused: before every reading of the recipient's side.
  ["senderpolicy", senderpolicy.decisive],
  ["notcompliantrfc", notcompliantrfc.decisive],
  ["notcompliantrfc", notcompliantrfc.fieldMissing],
  ["notcompliantrfc", notcompliantrfc.headerWords],
  ["blocked", blocked.sourceWords],
  ["spamdetected", spamdetected.decisive],
  ["spamdetected", spamdetected.urlWords],
  ["virusdetected", virusdetected.decisive],
  ["policyviolation", policyviolation.decisive],
  ["policyviolation", policyviolation.statedWords],
  ["rejected", rejected.senderDomainWords],
  ["rejected", rejected.senderVerifyWords],
  ["filtered", filtered.decisive],
  ["filtered", filtered.preferenceWords],
  ["attachmentblocked", attachmentblocked.decisive],
  ["authfailure", authfailure.decisive],
  ["requireptr", requireptr.decisive],
  ["requireptr", requireptr.ipMismatchWords],
  ["blocked", blocked.decisive],
  ["badreputation", badreputation.decisive],
  ["failedstarttls", failedstarttls.decisive],
  ["rejected", rejected.restrictionWords],
  ["securityerror", securityerror.loginWords],
  ["norelaying", norelaying.decisive],
  ["norelaying", norelaying.configuredWords],
  // A quota reached is the mailbox's; a quota on sending (after it) is a rate limit.
  ["mailboxfull", mailboxfull.quota],
  ["speeding", speeding.decisive],
  ["speeding", speeding.limitWords],
  ["mailboxfull", mailboxfull.decisive],
  // A local delivery program's failure, unless its output said the mailbox was full.
  ["mailererror", mailererror.decisive],
  ["systemfull", systemfull.decisive],
  ["mesgtoobig", mesgtoobig.decisive],
  ["mesgtoobig", mesgtoobig.sizeWords],
  ["toomanyconn", toomanyconn.decisive],
  ["suspend", suspend.decisive],
  ["suspend", suspend.lockedWords],
  ["suspend", suspend.bannedWords],
  ["suspend", suspend.otherLanguages],
  ["hasmoved", hasmoved.decisive],
  ["userunknown", userunknown.decisive],
  ["hostunknown", hostunknown.decisive],
  ["hostunknown", hostunknown.reachWords],
  ["notaccept", notaccept.decisive],
  ["expired", expired.decisive],
  ["networkerror", networkerror.decisive],
  ["networkerror", networkerror.routeWords],
  ["systemerror", systemerror.decisive],
  ["syntaxerror", syntaxerror.decisive],
  ["securityerror", securityerror.decisive],
  ["licence", licence.decisive],
  ["blocked", blocked.decisiveLast],
  ["systemerror", systemerror.listWords],
  ["rejected", rejected.groupPostWords],
  ["rejected", rejected.listWords],
  ["rejected", rejected.decisive],
];

/** The usual phrases, tried after the codes. */
export const GENERAL: readonly PhraseRule[] = [
  ["userunknown", userunknown.general],
  ["userunknown", userunknown.directoryWords],
  ["spamdetected", spamdetected.contentWords],
  ["spamdetected", spamdetected.general],
  ["attachmentblocked", attachmentblocked.general],
  ["notcompliantrfc", notcompliantrfc.general],
  ["contenterror", contenterror.general],
  ["filtered", filtered.general],
  ["policyviolation", policyviolation.general],
  ["securityerror", securityerror.general],
  ["rejected", rejected.general],
  ["expired", expired.queueWords],
  ["expired", expired.general],
  ["networkerror", networkerror.general],
  ["mailererror", mailererror.general],
  ["syntaxerror", syntaxerror.general],
  ["systemerror", systemerror.general],
  ["rejected", rejected.bareWords],
];
