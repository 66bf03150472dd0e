/**
 * The first-level triage for a mail that vanished without an error, as a pure function of the
 * answers: each answer raises or lowers causes, the answers together point at a side (sender,
 * recipient, network), and the next unanswered question is offered. Findings already in the
 * report (a problem on item 11, a bounce pointing at item 14…) raise those causes too.
 * Changing an answer and calling narrowTriage again gives the new result; nothing is kept here.
 */
import { catalogueItem, TRIAGE_STEPS } from "../catalogue";
import type { TriageStep } from "../catalogue/types";
import { ITEM_IDS, type ItemId } from "../model/finding";
import type { Localized } from "../model/i18n";
import type { Report } from "../model/report";
import { text as msg, type LabelKey } from "../messages";

export type TriageStepId =
  | "web"
  | "sameDomainOtherAccount"
  | "otherDomain"
  | "noAttachments"
  | "noHistory"
  | "longerSubject";
export type TriageAnswer = "yes" | "no" | "unknown";
export type TriageAnswers = Partial<Record<TriageStepId, TriageAnswer>>;
export type LikelySide = "sender" | "recipient" | "network" | "unknown";

export const TRIAGE_STEP_IDS: readonly TriageStepId[] = [
  "web",
  "sameDomainOtherAccount",
  "otherDomain",
  "noAttachments",
  "noHistory",
  "longerSubject",
];

/** Why a candidate was raised or lowered. */
export interface CandidateReason {
  /** The step whose answer moved it, or "report" for a finding already in the report. */
  source: TriageStepId | "report";
  text: Localized;
}

export interface TriageCandidate {
  id: ItemId;
  title: Localized;
  score: number;
  /** "likely" when the answers or the report point at it; "possible" when nothing rules it out. */
  strength: "likely" | "possible";
  why: CandidateReason[];
}

export interface TriageResult {
  /** Causes still in play, most likely first (score, then id). */
  candidates: TriageCandidate[];
  /** Causes the answers make unlikely. */
  ruledOut: ItemId[];
  /** The same, each with its title and the answers that ruled it out. */
  ruledOutWhy: { id: ItemId; title: Localized; why: CandidateReason[] }[];
  side: LikelySide;
  sideExplanation: Localized;
  /** The next question worth asking; undefined when every step is answered or must wait. */
  next?: TriageStep | undefined;
  advice: Localized[];
  /** The answers as understood (unknown steps ignored), for keeping with the report. */
  answers: TriageAnswers;
}

/** Texts of the message catalogue (messages/triage.ts). */
const l = (key: LabelKey): Localized => msg(key, {});

/** A score at or above this makes a cause "likely". */
const LIKELY = 3;
/** Every cause starts possible; answers and findings move it up or down from here. */
const PRIOR = 1;

interface Effect {
  reason: Localized;
  weights: Partial<Record<ItemId, number>>;
}

/** What each answer says, and how it moves each cause. The numbers are relative weights. */
const EFFECTS: Record<TriageStepId, { yes: Effect; no: Effect }> = {
  web: {
    yes: {
      reason: l("triage.effect.web.yes"),
      weights: { 12: -4, 16: -1 },
    },
    no: {
      reason: l("triage.effect.web.no"),
      weights: { 12: 6, 16: 2, 2: 1 },
    },
  },
  sameDomainOtherAccount: {
    yes: {
      reason: l("triage.effect.same-domain-other-account.yes"),
      weights: {
        3: 3,
        22: 3,
        14: 2,
        18: 2,
        8: 2,
        7: 2,
        12: 1,
        1: -2,
        6: -3,
        24: -3,
        16: -2,
        23: -2,
        13: -2,
        15: -1,
        21: -1,
        2: -1,
      },
    },
    no: {
      reason: l("triage.effect.same-domain-other-account.no"),
      weights: { 6: 3, 24: 3, 1: 2, 5: 2, 15: 2, 16: 1, 7: 1, 2: 1, 23: 1, 13: 1, 22: -2, 3: -1 },
    },
  },
  otherDomain: {
    yes: {
      reason: l("triage.effect.other-domain.yes"),
      weights: {
        5: 3,
        7: 3,
        15: 3,
        14: 2,
        17: 2,
        1: 2,
        2: 1,
        23: 1,
        8: 1,
        22: -3,
        12: -2,
        21: -2,
        3: -1,
        6: -1,
      },
    },
    no: {
      reason: l("triage.effect.other-domain.no"),
      weights: {
        22: 3,
        6: 3,
        1: 2,
        21: 2,
        2: 2,
        12: 2,
        3: 2,
        24: 2,
        16: 1,
        14: 1,
        17: -2,
        5: -2,
        7: -2,
        15: -1,
      },
    },
  },
  noAttachments: {
    yes: {
      reason: l("triage.effect.no-attachments.yes"),
      weights: { 10: 6, 11: 6 },
    },
    no: {
      reason: l("triage.effect.no-attachments.no"),
      weights: { 10: -4, 11: -4 },
    },
  },
  noHistory: {
    yes: {
      reason: l("triage.effect.no-history.yes"),
      weights: { 9: 6, 7: 1 },
    },
    no: {
      reason: l("triage.effect.no-history.no"),
      weights: { 9: -3 },
    },
  },
  longerSubject: {
    yes: {
      reason: l("triage.effect.longer-subject.yes"),
      weights: { 9: 4, 7: 1 },
    },
    no: {
      reason: l("triage.effect.longer-subject.no"),
      weights: { 7: 2, 14: 2, 15: 2, 5: 1, 9: -1 },
    },
  },
};

