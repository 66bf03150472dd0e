/**
 * The article's first-level triage for a mail that vanished without an error, as data. The
 * questions, why each is asked and how to try it are in the message catalogue
 * (src/core/messages/triage-steps.ts).
 */
import { textOf } from "../messages";
import type { TriageStep } from "./types";

function step(id: string): TriageStep {
  return {
    id,
    question: textOf(`triage.step.${id}.question`),
    why: textOf(`triage.step.${id}.why`),
    how: textOf(`triage.step.${id}.how`),
  };
}

export const TRIAGE_STEPS: readonly TriageStep[] = [
  step("web"),
  step("sameDomainOtherAccount"),
  step("otherDomain"),
  step("noAttachments"),
  step("noHistory"),
  step("longerSubject"),
];
