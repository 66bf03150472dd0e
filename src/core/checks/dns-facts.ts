/**
 * What DNS said about the recipient domains (items 16, 8, 23) and the sender domain's SPF,
 * DMARC and DKIM (items 24 and 6). Pure: facts.dns was gathered by src/dns; an absent or
 * unavailable fact yields nothing here (the report marks the items unavailable by itself).
 * The receiver's own verdict (Authentication-Results of a received copy or a bounce) has its
 * own findings from the received-headers check; here it only outranks DNS: when the receiver
 * passed the mail, a DNS problem under item 24 becomes a warning.
 */
import { organizationalDomain, effectivePolicy } from "../dns/dmarc";
import { isOnMicrosoftDomain, sendsThroughExchangeOnline } from "../dns/exchange-online";
import { domainOfAddress } from "../dns/gather";
import { SPF_LOOKUP_LIMIT, SPF_VOID_LOOKUP_LIMIT } from "../dns/spf";
import type {
  DkimAnalysis,
  DmarcAnalysis,
  Fact,
  RecipientDomainDns,
  SenderDomainDns,
  SpfAnalysis,
} from "../model/facts";
import { parseAuthenticationResults, resultFor } from "../headers/auth-results";
import type { Finding } from "../model/finding";
import { joinTexts, say, sayAs, text } from "../messages";
import type { Localized } from "../model/i18n";
import { allRecipients, headerValues, type MessageSnapshot } from "../model/snapshot";
import { suggestDomain } from "../text/domain-typo";
import { ownDomains } from "./recipients";
import type { CheckInput, NamedCheck } from "./types";
import { explain, SOURCE_FALLBACK } from "./unavailable";

const SENDER_IT = ["yourIt"] as const;

/** What the big receivers ask of senders (Gmail/Yahoo from Feb 2024, Outlook.com from May 2025). */
const bulkRules = (): Localized => text("dns.bulk-rules", {});

// ---------------------------------------------------------------- recipient domains

/** The recipients whose domain is `domain` (the looked-up, ASCII form; see domainOfAddress). */
function addressesAt(snapshot: MessageSnapshot, domain: string): string[] {
  return allRecipients(snapshot)
    .map((r) => r.address)
    .filter((a) => domainOfAddress(a) === domain);
}

function recipientFindings(r: RecipientDomainDns, input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const addresses = addressesAt(input.snapshot, r.domain);
  const evidence = addresses.length > 0 ? addresses.join(", ") : r.domain;
  switch (r.status) {
    case "nxdomain": {
      // Only asked after NXDOMAIN, so a suggestion never "corrects" a domain that works.
      const suggestion = suggestDomain(r.domain, ownDomains(input.snapshot, input.policy));
      out.push(
        say(
          16,
          "dns.recipient.nxdomain",
          "problem",
          { domain: r.domain },
          {
            evidence,
            fix: suggestion
              ? {
                  ja: `${suggestion.suggestion} の入力ミスではないか確認してください。`,
                  en: `Check whether you meant ${suggestion.suggestion}.`,
                }
              : {
                  ja: "アドレスの @ より後ろのつづりを確認してください。名刺や相手からのメールのアドレスと見比べると確実です。",
                  en: "Check the spelling after the @. Compare it with a business card or a mail you received from them.",
                },
            who: ["you"],
          }
        )
      );
      if (suggestion) {
        out.push(
          say(
            8,
            "dns.recipient.domain-typo",
            "problem",
            { domain: r.domain, suggestion: suggestion.suggestion },
            { evidence, who: ["you"] }
          )
        );
      }
      break;
    }
    case "nullmx":
      out.push(
        say(
          16,
          "dns.recipient.null-mx",
          "problem",
          { domain: r.domain },
          { evidence: `${evidence} (MX 0 .)`, who: ["you", "recipient"] }
        )
      );
      break;
    case "nomail":
      out.push(
        say(
          16,
          "dns.recipient.no-mail-server",
          "problem",
          { domain: r.domain },
          { evidence, who: ["you", "recipientIt"] }
        )
      );
      break;
    case "unavailable": {
      const { reason, fix } = explain(r.why, {
        reason: text("dns.recipient.unavailable-fallback", { domain: r.domain }),
        fix: SOURCE_FALLBACK.dns.fix,
      });
      out.push(
        say(16, "dns.recipient.unavailable", "unavailable", { reason }, { evidence: r.domain, fix })
      );
      break;
    }
    case "ok":
      break;
  }
  if (r.mtaSts) {
    out.push(
      say(
        23,
        "dns.recipient.mta-sts",
        "info",
        { domain: r.domain },
        {
          evidence: `_mta-sts.${r.domain}: v=STSv1; id=${r.mtaSts.id}${r.mtaSts.mode ? ` (mode ${r.mtaSts.mode})` : ""}`,
          who: ["recipientIt"],
        }
      )
    );
  }
  return out;
}

