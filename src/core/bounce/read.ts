/**
 * readBounce: from a snapshot to a BounceReport. Steps: take the report apart (view.ts), read
 * the RFC 3464 fields if any, read the human-readable text for the many MTAs that write none
 * (or that say more there), decide the kind (failure, delay, success, auto-reply, ARF
 * complaint), classify every recipient, and pick up the returned original.
 */
import type { BounceKind, BounceRecipient, BounceReport, DsnAction } from "../model/bounce";
import { parseMailDate } from "../headers/dates";
import type { MessageSnapshot, HeaderField } from "../model/snapshot";
import { unwrapRewrittenLinks } from "../text/links";
import { classifyDelivery, commandStage, type DeliveryInput } from "./classify";
import { enhancedCodes, isGeneric, replyCodeIn, statusFromField } from "./codes";
import { fieldAddress, parseDsn, type DsnFields } from "./dsn";
import { decodeWords, getHeader, parseHeaderLines } from "./mime";
import { headerBlock, readOriginal } from "./original";
import { completeMultilineReply, transcriptLines } from "./reply-lines";
import { detectReporter } from "./reporter";
import { readSesNotification, type SesResult } from "./ses";
import { addressesIn, saysSomething, scanReportText, type TextScan } from "./text";
import { ALL_ON, type VendorSwitch } from "./vendors";
import { viewFromBody, viewFromMime, type ReportView } from "./view";

export interface ReadOptions {
  /** Vendor modules switched off: the leave-one-family-out evaluation reads a family without its own. */
  without?: VendorSwitch;
}

/**
 * Senders that write reports: the RFC 5321 §4.5.5 null reverse path aside, MTAs sign as
 * MAILER-DAEMON or postmaster (RFC 5321 §4.5.1), "Mail Delivery Subsystem/System" and the
 * localized names of gateways and webmail ("System Administrator" of Exchange 5.5, Japanese
 * メール配信システム).
 */
const DAEMON_FROM =
  /(mailer-daemon|mail-daemon|post_?master|mail delivery (subsystem|system|service)|delivery subsystem|microsoftexchange|mdaemon|mailer_daemon|returned mail|bounce|\bndr\b|mail administrator|system administrator|メール配信システム|メール管理者|システム管理者)/i;
/**
 * Report subjects in the languages office mail meets most: English, Japanese, German, French,
 * Spanish, Italian, Portuguese, Dutch, Russian, Chinese, Korean.
 */
const BOUNCE_SUBJECT =
  /undeliver|undelivered|not (been )?delivered|delivery (status notification|failure|failed|problem|report|notification|error)|failure notice|failure delivery|returned mail|returned to sender|mail delivery failed|mail failure|non[- ]?delivery|could not be delivered|delivery has failed|nondeliverable|rejected|delayed mail|delivery delayed|message delayed|delivery warning|warning: could not send|mail (system )?error|(配信|配送|送信|配達)(不能|エラー|失敗|されませんでした|できませんでした)|未配達|不達|返送|エラーメール|エラー通知|届きませんでした|unzustellbar|nicht zustellbar|zustellung (fehlgeschlagen|verzögert)|non remis|non distribuable|remise impossible|échec de (la )?(remise|distribution)|no se (pudo|puede) entregar|error de entrega|mensaje no entregado|non recapitabil|mancata consegna|impossibile recapitare|não (foi possível )?entregue|falha na entrega|onbestelbaar|niet (af)?geleverd|не доставлен|недоставлен|退信|投递失败|发送失败|未送达|無法投遞|傳送失敗|전송 실패|반송/i;
const FAILURE_WORDS =
  /could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|has not been delivered|undeliverable|delivery (has )?failed|failed permanently|permanent (error|failure)|did not reach|not able to deliver|unable to deliver|wasn't able to deliver|cannot be delivered|can ?not be delivered|rejected|delivery to the following|not delivered|failed:|could not deliver|returned to sender|not reach|delivery problems?|following address(es)? failed|(delivery|message|recipients?) (was |were |has been )?aborted|was aborted|送信できません|配信できません|届きません|(送信|配送|配信|配達)に失敗|(お届け|配達|配信|送信)(することが)?できませんでした|届けることができ|宛先不明|エラー|nicht zugestellt|zustellung fehlgeschlagen|n'a pas pu (ê|e)tre (remis|distribu|d(é|e)livr)|no (se )?(ha )?(podido|pudo) (ser )?entrega|non (è|e) stat[oa] recapitat|não (pôde|foi possível) (ser )?entreg|не (может быть )?доставлен|不能送达|无法投递|发送失败/i;
