/**
 * Why a source could not be asked, as the user reads it. The shells (src/dns, src/graph) give a
 * reason and a fix with every `unavailable` fact, but a shell may leave one empty (a new error
 * path, a service that answered with nothing): the user must never see a blank line where the
 * reason or the advice should be. Each blank language is filled from a fallback of its source.
 */
import type { Facts, Unavailable } from "../model/facts";
import type { Localized } from "../model/i18n";
import { reasonAndFix } from "../messages";

export interface Explanation {
  reason: Localized;
  fix: Localized;
}

const DNS_FALLBACK: Explanation = reasonAndFix("source.fallback.dns", {});

const GRAPH_FALLBACK: Explanation = reasonAndFix("source.fallback.graph", {});

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