/** Domains named in the ok finding's message; the evidence lists them all. */
const MAX_NAMED_DOMAINS = 10;

function recipientsOk(list: RecipientDomainDns[]): Finding[] {
  const ok = list.filter((r) => r.status === "ok");
  if (ok.length === 0) return [];
  const describe = (r: RecipientDomainDns) =>
    r.usedAddressFallback ? `${r.domain} (A/AAAA)` : `${r.domain} (MX ${r.mx[0]?.exchange ?? ""})`;
  const more = ok.length - MAX_NAMED_DOMAINS;
  const others = more > 0 ? text("dns.others", { count: more }) : { ja: "", en: "" };
  return [
    say(
      16,
      "dns.recipient.ok",
      "ok",
      { domains: ok.slice(0, MAX_NAMED_DOMAINS).map((r) => r.domain), others },
      { evidence: ok.map(describe).join("; ") }
    ),
  ];
}

// ---------------------------------------------------------------- sender: SPF

function unavailableFinding(rule: string, fact: Fact<unknown>, what: string): Finding[] {
  if (fact.state !== "unavailable") return [];
  const { reason, fix } = explain(fact.why, SOURCE_FALLBACK.dns);
  return [sayAs(24, rule, "dns.record-unavailable", "unavailable", { what, reason }, { fix })];
}