const DELAY_WORDS =
  /will (continue to |keep )?(be )?(retr(y|ied|ying)|try (again|to (re)?deliver|delivery)|attempt(ing)? (to (re)?deliver|delivery|redelivery|again))|will continue (trying|to try)|still (trying|being retried|be retried)|not yet been delivered|has been delayed|delivery (is |has been )?delayed|delayed mail|warning: message|will be retried|no action is required on your part|temporarily deferred|delivery attempts will continue|will continue delivery attempts|warning only|do not need to resend|has been postponed|遅延/i;
const GIVEN_UP =
  /permanent|given up|gave up|giving up|failed permanently|could not be delivered|was not delivered|undeliverable/i;
/** "Taro is out of the office (returning …)": the away notice's subject names the person first. */
const AWAY_SUBJECT = /\b(is|am) (currently )?out of (the )?office\b/i;
/** Addresses a report gives for questions, never a failed recipient. */
const SYSTEM_ADDRESS =
  /^(postmaster|mailer-daemon|mail-daemon|abuse|hostmaster|noreply|no-reply|help|support)@/i;
const REPLY_PREFIX = /^\s*(re|fwd?|aw|wg|tr|rv|sv|vs|antw|転送|返信)\s*[:：]/i;
/** An away or automatic reply's subject, in the languages mail clients write it in, bracketed or not. */
const AUTOREPLY_SUBJECT =
  /^\s*(?:[[(【]\s*)?(auto(matic)?[- _]?(reply|response|answer)|out of (the )?office|away from (the )?office|on vacation|abwesenheit|automatische antwort|automatisch antwoord|absence|r[ée]ponse automatique|risposta automatica|respuesta autom[áa]tica|resposta autom[áa]tica|automatyczna odpowied[źz]|自動(応答|返信)|自动回复|不在)/i;

export function readBounce(
  snapshot: MessageSnapshot,
  options: ReadOptions = {}
): BounceReport | null {
  // A draft is never a report about delivery, even when it quotes one (a user forwarding a
  // bounce to the help desk): it gets the outgoing checks.
  if (snapshot.kind === "draft") return null;
  try {
    return readUnsafe(snapshot, options.without ?? ALL_ON);
  } catch {
    return null; // never throw out of the reader; an unreadable mail is not read as a bounce
  }
}

function readUnsafe(
  snapshot: MessageSnapshot,
  without: VendorSwitch,
  depth = 0
): BounceReport | null {
  const view =
    snapshot.raw && snapshot.raw.length > 0 ? viewFromMime(snapshot.raw) : viewFromBody(snapshot);
  const headers = view.headers;
  // The returned original's header block, cut out once for its reading and the complaint test.
  const originalHead = view.original ? headerBlock(view.original.bytes) : null;
  const original =
    view.original && originalHead
      ? readOriginal(view.original.bytes, view.original.whole, originalHead)
      : null;
  const originalHeaderText = originalHead?.headerText ?? null;

  // ARF spam complaint (RFC 5965).
  if (
    view.reportType === "feedback-report" ||
    view.feedbackText !== null ||
    isMicrosoftComplaint(originalHeaderText)
  ) {
    return finish(
      view,
      original,
      "feedback",
      feedbackRecipients(view, original, originalHeaderText),
      detectReporter(headers, view.text, undefined)
    );
  }

  // A read receipt (RFC 8098): the recipient's mail program says what became of the mail.
  if (view.mdnText !== null && view.dsnTexts.length === 0) {
    const receipt = readReceiptOf(view.mdnText, original);
    if (receipt) {
      const report = finish(view, original, "success", receipt.recipients, null);
      report.readReceipt = receipt.disposition;
      return report;
    }
  }

  const ctx = contextOf(view, without);
  const ses = without.has("ses") ? null : readSesNotification(view.text);
  if (ses) return fromSes(view, original, ses, ctx);

  const dsn = mergeDsn(view);
  const exclude = excludedAddresses(headers, original?.from);
  const scan = scanReportText(view.text, exclude);
  const reporter = detectReporter(headers, view.text, dsn.reportingMta);
  let recipients: BounceRecipient[] = [];

  if (dsn.recipients.length > 0) {
    recipients = fromDsn(dsn, scan, reporter, ctx, view.text);
  } else if (looksLikeBounce(headers, view, scan)) {
    recipients = fromText(view, scan, reporter, headers, ctx);
  }

  if (recipients.length === 0 && depth === 0 && view.original?.whole) {
    // A bounce of a bounce, or a bounce forwarded as an attachment: read the inner report.
    const inner = readUnsafe(
      { ...snapshot, raw: view.original.bytes, attachments: [] },
      without,
      depth + 1
    );
    if (inner && inner.kind !== "autoreply") return withForwarder(inner, headers);
  }
  if (recipients.length === 0 && depth === 0 && isUnaddressedBounce(headers, view, exclude)) {
    // A report that names no address the reader can find ("screenname", "an undisclosed
    // address", only a reason): the recipient is the returned original's, else unknown.
    const address = original?.to[0] ?? "";
    const unaddressed = { ...scan, recipients: [{ address, block: "" }] };
    recipients = fromText(view, unaddressed, reporter, headers, ctx);
  }
  if (recipients.length === 0 && depth === 0 && isListRefusal(headers, view)) {
    // A mailing-list manager (fml, Mailman, majordomo …) refusing a post: the list is the
    // recipient that did not get the mail.
    const address = original?.to[0] ?? addressesIn(getHeader(headers, "from"))[0] ?? "";
    const refused = { ...scan, recipients: [{ address, block: "" }] };
    recipients = fromText(view, refused, reporter, headers, ctx);
  }
  if (recipients.length === 0) {
    if (isAutoReply(headers, view))
      return finish(view, original, "autoreply", autoReplyRecipients(headers, view), reporter);
    // A delivery-status report (RFC 3462) from a mail system whose body is missing or unreadable
    // (sendmail's "No Message Collected", a report cut off in transit) is still a bounce: the
    // user is told it could not be read, not shown it as an ordinary mail.
    if (depth === 0 && view.reportType === "delivery-status" && isSystemSender(headers))
      return finish(view, original, "failure", [], reporter);
    // The same for a plain-text report whose body says nothing readable ("some test", a body
    // stripped by a filter): a mail system's mail whose subject says delivery failed and whose
    // text names nobody (one that names someone without failure words is no report).
    if (
      depth === 0 &&
      isSystemSender(headers) &&
      saysFailedInSubject(headers) &&
      !namesSomeone(headers, view, exclude)
    )
      return finish(view, original, "failure", [], reporter);
    return null;
  }
  const report = finish(
    view,
    original,
    kindFromActions(recipients, "success"),
    recipients,
    reporter
  );
  return depth === 0 &&
    REPLY_PREFIX.test(decodeWords(getHeader(headers, "subject") ?? "")) &&
    FORWARD_MARKER.test(view.text)
    ? withForwarder(report, headers)
    : report;
}

/**
 * Where a mail program starts what it forwards or quotes: Apple Mail, Gmail, Thunderbird,
 * Outlook (its line of underscores, or "-----Original Message-----") and their translations.
 * A gateway that prefixes "RE:" to its own report has none of these.
 */
const FORWARD_MARKER =
  /begin forwarded message|forwarded message|original message|original-nachricht|weitergeleitete nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|mensagem original|mensagem encaminhada|転送メッセージ|転送されたメッセージ|元のメッセージ|^_{20,}\s*$/im;

/**
 * Marks a report read from a person's mail (a forward, a reply, a report attached to a mail) with
 * who sent that mail; a report a mail system wrote, or one inside it, is left as it is.
 */
function withForwarder(report: BounceReport, headers: HeaderField[]): BounceReport {
  if (isSystemSender(headers)) return report;
  const from = addressesIn(getHeader(headers, "from"))[0];
  return from ? { ...report, forwardedBy: from } : report;
}

function fromSes(
  view: ReportView,
  original: BounceReport["original"] | null,
  ses: SesResult,
  ctx: Context
): BounceReport {
  const reporter = "Amazon SES";
  const recipients = ses.recipients.map((r) => {
    const status = statusFromField(r.status);
    const diagnostic = r.diagnostic ?? "";
    if (ses.kind !== "bounce")
      return {
        address: r.address,
        status,
        replyCode: null,
        action: r.action,
        diagnostic,
        cause: null,
      };
    return recipient(
      r.address,
      status,
      replyCodeIn(diagnostic),
      r.action,
      diagnostic,
      reporter,
      ses.reportingMta,
      ctx
    );
  });
  const kind: BounceKind =
    ses.kind === "complaint"
      ? "feedback"
      : ses.kind === "delivery"
        ? "success"
        : kindFromActions(recipients, "delay");
  return finish(view, original, kind, recipients, reporter);
}

/** A report with any failed recipient is a failure; else any delayed one makes it a delay. */
function kindFromActions(
  recipients: readonly BounceRecipient[],
  otherwise: BounceKind
): BounceKind {
  if (recipients.some((r) => r.action === "failed")) return "failure";
  if (recipients.some((r) => r.action === "delayed")) return "delay";
  return otherwise;
}

function finish(
  view: ReportView,
  original: BounceReport["original"] | null,
  kind: BounceKind,
  recipients: BounceRecipient[],
  reporter: string | null
): BounceReport {
  const report: BounceReport = { reporter, kind, recipients, readFrom: view.readFrom };
  if (original) report.original = original;
  return report;
}

/** DSN fields from the delivery-status parts, or pasted into the text when there is none. */
function mergeDsn(view: ReportView): DsnFields {
  const merged: DsnFields = { recipients: [] };
  for (const t of view.dsnTexts) {
    const d = parseDsn(t);
    merged.reportingMta ??= d.reportingMta;
    merged.recipients.push(...d.recipients);
  }
  if (
    merged.recipients.length === 0 &&
    /^(final-recipient|original-recipient)\s*:/im.test(view.text) &&
    /^(action|status)\s*:/im.test(view.text)
  ) {
    const d = parseDsn(view.text);
    merged.reportingMta ??= d.reportingMta;
    merged.recipients.push(...d.recipients);
  }
  return merged;
}

function excludedAddresses(headers: HeaderField[], originalFrom: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const name of ["to", "delivered-to"]) {
    for (const h of headers)
      if (h.name.toLowerCase() === name)
        for (const a of addressesIn(h.value)) out.add(a.toLowerCase());
  }
  if (originalFrom) out.add(originalFrom.toLowerCase());
  return out;
}

/**
 * A mailer daemon's From or a null reverse path ("Return-Path: <>"): the sender of a report, not
 * a person. A mail without Return-Path at all (a draft, a Sent Items copy) says nothing either way.
 */
function isSystemSender(headers: HeaderField[]): boolean {
  const returnPath = getHeader(headers, "return-path");
  return (
    DAEMON_FROM.test(getHeader(headers, "from") ?? "") ||
    (returnPath !== undefined && /^<?\s*>?$/.test(returnPath.trim()))
  );
}

/**
 * Whether the report's text names anyone besides the sender's side. The sender's side is the
 * excluded addresses, system addresses, and addresses on the domain the report goes to (the
 * sender, its list).
 */
function namesSomeone(headers: HeaderField[], view: ReportView, exclude: Set<string>): boolean {
  const ownDomains = new Set(
    addressesIn(getHeader(headers, "to")).map((a) => a.split("@")[1]?.toLowerCase() ?? "")
  );
  return addressesIn(view.text.slice(0, 16 * 1024)).some(
    (a) =>
      !exclude.has(a.toLowerCase()) &&
      !SYSTEM_ADDRESS.test(a) &&
      !ownDomains.has(a.split("@")[1]?.toLowerCase() ?? "")
  );
}

/** A report subject that says delivery failed: not a delay, a success or a person's reply. */
function saysFailedInSubject(headers: HeaderField[]): boolean {
  const subject = decodeWords(getHeader(headers, "subject") ?? "");
  return (
    BOUNCE_SUBJECT.test(subject) &&
    !REPLY_PREFIX.test(subject) &&
    !DELAY_WORDS.test(subject) &&
    !/delay|success|relayed|expanded|warning/i.test(subject) &&
    (FAILURE_WORDS.test(subject) ||
      /failure notice|returned mail|mail failure|unzustellbar/i.test(subject))
  );
}

function looksLikeBounce(headers: HeaderField[], view: ReportView, scan: TextScan): boolean {
  if (getHeader(headers, "x-failed-recipients")) return true;
  if (view.reportType === "delivery-status") return true;
  if (scan.recipients.length === 0) return false;
  const subject = decodeWords(getHeader(headers, "subject") ?? "");
  // Reports wrap their sentences anywhere ("could not\nbe delivered"): read them unwrapped.
  const flat = unwrapped(view.text);
  const systemSender = isSystemSender(headers) || BOUNCE_SUBJECT.test(subject);
  return (
    systemSender &&
    (scan.errorLines.length > 0 || FAILURE_WORDS.test(flat) || DELAY_WORDS.test(flat))
  );
}

/**
 * The general recogniser for reports whose recipients the text scan cannot find: it takes
 * signs that every mail system leaves, never one system's wording. At least two of: a system
 * sender (or null reverse path), a report subject, a returned original (message/rfc822,
 * text/rfc822-headers or a pasted header block); and the text must say in its first lines that
 * delivery failed or is delayed.
 */
function isUnaddressedBounce(
  headers: HeaderField[],
  view: ReportView,
  exclude: Set<string>
): boolean {
  // Only for reports that name nobody: an address the text scan saw and did not take as a
  // failed recipient (e.g. after "target mail address:") was judged there, not missed.
  if (namesSomeone(headers, view, exclude)) return false;
  const subject = decodeWords(getHeader(headers, "subject") ?? "");
  const sender = isSystemSender(headers);
  // A person's reply or forward ("Fw: Undeliverable: …") is not a report, whatever it quotes.
  const reportSubject = BOUNCE_SUBJECT.test(subject) && !REPLY_PREFIX.test(subject);
  const signs = [sender, reportSubject, view.original !== null].filter(Boolean).length;
  if (signs < 2) return false;
  const head = unwrapped(view.text.slice(0, 4096));
  return FAILURE_WORDS.test(head) || DELAY_WORDS.test(head);
}

/**
 * A mailing-list manager's notice: fml marks its own mail (X-MLServer, X-ML-Name); any other list
 * (RFC 2919 List-Id) counts only when the list's robot wrote it (…-admin, …-owner, …-request,
 * Mailman, majordomo, LISTSERV), never a post or a newsletter that only mentions members. The
 * run before the "@" is bounded: an unbounded one would rescan a long header quadratically.
 */
const LIST_ROBOT =
  /(-admin|-owner|-request|-bounces|owner-|mailman|majordomo|listserv|fml)[^@\s]{0,64}@/i;
/** A list manager's refusal or error notice about a post, in its subject or first lines. */
const LIST_REFUSAL =
  /\b(are |is )?not (a )?member|non-?member|members[- ]only|not allowed to post|not (permitted|authori[sz]ed) to post|permission to post|reject(ed)? (mail|post|article)|spam mail .{0,40}rejected|loop (alert|back warning)|unix from loop|system error message/i;

function isListRefusal(headers: HeaderField[], view: ReportView): boolean {
  const fml = getHeader(headers, "x-mlserver") ?? getHeader(headers, "x-ml-name");
  const robot =
    (getHeader(headers, "list-id") ?? getHeader(headers, "x-mailman-version")) !== undefined &&
    LIST_ROBOT.test(getHeader(headers, "from") ?? "");
  if (fml === undefined && !robot) return false;
  const subject = decodeWords(getHeader(headers, "subject") ?? "");
  if (REPLY_PREFIX.test(subject)) return false;
  return LIST_REFUSAL.test(subject) || LIST_REFUSAL.test(unwrapped(view.text.slice(0, 4096)));
}

/** The start of the report text with line breaks and runs of spaces folded to one space. */
function unwrapped(text: string): string {
  return text.slice(0, 32 * 1024).replace(/\s+/g, " ");
}

function actionOf(value: string | undefined, status: string | null): DsnAction {
  const v = (value ?? "").toLowerCase();
  if (/^fail/.test(v)) return "failed";
  if (/^delay/.test(v)) return "delayed";
  if (/^deliver/.test(v)) return "delivered";
  if (/^relay/.test(v)) return "relayed";
  if (/^expand/.test(v)) return "expanded";
  if (status?.startsWith("2")) return "delivered";
  return "failed";
}

function blockFor(scan: TextScan, address: string): string {
  const key = address.toLowerCase();
  return scan.recipients.find((r) => r.address.toLowerCase() === key)?.block ?? "";
}

/** The server's words from the text: the recipient's own block when it says something, else the error lines. */
function wordsFromText(scan: TextScan, address: string): string {
  const block = blockFor(scan, address);
  if (block && (saysSomething(block) || scan.errorLines.length === 0)) return block;
  return scan.errorLines.slice(0, 6).join(" ");
}

function fromDsn(
  dsn: DsnFields,
  scan: TextScan,
  reporter: string | null,
  ctx: Context,
  reportText: string
): BounceRecipient[] {
  const out: BounceRecipient[] = [];
  let lines: string[] | undefined;
  const transcript = () => (lines ??= transcriptLines(reportText));
  for (const r of dsn.recipients.slice(0, 500)) {
    // Exchange 2007–2013 give the remote server's reply only in X-Supplementary-Info.
    let diagnostic = completeMultilineReply(
      (r.diagnostic ?? "").trim() || (r.supplementary ?? ""),
      transcript
    );
    const address = dsnAddress(
      r.finalRecipient,
      r.originalRecipient,
      diagnostic,
      // The report's text is a witness only for a DSN about one recipient.
      dsn.recipients.length === 1 ? scan.recipients.map((x) => x.address) : []
    );
    const fieldStatus = statusFromField(r.status);
    const textWords = wordsFromText(scan, address);
    if (!diagnostic || (!/[a-z]{3}/i.test(diagnostic.replace(/smtp|x-/gi, "")) && textWords))
      diagnostic = [diagnostic, textWords].filter(Boolean).join(" ");
    const status = pickStatus(fieldStatus, diagnostic, blockFor(scan, address));
    const action = actionOf(r.action, status);
    const rec = recipient(
      address,
      status,
      replyCodeIn(diagnostic) ?? replyCodeIn(blockFor(scan, address)),
      action,
      diagnostic,
      reporter,
      r.remoteMta,
      ctx,
      { localProgram: r.diagnosticType === "x-unix" }
    );
    // Until when a delayed mail is still retried: the user knows when the outcome is final.
    const until = action === "delayed" ? parseMailDate(r.willRetryUntil) : undefined;
    if (until) rec.retryUntil = until.iso;
    out.push(rec);
  }
  return out;
}

const ONE_MAILBOX = /^[^@\s]+@[^@\s]+$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A mailbox: something before the @ and a domain after it, each with a letter or digit (a relay
 * that hides the forwarded address writes "rfc822; *****@*****", which names nobody). Tested in
 * steps: one pattern for both would backtrack on a long field without "@".
 */
function isMailbox(address: string): boolean {
  if (!ONE_MAILBOX.test(address)) return false;
  const at = address.indexOf("@");
  return LETTER_OR_DIGIT.test(address.slice(0, at)) && LETTER_OR_DIGIT.test(address.slice(at + 1));
}

/**
 * The address a DSN recipient block names. Some MTAs write a Final-Recipient without its local
 * part ("rfc822; @mx.example.org", a source route cut short) or leave it empty: the
 * Original-Recipient, else the one mailbox the server's own words name, else the one the
 * report's text names, is then the address the reader knows; failing all, what the field said.
 * So does a relay that masks the address it forwarded to (iCloud: "*****@*****").
 */
function dsnAddress(
  finalRecipient: string | undefined,
  originalRecipient: string | undefined,
  diagnostic: string,
  textAddresses: readonly string[]
): string {
  const given = finalRecipient || originalRecipient || "";
  if (isMailbox(given)) return given;
  if (originalRecipient && isMailbox(originalRecipient)) return originalRecipient;
  for (const named of [addressesIn(diagnostic), textAddresses]) {
    const distinct = [...new Set(named.map((a) => a.toLowerCase()))].filter((a) => isMailbox(a));
    if (distinct.length === 1 && distinct[0]) return distinct[0];
  }
  return given;
}

/**
 * The status of a recipient: the remote server's own code outranks the Status field written by
 * the reporting MTA (which is often generic, or a guess); for an expired message (X.4.7) the
 * last error before giving up says more. Success codes in a transcript are never the status.
 */
function pickStatus(field: string | null, diagnostic: string, block: string): string | null {
  const codes = enhancedCodes(diagnostic).filter((c) => !c.startsWith("2"));
  const sameClass = (c: string) => !field || c[0] === field[0];
  if (field && /^\d\.4\.7$/.test(field)) {
    const inner = [...codes, ...enhancedCodes(block)].filter(
      (c) => c !== field && !isGeneric(c) && sameClass(c) && !c.startsWith("2")
    );
    if (inner.length > 0) return inner[inner.length - 1] as string;
    return field;
  }
  const specific = codes.find((c) => !isGeneric(c) && sameClass(c));
  if (specific && (isGeneric(field) || specific !== field)) return specific;
  return field ?? codes[0] ?? null;
}

function fromText(
  view: ReportView,
  scan: TextScan,
  reporter: string | null,
  headers: HeaderField[],
  ctx: Context
): BounceRecipient[] {
  const listed = addressesIn(getHeader(headers, "x-failed-recipients"));
  let addresses = scan.recipients.map((r) => r.address);
  // X-Failed-Recipients (Exim and others) names the failed recipients exactly: an address the
  // text scan took besides them is the sender's or a forwarder's ("A message sent by <…>"), or
  // one a delivery program printed ("RECIPIENT=…"), so the header's list wins over the text's.
  const named = new Set(listed.map((a) => a.toLowerCase()));
  const confirmed = addresses.filter((a) => named.has(a.toLowerCase()));
  addresses = confirmed.length > 0 ? confirmed : listed.length > 0 ? listed : addresses;
  const delayed =
    DELAY_WORDS.test(unwrapped(view.text) + " " + (getHeader(headers, "subject") ?? "")) &&
    !GIVEN_UP.test(unwrapped(view.text));
  return addresses.slice(0, 500).map((address) => {
    const diagnostic = wordsFromText(scan, address);
    const status = enhancedCodes(diagnostic).find((c) => !c.startsWith("2")) ?? null;
    return recipient(
      address,
      status,
      replyCodeIn(diagnostic),
      delayed ? "delayed" : "failed",
      diagnostic,
      reporter,
      undefined,
      ctx
    );
  });
}

/** What the rest of the report says, for recipients whose own words say nothing. */
interface Context {
  text: string;
  command: ReturnType<typeof commandStage>;
  without: VendorSwitch;
}

function contextOf(view: ReportView, without: VendorSwitch): Context {
  const lines = view.text
    .split("\n", 400)
    .filter((l) => l.trim() !== "" && !/^(-|=|\*|#){3,}/.test(l.trim()));
  return {
    text: lines.join(" ").slice(0, 3000),
    command: commandStage(view.text.slice(0, 64 * 1024)),
    without,
  };
}

function recipient(
  address: string,
  status: string | null,
  replyCode: string | null,
  action: DsnAction,
  diagnostic: string,
  reporter: string | null,
  remoteMta: string | undefined,
  ctx: Context,
  known: Pick<DeliveryInput, "localProgram"> = {}
): BounceRecipient {
  // Cut before the links are read back: a rewritten link is long, what is kept is 2,000 characters.
  const words = unwrapRewrittenLinks(diagnostic.replace(/\s+/g, " ").trim().slice(0, 16_000)).slice(
    0,
    2000
  );
  const out: BounceRecipient = {
    address,
    status,
    replyCode,
    action,
    diagnostic: words,
    cause: null,
  };
  if (remoteMta) out.remoteMta = remoteMta;
  if (action === "failed" || action === "delayed") {
    const input = {
      status,
      replyCode,
      // Words that say nothing ("Delivery failed for the following reason:") are read with the rest of the report.
      diagnostic: saysSomething(words) ? words : `${words} ${ctx.text}`,
      // The recipient's domain tells whose servers answered (a carrier, Gmail, Outlook.com …).
      reporter: [reporter, remoteMta, address.split("@")[1]].filter(Boolean).join(" "),
      command: ctx.command,
      context: ctx.text,
      delayed: action === "delayed",
      without: ctx.without,
      ...known,
    };
    // Words that name no cause ("for the following reason:", "Error Detail:") are read again
    // with the rest of the report, which often says it a few lines away.
    let diagnosis = classifyDelivery(input);
    if ((!diagnosis || diagnosis.reason === "undefined") && !input.diagnostic.includes(ctx.text))
      diagnosis = classifyDelivery({ ...input, diagnostic: `${words} ${ctx.text}` }) ?? diagnosis;
    // A failure always gets a diagnosis, even when the report gives nothing to go on.
    diagnosis ??= classifyDelivery({ ...input, status: `${action === "delayed" ? 4 : 5}.0.0` });
    // A final failure reported with a temporary (4.X.X) code and no cause: the queue gave up.
    if (diagnosis?.reason === "undefined" && action === "failed" && status?.startsWith("4"))
      diagnosis = classifyDelivery({ ...input, status: "4.4.7" }) ?? diagnosis;
    if (diagnosis) {
      out.diagnosis = diagnosis;
      if (action === "failed") out.cause = diagnosis.cause;
    }
  }
  return out;
}

function isAutoReply(headers: HeaderField[], view: ReportView): boolean {
  const from = getHeader(headers, "from") ?? "";
  if (DAEMON_FROM.test(from)) return false; // a system notice, not a person's auto-reply
  const auto = (getHeader(headers, "auto-submitted") ?? "").toLowerCase();
  if (/auto-replied/.test(auto)) return true;
  if (
    getHeader(headers, "x-autoreply") ||
    getHeader(headers, "x-autorespond") ||
    getHeader(headers, "x-autoresponder")
  )
    return true;
  if (/auto_reply|autoreply/i.test(getHeader(headers, "precedence") ?? "")) return true;
  const subject = decodeWords(getHeader(headers, "subject") ?? "");
  return (
    AUTOREPLY_SUBJECT.test(subject) ||
    AWAY_SUBJECT.test(subject) ||
    (view.readFrom === "body" && AUTOREPLY_SUBJECT.test(view.text.slice(0, 200)))
  );
}

function autoReplyRecipients(headers: HeaderField[], view: ReportView): BounceRecipient[] {
  const address = addressesIn(getHeader(headers, "from"))[0] ?? "";
  const subject = decodeWords(getHeader(headers, "subject") ?? "");
  return [
    {
      address,
      status: null,
      replyCode: null,
      action: "delivered",
      diagnostic: subject || view.text.slice(0, 200).trim(),
      cause: null,
    },
  ];
}

/**
 * Microsoft's junk-mail reporting program (JMRP) sends complaints without an RFC 5965 part: the
 * complained-about message is attached and carries X-HmXmrOriginalRecipient.
 */
function isMicrosoftComplaint(originalHeaderText: string | null): boolean {
  return hmxmrOriginalRecipient(originalHeaderText) !== undefined;
}

const HMXMR_LINE = /^x-hmxmroriginalrecipient[ \t]*:/im;

/** The X-HmXmrOriginalRecipient header of the returned original, from its header block. */
function hmxmrOriginalRecipient(originalHeaderText: string | null): string | undefined {
  if (originalHeaderText === null) return undefined;
  // Parsing every header line only to learn that a rare one is absent would cost each report.
  if (!HMXMR_LINE.test(originalHeaderText)) return undefined;
  return getHeader(parseHeaderLines(originalHeaderText), "x-hmxmroriginalrecipient");
}

/**
 * The recipient and the disposition of a read receipt: "Final-Recipient: rfc822;…" (else the
 * Original-Recipient, else the returned original's To) and "Disposition: …; displayed". Null
 * when the part names no disposition, or names a Sieve refusal (not a read receipt after all).
 */
function readReceiptOf(
  fields: string,
  original: BounceReport["original"] | null
): { recipients: BounceRecipient[]; disposition: "displayed" | "deleted" | "other" } | null {
  const headers = parseHeaderLines(fields.slice(0, 16 * 1024));
  const disposition = getHeader(headers, "disposition");
  if (!disposition) return null;
  const type = (/;\s*([a-z-]+)/i.exec(disposition)?.[1] ?? "").toLowerCase();
  // A Sieve "reject" is sent as an automatic "deleted" (RFC 5429 2.2.1): the mail was refused,
  // which the report's text says; it is read as a bounce, not as a receipt.
  if (type === "deleted" && /^\s*automatic-action/i.test(disposition)) return null;
  const named = [getHeader(headers, "final-recipient"), getHeader(headers, "original-recipient")]
    .map((v) => (v ? fieldAddress(v) : ""))
    .find((a) => isMailbox(a));
  const address = named ?? original?.to[0] ?? "";
  return {
    recipients: [
      {
        address,
        status: null,
        replyCode: null,
        action: "delivered",
        // No server spoke: the recipient's mail program did, and readReceipt says what it said.
        diagnostic: "",
        cause: null,
      },
    ],
    disposition: type === "displayed" ? "displayed" : type === "deleted" ? "deleted" : "other",
  };
}

function feedbackRecipients(
  view: ReportView,
  original: BounceReport["original"] | null,
  originalHeaderText: string | null
): BounceRecipient[] {
  const fields = view.feedbackText ?? "";
  const type = /^feedback-type:\s*(\S+)/im.exec(fields)?.[1] ?? "abuse";
  const rcpt =
    /^(original-rcpt-to|removal-recipient):\s*(.+)$/im.exec(fields)?.[2] ??
    hmxmrOriginalRecipient(originalHeaderText);
  const addresses = rcpt ? addressesIn(rcpt) : (original?.to ?? []);
  const list = addresses.length > 0 ? addresses : [""];
  return list.slice(0, 100).map((address) => ({
    address,
    status: null,
    replyCode: null,
    action: "delivered" as DsnAction,
    diagnostic: `Feedback-Type: ${type}`,
    cause: null,
  }));
}