const CONTENT_STEPS: readonly TriageStepId[] = ["noAttachments", "noHistory", "longerSubject"];

function isAnswer(value: unknown): value is TriageAnswer {
  return value === "yes" || value === "no" || value === "unknown";
}

/** Keeps only known steps with valid answers (answers come from stored state or the UI). */
export function normalizeAnswers(answers: unknown): TriageAnswers {
  const out: TriageAnswers = {};
  if (typeof answers !== "object" || answers === null) return out;
  for (const id of TRIAGE_STEP_IDS) {
    const v = (answers as Record<string, unknown>)[id];
    if (isAnswer(v)) out[id] = v;
  }
  return out;
}

export function narrowTriage(answersIn: TriageAnswers, report?: Report | undefined): TriageResult {
  const answers = normalizeAnswers(answersIn);
  const scores = new Map<ItemId, number>(ITEM_IDS.map((id) => [id, PRIOR]));
  const reasons = new Map<ItemId, CandidateReason[]>(ITEM_IDS.map((id) => [id, []]));
  const ruled = new Set<ItemId>();

  for (const step of TRIAGE_STEP_IDS) {
    const answer = answers[step];
    if (answer !== "yes" && answer !== "no") continue;
    const effect = EFFECTS[step][answer];
    for (const [key, weight] of Object.entries(effect.weights)) {
      const id = Number(key) as ItemId;
      scores.set(id, (scores.get(id) ?? 0) + (weight ?? 0));
      reasons.get(id)?.push({ source: step, text: effect.reason });
    }
  }
  if (report) applyReport(report, scores, reasons);

  const candidates: TriageCandidate[] = [];
  for (const id of ITEM_IDS) {
    const score = scores.get(id) ?? 0;
    if (score <= 0) {
      ruled.add(id);
      continue;
    }
    candidates.push({
      id,
      title: catalogueItem(id).title,
      score,
      strength: score >= LIKELY ? "likely" : "possible",
      why: reasons.get(id) ?? [],
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.id - b.id);

  const { side, explanation } = likelySide(answers, report, candidates);
  const result: TriageResult = {
    candidates,
    ruledOut: [...ruled].sort((a, b) => a - b),
    ruledOutWhy: [...ruled]
      .sort((a, b) => a - b)
      .map((id) => ({ id, title: catalogueItem(id).title, why: reasons.get(id) ?? [] })),
    side,
    sideExplanation: explanation,
    advice: advice(answers, report, candidates),
    answers,
  };
  const next = nextStep(answers);
  if (next) result.next = next;
  return result;
}

function applyReport(
  report: Report,
  scores: Map<ItemId, number>,
  reasons: Map<ItemId, CandidateReason[]>
): void {
  const raise = (id: ItemId, by: number, text: Localized) => {
    scores.set(id, (scores.get(id) ?? 0) + by);
    reasons.get(id)?.push({ source: "report", text });
  };
  for (const item of report.items) {
    if (item.status === "problem") raise(item.id, 5, l("triage.report-problem"));
    else if (item.status === "warning") raise(item.id, 2, l("triage.report-warning"));
    else if (item.status === "ok") raise(item.id, -1, l("triage.report-ok"));
  }
  for (const r of report.bounce?.recipients ?? []) {
    if (
      r.cause !== null &&
      r.action !== "delivered" &&
      r.action !== "relayed" &&
      r.action !== "expanded"
    ) {
      raise(r.cause, 6, msg("triage.report-bounce", { address: r.address }));
    }
  }
}

function nextStep(answers: TriageAnswers): TriageStep | undefined {
  // With no working connection, nothing else can be tested until it is fixed.
  if (answers.web === "no") return undefined;
  const id = TRIAGE_STEP_IDS.find((s) => answers[s] === undefined);
  return id ? TRIAGE_STEPS.find((s) => s.id === id) : undefined;
}

const SIDE_TEXT = {
  network: l("triage.side-text.network"),
  content: l("triage.side-text.content"),
  ownAccount: l("triage.side-text.own-account"),
  addressBlocked: l("triage.side-text.address-blocked"),
  ownPc: l("triage.side-text.own-pc"),
  recipient: l("triage.side-text.recipient"),
  sender: l("triage.side-text.sender"),
  domainWide: l("triage.side-text.domain-wide"),
  fromReport: (title: Localized, side: "sender" | "recipient" | "network"): Localized =>
    msg("triage.side-text.from-report", { title, side: l(`triage.side-name.${side}`) }),
  unknown: l("triage.side-text.unknown"),
};

function likelySide(
  answers: TriageAnswers,
  report: Report | undefined,
  candidates: TriageCandidate[]
): { side: LikelySide; explanation: Localized } {
  if (answers.web === "no") return { side: "network", explanation: SIDE_TEXT.network };
  if (CONTENT_STEPS.some((s) => answers[s] === "yes"))
    return { side: "sender", explanation: SIDE_TEXT.content };
  const same = answers.sameDomainOtherAccount;
  const other = answers.otherDomain;
  if (same === "yes" && other === "no")
    return { side: "sender", explanation: SIDE_TEXT.ownAccount };
  if (same === "yes" && other === "yes")
    return { side: "recipient", explanation: SIDE_TEXT.addressBlocked };
  if (other === "yes") return { side: "recipient", explanation: SIDE_TEXT.recipient };
  if (other === "no") return { side: "sender", explanation: SIDE_TEXT.sender };
  if (same === "yes") return { side: "sender", explanation: SIDE_TEXT.ownPc };
  if (same === "no") return { side: "unknown", explanation: SIDE_TEXT.domainWide };
  // No answers that decide it: the strongest finding in the report, when its cause has one side.
  if (report) {
    const top = candidates.find(
      (c) => c.why.some((w) => w.source === "report") && c.strength === "likely"
    );
    const side = top ? catalogueItem(top.id).side : undefined;
    if (top && side && side !== "either")
      return { side, explanation: SIDE_TEXT.fromReport(top.title, side) };
  }
  return { side: "unknown", explanation: SIDE_TEXT.unknown };
}

function advice(
  answers: TriageAnswers,
  report: Report | undefined,
  candidates: TriageCandidate[]
): Localized[] {
  const out: Localized[] = [];
  const problems = report?.items.filter((i) => i.status === "problem").map((i) => i.id) ?? [];
  if (problems.length > 0) {
    out.push(msg("triage.advice.fix-first", { items: problems.map((id) => `#${id}`) }));
  }
  if (answers.web === "no") {
    out.push(l("triage.advice.network-down"));
    return out;
  }
  if (answers.noAttachments === "yes") out.push(l("triage.advice.share-links"));
  if (answers.noHistory === "yes") out.push(l("triage.advice.trim-history"));
  if (answers.longerSubject === "yes") out.push(l("triage.advice.subject"));
  const same = answers.sameDomainOtherAccount;
  const other = answers.otherDomain;
  if (same === "yes" && other !== "yes") {
    out.push(l("triage.advice.own-account"));
  }
  if (same === "yes" && other === "yes") {
    out.push(l("triage.advice.address-blocked"));
  }
  if (other === "yes" && same !== "yes") {
    out.push(l("triage.advice.ask-recipient-it"));
  }
  if (other === "no") {
    out.push(l("triage.advice.ask-own-it"));
  }
  const contentTried = CONTENT_STEPS.every((s) => answers[s] === "no" || answers[s] === "unknown");
  if (contentTried && CONTENT_STEPS.some((s) => answers[s] === "no")) {
    out.push(l("triage.advice.both-it"));
  }
  if (out.length === 0) {
    const top = candidates[0];
    out.push(
      top && top.strength === "likely"
        ? msg("triage.advice.most-likely", { title: top.title })
        : l("triage.advice.start")
    );
  }
  return out;
}
