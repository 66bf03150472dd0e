/**
 * Classification of one failed (or delayed) delivery into a reason, a checklist item, who acts
 * and the next step. Used by the bounce reader and by the Graph message-trace helper.
 *
 * Order of evidence:
 *  1. phrases so specific that they outweigh any code ("mailbox full", "SPF", "listed at
 *     Spamhaus"): servers often send a generic code with a precise sentence;
 *  2. provider meanings of codes (Exchange Online, Gmail, Japanese carriers): where the same
 *     code means different things at different providers, the reporter decides;
 *  3. the RFC 3463 enhanced status code, when it is specific;
 *  4. keyword rules on the diagnostic text;
 *  5. the code's subject (X.1.X addressing, X.2.X mailbox …) and then the SMTP reply code.
 */
import type { BounceDiagnosis } from "../model/bounce";
import { enhancedCodes } from "./codes";
import { type Reason, REASONS } from "./reasons";
import {
  ALL_ON,
  exchangeOnlineLink,
  type Provider,
  providerOf,
  reporterProvider,
  vendorDialect,
  vendorEarly,
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
}

const MAX_TEXT = 4000;

/** Phrases precise enough to outweigh the code that came with them. */
const DECISIVE: Array<[Reason, RegExp]> = [
  [
    "notverified",
    /(address|identity|identities|domain|sender) (is |are )?not verified|identities failed the check|verified sender identity/,
  ],
  ["mailererror", /procmail|command output:|x-unix;|pipe to \||mailer error/],
  [
    "notcompliantrfc",
    /rfc ?(5322|2822)|not rfc[- ]?compliant|multiple (addresses in )?(from|subject|sender|date|to)\b|header (is )?(missing|malformed)|(missing|malformed|duplicate) [a-z-]{0,20} ?header/,
  ],
  [
    "spamdetected",
    /spam ?signature|(scored|classified|detected|identified|considered|marked|rejected|flagged) as (spam|junk)|spam (score|classification|detected|content|signature)|looks like spam|due to spam|probability of spam|high spam/,
  ],
  ["virusdetected", /ウイルス|ウィルス|\bvirus|malware|\binfected\b|trojan/],
  ["policyviolation", /security (issue|threat)|security polic/],
  // Japanese carriers and webmail name the recipient's own refusal settings (受信拒否設定,
  // 迷惑メール設定); the word 迷惑メール (spam) in the same sentence does not make it about content.
  [
    "filtered",
    /受信拒否|拒否設定|指定受信|受信設定|迷惑メール.{0,6}設定|chosen not to receive|blocked senders? list|not accepted by the recipient|recipient (does not|doesn't) accept (e-?)?mail from/,
  ],
  // A refused file type says which attachment to change, whatever else the sentence says.
  [
    "attachmentblocked",
    /添付ファイル.{0,20}(許可されていません|禁止|拒否|ブロック|受け付け(られ)?ません)|(attachment|file)( type| extension| name)?s? (\S+ )?(is |are )?(not allowed|not permitted|prohibited|forbidden|blocked|banned)|(prohibited|forbidden|blocked|banned|illegal|dangerous|disallowed) (attachment|file (type|extension))/,
  ],
  [
    "authfailure",
    /なりすまし|authentication information|fails? to pass authentication|\b(spf|dkim|dmarc)\b|sender policy framework|domainkeys|does not meet the required authentication|not pass (dmarc|authentication)|unauthenticated (e-?mail|mail|message)|authentication (level|checks? (did not|failed))|arc validation/,
  ],
  [
    "requireptr",
    /unverif\w* sending ip|reverse (dns|lookup|hostname|resolution|mapping)|\bptr\b|\brdns\b|cannot find your (reverse )?hostname|(ip|client) name lookup failed|hostname .{0,40}(does not|doesn't|did not) (match|resolve)|fcrdns|no (reverse|inverse) (dns|name)|dns for your ip/,
  ],
  [
    "blocked",
    /block ?list|black ?list|blocklisted|spamhaus|spamcop|\bsorbs\b|barracuda ?(central|reputation|networks)|\bdnsbl\b|\brbl\b|\b(sbl|xbl|pbl|cbl)\b|(?<!not )listed (at|in|on|by) |on (our|a) (block|deny) ?list|user complaints|client host rejected|(client|source) (host|ip)[^.]{0,40}(blocked|bloqu)|banned sending ip|customer block list|dialup|dynamic ip|dynamic (range|pool)|residential ip|from (this|your|the sending) ip .{0,40}(blocked|banned|refused)|(spam|user) complaints|ブラックリスト|ブロックリスト|helo command rejected|(helo|ehlo) (hostname |name |host )?(is )?(invalid|rejected|not found|unknown)/,
  ],
  ["badreputation", /reputation/],
  [
    "failedstarttls",
    /starttls|requiretls|\btls\b.{0,40}(required|must|mandatory|needed|not (available|offered|supported))|(must|need to) use tls|encryption (is )?required|must be encrypted/,
  ],
  [
    "norelaying",
    /relay(ing)? (access )?(denied|not permitted|not allowed|prohibited|forbidden|refused)|(not|isn't) (permitted|allowed|authorized) to relay|unable to relay|cannot relay|we do not relay|no relaying|relay not (permitted|allowed)|not a (gateway|relay)|中継.{0,10}(許可されていません|拒否|禁止|できません)|allowed rcpthosts|authori[sz]ed to use this (server as a )?relay/,
  ],
  [
    "speeding",
    /(thread|receive|recipient rate|message rate) limit exceeded|送信(数|量)?.{0,6}(制限|上限)|(connection|sending|ip|domain|mail) frequency|frequency (is )?limit(ed)?|rate limit|rate-limit|rate ?limited|throttl|too (many|much) (mail|messages|e-?mails)( .{0,20})? (from|in|per|at once|too quickly|recently)|receiving (mail|messages)? ?(too quickly|at a rate)|sending (too fast|too quickly|rate)|too fast|(daily|hourly|sending|submission) (sending )?(quota|limit)|exceeded .{0,30}(daily|hourly|sending|message) (limit|quota)|peak smtp relay limit|daily limit/,
  ],
  [
    "mailboxfull",
    /mail ?box exceeds|mail ?box (is )?(full|over|has exceeded|exceeded|size limit|quota)|over (the )?(disk )?quota|quota (exceeded|exceed|full|reached)|exceeded (the )?(storage|quota|mailbox)|(out of|not enough|insufficient) (storage|disk|space) (space )?(for|in) (the )?(user|mailbox|recipient)|inbox is (full|out of storage)|user('s)? (disk|storage|mailbox) (space|quota)?.{0,10}(full|exceeded)|mailfolder is full|full mailbox|too many messages in (the )?mailbox|容量.{0,10}(超|オーバー|いっぱい)|(メールボックス|受信箱).{0,12}容量.{0,8}不足|メールボックス.{0,6}(いっぱい|満杯|一杯)/,
  ],
  [
    "systemfull",
    /(insufficient|not enough) system storage|(disk|file ?system|queue|spool) (is )?full|no space left on device/,
  ],
  [
    "mesgtoobig",
    /(message|mail|e-?mail) (size |length |body )?(is |was )?(too (big|large|long)|exceeds|larger than)|(size|length) (limit )?(exceeds|exceeded)|exceeds? (the )?(maximum|max|allowed|fixed|size)|too (big|large) for|size limit|message too large|(message|mail) file too (big|large)|maximum (message )?size|mesg too big|大きすぎ|サイズ.{0,10}(超|上限)/,
  ],
  [
    "toomanyconn",
    /too many (connections|recipients|concurrent|sessions|simultaneous|hops for)|connection limit|max(imum)? (number of )?(connections|recipients)|recipient limit|exceeds? (the )?recipient/,
  ],
  [
    "suspend",
    /(アカウント|アドレス|メールボックス).{0,12}(停止|無効|休止|凍結)|(account|mailbox|user|recipient|address)( has been| is)? (disabled|suspended|inactive|deactivated|locked|frozen|expired|closed|blocked|on hold)|(disabled|suspended|inactive|deactivated|expired) (account|user|mailbox|recipient|address)|(account|mailbox) (is )?not (active|enabled)|no longer (active|in use|available|valid)|account that you tried to reach is (disabled|inactive)|user(s)? account is disabled|mailbox is inactive|利用停止|休止/,
  ],
  [
    "hasmoved",
    /has moved|moved (permanently|to)|new (e-?mail )?address is|changed (his|her|their|the) (e-?mail )?address|address changed/,
  ],
  [
    "hostunknown",
    /ドメイン.{0,12}(存在しません|見つかりません|見つからない|不明)|dns (error|lookup failure)|lookup of [^ ]{1,80} (responded with code nxdomain|had no relevant answers)|host (or domain name )?(not found|unknown)|unknown host|domain (name )?(not found|does not exist|doesn't exist|unknown|is not valid|lookup failed)|no such (domain|host)|nxdomain|infodomainnonexistent|name or service not known|unrouteable (mail )?domain|unroutable (mail )?domain|unrouteable address|all host address lookups failed|no (mx|mail exchanger)|mx (record )?(not found|lookup failed)|unknown domain|invalid domain|domain .{0,60} (does not exist|not exist|doesn't exist)|could not (be )?resolve|unable to resolve|dns (error|lookup|query) failed|no such host|(mx|mail exchanger) (records? )?points? to non-?existent hosts?|non-?existent (host|domain)/,
  ],
  [
    "notaccept",
    /null mx|does not accept (e-?)?mail(?! over ipv6)|not accepting (any )?(e-?)?mail|accepts no mail|no mail service/,
  ],
  [
    "networkerror",
    /exceeded \d+ hops|too many hops|hop count exceeded|routing loop|mail loop|loop detected|loops back to myself/,
  ],
  ["systemerror", /temporarily rejected|temporary system problem|server busy/],
  [
    "syntaxerror",
    /smtp protocol violation|protocol error|command (unrecognized|not recognized)|bad sequence of commands/,
  ],
  [
    "securityerror",
    /authentication (is )?required|must authenticate|not authenticated|authentication credentials invalid/,
  ],
  [
    "licence",
    /not licensed|licen[cs]e (is )?(missing|expired|not assigned|required)|no (valid )?licen[cs]e|without a licen[cs]e/,
  ],
  // Last among the decisive phrases: a greeting refused, or mail from an IP refused outright.
  [
    "blocked",
    /refused to talk to me|messages from \[?\d{1,3}(\.\d{1,3}){3}\]? (weren't|were not) sent/,
  ],
  [
    "rejected",
    /rejected by (the )?(destination|recipient|remote) (domain|server|host|system)|service refused/,
  ],
];

const SUSPENDED =
  /account (is|has been) (disabled|suspended|deactivated)|user\(s\) account is disabled/;

/** The usual phrases, tried after the codes. */
const GENERAL: Array<[Reason, RegExp]> = [
  [
    "userunknown",
    /(user|recipient) (doesn't|does not) have an? .{0,60}account|unable to deliver message to <[^>]{1,256}> \(and other recipients in the same domain\)|address (couldn't|could not|can't|cannot) be found|check (if|that) (the )?address is correct|not listed in (the )?(domino directory|public name & address book)|\b(user|recipient|mailbox|address|account|addressee|local part|alias)( name)? (is )?(unknown|not found|not known|not listed|unavailable|invalid|not recognized|not valid|does ?n[o']t exist|not exist|does not exist|doesn't exist)|no such (user|mailbox|recipient|address|account|local user|person|alias)|unknown (user|recipient|mailbox|local|address|addressee|alias)|(invalid|bad|unknown|non-?existent) (recipient|mailbox|user|destination|address)|not a valid (mailbox|recipient|user|address)|mailbox (unavailable|not found|does not exist)|recipient not found|user not found|no mailbox|addressee unknown|not our customer|no account by that name|no such account|does not exist|doesn't exist|is not a known user|resolver\.adr\.recipnotfound|recipientnotfound|宛先.{0,10}(不明|見つかり|存在し)|(存在しない|見つかりません|存在しません)/,
  ],
  [
    "spamdetected",
    /迷惑メール(?!.{0,6}設定)|スパム|\bspam|junk mail|unsolicited|bulk (mail|e-?mail)|suspicious (content|message|url|link)|phish|content (was )?(rejected|refused|denied)|message content|message (was )?(rejected|refused) (as|because|due)(?! to (the |a |our |local |site |security )?polic)|content filter|score/,
  ],
  ["attachmentblocked", /attachment|file (type|extension|name)|executable|\.exe\b|zip file/],
  [
    "notcompliantrfc",
    /rfc ?(5322|2822|822)(?![;\d])|not (rfc|standards?)[- ]compliant|(header|headers) .{0,40}(invalid|malformed|missing|duplicate|too long|not allowed)|(invalid|malformed|missing|duplicate) .{0,20}header|multiple (from|sender|to|subject|date) /,
  ],
  [
    "contenterror",
    /bare (lf|cr)|invalid characters|8-?bit (data|characters)|mime (error|format)|encoding (error|not supported)|content (error|not allowed)|message (is )?(malformed|corrupt)/,
  ],
  [
    "filtered",
    /filter|rejected by (the )?(recipient|user)|(recipient|user) .{0,30}(rejects|refuses|blocks|does not (want|accept)) (mail|e-?mail|messages)|not (accept|receive) mail from|(receiver|recipient|user)(['’]s)? (own )?(reception |receiving |receive |mail )?settings?|reception settings?|受信拒否|拒否設定|指定受信|受信設定/,
  ],
  [
    "policyviolation",
    /security (issue|threat)|polic(y|ies)|prohibited|violat|not allowed|not permitted|administratively|administrative prohibition/,
  ],
  [
    "securityerror",
    /advertise auth|auth capability|authenticat|certificate|\bssl\b|unauthori[sz]ed|credentials|not authenticated|must (log ?in|authenticate)|security/,
  ],
  [
    "rejected",
    /permission to post|not have permission|not a registered|sender (address )?(is )?(rejected|denied|refused|blocked|not allowed|unknown|invalid|verify failed|verification)|(from|sender|envelope|return) (address|domain) .{0,40}(rejected|invalid|denied|refused|not (exist|resolve))|domain of sender|sender domain|bad sender|invalid sender|unknown sender|sender .{0,40}(not allowed|not authorized|not permitted)|mail from .{0,60}(rejected|refused|denied)|access denied|denied|refused|rejected|blocked|not authorized|delivery not authorized/,
  ],
  [
    "expired",
    /タイムアウト|時間切れ|再送.{0,10}(中止|諦め)|will be retried|retrying|delivery failed \d+ attempts|socket error|expired|timed? ?out|time(d)?-out|too long|retry (time|timeout)|gave up|giving up|could not be delivered (for|within|after)|message is too old|no answer|maximum time|retry limit|delivery period|queue(d)? (too long|for)|deferred|has been delayed|delayed/,
  ],
  [
    "networkerror",
    /接続できません|接続に失敗|connection (refused|reset|timed out|closed|lost|dropped|failed)|network (is )?unreachable|no route to host|(could not|couldn't|unable to|cannot|failed to) (connect|establish)|lost connection|broken pipe|connect to .{0,80}(failed|refused)|routing loop|mail loop|loop(s)? (back|detected)|too many hops|hop count|loops back to myself/,
  ],
  [
    "mailererror",
    /mailer error|command (failed|died)|exit (code|status)|pipe to |program .{0,30}(failed|error)|procmail|unknown mailer|local delivery failed|x-unix/,
  ],
  [
    "syntaxerror",
    /syntax error|command unrecognized|unrecognized command|bad sequence|command not (recognized|implemented)|invalid command|line too long|protocol (error|violation)|unexpected (command|response)/,
  ],
  [
    "systemerror",
    /一時的な(エラー|障害|問題)|サーバー?(の)?(障害|エラー)|transaction failed|queue file write error|system (error|problem|failure)|internal (server )?error|server error|temporary (failure|error|problem)|local error|service (is )?(unavailable|not available)|resources temporarily|i\/o error|server (is )?busy|out of memory|configuration error|misconfigur|try (again )?later|temporarily|not available|unavailable/,
  ],
];

/** RFC 3463 codes whose meaning does not depend on the text (`*` = 4 or 5). */
const SPECIFIC_CODES: Record<string, Reason> = {
  "1.0": "userunknown",
  "1.1": "userunknown",
  "1.2": "hostunknown",
  "1.3": "userunknown",
  "1.4": "userunknown",
  "1.6": "hasmoved",
  "1.7": "rejected",
  "1.8": "rejected",
  "1.10": "notaccept",
  "2.1": "suspend",
  "2.2": "mailboxfull",
  "2.3": "mesgtoobig",
  "2.4": "listexpansion",
  "3.1": "systemfull",
  "3.2": "systemerror",
  "3.3": "systemerror",
  "3.4": "mesgtoobig",
  "3.5": "systemerror",
  "4.1": "networkerror",
  "4.2": "networkerror",
  "4.3": "systemerror",
  "4.4": "hostunknown",
  "4.5": "systemerror",
  "4.6": "networkerror",
  "4.7": "expired",
  "4.8": "failedstarttls",
  "5.3": "toomanyconn",
  "5.1": "syntaxerror",
  "5.2": "syntaxerror",
  "5.4": "syntaxerror",
  "5.5": "syntaxerror",
  "6.0": "contenterror",
  "6.1": "contenterror",
  "6.2": "contenterror",
  "6.3": "contenterror",
  "6.4": "contenterror",
  "6.5": "contenterror",
  "6.6": "contenterror",
  "7.2": "listexpansion",
  "7.3": "securityerror",
  "7.4": "securityerror",
  "7.5": "securityerror",
  "7.6": "securityerror",
  "7.7": "securityerror",
  "7.8": "securityerror",
  "7.9": "securityerror",
  "7.10": "failedstarttls",
  "7.11": "failedstarttls",
  "7.13": "suspend",
  "7.14": "securityerror",
  "7.15": "policyviolation",
  "7.16": "mesgtoobig",
  "7.17": "hasmoved",
  "7.18": "hasmoved",
  "7.20": "authfailure",
  "7.21": "authfailure",
  "7.22": "authfailure",
  "7.23": "authfailure",
  "7.24": "authfailure",
  "7.25": "requireptr",
  "7.26": "authfailure",
  "7.27": "rejected",
  "7.28": "spamdetected",
  "7.29": "authfailure",
  "7.30": "failedstarttls",
};

/** What the code's subject alone suggests, when nothing more specific matched. */
const SUBJECT_FALLBACK: Record<string, Reason> = {
  "1": "userunknown",
  "2": "mailboxfull",
  "3": "systemerror",
  "4": "networkerror",
  "5": "syntaxerror",
  "6": "contenterror",
  "7": "rejected",
};

/** Which SMTP command the server was answering, when the text tells. */
export function commandStage(text: string): "connect" | "helo" | "mail" | "rcpt" | "data" | null {
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
  const stage = commandStage(text) ?? known ?? null;
  if (stage === "mail") return "rejected";
  // A recipient's validity is answered at RCPT TO (RFC 5321). "User unknown" that was not an answer
  // to RCPT, and that no X.1.X code backs, comes from a filter that refused the message.
  const addressCode = /^\d\.1\./.test(status);
  if (reason === "userunknown" && !addressCode && stage !== "rcpt" && stage !== null)
    return "filtered";
  // Content-filtering gateways and appliances (Active!Hunter, McAfee, m-FILTER, MailFoundry,
  // Zoho's gateway …) relay their refusal as a bare "550 … user unknown" with no RFC 3463 code at
  // all, and without saying which command it answered. A mailbox server rejecting an address at
  // RCPT TO normally says 5.1.1 (RFC 3463 §3.2) or the report shows the RCPT stage. Sisimai, whose
  // reason classes the checklist follows, likewise keeps "user unknown" only with X.1.1 or RCPT.
  // au (KDDI) is the exception: its filter answers with an empty address ("550 : User unknown",
  // see vendors/jp-carriers), so an au reply that names the address is a real unknown user.
  if (reason === "userunknown" && stage === null && !status && bareReply550(text)) {
    if (provider === "au" && !/\b550:? : user unknown/.test(text)) return reason;
    return "filtered";
  }
  return reason;
}

/** An SMTP 550 reply quoted without any enhanced status code ("550 <a@b>: User unknown"). */
function bareReply550(text: string): boolean {
  return /(?:^|[\s:(])550(?:[\s:,-]|$)/.test(text) && enhancedCodes(text).length === 0;
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
  // Multi-line replies repeat "550-5.7.1" inside sentences; phrases are matched without them too.
  const plain = text.replace(/(^|\s)[245]\d\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3}\s)?/g, "$1");
  const says = (re: RegExp) => re.test(text) || (plain !== text && re.test(plain));
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

  const early = vendorEarly(
    {
      text,
      stage: commandStage(text) ?? input.command ?? null,
      provider,
      reporter: (input.reporter ?? "").toLowerCase(),
      hasCode: m !== null,
    },
    off
  );
  if (early) return { reason: early, provider };
  const decisive = DECISIVE.find(([, re]) => says(re));
  if (decisive) return { reason: decisive[0], provider };

  if (m) {
    const subject = Number(m[2]);
    const detail = Number(m[3]);
    const code = status;
    // Codes are read in the dialect of whoever wrote them: the NDR's author, else the answering side.
    const author = reporterProvider(input.reporter, off) ?? provider;
    const r = vendorDialect(author, { code, subject, detail }, text, off);
    if (r) return { reason: r, provider };
    const specific = SPECIFIC_CODES[`${subject}.${detail}`];
    if (specific) return { reason: specific, provider };
  }
  const general = GENERAL.find(([, re]) => says(re));
  if (general) return { reason: general[0], provider };
  if (m) {
    const fallback = SUBJECT_FALLBACK[m[2] as string];
    if (fallback && m[2] !== "0") return { reason: fallback, provider };
  }
  const byReply = replyMeaning(reply);
  if (byReply) return { reason: byReply, provider };
  if (m && m[1] === "4") return { reason: "expired", provider };
  return { reason: "undefined", provider };
}

function replyMeaning(reply: string): Reason | null {
  switch (reply) {
    case "550":
    case "551":
    case "553":
      return "userunknown";
    case "552":
      return "mailboxfull";
    case "554":
      return "rejected";
    case "421":
    case "451":
    case "450":
      return "systemerror";
    case "452":
      return "mailboxfull";
    case "500":
    case "501":
    case "502":
    case "503":
    case "504":
      return "syntaxerror";
    default:
      return null;
  }
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
  // A message still being retried has not expired: say what holds it up.
  if (input.delayed && c.reason === "expired") {
    c.reason = /connect|connection|timed? ?out|refused|unreachable|no route/i.test(
      input.diagnostic ?? ""
    )
      ? "networkerror"
      : "systemerror";
  }
  const info = REASONS[c.reason];
  const diagnosis: BounceDiagnosis = {
    cause: info.cause,
    reason: c.reason,
    who: [...info.who],
    summary: info.summary,
    nextStep: info.nextStep,
  };
  if (
    c.provider === "microsoft" ||
    reporterProvider(input.reporter, input.without ?? ALL_ON) === "microsoft"
  )
    diagnosis.link = exchangeOnlineLink(effectiveStatus(input), input.diagnostic ?? "");
  return diagnosis;
}
