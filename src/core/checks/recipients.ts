/**
 * Items 8, 18 and 7 on a draft or a sent mail: is each recipient address well formed (RFC 5322
 * addr-spec), free of full-width characters, not a legacy carrier address, not a typo of a known
 * domain, and listed once? Are there more recipients than the per-message limit, and many
 * outside addresses visible to each other in To/Cc?
 */
import type { Finding } from "../model/finding";
import { joinPhrases, say, sayAs, text, textOf } from "../messages";
import type { Localized } from "../model/i18n";
import type { MailAddress, MessageSnapshot } from "../model/snapshot";
import {
  addressProblems,
  domainOf,
  isFullWidthMistake,
  isLegacyCarrierDomain,
  legacyDotForms,
  suggestAddressFix,
  type AddressProblem,
} from "../text/address";
import { clip, listSome } from "../text/clip";
import { domainParts, isSameOrSubdomain, isWithinAny, registrableDomain } from "../text/domain";
import { KNOWN_MAIL_DOMAINS, suggestDomain } from "../text/domain-typo";
import type { Policy } from "../policy/schema";
import type { CheckInput, NamedCheck } from "./types";

type Field = "To" | "Cc" | "Bcc";

interface Recipient {
  field: Field;
  address: MailAddress;
}

function reasons(problems: readonly AddressProblem[]): Localized {
  return joinPhrases(problems.map((p) => textOf(`recipient.reason.${p}`)));
}

/** The characters an IME left full-width, each once, quoted as the reader reads them. */
function fullWidthChars(address: string): { chars: Localized; count: number } {
  const found: string[] = [];
  for (const ch of address) {
    const c = ch.codePointAt(0) ?? 0;
    if (isFullWidthMistake(c) && !found.includes(ch)) found.push(ch);
  }
  const shown = found.slice(0, 5);
  const space = text("recipient.full-width-space", {});
  const ja = shown.map((c) => (c === "\u3000" ? space.ja : `「${c}」`)).join("");
  const en = shown.map((c) => (c === "\u3000" ? space.en : `“${c}”`)).join(", ");
  const more = found.length > shown.length;
  return {
    chars: { ja: more ? `${ja}など` : ja, en: more ? `${en} and others` : en },
    count: found.length,
  };
}

/**
 * MIME parsers cannot read an address typed with "＠" and keep the whole text as the display
 * name with an empty address; the typed text is what we must judge, so take it back from there.
 */
function typedAddress(address: MailAddress): MailAddress {
  if (address.address.trim() !== "" || !address.name || !/[@＠]/.test(address.name)) return address;
  return { address: address.name.trim() };
}

/** What is left of a domain after a comma typed for its dot: "jp", "co.jp", "com". */
const DOMAIN_TAIL = /^[a-z]{2,6}(?:\.[a-z]{2,6})?$/;

/**
 * "a@example.co,jp": the comma typed for a dot splits the address in two, a valid-looking
 * "a@example.co" (another country's domain) and a stray "jp". The two are put back together as
 * typed, so that the address is judged whole and the dot can be suggested.
 */
function rejoinCommaSplits(list: readonly MailAddress[]): MailAddress[] {
  const out: MailAddress[] = [];
  for (const entry of list) {
    const typed = entry.address.trim() || entry.name?.trim() || "";
    const previous = out[out.length - 1];
    if (previous && DOMAIN_TAIL.test(typed) && /@[^@,]+$/.test(previous.address)) {
      out[out.length - 1] = { ...previous, address: `${previous.address.trim()},${typed}` };
      continue;
    }
    out.push(entry);
  }
  return out;
}

function recipientsOf(snapshot: MessageSnapshot): Recipient[] {
  const tag = (field: Field) => (list: readonly MailAddress[]) =>
    rejoinCommaSplits(list.map(typedAddress)).map((address) => ({ field, address }));
  return [...tag("To")(snapshot.to), ...tag("Cc")(snapshot.cc), ...tag("Bcc")(snapshot.bcc)];
}

function shown(r: Recipient): string {
  return `${r.field}: ${clip(r.address.address, 200)}`;
}

function fullWidthFinding(r: Recipient): Finding {
  const fixed = suggestAddressFix(r.address.address) ?? r.address.address;
  const stillBroken = addressProblems(fixed);
  return say(
    8,
    "recipient.full-width",
    "problem",
    { address: clip(r.address.address, 200), ...fullWidthChars(r.address.address), fixed },
    {
      evidence: shown(r),
      fix:
        stillBroken.length === 0
          ? undefined
          : text("recipient.full-width-still-broken", { reasons: reasons(stillBroken) }),
    }
  );
}

