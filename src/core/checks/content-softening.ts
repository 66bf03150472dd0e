/**
 * Item 9's spam signs said as information, with one line saying why, where they cannot stop the
 * mail: a mail only to colleagues (internal-only.ts), a received mail nobody junked
 * (received-content.ts). The signs stay listed; only their weight changes.
 */
import type { Finding } from "../model/finding";

export const CONTENT_ITEM = 9;

export const isWarningOrProblem = (f: Finding) =>
  f.severity === "warning" || f.severity === "problem";

/** The findings with every sign chosen by `isSign` made information, after the reason why. */
export function contentSignsAsInfo(
  findings: readonly Finding[],
  isSign: (f: Finding) => boolean,
  because: Finding
): Finding[] {
  const softened = findings.map((f) => (isSign(f) ? { ...f, severity: "info" as const } : f));
  return [because, ...softened];
}
