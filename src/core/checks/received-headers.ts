/**
 * Received mail: why it was junked or delayed, read from its transport headers (hops, SPF/DKIM/
 * DMARC results, Exchange and SpamAssassin spam verdicts), with the raw values as evidence.
 * Items: 7 (junk or filter verdict), 24 (authentication), 4 (delays between hops), 9 (a verdict
 * on the content), 5 (a mail flow rule marked it spam).
 * A Sent Items copy has no transport headers; the check says so instead of showing nothing.
 */
import { analyzeHeaders, listSigned, type HeaderAnalysis } from "../headers/analyze";
import { receivedEvidence, type ReceivedHop } from "../headers/received";
import { duration } from "../text/duration";
import type { Finding, Who } from "../model/finding";
import { say, sayAs, text } from "../messages";
import type { CheckInput, NamedCheck } from "./types";

/** A hop that held the mail longer than this is reported as a delay. */
export const HOP_DELAY_WARN_SECONDS = 10 * 60;
/**
 * A Date this far after the first server's time is a wrong clock or time zone on the sending
 * device, which spam filters score (SpamAssassin's DATE_IN_FUTURE rules start at 3 hours).
 */
const FUTURE_DATE_SECONDS = 3 * 3600;

export const receivedHeadersCheck: NamedCheck = {
  name: "received-headers",
  items: [4, 5, 7, 9, 20, 24],
  run: ({ snapshot }: CheckInput) => {
    if (snapshot.kind === "draft" || snapshot.kind === "bounce") return [];
    const analysis = analyzeHeaders(snapshot.headers ?? []);
    if (!analysis.hasTransportHeaders)
      return snapshot.kind === "sent" ? [noTransportHeaders()] : [];
    return findingsFromHeaders(analysis);
  },
};

/** The findings for an analysed header; exported for the pane's "paste headers" view. */
export function findingsFromHeaders(a: HeaderAnalysis): Finding[] {
  return [...junkFindings(a), ...authFindings(a), ...delayFindings(a)];
}

function noTransportHeaders(): Finding {
  return say(4, "received-headers.none", "info", {});
}

// ---------------------------------------------------------------- 7, 9, 5: spam verdicts