function legacyFinding(r: Recipient): Finding {
  return say(
    8,
    "recipient.legacy-carrier-address",
    "problem",
    {},
    { evidence: shown(r), who: ["recipient"] }
  );
}

function syntaxFinding(r: Recipient, problems: readonly AddressProblem[]): Finding {
  const why = reasons(problems);
  const nonAsciiOnly = problems.every((p) => p === "non-ascii-local");
  return nonAsciiOnly
    ? say(8, "recipient.non-ascii", "warning", {}, { evidence: shown(r) })
    : say(8, "recipient.syntax", "problem", { reasons: why }, { evidence: shown(r) });
}

function typoFinding(
  r: Recipient,
  domain: string,
  suggestion: string,
  unknownSuffix: boolean
): Finding {
  const local = r.address.address.trim().slice(0, r.address.address.trim().lastIndexOf("@"));
  const corrected = `${local}@${suggestion}`;
  return sayAs(
    8,
    "recipient.domain-typo",
    unknownSuffix ? "recipient.domain-typo-suffix" : "recipient.domain-typo",
    unknownSuffix ? "problem" : "warning",
    { domain, suggestion, corrected },
    { evidence: shown(r) }
  );
}

/** Commas an IME or a slip of the finger leaves where a dot belongs: ",", "、", "､". */
const COMMA_MARKS = /[,、､]/g;

/** A comma in the domain that, read as a dot, gives a valid address: "a@example.co,jp". */
function commaForDotFinding(r: Recipient, domain: string): Finding | undefined {
  const marks = domain.match(COMMA_MARKS);
  if (!marks) return undefined;
  const address = r.address.address.trim();
  const at = address.lastIndexOf("@");
  const fixedDomain = domain.replace(COMMA_MARKS, ".");
  const fixed = `${address.slice(0, at)}@${fixedDomain}`;
  // Only a dot that makes a real domain is suggested ("example.co.jp", not "example.com.sales").
  if (addressProblems(fixed).length > 0 || !domainParts(fixedDomain).knownSuffix) return undefined;
  return say(
    8,
    "recipient.comma-for-dot",
    "problem",
    { address: clip(address, 200), mark: marks[0] ?? ",", fixed },
    { evidence: shown(r) }
  );
}

function unknownSuffixFinding(r: Recipient, domain: string): Finding {
  const suffix = domainParts(domain).suffix;
  return say(8, "recipient.unknown-suffix", "problem", { domain, suffix }, { evidence: shown(r) });
}

/** The organisation's domains and the sender's own: a recipient there is "one of us". */
export function ownDomains(snapshot: MessageSnapshot, policy: Policy): string[] {
  const own = [...policy.internalDomains];
  const sender = domainOf(snapshot.from?.address ?? "");
  if (sender) own.push(sender);
  return own;
}

function addressFindings(recipients: readonly Recipient[], own: readonly string[]): Finding[] {
  const out: Finding[] = [];
  // One guess per domain: a long list of recipients mostly shares a few domains.
  const guesses = new Map<string, ReturnType<typeof suggestDomain>>();
  const guess = (domain: string) => {
    const key = domain.toLowerCase();
    if (!guesses.has(key)) guesses.set(key, suggestDomain(domain, own));
    return guesses.get(key);
  };
  for (const r of recipients) {
    const address = r.address.address;
    const problems = addressProblems(address);
    if (problems.includes("full-width")) {
      out.push(fullWidthFinding(r));
      continue;
    }
    const domain = domainOf(address);
    const legacy = legacyDotForms(address);
    if (legacy.length > 0 && isLegacyCarrierDomain(domain)) {
      out.push(legacyFinding(r));
      continue;
    }
    const comma = problems.includes("bad-domain") ? commaForDotFinding(r, domain) : undefined;
    if (comma) {
      out.push(comma);
      continue;
    }
    if (problems.length > 0) {
      out.push(syntaxFinding(r, problems));
      if (problems.some((p) => p !== "non-ascii-local")) continue;
    }
    const typo = guess(domain);
    if (typo) out.push(typoFinding(r, domain, typo.suggestion, !typo.suffixExists));
    else if (
      !domain.startsWith("[") &&
      !domainParts(domain).knownSuffix &&
      !own.some((d) => isSameOrSubdomain(domain, d))
    ) {
      out.push(unknownSuffixFinding(r, domain));
    }
  }
  return out;
}

