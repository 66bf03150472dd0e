/**
 * The OnMessageSend handler, independent of how it is wired: read the draft, run the local
 * checks, decide. Every path ends in exactly one `event.completed`. Past the time budget, or on
 * any error, the mail is allowed: Todoku must never stop or lose a mail because of itself.
 */
import { analyzeSync } from "../core/engine";
import type { Lang } from "../core/model/i18n";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { PolicyResult } from "../core/policy/load";
import type { Policy } from "../core/policy/schema";
import type { Report } from "../core/model/report";
import { decideSend, type SendDecision } from "../core/sendcheck/decide";

/** Well under the 5 s after which Outlook tells the user the add-in is "taking longer". */
export const SEND_BUDGET_MS = 3000;
/** The compose button's id in manifest.xml: the prompt's second button opens this task pane. */
export const TASKPANE_COMMAND_ID = "todokuComposeButton";
/** Attachments larger than this are not read on send (archives above it are listed, not opened). */
export const SEND_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/**
 * Reading attachment bytes gets this share of the budget; past it the checks run on names and
 * sizes only, which still catch blocked file types, rather than letting the mail go unchecked.
 */
export const ATTACHMENT_BUDGET_MS = 1500;
/** Left for the checks that follow the unpacking and for building the prompt. */
export const DECISION_MARGIN_MS = 600;

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: string;
}

export interface SendEvent {
  completed(_options?: CompletedOptions): void;
}

export interface SendHandlerDeps {
  loadPolicy: () => Promise<PolicyResult>;
  readDraft: () => Promise<MessageSnapshot>;
  loadAttachments: (_snapshot: MessageSnapshot, _maxBytes: number) => Promise<MessageSnapshot>;
  lang: () => Lang;
  /** Mailbox 1.14: sendModeOverride, cancelLabel and commandId. */
  supportsPromptOptions: () => boolean;
  /** The value of Office.MailboxEnums.SendModeOverride.PromptUser. */
  promptUserMode: () => string;
  budgetMs?: number | undefined;
  /** Time for reading attachment bytes (default ATTACHMENT_BUDGET_MS). */
  attachmentBudgetMs?: number | undefined;
  /** Observes every decision (tests, the bench); never affects it. */
  onDecision?: ((_outcome: SendOutcome) => void) | undefined;
}

export type SendOutcome =
  | { kind: "decided"; decision: SendDecision; ms: number }
  | { kind: "timeout"; ms: number }
  | { kind: "error"; error: unknown; ms: number };

const CANCEL_LABEL: Record<Lang, string> = { ja: "詳細を見る", en: "Show details" };

export function completedOptions(
  decision: SendDecision,
  lang: Lang,
  promptOptions: boolean,
  promptUserMode: string
): CompletedOptions {
  if (decision.action === "allow") return { allowEvent: true };
  const options: CompletedOptions = { allowEvent: false, errorMessage: decision.message };
  if (promptOptions) {
    options.cancelLabel = CANCEL_LABEL[lang];
    options.commandId = TASKPANE_COMMAND_ID;
    // With SendMode="SoftBlock" in the manifest, this turns the alert into a prompt with "Send anyway".
    if (!decision.softBlock) options.sendModeOverride = promptUserMode;
  }
  return options;
}

/** The promise's value, or `fallback` when it is late or fails. */
async function withinTime<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise.catch(() => fallback), late]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * The draft analysed as a whole, or, should that throw (a runtime missing something the content
 * checks use), analysed again on what it is made of without its content: names, addresses,
 * sizes. That second pass still names a blocked file type or a mistyped address, so a bug in a
 * content check cannot turn the send check into one that lets every mail through. Only when the
 * second pass fails too does the caller allow the mail.
 */
export function analyzeSafely(snapshot: MessageSnapshot, policy: Policy, deadline: number): Report {
  try {
    return analyzeSync({ snapshot, policy, deadline });
  } catch {
    return analyzeSync({ snapshot: withoutContent(snapshot), policy, deadline });
  }
}

function withoutContent(snapshot: MessageSnapshot): MessageSnapshot {
  const bare: MessageSnapshot = {
    ...snapshot,
    attachments: snapshot.attachments.map(({ content: _content, ...rest }) => rest),
  };
  delete bare.bodyText;
  delete bare.bodyHtml;
  return bare;
}

export function createSendHandler(deps: SendHandlerDeps): (_event: SendEvent) => Promise<void> {
  return async (event: SendEvent) => {
    const started = Date.now();
    const elapsed = (): number => Date.now() - started;
    let done = false;
    const finish = (options: CompletedOptions, outcome: SendOutcome): void => {
      if (done) return;
      done = true;
      try {
        event.completed(options);
      } finally {
        deps.onDecision?.(outcome);
      }
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        finish({ allowEvent: true }, { kind: "timeout", ms: elapsed() });
        resolve();
      }, deps.budgetMs ?? SEND_BUDGET_MS);
    });

    const work = (async () => {
      try {
        const { policy } = await deps.loadPolicy();
        if (!policy.sendCheck.enabled) {
          finish(
            { allowEvent: true },
            { kind: "decided", decision: { action: "allow", reason: "off" }, ms: elapsed() }
          );
          return;
        }
        let snapshot = await deps.readDraft();
        if (done) return;
        if (snapshot.attachments.some((a) => a.kind !== "cloud")) {
          snapshot = await withinTime(
            deps.loadAttachments(
              snapshot,
              Math.min(policy.limits.maxInspectBytes, SEND_MAX_ATTACHMENT_BYTES)
            ),
            deps.attachmentBudgetMs ?? ATTACHMENT_BUDGET_MS,
            snapshot
          );
        }
        if (done) return;
        const lang = deps.lang();
        // The analysis runs synchronously, so the deadline timer above cannot interrupt it: the
        // work on attachment bytes stops by itself this long before the budget runs out, and
        // what it did not open is judged by name.
        const deadline = started + (deps.budgetMs ?? SEND_BUDGET_MS) - DECISION_MARGIN_MS;
        const decision = decideSend(analyzeSafely(snapshot, policy, deadline), policy, lang);
        finish(
          completedOptions(decision, lang, deps.supportsPromptOptions(), deps.promptUserMode()),
          {
            kind: "decided",
            decision,
            ms: elapsed(),
          }
        );
      } catch (error) {
        finish({ allowEvent: true }, { kind: "error", error, ms: elapsed() });
      }
    })();

    await Promise.race([work, deadline]);
    if (timer !== undefined) clearTimeout(timer);
  };
}