function junkFindings(a: HeaderAnalysis): Finding[] {
  const out: Finding[] = [];
  const x = a.exchange;
  const evidence = exchangeEvidence(a);
  const sfv = x.sfv ?? "";
  const cat = x.cat ?? "";
  const scl = x.scl;
  // dest:I is where the mail was put: the Inbox, whatever the score (a safe-senders entry wins).
  const junked =
    x.dest !== "I" &&
    ((scl !== undefined && scl >= 5) || ["SPM", "BLK", "SKB"].includes(sfv) || x.dest === "J");
  const impersonation = [
    "PHSH",
    "HPHSH",
    "HPHISH",
    "DIMP",
    "UIMP",
    "GIMP",
    "BIMP",
    "INTOS",
  ].includes(cat);

  if (sfv === "SKS") {
    out.push(
      say(
        5,
        "received-headers.rule-marked-spam",
        "problem",
        { verdict: "SFV:SKS" },
        { evidence, who: ["recipientIt"] }
      )
    );
  }

  if (sfv === "BLK") {
    out.push(
      say(
        7,
        "received-headers.blocked-sender",
        "problem",
        { verdict: "SFV:BLK" },
        { evidence, who: ["recipient"] }
      )
    );
  } else if (sfv === "SKB") {
    out.push(
      say(
        7,
        "received-headers.policy-blocked",
        "problem",
        { verdict: "SFV:SKB" },
        { evidence, who: ["recipientIt"] }
      )
    );
  } else if (impersonation) {
    out.push(
      say(
        7,
        "received-headers.phish-verdict",
        "problem",
        { cat: `CAT:${cat}` },
        { evidence, who: ["recipientIt"] }
      )
    );
  } else if (junked) {
    const junkExtra = {
      evidence,
      // A sender that failed authentication may be forged: never advise trusting it.
      fix:
        cat === "SPOOF" || a.auth.dmarc === "fail" || a.auth.compauth === "fail"
          ? text("received-headers.fix.forged", {})
          : text("received-headers.fix.not-junk", {}),
      who: ["recipient", "recipientIt"] as Who[],
    };
    out.push(
      scl !== undefined && scl >= 7
        ? sayAs(
            7,
            "received-headers.junk-verdict",
            "received-headers.junk-verdict-high",
            "problem",
            { scl: String(scl) },
            junkExtra
          )
        : scl !== undefined
          ? say(7, "received-headers.junk-verdict", "problem", { scl: String(scl) }, junkExtra)
          : sayAs(
              7,
              "received-headers.junk-verdict",
              "received-headers.junk-verdict-no-scl",
              "problem",
              {},
              junkExtra
            )
    );
  } else if ((x.bcl ?? 0) >= 7 || cat === "BULK") {
    out.push(
      say(
        7,
        "received-headers.bulk",
        "warning",
        { bcl: x.bcl === undefined ? "?" : String(x.bcl) },
        { evidence }
      )
    );
  } else if (scl !== undefined || sfv) {
    out.push(
      scl !== undefined && scl < 0
        ? sayAs(
            7,
            "received-headers.not-junk",
            "received-headers.not-junk-skipped",
            "ok",
            {},
            { evidence }
          )
        : scl !== undefined
          ? say(7, "received-headers.not-junk", "ok", { scl: String(scl) }, { evidence })
          : sayAs(
              7,
              "received-headers.not-junk",
              "received-headers.not-junk-no-scl",
              "ok",
              {},
              { evidence }
            )
    );
  }

  // A spam verdict on a sender that authenticates and is on no blocklist points at the content.
  const contentVerdict =
    sfv === "SPM" &&
    (cat === "SPM" || cat === "HSPM") &&
    a.auth.dmarc !== "fail" &&
    a.auth.compauth !== "fail" &&
    x.ipv !== "CAL";
  if (contentVerdict) {
    out.push(say(9, "received-headers.content-verdict", "warning", {}, { evidence, who: ["you"] }));
  }

  // SpamAssassin (many providers outside Microsoft, Japanese ISPs among them).
  const sa = a.spamAssassin;
  const flagYes = a.antispam.some((v) => v.header === "X-Spam-Flag" && v.verdict === "spam");
  if (sa?.spam || flagYes) {
    const saEvidence = spamAssassinEvidence(a);
    if (!junked && !impersonation && sfv !== "BLK" && sfv !== "SKB") {
      out.push(
        say(
          7,
          "received-headers.spam-flag",
          "problem",
          { headers: "X-Spam-Flag / X-Spam-Status" },
          { evidence: saEvidence, who: ["recipient"] }
        )
      );
    }
    if (sa && sa.tests.length > 0) {
      out.push(
        say(
          9,
          "received-headers.spam-score",
          "warning",
          { score: sa.score !== undefined ? String(sa.score) : "" },
          { evidence: sa.tests.join(", ") }
        )
      );
    }
  } else if (sa) {
    out.push(
      say(7, "received-headers.spam-score-ok", "ok", {}, { evidence: spamAssassinEvidence(a) })
    );
  }
  return out;
}

function exchangeEvidence(a: HeaderAnalysis): string {
  const x = a.exchange;
  const parts: string[] = [];
  if (x.scl !== undefined) parts.push(`SCL:${x.scl}`);
  if (x.sfv) parts.push(`SFV:${x.sfv}`);
  if (x.cat) parts.push(`CAT:${x.cat}`);
  if (x.ipv) parts.push(`IPV:${x.ipv}`);
  if (x.sfty) parts.push(`SFTY:${x.sfty}`);
  if (x.bcl !== undefined) parts.push(`BCL:${x.bcl}`);
  if (x.dest) parts.push(`dest:${x.dest}`);
  if (x.country) parts.push(`CTRY:${x.country}`);
  if (x.connectingIp) parts.push(`CIP:${x.connectingIp}`);
  return parts.join("; ");
}