function duplicateFindings(recipients: readonly Recipient[]): Finding[] {
  const fields = new Map<string, Field[]>();
  const order: string[] = [];
  for (const r of recipients) {
    const key = r.address.address.trim().toLowerCase();
    if (key === "") continue;
    const seen = fields.get(key);
    if (seen) seen.push(r.field);
    else {
      fields.set(key, [r.field]);
      order.push(key);
    }
  }
  const out: Finding[] = [];
  for (const key of order) {
    const where = fields.get(key) ?? [];
    if (where.length < 2) continue;
    out.push(
      say(
        8,
        "recipient.duplicate",
        "warning",
        { count: where.length, fields: where },
        { evidence: `${clip(key, 200)} (${where.join(", ")})` }
      )
    );
  }
  return out;
}

function countFindings(recipients: readonly Recipient[], policy: Policy): Finding[] {
  const limit = policy.limits.maxRecipients;
  const n = recipients.length;
  if (n > limit) {
    return [
      say(
        18,
        "recipient.count",
        "problem",
        { count: n, limit },
        {
          evidence: `To ${recipients.filter((r) => r.field === "To").length}, Cc ${recipients.filter((r) => r.field === "Cc").length}, Bcc ${recipients.filter((r) => r.field === "Bcc").length}`,
        }
      ),
    ];
  }
  return [say(18, "recipient.count-checked", "ok", { count: n, limit })];
}

export function isInternal(address: string, own: readonly string[]): boolean {
  const domain = domainOf(address);
  return domain !== "" && own.some((d) => isSameOrSubdomain(domain, d));
}

/**
 * Who an outside address belongs to, for telling "a few partner companies" from "many unrelated
 * people": a company's registrable domain, or, for consumer and carrier mail, the person.
 */
const KNOWN_MAIL_DOMAIN_SET: ReadonlySet<string> = new Set(KNOWN_MAIL_DOMAINS);

function organisationOf(address: string): string {
  const domain = domainOf(address);
  if (isWithinAny(domain, KNOWN_MAIL_DOMAIN_SET)) return address;
  return registrableDomain(domain) || domain;
}

function visibleExternalFindings(
  recipients: readonly Recipient[],
  own: readonly string[],
  policy: Policy
): Finding[] {
  const limit = policy.limits.maxVisibleExternalRecipients;
  const orgLimit = policy.limits.maxVisibleExternalOrganisations;
  const external = [
    ...new Set(
      recipients
        .filter((r) => r.field !== "Bcc" && !isInternal(r.address.address, own))
        .map((r) => r.address.address.trim().toLowerCase())
        .filter((a) => a !== "")
    ),
  ];
  const organisations = new Set(external.map(organisationOf)).size;
  if (external.length > limit && organisations > orgLimit) {
    return [
      say(
        7,
        "recipient.visible-external",
        "warning",
        { count: external.length, organisations, limit, orgLimit },
        {
          evidence: listSome(
            external.map((a) => clip(a, 80)),
            5
          ),
          // The sender moves them to Bcc; the recipients' filters are only why it matters.
          who: ["you"],
        }
      ),
    ];
  }
  return [
    say(7, "recipient.visible-external-checked", "ok", {
      count: external.length,
      organisations,
      limit,
      orgLimit,
    }),
  ];
}

function runRecipientChecks(input: CheckInput): Finding[] {
  const { snapshot, policy } = input;
  if (snapshot.kind !== "draft" && snapshot.kind !== "sent") return [];
  const recipients = recipientsOf(snapshot);
  if (recipients.length === 0) {
    return [
      snapshot.kind === "draft"
        ? say(8, "recipient.none", "warning", {})
        : sayAs(8, "recipient.none", "recipient.none-sent", "info", {}),
    ];
  }
  const own = ownDomains(snapshot, policy);
  const addressIssues = [...addressFindings(recipients, own), ...duplicateFindings(recipients)];
  const out = [...addressIssues];
  if (addressIssues.length === 0) {
    out.push(say(8, "recipient.addresses-checked", "ok", { count: recipients.length }));
  }
  out.push(
    ...countFindings(recipients, policy),
    ...visibleExternalFindings(recipients, own, policy)
  );
  return out;
}

export const recipientsCheck: NamedCheck = {
  name: "recipients",
  items: [8, 18, 7],
  run: runRecipientChecks,
};
