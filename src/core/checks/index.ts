/**
 * Runs the checks. An unexpected exception in one check becomes an `unavailable` finding on its
 * items instead of losing the others' results.
 */
import { finding, type Finding } from "../model/finding";
import { ALL_CHECKS } from "./all";
import type { CheckInput, NamedCheck } from "./types";

export type { CheckInput, Check, NamedCheck } from "./types";
export { ALL_CHECKS } from "./all";

export function runChecks(input: CheckInput, checks: readonly NamedCheck[] = ALL_CHECKS): Finding[] {
  const out: Finding[] = [];
  for (const check of checks) {
    try {
      out.push(...check.run(input));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      for (const item of check.items) {
        out.push(
          finding(
            item,
            `internal.${check.name}`,
            "unavailable",
            {
              ja: `内部エラーのため「${check.name}」の確認を完了できませんでした。`,
              en: `The "${check.name}" check could not finish because of an internal error.`,
            },
            {
              evidence: why.slice(0, 300),
              fix: {
                ja: "他の確認結果は有効です。繰り返し起きる場合はIT担当に報告してください。",
                en: "The other results are still valid. If this keeps happening, report it to your IT.",
              },
            }
          )
        );
      }
    }
  }
  return out;
}