function spamAssassinEvidence(a: HeaderAnalysis): string {
  const raw = a.antispam
    .filter((v) => v.header === "X-Spam-Flag" || v.header === "X-Spam-Status")
    .map((v) => `${v.header}: ${v.value}`);
  return raw.join("; ");
}

// ---------------------------------------------------------------- 24: authentication

/**
 * A forwarded mail whose DMARC failed only at the end: the final receiver validated the ARC chain
 * (arc=pass) and the first forwarder's sealed results (ARC set 1) say DMARC passed when the mail
 * reached it (RFC 8617 §7.2). Forwarding that rewrites a mail breaks SPF and DKIM; the
 * forwarder's name is returned, since only it vouches for that first result.
 */
function passedBeforeForwarding(a: HeaderAnalysis): string | undefined {
  // Only the final receiver's own validation counts: any sealer can write cv=pass.
  if (a.auth.arc !== "pass" || a.auth.arcSealedOnly) return undefined;
  const first = a.arc.find((set) => set.instance === 1);
  const dmarc = first?.authResults?.results.find((r) => r.method === "dmarc");
  if (!first || dmarc?.result !== "pass") return undefined;
  return first.sealedBy || first.authResults?.authservId || "?";
}

/**
 * The server whose address the final receiver checked SPF against, when that server had itself
 * received the mail from another one first (it is the "by" of an earlier hop): a filtering
 * service or a forward in front of the receiver, not the sender's server. SPF says nothing
 * about the sender then.
 */
function spfCheckedRelay(a: HeaderAnalysis): string | undefined {
  const ip = a.auth.spfIp;
  if (!ip) return undefined;
  let at = a.hops.length - 1;
  while (at >= 0 && a.hops[at]?.fromIp !== ip) at--;
  const host = a.hops[at]?.from?.toLowerCase();
  if (at < 1 || !host) return undefined;
  const receivedBefore = a.hops.slice(0, at).some((h) => h.by?.toLowerCase() === host);
  return receivedBefore ? host : undefined;
}

const BAD = new Set(["fail", "softfail", "permerror", "temperror", "hardfail"]);

/** Built only for the findings that carry it: a passing mail (the common case) needs none. */
const senderAuthFix = () => text("received-headers.fix.sender-auth", {});

