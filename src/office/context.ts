/**
 * The Office environment: whether we run in Outlook, which Mailbox requirement sets the client
 * has, its display language and theme, and the pinned pane's item-changed event. office.js may be
 * missing or half-loaded (plain browser, offline), so every read here is defensive.
 */
import { langFromLocale, type Lang } from "../core/model/i18n";

/** office.js's global, or undefined outside Office. Read at call time: tests swap it. */
export function officeGlobal(): typeof Office | undefined {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office && typeof office === "object" ? office : undefined;
}

export function mailbox(): Office.Mailbox | undefined {
  try {
    return officeGlobal()?.context?.mailbox ?? undefined;
  } catch {
    return undefined;
  }
}

/** True when office.js is loaded inside Outlook with a mailbox (an item may still be absent). */
export function isInOutlook(): boolean {
  return mailbox() !== undefined;
}

/** Whether the client supports Mailbox `version` (e.g. "1.8"). False when unknown. */
export function supportsMailbox(version: string): boolean {
  try {
    return officeGlobal()?.context?.requirements?.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}

/** Outlook's display language as ja/en; the browser's outside Outlook. */
export function displayLanguage(): Lang {
  let locale: string | undefined;
  try {
    locale = officeGlobal()?.context?.displayLanguage;
  } catch {
    locale = undefined;
  }
  return langFromLocale(locale || globalThis.navigator?.language);
}

function relativeLuminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? "").trim());
  if (!m) return null;
  const n = parseInt(m[1] as string, 16);
  const linear = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
}

function forcedColors(): boolean {
  try {
    return globalThis.matchMedia?.("(forced-colors: active)").matches === true;
  } catch {
    return false;
  }
}

/**
 * Office's theme as two flags, or null when Office gives none. High contrast: the browser says
 * forced colours are on, or the body is pure black under bright text (the dark contrast themes).
 * White under black is left as light: ordinary light themes look the same.
 */
export function officeTheme(): { dark: boolean; highContrast: boolean } | null {
  let theme: (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  try {
    theme = officeGlobal()?.context?.officeTheme as
      (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  } catch {
    theme = undefined;
  }
  if (!theme) return null;
  const bg = relativeLuminance(theme.bodyBackgroundColor);
  const fg = relativeLuminance(theme.bodyForegroundColor);
  if (bg === null && typeof theme.isDarkTheme !== "boolean") return null;
  const highContrast = forcedColors() || (bg === 0 && fg !== null && fg >= 0.7);
  const dark = theme.isDarkTheme === true || (bg !== null && bg < 0.2);
  return { dark, highContrast };
}

const ITEM_CHANGED = "olkItemSelectedChanged";

/**
 * Calls `onChange` when the user selects another item while the pane is pinned (Mailbox 1.5).
 * Returns a function that unsubscribes. Does nothing where the event is not supported.
 */
export function onItemChanged(onChange: () => void): () => void {
  const box = mailbox();
  const office = officeGlobal();
  if (!box || typeof box.addHandlerAsync !== "function") return () => undefined;
  const eventType = (office?.EventType?.ItemChanged ?? ITEM_CHANGED) as Office.EventType;
  let active = true;
  const handler = (): void => {
    if (active) onChange();
  };
  try {
    box.addHandlerAsync(eventType, handler);
  } catch {
    return () => undefined;
  }
  return () => {
    active = false;
    try {
      box.removeHandlerAsync?.(eventType);
    } catch {
      // the pane is going away; nothing to undo
    }
  };
}
