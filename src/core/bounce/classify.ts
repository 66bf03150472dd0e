/**
 * Classification of one failed (or delayed) delivery into a reason, a checklist item, who acts
 * and the next step. Used by the bounce reader and by the Graph message-trace helper.
 *
 * Order of evidence (a provider's wrapper is read after the remote server's own words):
 *  1. a vendor's own reason codes and refusal wording (bounce/vendors: Japanese carriers'
 *     filters, Orange, Cox, AOL, Comcast, Yahoo, cPanel, Google Groups);
 *  2. phrases so specific that they outweigh any code ("mailbox full", "SPF", "listed at
 *     Spamhaus"; bounce/rules, DECISIVE): servers often send a generic code with a precise
 *     sentence;
 *  3. provider meanings of codes (Exchange Online, Gmail): where the same code means different
 *     things at different providers, the reporter decides;
 *  4. the RFC 3463 enhanced status code, when it is specific (bounce/rules/codes);
 *  5. the usual phrases (bounce/rules, GENERAL);
 *  6. the code's subject (X.1.X addressing, X.2.X mailbox …) and then the SMTP reply code.
 * Every vendor module can be switched off (`without`), which is how the leave-one-family-out
 * evaluation measures the general rules on a family they were not written for.
 */
import type { BounceDiagnosis } from "../model/bounce";
import { enhancedCodes } from "./codes";
import { delayNote, type Reason, REASONS } from "./reasons";
import { fixText, joinTexts, text } from "../messages";
import { DECISIVE, GENERAL } from "./rules";
import { replyMeaning, SPECIFIC_CODES, SUBJECT_FALLBACK } from "./rules/codes";
import {
  ALL_ON,
  exchangeOnlineLink,
  type Provider,
  providerOf,
  reporterProvider,
  vendorDialect,
  vendorEarly,
  vendorPhrases,
  type VendorSwitch,
} from "./vendors";

export { exchangeOnlineLink } from "./vendors";

export interface DeliveryInput {
  /** RFC 3463 code ("5.1.1"), or a message-trace status word ("Failed", "FilteredAsSpam"). */
  status?: string | null | undefined;
  replyCode?: string | null | undefined;
  diagnostic?: string | undefined;
  /** Who wrote the report or the remote host's name, e.g. "Exchange Online", "mx.google.com". */
  reporter?: string | null | undefined;
  /** True for a recipient that is still being retried (a delay notice, not a failure). */
  delayed?: boolean | undefined;
  /** The report's own explanation, when it says more than the server's words (e.g. "account is disabled"). */
  context?: string | undefined;
  /** The SMTP command the server was answering, when known from elsewhere in the report. */
  command?: ReturnType<typeof commandStage> | undefined;
  /** Vendor modules switched off (leave-one-family-out evaluation only). */
  without?: VendorSwitch | undefined;
  /**
   * The DSN's Diagnostic-Code is of type X-Unix (RFC 3464 §2.3.6): the exit status of a program
   * the receiving host delivers through (sendmail's prog mailer, procmail, a pipe).
   */
  localProgram?: boolean | undefined;
}

/**
 * Reasons that say the sender was refused. A local delivery program cannot refuse a sender: its
 * "Permission denied" is about a file on the receiving host, and a bare exit status names nothing.
 */
const SENDER_REFUSALS = new Set<Reason>([
  "rejected",
  "securityerror",
  "blocked",
  "policyviolation",
  "norelaying",
  "badreputation",
  "authfailure",
  "requireptr",
  "undefined",
]);

const MAX_TEXT = 4000;

const SUSPENDED =
  /account (is|has been) (disabled|suspended|deactivated)|user\(s\) account is disabled/;

/** Which SMTP command the server was answering, when the text tells. */
/** Where a transcript shows the DATA command sent ("<<< " replies follow it). */
const DATA_SENT = /(?:>>>|out:)\s*data\b/i;
/**
 * DATA answered "no recipient accepted" (sendmail's "503 5.0.0 Need RCPT", Exim's "503 valid
 * RCPT command must precede DATA", qmail's "503 RCPT first" or "503 Start afresh from MAIL",
 * Postfix's "554 5.5.1 Error: no valid recipients").
 */
