/**
 * The engine: snapshot + facts + policy → Report. Pure and shared by every surface (pane, send
 * check, CLI, benchmarks). A bounce is read as a bounce; when it returned the original message,
 * the outgoing checks run on that original.
 */
import { workBudget, type WorkBudget } from "./archive/budget";
import { bounceFindings, readBounce } from "./bounce";
import { runChecks } from "./checks";
import { headerDamageFindings } from "./checks/input-notes";
import { HEADERS_ONLY_NOTE, parseReturnedOriginal } from "./mime/eml";
import type { BounceReport } from "./model/bounce";
import type { Facts } from "./model/facts";
import type { Finding, ItemId } from "./model/finding";
import { say } from "./messages";
import type { Report, SourceState } from "./model/report";
import type { MessageSnapshot } from "./model/snapshot";
import type { Policy } from "./policy/schema";
import { buildReport } from "./report/build";

export interface AnalyzeInput {
  snapshot: MessageSnapshot;
  policy: Policy;
  facts?: Facts | undefined;
  policyErrors?: Report["policyErrors"];
  sources?: SourceState[] | undefined;
  /** Triage wizard answers to keep with the report. */
  triageAnswers?: Report["triageAnswers"];
  /** A bounce already read (e.g. by the pane from getAsFileAsync); otherwise it is read here. */
  bounce?: BounceReport | null | undefined;
  /**
   * When the analysis must be done, as a Date.now() value (e.g. the send check's start + 3.5 s).
   * The work on untrusted bytes (unpacking archives) checks it in its loops and stops there;
   * what was not read is reported as not checked. Default: DEFAULT_WORK_MS from the start.
   */
  deadline?: number | undefined;
  /** A budget made by the caller (workBudget()), to share or inspect; wins over `deadline`. */
  budget?: WorkBudget | undefined;
}

export interface Analysis {
  report: Report;
  /** The message the bounce returned, parsed, when there was one. */
  original?: MessageSnapshot | undefined;
}

/** The items whose checks read the body or the attachments (body, attachment type, security policy). */
const BODY_ITEMS: readonly ItemId[] = [9, 11, 15];

/**
 * When only the top-level headers could be read (an extremely deep or header-heavy mail), the
 * body and attachment checks saw nothing: say so instead of letting an empty body look fine.
 */
function headersOnlyFindings(snapshot: MessageSnapshot): Finding[] {
  const note = snapshot.notes?.find((n) => n.startsWith(HEADERS_ONLY_NOTE));
  if (!note) return [];
  // The parser's own reason is English and internal: the user reads the catalogue's sentence.
  return BODY_ITEMS.map((item) => say(item, "mime.headers-only", "unavailable", {}));
}

/** What the mail's work budget left unopened, said once per limit (the notes name each archive). */
function budgetFindings(budget: WorkBudget): Finding[] {
  const out: Finding[] = [];
  if (budget.unopened.time > 0)
    out.push(say(11, "limits.archive-time", "info", { count: budget.unopened.time }));
  if (budget.unopened.bytes > 0)
    out.push(
      say(11, "limits.archive-bytes", "info", {
        count: budget.unopened.bytes,
        limit: budget.bytes,
      })
    );
  return out;
}

/**
 * Body text or HTML past this many characters is not checked. Real bodies are far shorter (Gmail
 * already clips at ~102 KB); a body of millions of short lines made the content checks hold
 * gigabytes. What is cut is said (limits.body-cut), and the size check still sees the whole mail.
 */
export const MAX_CHECKED_BODY_CHARS = 4 * 1024 * 1024;

/** The snapshot with its bodies cut to MAX_CHECKED_BODY_CHARS; a finding per cut body. */
function withBodyCap(snapshot: MessageSnapshot, out: Finding[]): MessageSnapshot {
  const text = snapshot.bodyText ?? "";
  const html = snapshot.bodyHtml ?? "";
  if (text.length <= MAX_CHECKED_BODY_CHARS && html.length <= MAX_CHECKED_BODY_CHARS)
    return snapshot;
  const capped = { ...snapshot };
  for (const [key, value] of [
    ["bodyText", text],
    ["bodyHtml", html],
  ] as const) {
    if (value.length <= MAX_CHECKED_BODY_CHARS) continue;
    capped[key] = value.slice(0, MAX_CHECKED_BODY_CHARS);
    out.push(
      say(9, "limits.body-cut", "info", { limit: MAX_CHECKED_BODY_CHARS, size: value.length })
    );
  }
  return capped;
}

/** The bounce the caller already read, else this mail read as one (null when it is not). */
function bounceOf(input: AnalyzeInput): BounceReport | null {
  return input.bounce !== undefined ? input.bounce : readBounce(input.snapshot);
}

/**
 * A mail first taken for a bounce (by its sender or subject, e.g. From: postmaster@) that the
 * bounce reader did not read as one is checked and reported as what it otherwise is: a received
 * mail when a server has handled it, else a sent one. As a "bounce" its transport headers were
 * skipped and the report named it a bounce while saying nothing of one.
 */
function asWhatItIs(snapshot: MessageSnapshot): MessageSnapshot {
  if (snapshot.kind !== "bounce") return snapshot;
  const received = (snapshot.headers ?? []).some((h) => h.name.toLowerCase() === "received");
  return { ...snapshot, kind: received ? "received" : "sent" };
}

/**
 * The other way round: a mail the bounce reader reads as a failure or a delay is a bounce, even
 * when its sender and subject did not give it away. Notices that report no failure (an away
 * reply, a complaint, a delivery report) keep the kind they were taken for.
 */
function asBounce(snapshot: MessageSnapshot, bounce: BounceReport): MessageSnapshot {
  if (snapshot.kind === "bounce" || (bounce.kind !== "failure" && bounce.kind !== "delay"))
    return snapshot;
  return { ...snapshot, kind: "bounce" };
}

/** Synchronous analysis without opening a returned original (used on hot paths such as the send check). */
export function analyzeSync(input: AnalyzeInput, original?: MessageSnapshot): Report {
  const facts = input.facts ?? {};
  const bounce = bounceOf(input);
  // One budget per mail: every attachment and nesting level draws on it.
  const budget = input.budget ?? workBudget({ deadline: input.deadline });
  // The mail as what the bounce reader found it to be: checked and reported as that.
  const reported = bounce ? asBounce(input.snapshot, bounce) : asWhatItIs(input.snapshot);
  let findings: Finding[];
  const cut: Finding[] = [];
  if (bounce) {
    // The checks below run on the original; the bounce file's own header damage is said here.
    findings = [
      ...bounceFindings(bounce),
      ...headerDamageFindings(input.snapshot.notes, { informationOnly: true }),
    ];
    if (original) {
      const checked = withBodyCap(original, cut);
      findings.push(...runChecks({ snapshot: checked, facts: {}, policy: input.policy, budget }));
    }
  } else {
    const checked = withBodyCap(reported, cut);
    findings = runChecks({ snapshot: checked, facts, policy: input.policy, budget });
  }
  findings.push(...cut, ...headersOnlyFindings(input.snapshot), ...budgetFindings(budget));
  return buildReport({
    snapshot: reported,
    findings,
    facts: bounce ? {} : facts,
    bounce,
    sources: input.sources ?? [],
    policyErrors: input.policyErrors,
    triageAnswers: input.triageAnswers,
  });
}

export async function analyze(input: AnalyzeInput): Promise<Analysis> {
  const bounce = bounceOf(input);
  const original = await parseReturnedOriginal(bounce?.original?.raw);
  const report = analyzeSync({ ...input, bounce }, original);
  return original ? { report, original } : { report };
}
