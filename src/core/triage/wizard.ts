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

const t = (ja: string, en: string): Localized => ({ ja, en });

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
      reason: t(
        "Webサイトは見られるため、回線やインターネット接続の問題は考えにくくなります。",
        "The web works, so the line and the internet connection are unlikely to be at fault."
      ),
      weights: { 12: -4, 16: -1 },
    },
    no: {
      reason: t(
        "Webサイトも見られないため、ネットワークや接続の問題が最も疑わしくなります。",
        "The web does not work either, so a network or connection problem is the prime suspect."
      ),
      weights: { 12: 6, 16: 2, 2: 1 },
    },
  },
  sameDomainOtherAccount: {
    yes: {
      reason: t(
        "同僚のアカウントからは届くため、会社のサーバーやドメインは正常です。あなたのPC・メールソフト・アカウント、またはあなたのアドレスだけへのブロックが疑われます。",
        "A colleague's mail arrives, so your company's server and domain are fine. Your PC, mail app or account, or a block on your address alone, are suspect."
      ),
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
      reason: t(
        "同僚のアカウントからも届かないため、ドメイン全体に関わる原因(自社のサーバーやDNS、相手によるドメイン単位の拒否)が疑われます。",
        "A colleague's mail fails too, so the cause affects the whole domain: your server or DNS, or the recipient refusing your domain."
      ),
      weights: { 6: 3, 24: 3, 1: 2, 5: 2, 15: 2, 16: 1, 7: 1, 2: 1, 23: 1, 13: 1, 22: -2, 3: -1 },
    },
  },
  otherDomain: {
    yes: {
      reason: t(
        "関係のない別のドメインには届くため、送信側はおおむね正常で、相手のドメインの側で止まっている可能性が高くなります。",
        "Mail to an unrelated domain arrives, so your sending side mostly works and the recipient's domain is the likely place where it stops."
      ),
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
      reason: t(
        "別のドメインにも届かないため、送信側(自分のアカウントや自社のサーバー)に原因があると考えられます。",
        "Mail to an unrelated domain fails too, so the cause is on the sending side: your account or your server."
      ),
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
      reason: t(
        "添付をやめると届くため、サイズの上限か添付ファイルの種類が原因です。",
        "Without the attachment it arrives, so the size limit or the file type was the cause."
      ),
      weights: { 10: 6, 11: 6 },
    },
    no: {
      reason: t(
        "添付をやめても届かないため、添付ファイルは原因ではなさそうです。",
        "It fails even without the attachment, so the attachment is probably not the cause."
      ),
      weights: { 10: -4, 11: -4 },
    },
  },
  noHistory: {
    yes: {
      reason: t(
        "履歴を消し、リンクと英語を減らすと届くため、本文が迷惑メールと判定されていたと考えられます。",
        "The trimmed body arrives, so the body was being judged as spam."
      ),
      weights: { 9: 6, 7: 1 },
    },
    no: {
      reason: t(
        "本文を短くしても届かないため、本文の内容は主な原因ではなさそうです。",
        "Even the trimmed body fails, so the content is probably not the main cause."
      ),
      weights: { 9: -3 },
    },
  },
  longerSubject: {
    yes: {
      reason: t(
        "件名を変えると届くため、件名が迷惑メールの判定に影響していたと考えられます。",
        "A different subject arrives, so the subject was weighing on the spam verdict."
      ),
      weights: { 9: 4, 7: 1 },
    },
    no: {
      reason: t(
        "件名を変えても届かないため、相手の迷惑メール設定、メールボックスの容量、セキュリティ方針の強化が残ります。",
        "A different subject fails too, which leaves the recipient's spam settings, a full mailbox, or a tightened security policy."
      ),
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
    if (item.status === "problem")
      raise(
        item.id,
        5,
        t("Todoku の確認で問題が見つかっています。", "Todoku's checks found a problem here.")
      );
    else if (item.status === "warning")
      raise(
        item.id,
        2,
        t("Todoku の確認で注意点が見つかっています。", "Todoku's checks found a risk here.")
      );
    else if (item.status === "ok")
      raise(
        item.id,
        -1,
        t(
          "Todoku の確認では問題はありませんでした。",
          "Todoku checked this and found nothing wrong."
        )
      );
  }
  for (const r of report.bounce?.recipients ?? []) {
    if (
      r.cause !== null &&
      r.action !== "delivered" &&
      r.action !== "relayed" &&
      r.action !== "expanded"
    ) {
      raise(
        r.cause,
        6,
        t(
          `配信不能レポートがこの原因を示しています(${r.address})。`,
          `The non-delivery report points at this cause (${r.address}).`
        )
      );
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
  network: t(
    "Webも見られないため、メールより先にネットワーク(社内ネットワーク、回線、プロバイダー)の問題と考えられます。",
    "The web does not work either: the network (office network, line, provider) comes before anything about mail."
  ),
  content: t(
    "内容を変えると届くため、原因は送る側のメールの中身(添付・本文・件名)にあり、あなたが直せます。",
    "Changing the content makes it arrive: the cause is in what you send (attachment, body, subject), which you can change."
  ),
  ownAccount: t(
    "同僚からは届き、別のドメインには自分からも届かないため、あなたのPC・メールソフト・アカウントに原因があると考えられます。",
    "A colleague's mail arrives and yours fails even to other domains: your PC, mail app or account is the likely cause."
  ),
  addressBlocked: t(
    "同僚からは届き、あなたから別のドメインにも届くため、相手があなたのアドレスだけを止めている可能性があります(受信側)。",
    "A colleague's mail arrives and yours reaches other domains: the recipient may be stopping your address in particular (recipient side)."
  ),
  ownPc: t(
    "同僚のアカウントからは届くため、会社のサーバーは正常で、あなたのPC・メールソフト・アカウントが疑われます。",
    "A colleague's mail arrives, so the company's server works; your PC, mail app or account are suspect."
  ),
  recipient: t(
    "別のドメインには届くため、送信側は正常で、相手の側(フィルター、設定、容量、セキュリティ方針)で止まっていると考えられます。",
    "Mail to other domains arrives, so your side works and it stops on the recipient's side (filters, settings, mailbox size, security policy)."
  ),
  sender: t(
    "別のドメインにも届かないため、送信側(自分のアカウント、自社のサーバーやドメインの設定)に原因があると考えられます。",
    "Mail to other domains fails too, so the cause is on the sending side (your account, your server or domain settings)."
  ),
  domainWide: t(
    "同僚からも届かないため、ドメイン全体の問題です。自社の設定か、相手がドメイン単位で拒否しているかは、別のドメインに届くかで見分けられます。",
    "A colleague's mail fails too, so it affects the whole domain. Whether it is your settings or the recipient refusing your domain shows in whether other domains receive your mail."
  ),
  fromReport: (title: Localized, side: "sender" | "recipient" | "network"): Localized => {
    const names = {
      sender: t("送信側", "the sending side"),
      recipient: t("受信側", "the recipient's side"),
      network: t("ネットワーク", "the network"),
    };
    return t(
      `Todoku の確認で「${title.ja}」が見つかっているため、${names[side].ja}が最も疑わしいと考えられます。`,
      `Todoku found "${title.en}", which points at ${names[side].en}.`
    );
  },
  unknown: t(
    "まだどちら側の問題か判断できません。上から順に質問に答えると絞り込めます。",
    "It is not yet clear which side is at fault; answering the questions in order will narrow it down."
  ),
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
    out.push(
      t(
        `まず、Todoku が問題を見つけた項目(${problems.map((id) => `#${id}`).join("、")})を直してから送り直してください。`,
        `First fix what Todoku found (${problems.map((id) => `#${id}`).join(", ")}), then resend.`
      )
    );
  }
  if (answers.web === "no") {
    out.push(
      t(
        "ネットワークが復旧するまで待つか、IT担当に接続の問題を伝えてください。復旧したら、もう一度この確認を始めます。",
        "Wait for the connection to return or tell your IT about it; then start this triage again."
      )
    );
    return out;
  }
  if (answers.noAttachments === "yes")
    out.push(
      t(
        "今後もファイルは添付せず、OneDriveやSharePointの共有リンクで送ってください。",
        "Keep sending files as OneDrive or SharePoint share links instead of attachments."
      )
    );
  if (answers.noHistory === "yes")
    out.push(
      t(
        "返信の履歴は必要な部分だけ残し、リンクは最小限にして送ってください。",
        "Keep only the history that matters and as few links as you can."
      )
    );
  if (answers.longerSubject === "yes")
    out.push(
      t("件名は内容のわかる日本語にしてください。", "Use a descriptive subject in Japanese.")
    );
  const same = answers.sameDomainOtherAccount;
  const other = answers.otherDomain;
  if (same === "yes" && other !== "yes") {
    out.push(
      t(
        "Outlookを再起動し、送信トレイに残っていないかを確認してください。Web版のOutlookから送って届くかも試します。解決しなければ、自社のIT担当にアカウント(ライセンス、送信制限、メールボックスの容量)を確認してもらいます。",
        "Restart Outlook and check that nothing is stuck in the Outbox; try sending from Outlook on the web. If that does not help, ask your IT to check your account (licence, sending restrictions, mailbox size)."
      )
    );
  }
  if (same === "yes" && other === "yes") {
    out.push(
      t(
        "相手に、あなたのアドレスが受信拒否や迷惑メールの設定に入っていないか確認してもらってください。",
        "Ask the recipient whether your address is on their blocked or junk lists."
      )
    );
  }
  if (other === "yes" && same !== "yes") {
    out.push(
      t(
        "相手の担当者を通じて、相手のIT担当に、迷惑メールや隔離にないか、ドメインが拒否されていないか、セキュリティ方針が変わっていないかを確認してもらってください。",
        "Through your contact, ask the recipient's IT whether your mail is in junk or quarantine, whether your domain is refused, and whether their security policy changed."
      )
    );
  }
  if (other === "no") {
    out.push(
      t(
        "自社のIT担当に、サーバーの状態、ライセンス、送信元のブロックリスト掲載、SPF・DKIM・DMARCの設定を確認してもらってください。",
        "Ask your IT to check the server, your licence, whether your sending IP is on a blocklist, and the SPF, DKIM and DMARC settings."
      )
    );
  }
  const contentTried = CONTENT_STEPS.every((s) => answers[s] === "no" || answers[s] === "unknown");
  if (contentTried && CONTENT_STEPS.some((s) => answers[s] === "no")) {
    out.push(
      t(
        "内容を変えても届かないため、双方のIT担当に、どこで止まっているかを調べてもらう段階です。相手側では、セキュリティ方針の強化、迷惑メール設定の変更、メールボックスの容量を確認してもらいます。問い合わせには送信日時、差出人、宛先、件名、Message-ID を添えてください。",
        "Changing the content did not help: it is time for IT on both sides to find where it stops. On the recipient's side, ask about a tightened security policy, stricter spam settings, and a full mailbox. Include the send time, sender, recipients, subject and Message-ID in the inquiry."
      )
    );
  }
  if (out.length === 0) {
    const top = candidates[0];
    out.push(
      top && top.strength === "likely"
        ? t(
            `最も疑わしいのは「${top.title.ja}」です。質問に答えると、さらに絞り込めます。`,
            `The most likely cause so far is "${top.title.en}". Answer the questions to narrow it further.`
          )
        : t(
            "エラーメールが返ってきていない場合は、上から順に質問に答えてください。",
            "If no error came back, answer the questions from the top."
          )
    );
  }
  return out;
}