const NO_RECIPIENT_ACCEPTED =
  /\b(?:503|554)[ -](?:\d\.\d{1,3}\.\d{1,3} )?[^\n]{0,40}?(?:need (?:a )?rcpt|rcpt first|valid rcpt command must precede|no valid recipients|no recipients)/i;
/** qmail's answer to DATA after a refused RCPT: start again from MAIL. */
const START_AFRESH = /\b503 start afresh\b/i;

/**
 * The commands were pipelined (RFC 2920) when DATA was answered that no recipient was accepted:
 * the refusal printed after ">>> DATA" was then the answer to RCPT TO. Only the replies within a
 * few lines of the first DATA are read, so the search stays linear on any text.
 */
function pipelinedRcptRefusal(text: string): boolean {
  const data = DATA_SENT.exec(text);
  if (!data) return false;
  const after = text.slice(data.index, data.index + 2000);
  return NO_RECIPIENT_ACCEPTED.test(after) || START_AFRESH.test(after);
}

export function commandStage(text: string): "connect" | "helo" | "mail" | "rcpt" | "data" | null {
  // qmail's "… does not like recipient." is its report of a refusal at RCPT TO.
  if (/does not like recipient/i.test(text)) return "rcpt";
  if (pipelinedRcptRefusal(text)) return "rcpt";
  const m =
    /in reply to (?:the )?(end of data|data|rcpt to|rcpt|mail from|mail|ehlo|helo)|after (?:the )?(end of data|data|rcpt to|rcpt|mail from|mail|initial connection|final data)|did not like our (final data|data|rcpt to|mail from)|(?:>>>|out:)\s*(data|rcpt to|mail from|ehlo|helo)\b|for (data|text|rcpt|mail) command|(?:smtp:|progress was )(rcpt|data|mail)/i.exec(
      text
    );
  const cmd = ((m && (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])) || "").toLowerCase();
  if (!cmd) return null;
  if (cmd.includes("data") || cmd === "text") return "data";
  if (cmd.startsWith("rcpt")) return "rcpt";
  if (cmd.startsWith("mail")) return "mail";
  if (cmd.includes("connection")) return "connect";
  return "helo";
}

/** The recipient is said to have no account at the receiving system ("this user doesn't have an example.com account"). */
const NO_ACCOUNT =
  /(user|recipient|addressee|mailbox owner) (doesn't|does not|did not|didn't) have an? [^,;()]{0,60}account|(there is )?no account (exists )?(for|with) (this|that|the) (user|recipient|address|name)/;

/** An address problem reported after MAIL FROM is about the sender; after DATA, a filter spoke. */
function adjustForStage(
  reason: Reason,
  text: string,
  status: string,
  known: ReturnType<typeof commandStage> | undefined,
  provider: Provider | null,
  off: VendorSwitch
): Reason {
  const addressReason =
    reason === "userunknown" || reason === "hostunknown" || reason === "hasmoved";
  if (!addressReason) return reason;
  if (
    /^\d\.1\.[78]$/.test(status) ||
    /\bsender\b|domain of sender|sender address|envelope sender|unroutable sender/.test(text)
  )
    return "rejected";
  // Yahoo accepts every RCPT TO and refuses a mailbox it does not have only after DATA, with its
  // own wording "554 delivery error: dd This user doesn't have a yahoo.com account" (Yahoo's help
  // page on SMTP error codes): the stage says nothing about a filter here.
  if (!off.has("yahoo") && /delivery error: dd /.test(text)) return reason;
  // Any server may check the recipient only after DATA (RFC 5321 §3.3 lets it accept RCPT TO and
  // refuse later): words that say this recipient has no account here are the mailbox lookup's
  // answer, not a filter's, at whatever stage they come.
  if (reason === "userunknown" && NO_ACCOUNT.test(text)) return reason;
  const stage = commandStage(text) ?? known ?? null;
  if (stage === "mail") return "rejected";
  // A recipient's validity is answered at RCPT TO (RFC 5321). "User unknown" that was not an answer
  // to RCPT, and that no X.1.X code backs, comes from a filter that refused the message.
  const addressCode = /^\d\.1\./.test(status);
  if (reason === "userunknown" && !addressCode && stage !== "rcpt" && stage !== null)
    return "filtered";
  return reason;
}

export interface Classification {
  reason: Reason;
  provider: Provider | null;
}

