/**
 * E-mail address checks with the mistakes common in Japan in mind: RFC 5322 addr-spec syntax
 * (with RFC 5321 length limits), full-width characters typed with the IME, and the legacy
 * docomo/au addresses with ".." or a dot before "@". A hand-written scanner rather than a
 * validator library: the checks need to know WHICH rule is broken (to say it and to suggest the
 * fix), and the popular validators answer only yes/no or accept the legacy forms silently.
 */

export type AddressProblem =
  | "empty"
  | "no-at"
  | "empty-local"
  | "empty-domain"
  | "whitespace"
  | "full-width"
  | "local-too-long"
  | "domain-too-long"
  | "address-too-long"
  | "dot-at-start"
  | "dot-before-at"
  | "double-dot"
  | "bad-local-char"
  | "bad-quoted-local"
  | "bad-domain"
  | "domain-no-dot"
  | "non-ascii-local";

export interface AddressParts {
  local: string;
  domain: string;
  /** The local part was written in double quotes. */
  quoted: boolean;
}

/** Splits at the last "@" (a quoted local part may contain "@"). */
export function splitAddress(address: string): AddressParts | undefined {
  const at = address.lastIndexOf("@");
  if (at < 0) return undefined;
  const local = address.slice(0, at);
  return {
    local,
    domain: address.slice(at + 1),
    quoted: local.length >= 2 && local.startsWith('"') && local.endsWith('"'),
  };
}

/** RFC 5322 atext, the characters of an unquoted local part besides dots. */
function isAtext(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  return "!#$%&'*+-/=?^_`{|}~".includes(String.fromCharCode(c));
}

/** Characters an IME leaves in an address: full-width forms, the ideographic space and full stops. */
export function isFullWidthMistake(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x3002 || c === 0xff61;
}

export function hasFullWidth(address: string): boolean {
  for (let i = 0; i < address.length; i++)
    if (isFullWidthMistake(address.charCodeAt(i))) return true;
  return false;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function checkDomain(domain: string, out: AddressProblem[]): void {
  if (domain.length > 255) out.push("domain-too-long");
  if (domain.startsWith("[") && domain.endsWith("]")) return; // a domain literal such as [192.0.2.1]
  const labels = domain.replace(/\.$/, "").split(".");
  if (labels.length < 2) out.push("domain-no-dot");
  for (const label of labels) {
    if (label === "") {
      out.push("bad-domain");
      return;
    }
    // Internationalised labels (日本語.jp) are valid; they are sent in their xn-- form. CJK
    // punctuation ("、", "「", "〜", half-width "､") is not allowed in them (IDNA 2008), unlike
    // the iteration marks "々" "〆" "〇" "〻" of names such as 佐々木.
    if (/[^\x00-\x7f]/.test(label)) {
      if (
        /[\x00-\x2c\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u3001-\u3004\u3008-\u303a\u303c-\u303f\uff61-\uff65]/.test(
          label
        )
      ) {
        out.push("bad-domain");
        return;
      }
      continue;
    }
    if (!LABEL.test(label)) {
      out.push("bad-domain");
      return;
    }
  }
}

function checkLocal(parts: AddressParts, out: AddressProblem[]): void {
  const { local } = parts;
  if (new TextEncoder().encode(local).length > 64) out.push("local-too-long");
  if (parts.quoted) {
    const inner = local.slice(1, -1);
    for (let i = 0; i < inner.length; i++) {
      const c = inner.charCodeAt(i);
      if (c === 0x5c) {
        i++; // quoted-pair
        continue;
      }
      if (c === 0x22 || c < 0x20 || c === 0x7f) {
        out.push("bad-quoted-local");
        return;
      }
    }
    return;
  }
  if (local.startsWith(".")) out.push("dot-at-start");
  if (local.endsWith(".")) out.push("dot-before-at");
  if (local.includes("..")) out.push("double-dot");
  let nonAscii = false;
  let bad = false;
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i);
    if (c === 0x2e) continue;
    if (c > 0x7f) nonAscii = true;
    else if (!isAtext(c)) bad = true;
  }
  if (bad) out.push("bad-local-char");
  if (nonAscii) out.push("non-ascii-local");
}

/**
 * Every rule the address breaks; [] for a valid addr-spec. Full-width input is reported as
 * "full-width" alone (the other rules are then judged on the corrected form by the caller).
 */
export function addressProblems(address: string): AddressProblem[] {
  const out: AddressProblem[] = [];
  if (address.trim() === "") return ["empty"];
  if (hasFullWidth(address)) return ["full-width"];
  if (/\s/.test(address)) out.push("whitespace");
  const parts = splitAddress(address.trim());
  if (!parts) return [...out, "no-at"];
  if (parts.local === "") out.push("empty-local");
  if (parts.domain === "") out.push("empty-domain");
  if (out.includes("empty-local") || out.includes("empty-domain")) return out;
  if (address.trim().length > 254) out.push("address-too-long");
  checkLocal(parts, out);
  checkDomain(parts.domain, out);
  return out;
}

/**
 * The address with IME mistakes undone: full-width letters, digits, "＠" and "．" made half-width
 * (NFKC), the ideographic full stops "。" "｡" read as dots, and spaces removed. Undefined when
 * nothing changes.
 */
export function suggestAddressFix(address: string): string | undefined {
  const fixed = address
    .normalize("NFKC")
    .replace(/[。｡]/g, ".")
    .replace(/[\s\u3000]+/g, "");
  return fixed !== address && fixed !== "" ? fixed : undefined;
}

/** The carrier domains that handed out addresses with ".." or a dot before "@" until 2009 (au.com carries the ezweb.ne.jp names over since 2018). */
export const LEGACY_CARRIER_DOMAINS: readonly string[] = ["docomo.ne.jp", "ezweb.ne.jp", "au.com"];

export type LegacyForm = "double-dot" | "dot-before-at" | "dot-at-start";

/** The RFC-breaking forms the address has, if it is an unquoted address with dots in the wrong place. */
export function legacyDotForms(address: string): LegacyForm[] {
  const parts = splitAddress(address.trim());
  if (!parts || parts.quoted) return [];
  const forms: LegacyForm[] = [];
  if (parts.local.includes("..")) forms.push("double-dot");
  if (parts.local.endsWith(".")) forms.push("dot-before-at");
  if (parts.local.startsWith(".")) forms.push("dot-at-start");
  return forms;
}

export function isLegacyCarrierDomain(domain: string): boolean {
  return LEGACY_CARRIER_DOMAINS.includes(domain.toLowerCase().replace(/\.$/, ""));
}

/** Lower-cased domain of an address ("" when there is no "@"). */
export function domainOf(address: string): string {
  return splitAddress(address.trim())?.domain.toLowerCase().replace(/\.$/, "") ?? "";
}