function spfFindings(
  domain: string,
  spf: SpfAnalysis,
  viaExchange: boolean,
  dkimPublished: boolean
): Finding[] {
  const out: Finding[] = [];
  const fixBy = { who: [...SENDER_IT] };
  if (spf.records.length === 0) {
    out.push(
      say(
        24,
        "dns.spf.missing",
        dkimPublished ? "warning" : "problem",
        { domain },
        {
          // The domain's TXT records hold no SPF: the domain is what there is to show.
          evidence: domain,
          more: [bulkRules()],
          fix: viaExchange
            ? text("dns.spf.missing-fix-m365", {
                domain,
                record: "v=spf1 include:spf.protection.outlook.com -all",
              })
            : undefined,
          ...fixBy,
        }
      )
    );
    return out;
  }
  const permanent: Localized[] = [];
  if (spf.records.length > 1)
    permanent.push(text("dns.spf.records", { count: spf.records.length }));
  if (spf.lookupCount > SPF_LOOKUP_LIMIT)
    permanent.push(text("dns.spf.lookups", { count: spf.lookupCount, limit: SPF_LOOKUP_LIMIT }));
  if (spf.voidLookupCount > SPF_VOID_LOOKUP_LIMIT)
    permanent.push(
      text("dns.spf.void-lookups", { count: spf.voidLookupCount, limit: SPF_VOID_LOOKUP_LIMIT })
    );
  const otherErrors = spf.errors.filter(
    (e) =>
      !/DNS lookups \(the limit|lookups found nothing|stopped following|receivers treat that/.test(
        e
      )
  );
  if (otherErrors.length > 0) permanent.push(text("dns.spf.syntax", {}));
  if (permanent.length > 0) {
    out.push(
      say(
        24,
        "dns.spf.permerror",
        "problem",
        { domain },
        {
          evidence: [...spf.records, ...spf.errors].join(" | ").slice(0, 600),
          more: [...permanent, text("dns.spf.permerror-effect", {})],
          ...fixBy,
        }
      )
    );
  }
  if (viaExchange && !spf.includesMicrosoft365) {
    out.push(
      say(
        24,
        "dns.spf.no-microsoft365",
        "problem",
        { domain },
        { evidence: spf.records[0], ...fixBy }
      )
    );
  }
  const all = spf.allQualifier;
  if (all === "+" || all === "?" || all === undefined) {
    const open = all === "+";
    out.push(
      open
        ? say(24, "dns.spf.pass-all", "problem", { domain }, { evidence: spf.records[0], ...fixBy })
        : all === "?"
          ? say(
              24,
              "dns.spf.neutral-all",
              "warning",
              { domain },
              { evidence: spf.records[0], ...fixBy }
            )
          : sayAs(
              24,
              "dns.spf.neutral-all",
              "dns.spf.no-all",
              "warning",
              { domain },
              { evidence: spf.records[0], ...fixBy }
            )
    );
  }
  const warnings = spf.warnings ?? [];
  if (warnings.length > 0 && permanent.length === 0) {
    out.push(
      say(
        24,
        "dns.spf.weak-terms",
        "warning",
        { domain },
        { evidence: warnings.join(" | ").slice(0, 600), ...fixBy }
      )
    );
  }
  if (out.length === 0) {
    out.push(
      say(
        24,
        "dns.spf.ok",
        "ok",
        { domain, lookups: spf.lookupCount, limit: SPF_LOOKUP_LIMIT, all: `${all}all` },
        {
          evidence: spf.records[0],
          more: [
            ...(all === "~" ? [text("dns.spf.softfail-note", {})] : []),
            ...(spf.includesMicrosoft365 ? [text("dns.spf.includes-m365", {})] : []),
          ],
        }
      )
    );
  }
  return out;
}

// ---------------------------------------------------------------- sender: DMARC

function dmarcFindings(domain: string, dmarc: DmarcAnalysis): Finding[] {
  const fixBy = { who: [...SENDER_IT] };
  if (!dmarc.record) {
    const org = organizationalDomain(domain);
    return [
      sayAs(
        24,
        "dns.dmarc.missing",
        org !== domain ? "dns.dmarc.missing-org" : "dns.dmarc.missing",
        "warning",
        { domain, org, record: "v=DMARC1; p=none; rua=mailto:…" },
        {
          evidence: `_dmarc.${domain}`,
          more: [bulkRules(), text("dns.dmarc.gmail-bulk", {})],
          ...fixBy,
        }
      ),
    ];
  }
  const out: Finding[] = [];
  const policy = effectivePolicy(dmarc, domain);
  if (dmarc.errors.length > 0) {
    const unusable = dmarc.policy === undefined;
    out.push(
      sayAs(
        24,
        "dns.dmarc.syntax",
        unusable ? "dns.dmarc.syntax-unusable" : "dns.dmarc.syntax",
        unusable ? "problem" : "warning",
        { domain: dmarc.foundAt ?? domain },
        { evidence: `${dmarc.record} — ${dmarc.errors.join("; ")}`.slice(0, 600), ...fixBy }
      )
    );
    if (unusable) return out;
  }
  const notes: Localized[] = [];
  if (policy === "none" || policy === "quarantine" || policy === "reject")
    notes.push(text(`dns.dmarc.p.${policy}`, {}));
  if (dmarc.foundAt && dmarc.foundAt !== domain) {
    const where = { domain, foundAt: dmarc.foundAt };
    notes.push(
      dmarc.subdomainPolicy
        ? text("dns.dmarc.inherited-sp", where)
        : text("dns.dmarc.inherited", where)
    );
  }
  if (dmarc.pct !== undefined && dmarc.pct < 100 && policy && policy !== "none")
    notes.push(text("dns.dmarc.pct", { pct: dmarc.pct }));
  if (dmarc.adkim === "s" || dmarc.aspf === "s") {
    const tags = [dmarc.adkim === "s" ? "adkim=s" : "", dmarc.aspf === "s" ? "aspf=s" : ""]
      .filter(Boolean)
      .join(", ");
    notes.push(text("dns.dmarc.strict", { tags }));
  }
  out.push(
    say(
      24,
      "dns.dmarc.policy",
      "ok",
      { domain },
      { evidence: `_dmarc.${dmarc.foundAt ?? domain}: ${dmarc.record}`, more: notes }
    )
  );
  if (dmarc.rua.length === 0) {
    out.push(
      say(24, "dns.dmarc.no-reports", "info", { domain }, { evidence: dmarc.record, ...fixBy })
    );
  }
  return out;
}

// ---------------------------------------------------------------- sender: DKIM

function dkimFindings(domain: string, dkim: DkimAnalysis, viaExchange: boolean): Finding[] {
  const out: Finding[] = [];
  const fixBy = { who: [...SENDER_IT] };
  for (const s of dkim.selectors.filter((x) => x.source === "signature")) {
    const name = `${s.selector}._domainkey.${s.domain ?? domain}`;
    if (s.state === "missing" || s.state === "revoked") {
      out.push(
        say(
          24,
          s.state === "missing"
            ? "dns.dkim.signature-key-missing"
            : "dns.dkim.signature-key-revoked",
          "problem",
          { selector: s.selector, domain: s.domain ?? domain },
          { evidence: `${name}${s.cnameTarget ? ` → ${s.cnameTarget}` : ""}`, ...fixBy }
        )
      );
    } else if (s.keyBits !== undefined && s.keyBits < 1024) {
      out.push(
        say(
          24,
          "dns.dkim.short-key",
          "warning",
          { selector: s.selector, keyBits: s.keyBits },
          { evidence: name, ...fixBy }
        )
      );
    } else {
      out.push(
        s.keyBits
          ? sayAs(
              24,
              "dns.dkim.signature-key-ok",
              "dns.dkim.signature-key-ok-bits",
              "ok",
              { selector: s.selector, bits: s.keyBits },
              { evidence: `${name}${s.cnameTarget ? ` → ${s.cnameTarget}` : ""}` }
            )
          : say(
              24,
              "dns.dkim.signature-key-ok",
              "ok",
              { selector: s.selector },
              { evidence: `${name}${s.cnameTarget ? ` → ${s.cnameTarget}` : ""}` }
            )
      );
    }
  }
  const m365 = dkim.selectors.filter((x) => x.source === "microsoft365");
  if (m365.length > 0 && viaExchange && !isOnMicrosoftDomain(domain)) {
    const published = m365.filter((x) => x.state === "published");
    const evidence = m365
      .map(
        (x) =>
          `${x.selector}._domainkey.${domain}: ${x.cnameTarget ? `CNAME ${x.cnameTarget}, ` : ""}${x.state}`
      )
      .join("; ");
    if (published.length === 0) {
      out.push(
        say(
          24,
          "dns.dkim.microsoft365-not-set-up",
          "warning",
          { domain },
          { evidence, more: [bulkRules()], ...fixBy }
        )
      );
    } else {
      out.push(
        say(
          24,
          "dns.dkim.microsoft365-published",
          "ok",
          { domain, selectors: published.map((x) => x.selector) },
          { evidence }
        )
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------- item 6: the sender's settings

function senderSettingsFinding(sender: SenderDomainDns): Finding[] {
  const spf = sender.spf.state === "ok" ? sender.spf.value : undefined;
  const dmarc = sender.dmarc.state === "ok" ? sender.dmarc.value : undefined;
  if (!spf && !dmarc) return [];
  const broken: string[] = [];
  if (spf && (spf.records.length > 1 || spf.errors.length > 0)) broken.push("SPF");
  if (dmarc && dmarc.errors.length > 0) broken.push("DMARC");
  if (broken.length > 0) {
    return [
      say(
        6,
        "dns.sender.settings-error",
        "warning",
        { domain: sender.domain, records: broken },
        { evidence: sender.domain, who: ["yourIt"] }
      ),
    ];
  }
  return [
    say(
      6,
      "dns.sender.settings-ok",
      "ok",
      {
        domain: sender.domain,
        records: [
          ...(spf && spf.records.length > 0 ? ["SPF"] : []),
          ...(dmarc?.record ? ["DMARC"] : []),
        ],
      },
      { evidence: sender.domain }
    ),
  ];
}

// ---------------------------------------------------------------- the checks

const theirFix = (): Localized => text("dns.fix.their-side", {});

/**
 * The receiver's own verdict outranks what DNS says now: when the topmost Authentication-Results
 * with a DMARC (or Microsoft compauth) result says pass, this mail did authenticate. Returns that
 * verdict as evidence text, or undefined.
 */
export function receiverPassed(snapshot: MessageSnapshot): string | undefined {
  for (const value of headerValues(snapshot, "Authentication-Results")) {
    const ar = parseAuthenticationResults(value);
    const dmarc = resultFor(ar, "dmarc");
    const compauth = resultFor(ar, "compauth");
    if (!dmarc && !compauth) continue;
    const passed = dmarc?.result === "pass" || compauth?.result === "pass";
    if (!passed) return undefined;
    const by = ar.authservId || "Exchange Online";
    return `${by}: ${[dmarc ? `dmarc=${dmarc.result}` : "", compauth ? `compauth=${compauth.result}` : ""].filter(Boolean).join(" ")}`;
  }
  return undefined;
}

/** A DNS problem on a mail the receiver passed is a risk, not the cause: say so. */
function outrankedBy(verdict: string) {
  return (f: Finding): Finding => {
    if (f.item !== 24 || f.severity !== "problem") return f;
    return {
      ...f,
      severity: "warning",
      message: joinTexts([f.message, text("dns.outranked", { verdict })]),
    };
  };
}

/** For a received mail the sender domain is the other party's: point the fix at them. */
function theirSide(f: Finding): Finding {
  if (f.severity !== "problem" && f.severity !== "warning") return f;
  const out: Finding = { ...f, fix: theirFix() };
  delete out.who;
  return out;
}

export function dnsFindings(input: CheckInput): Finding[] {
  const fact = input.facts.dns;
  if (!fact || fact.state !== "ok") return [];
  const out: Finding[] = [];
  for (const r of fact.value.recipients) out.push(...recipientFindings(r, input));
  out.push(...recipientsOk(fact.value.recipients));
  const sender = fact.value.sender;
  if (sender) {
    const viaExchange =
      sendsThroughExchangeOnline(input.snapshot) === true && !isOnMicrosoftDomain(sender.domain);
    const dkimPublished =
      sender.dkim.state === "ok" &&
      sender.dkim.value.selectors.some((s) => s.state === "published");
    const senderSide: Finding[] = [];
    senderSide.push(...unavailableFinding("dns.spf.unavailable", sender.spf, "SPF"));
    senderSide.push(...unavailableFinding("dns.dmarc.unavailable", sender.dmarc, "DMARC"));
    senderSide.push(...unavailableFinding("dns.dkim.unavailable", sender.dkim, "DKIM"));
    if (sender.spf.state === "ok")
      senderSide.push(...spfFindings(sender.domain, sender.spf.value, viaExchange, dkimPublished));
    if (sender.dmarc.state === "ok")
      senderSide.push(...dmarcFindings(sender.domain, sender.dmarc.value));
    if (sender.dkim.state === "ok")
      senderSide.push(...dkimFindings(sender.domain, sender.dkim.value, viaExchange));
    const verdict = receiverPassed(input.snapshot);
    const weighed = verdict ? senderSide.map(outrankedBy(verdict)) : senderSide;
    if (input.snapshot.kind === "received") {
      // Someone else's mail: their domain, their IT; item 6 is about our own sending side.
      out.push(...weighed.map(theirSide));
    } else {
      out.push(...weighed, ...senderSettingsFinding(sender));
    }
  }
  return out;
}

export const dnsFactsCheck: NamedCheck = {
  name: "dns-facts",
  items: [6, 8, 16, 23, 24],
  run: dnsFindings,
};

/** Every check of this module, for ALL_CHECKS. */
export const dnsChecks: readonly NamedCheck[] = [dnsFactsCheck];