function authFindings(a: HeaderAnalysis): Finding[] {
  const au = a.auth;
  const parts: string[] = [];
  if (au.spf !== undefined) parts.push(`spf=${au.spf}`);
  if (au.dkim !== undefined) parts.push(`dkim=${au.dkim}`);
  if (au.dmarc !== undefined) parts.push(`dmarc=${au.dmarc}`);
  if (au.compauth !== undefined)
    parts.push(`compauth=${au.compauth}${au.compauthReason ? ` reason=${au.compauthReason}` : ""}`);
  if (au.arc !== undefined) parts.push(`arc=${au.arc}`);
  if (parts.length === 0) return [];
  const by = au.authservId ? ` (${au.authservId})` : "";
  const evidence = `${parts.join(" ")}${by}${au.headerFrom ? ` header.from=${au.headerFrom}` : ""}`;
  const spoofCat = a.exchange.cat === "SPOOF";
  const dmarcFailed = au.dmarc === "fail" || au.compauth === "fail" || spoofCat;
  const forwarder = dmarcFailed && !spoofCat ? passedBeforeForwarding(a) : undefined;
  if (forwarder !== undefined) {
    return [
      say(
        24,
        "received-headers.auth-failed-forwarded",
        "warning",
        { forwarder },
        // The reader received it: they know the forwarding, their IT can trust the sealer.
        { evidence, who: ["you", "yourIt"] }
      ),
    ];
  }
  const spfBad = au.spf !== undefined && BAD.has(au.spf);
  const dkimBad = au.dkim !== undefined && BAD.has(au.dkim);
  // A mailing list's copy: the list changed the mail (footer, subject tag) and signed it itself,
  // or, without a DMARC verdict, only a signature broke. Neither is a forgery; Exchange's own
  // spoof verdict still counts as one.
  const listChanged =
    a.listId !== undefined &&
    !spoofCat &&
    (dmarcFailed ? listSigned(a) : dkimBad && au.dmarc === undefined);
  if (listChanged) {
    return [
      say(
        24,
        "received-headers.auth-list-changed",
        "info",
        { list: a.listId ?? "" },
        { evidence, who: ["yourIt"] }
      ),
    ];
  }
  if (dmarcFailed) {
    return [
      say(24, "received-headers.auth-failed", "problem", {}, { evidence, fix: senderAuthFix() }),
    ];
  }
  const relay = spfBad && !dkimBad ? spfCheckedRelay(a) : undefined;
  if (relay !== undefined) {
    return [
      say(
        24,
        "received-headers.spf-checked-relay",
        au.dmarc === "pass" ? "info" : "warning",
        { relay },
        // The reader received it: the gateway or forward in front is their organisation's.
        { evidence, who: ["yourIt"] }
      ),
    ];
  }
  if (spfBad || dkimBad) {
    const passedDmarc = au.dmarc === "pass";
    return [
      passedDmarc
        ? sayAs(
            24,
            "received-headers.auth-partial",
            "received-headers.auth-partial-dmarc-pass",
            "warning",
            { what: spfBad ? "SPF" : "DKIM" },
            { evidence, fix: senderAuthFix() }
          )
        : say(
            24,
            "received-headers.auth-partial",
            "problem",
            { what: spfBad && dkimBad ? "SPF・DKIM" : spfBad ? "SPF" : "DKIM" },
            { evidence, fix: senderAuthFix() }
          ),
    ];
  }
  // "none" is the sender's domain without a record or the mail without a signature; a method the
  // receiver wrote nothing about was not checked there, which says nothing against the sender.
  const notSetUp = [au.spf, au.dkim, au.dmarc].some((r) => r === "none");
  const notChecked = (["spf", "dkim", "dmarc"] as const).filter((m) => au[m] === undefined);
  if (!notSetUp && notChecked.length > 0 && au.dmarc !== "pass") {
    return [
      say(
        24,
        "received-headers.auth-not-checked",
        "info",
        { what: notChecked.map((m) => m.toUpperCase()).join("・") },
        { evidence }
      ),
    ];
  }
  if (notSetUp && au.dmarc !== "pass") {
    // Microsoft's composite check passing means this receiver trusted the sender anyway (many
    // small firms have no DKIM or DMARC): worth knowing, not a warning about this mail.
    const trustedAnyway = au.compauth === "pass" || au.compauth === "softpass";
    return [
      trustedAnyway
        ? sayAs(
            24,
            "received-headers.auth-missing",
            "received-headers.auth-missing-trusted",
            "info",
            {},
            { evidence, fix: senderAuthFix() }
          )
        : say(
            24,
            "received-headers.auth-missing",
            "warning",
            {},
            { evidence, fix: senderAuthFix() }
          ),
    ];
  }
  return [say(24, "received-headers.auth-pass", "ok", {}, { evidence })];
}

// ---------------------------------------------------------------- 4: delays

