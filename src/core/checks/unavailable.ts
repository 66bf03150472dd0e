/**
 * Why a source could not be asked, as the user reads it. The shells (src/dns, src/graph) give a
 * reason and a fix with every `unavailable` fact, but a shell may leave one empty (a new error
 * path, a service that answered with nothing): the user must never see a blank line where the
 * reason or the advice should be. Each blank language is filled from a fallback of its source.
 */
import type { Facts, Unavailable } from "../model/facts";
import type { Localized } from "../model/i18n";

export interface Explanation {
  reason: Localized;
  fix: Localized;
}

const DNS_FALLBACK: Explanation = {
  reason: {
    ja: "DNS から答えが返ってこず、原因も分かりませんでした。",
    en: "DNS gave no answer, and no cause was reported.",
  },
  fix: {
    ja: "しばらくしてから、もう一度確認してください。何度も続くときは、ネットワークや DNS の設定について IT 担当にご相談ください。",
    en: "Check again in a little while. If it keeps happening, ask your IT to look at the network or DNS settings.",
  },
};

const GRAPH_FALLBACK: Explanation = {
  reason: {
    ja: "Microsoft 365 から答えが得られず、理由も示されませんでした。",
    en: "Microsoft 365 gave no answer, and no reason was given.",
  },
  fix: {
    ja: "しばらくしてから、もう一度確認してください。何度も続くときは、この項目と起きた時刻を IT 担当に伝えてご相談ください。",
    en: "Check again in a little while. If it keeps happening, tell your IT which item this is and when it happened.",
  },
};

/** The fallback of each source of facts. */
export const SOURCE_FALLBACK: Record<keyof Facts, Explanation> = {
  mailTips: GRAPH_FALLBACK,
  licence: GRAPH_FALLBACK,
  ownMailbox: GRAPH_FALLBACK,
  trace: GRAPH_FALLBACK,
  dns: DNS_FALLBACK,
};

const blank = (s: unknown): boolean => typeof s !== "string" || s.trim() === "";

/** `text` with each blank (or missing) language taken from `fallback`. */
export function orFallback(text: Localized | undefined, fallback: Localized): Localized {
  return {
    ja: text && !blank(text.ja) ? text.ja : fallback.ja,
    en: text && !blank(text.en) ? text.en : fallback.en,
  };
}

/** The reason and fix of an unavailable source, never blank. */
export function explain(why: Unavailable | undefined, fallback: Explanation): Explanation {
  return {
    reason: orFallback(why?.reason, fallback.reason),
    fix: orFallback(why?.fix, fallback.fix),
  };
}
