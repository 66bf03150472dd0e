/**
 * The vendor table: every module that knows one mail system's dialect, in the order they are
 * asked. `providerOf` walks it for who answered (a carrier address first: the carrier answered,
 * whoever wrote the report); `vendorEarly` for a vendor's own reason code; `vendorDialect` for an
 * enhanced code read the way its author means it.
 */
import type { Reason } from "../reasons";
import { au, docomo, softbank } from "./jp-carriers";
import { google } from "./google";
import { microsoft } from "./microsoft";
import { orange } from "./orange";
import { aol, apple, comcast, cox, cpanel, ses, yahoo } from "./receivers";
import type { EnhancedCode, Provider, Signals, Vendor, VendorId, VendorSwitch } from "./types";

export type {
  EnhancedCode,
  Provider,
  Signals,
  Stage,
  Vendor,
  VendorId,
  VendorSwitch,
} from "./types";
export { ALL_ON } from "./types";
export { exchangeOnlineLink } from "./microsoft";

export const VENDORS: readonly Vendor[] = [
  docomo,
  au,
  softbank,
  microsoft,
  google,
  yahoo,
  apple,
  orange,
  cox,
  aol,
  comcast,
  cpanel,
  ses,
];

export const VENDOR_IDS: readonly VendorId[] = VENDORS.map((v) => v.id);

const on = (v: Vendor, off: VendorSwitch) => !off.has(v.id);

/** Whose servers answered, from the reporter's name and the start of the words. */
export function providerOf(
  reporter: string | null | undefined,
  text: string,
  off: VendorSwitch
): Provider | null {
  const hay = `${(reporter ?? "").toLowerCase()} ${text.slice(0, 2000).toLowerCase()}`;
  const v = VENDORS.find((x) => x.answered && on(x, off) && x.answered.test(hay));
  return (v?.id as Provider | undefined) ?? null;
}

/** The provider that wrote the report, from the reporter's name alone. */
export function reporterProvider(
  reporter: string | null | undefined,
  off: VendorSwitch
): Provider | null {
  const r = (reporter ?? "").toLowerCase();
  const v = VENDORS.find((x) => x.wrote && on(x, off) && x.wrote.test(r));
  return (v?.id as Provider | undefined) ?? null;
}

export function vendorEarly(s: Signals, off: VendorSwitch): Reason | null {
  for (const v of VENDORS) {
    if (!v.early || !on(v, off)) continue;
    const r = v.early(s);
    if (r) return r;
  }
  return null;
}

type PhraseList = ReadonlyArray<readonly [Reason, RegExp]>;
/** One list per switch (the product has one, the evaluation a few): asked for every classification. */
const phrasesBySwitch = new WeakMap<VendorSwitch, PhraseList>();

/** The wording of every vendor switched on, in table order. */
export function vendorPhrases(off: VendorSwitch): PhraseList {
  let list = phrasesBySwitch.get(off);
  if (!list) {
    list = VENDORS.filter((v) => on(v, off)).flatMap((v) => v.phrases ?? []);
    phrasesBySwitch.set(off, list);
  }
  return list;
}

export function vendorDialect(
  author: Provider | null,
  code: EnhancedCode,
  text: string,
  off: VendorSwitch
): Reason | null {
  const v = VENDORS.find((x) => x.id === author);
  return v?.dialect && on(v, off) ? v.dialect(code, text) : null;
}