function delayFindings(a: HeaderAnalysis): Finding[] {
  const out: Finding[] = [];
  if (a.hops.length === 0) return out;
  const timed = a.hops.filter((h) => h.timeMs !== undefined);
  if (timed.length === 0) {
    return [
      say(
        4,
        "received-headers.no-times",
        "info",
        {},
        { evidence: a.hops[0] && receivedEvidence(a.hops[0], 200) }
      ),
    ];
  }
  // Waits that are not transit (a mailbox before a fetch, a wrong clock) are never delays.
  const implausible = a.hops.filter((h) => h.waitKind === "implausible");
  const slow = a.hops.filter((h) => (h.delaySeconds ?? 0) > HOP_DELAY_WARN_SECONDS && !h.waitKind);
  for (const hop of slow) {
    const d = hop.delaySeconds ?? 0;
    const where = hopWhere(a.hops, hop);
    if (hop.sinceDate) {
      // The first server's stamp is when it took the mail: the wait before it was on the
      // sender's device or in the program that made the mail (an outbox while offline, a
      // scheduled send, a report dated at the end of its period), not between servers.
      out.push(
        sayAs(
          4,
          "received-headers.hop-delay",
          "received-headers.wait-before-first-server",
          "info",
          { wait: { ja: duration(d, "ja"), en: duration(d, "en") }, to: where.to },
          { evidence: receivedEvidence(hop) }
        )
      );
      continue;
    }
    out.push(
      say(
        4,
        "received-headers.hop-delay",
        "warning",
        { hop: hop.hop, wait: { ja: duration(d, "ja"), en: duration(d, "en") }, ...where },
        {
          // The evidence is the server's own Received line.
          evidence: receivedEvidence(hop),
        }
      )
    );
  }
  if (a.dateBeforeFirstHop !== undefined) {
    const d = a.dateBeforeFirstHop.seconds;
    out.push(
      say(
        4,
        "received-headers.date-far-before",
        "info",
        { wait: { ja: duration(d, "ja"), en: duration(d, "en") } },
        {
          evidence: `Date: ${a.dateBeforeFirstHop.dateText.trim()}`,
          fix: text("received-headers.fix.date-far-before", {}),
        }
      )
    );
  }
  for (const hop of implausible) {
    const d = hop.delaySeconds ?? 0;
    out.push(
      say(
        4,
        "received-headers.implausible-wait",
        "info",
        { n: hop.hop, wait: { ja: duration(d, "ja"), en: duration(d, "en") } },
        { evidence: receivedEvidence(hop) }
      )
    );
  }
  for (const n of a.clockSkewHops) {
    const hop = a.hops.find((h) => h.hop === n);
    if (hop?.sinceDate) {
      // Earlier than the Date itself: the sending device's clock is ahead, not a server's.
      const ahead = -(hop.delaySeconds ?? 0);
      out.push(
        sayAs(
          4,
          "received-headers.clock-skew",
          "received-headers.clock-skew-date",
          "info",
          { ahead: { ja: duration(ahead, "ja"), en: duration(ahead, "en") } },
          { evidence: `Date: ${a.dateText ?? ""} / ${hop.dateText ?? ""}` }
        )
      );
      if (ahead > FUTURE_DATE_SECONDS)
        out.push(
          say(
            20,
            "received-headers.date-in-future",
            "warning",
            { ahead: { ja: duration(ahead, "ja"), en: duration(ahead, "en") } },
            { evidence: `Date: ${a.dateText ?? ""}` }
          )
        );
      continue;
    }
    out.push(say(4, "received-headers.clock-skew", "info", { n }, { evidence: hop?.dateText }));
  }
  if (slow.length === 0) {
    // analyzeHeaders leaves the total out when it would include a wait that is not transit.
    const total = a.totalDelaySeconds;
    out.push(
      total !== undefined && total >= 0
        ? say(4, "received-headers.no-delay", "ok", {
            hops: a.hops.length,
            total: { ja: duration(total, "ja"), en: duration(total, "en") },
          })
        : sayAs(4, "received-headers.no-delay", "received-headers.no-delay-no-total", "ok", {
            hops: a.hops.length,
          })
    );
  }
  return out;
}

function hopWhere(hops: readonly ReceivedHop[], hop: ReceivedHop): { from: string; to: string } {
  return { from: hop.from ?? hops[hop.hop - 2]?.by ?? "?", to: hop.by ?? "?" };
}