const ENHANCED = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/** Classifies one delivery. Returns null for successes and empty input. */
export function classifyReason(input: DeliveryInput): Classification | null {
  const c = classifyBase(input);
  if (!c) return null;
  // A program on the receiving host failed: its words may still name a full mailbox or a
  // missing user, but not a refusal of the sender.
  if (input.localProgram && SENDER_REFUSALS.has(c.reason))
    return { reason: "mailererror", provider: c.provider };
  // "User unknown" from the server, while the report explains that the account is disabled.
  if (c.reason === "userunknown" && input.context && SUSPENDED.test(input.context.toLowerCase()))
    return { reason: "suspend", provider: c.provider };
  const text = (input.diagnostic ?? "").slice(0, MAX_TEXT).toLowerCase().replace(/\s+/g, " ");
  return {
    reason: adjustForStage(
      c.reason,
      text,
      (input.status ?? "").trim(),
      input.command,
      c.provider,
      input.without ?? ALL_ON
    ),
    provider: c.provider,
  };
}

function classifyBase(input: DeliveryInput): Classification | null {
  const rawText = (input.diagnostic ?? "").slice(0, MAX_TEXT);
  const text = rawText.toLowerCase().replace(/\s+/g, " ");
  // A provider's wrapper ("Technical details of permanent failure: … rejected by the recipient
  // domain … The error that the other server returned was: …") is read after the remote
  // server's own words, which say why.
  const own = serverWords(text);
  // Multi-line replies repeat "550-5.7.1" inside sentences; phrases are matched without them too.
  // Asked once per rule tested, always of the same one or two texts: each is made once.
  const plain = new Map<string, string>();
  const plainOf = (t: string) => {
    let p = plain.get(t);
    if (p === undefined) {
      p = t.replace(/(^|\s)[245]\d\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3}\s)?/g, "$1");
      plain.set(t, p);
    }
    return p;
  };
  const saysIn = (t: string, re: RegExp) => {
    const p = plainOf(t);
    return re.test(t) || (p !== t && re.test(p));
  };
  const says = (re: RegExp) => saysIn(own ?? text, re) || (own !== null && saysIn(text, re));
  let status = (input.status ?? "").trim();
  const reply = (input.replyCode ?? "").trim();
  const off = input.without ?? ALL_ON;
  const provider = providerOf(input.reporter, text, off);

  // Message-trace status words.
  if (status && !ENHANCED.test(status)) {
    const word = status.toLowerCase();
    if (/^(delivered|expanded|resolved|received|none|getting ?status)$/.test(word)) return null;
    if (/filteredasspam|quarantin|spam/.test(word)) return { reason: "spamdetected", provider };
    if (/pending|defer|delay/.test(word)) return { reason: "expired", provider };
    status = "";
  }
  // No code given (a trace event, a text report): the server's words may carry one.
  if (!status) status = enhancedCodes(rawText).find((c) => !c.startsWith("2")) ?? "";
  const m = ENHANCED.exec(status);
  if (m && m[1] === "2") return null;
  if (!m && /^2\d\d$/.test(reply)) return null;
  if (!m && !reply && text.trim() === "") return null;

  // Multi-line replies split a vendor's sentence with "550-" too: read it without them.
  const plainText = plainOf(text);
  const early = vendorEarly(
    {
      text: plainText,
      stage: commandStage(text) ?? input.command ?? null,
      provider,
      reporter: (input.reporter ?? "").toLowerCase(),
      hasCode: m !== null,
    },
    off
  );
  if (early) return { reason: early, provider };
  const phrase = vendorPhrases(off).find(([, re]) => says(re));
  if (phrase) return { reason: phrase[0], provider };
  // The server's own words first; when none of them says it, says() reduces to the whole text.
  const decisive =
    own !== null
      ? (DECISIVE.find(([, re]) => saysIn(own, re)) ?? DECISIVE.find(([, re]) => saysIn(text, re)))
      : DECISIVE.find(([, re]) => says(re));
  if (decisive) return { reason: decisive[0], provider };

  if (m) {
    const subject = Number(m[2]);
    const detail = Number(m[3]);
    const code = status;
    // Codes are read in the dialect of whoever wrote them: the NDR's author, else the answering side.
    const author = reporterProvider(input.reporter, off) ?? provider;
    const r = vendorDialect(author, { code, subject, detail }, text, off);
    if (r) return { reason: r, provider };
    // X.4.4 "unable to route" (RFC 3463): permanent, the domain has no route; persistent
    // transient (4.4.4), a routing or DNS problem that may pass.
    if (m[1] === "4" && subject === 4 && detail === 4) return { reason: "networkerror", provider };
    const specific = SPECIFIC_CODES[`${subject}.${detail}`];
    if (specific) return { reason: specific, provider };
  }
  const general =
    own !== null
      ? (GENERAL.find(([, re]) => saysIn(own, re)) ?? GENERAL.find(([, re]) => saysIn(text, re)))
      : GENERAL.find(([, re]) => says(re));
  if (general) return { reason: general[0], provider };
  if (m) {
    const fallback = SUBJECT_FALLBACK[m[2] as string];
    // X.0.X says nothing, and neither does X.2.0 ("other or undefined mailbox status", RFC
    // 3463): without words it is not taken for a full mailbox.
    const undefinedStatus = m[2] === "0" || (m[2] === "2" && m[3] === "0");
    if (fallback && !undefinedStatus) return { reason: fallback, provider };
  }
  const byReply = replyMeaning(reply);
  if (byReply) return { reason: byReply, provider };
  if (m && m[1] === "4") return { reason: "expired", provider };
  return { reason: "undefined", provider };
}

