/** The two languages every user-facing text exists in. */
export type Lang = "ja" | "en";

/** A text written in both languages. Core code never picks a language; surfaces do. */
export interface Localized {
  ja: string;
  en: string;
}

export function localized(ja: string, en: string): Localized {
  return { ja, en };
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

/** Outlook reports e.g. "ja-JP" or "en-US"; anything Japanese gets Japanese, the rest English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith("ja") ? "ja" : "en";
}