/**
 * Where a provider's or gateway's wrapper ends and the remote server's words begin: Gmail's
 * "The error that the other server returned was:", Exchange's "Remote server returned '…'",
 * relays' "Remote host said:", "the remote server responded with". Null when there is no
 * wrapper or nothing follows it.
 */
const WRAPPER_END =
  /the error that the other server returned was|remote (?:server|host|smtp server) (?:returned|said|replied|responded)(?: with)?|the (?:remote|other|receiving|destination|recipient's) (?:server|host|system|mail server) (?:said|responded|returned|replied)(?: with)?/g;

function serverWords(text: string): string | null {
  let end = -1;
  WRAPPER_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WRAPPER_END.exec(text)) !== null) end = m.index + m[0].length;
  if (end < 0) return null;
  const rest = text.slice(end).replace(/^[\s:'"]+/, "");
  return /\p{L}{3}/u.test(rest) ? rest : null;
}

/** The enhanced code the input carries: the status field, else the first failure code in the words. */
function effectiveStatus(input: DeliveryInput): string | null {
  const given = (input.status ?? "").trim();
  if (ENHANCED.test(given)) return given;
  return (
    enhancedCodes((input.diagnostic ?? "").slice(0, MAX_TEXT)).find((c) => !c.startsWith("2")) ??
    null
  );
}

/**
 * The diagnosis of one delivery, for the bounce reader and for message-trace events.
 * Null when the input describes a success (2.X.X, "Delivered") or carries nothing to go on.
 */
export function classifyDelivery(input: DeliveryInput): BounceDiagnosis | null {
  const c = classifyReason(input);
  if (!c) return null;
  // A delay notice whose words name no cause is about the delay itself (item 4); one that
  // names a connection problem says what holds it up.
  if (input.delayed && (c.reason === "expired" || c.reason === "undefined")) {
    c.reason = /connect|connection|timed? ?out|refused|unreachable|no route/i.test(
      input.diagnostic ?? ""
    )
      ? "networkerror"
      : "expired";
  }
  const info = REASONS[c.reason];
  const diagnosis: BounceDiagnosis = {
    cause: info.cause,
    reason: c.reason,
    who: [...info.who],
    summary: info.summary,
    nextStep: info.nextStep,
  };
  if (input.delayed) {
    // The reason's own words tell of a failure ("the server gave up"); a delay is not over.
    const holding = delayNote(c.reason);
    const delayed = text("bounce.delayed", {});
    diagnosis.summary = holding ? joinTexts([delayed, holding]) : delayed;
    diagnosis.nextStep = fixText("bounce.delayed", {}) ?? info.nextStep;
  }
  if (
    c.provider === "microsoft" ||
    reporterProvider(input.reporter, input.without ?? ALL_ON) === "microsoft"
  )
    diagnosis.link = exchangeOnlineLink(effectiveStatus(input), input.diagnostic ?? "");
  return diagnosis;
}
