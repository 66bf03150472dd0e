/**
 * Where the pane runs: inside Outlook, or in a plain browser (demo mode). office.js may fail to
 * load (offline) or Office.onReady may never resolve outside Office, so detection has a timeout.
 */
import { langFromLocale, type Lang } from "../core/model/i18n";

export type HostKind = "outlook" | "demo";
export type ThemeName = "light" | "dark" | "highContrast";

// office.js's global, read loosely: outside Office it may be missing or half-initialised.
type LooseOffice = any;

function officeGlobal(): LooseOffice | undefined {
  return (globalThis as { Office?: unknown }).Office;
}

/** Resolves "outlook" when Office says the host is Outlook with a mailbox item, else "demo". */
export function detectHost(timeoutMs = 1500): Promise<HostKind> {
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return Promise.resolve("demo");
  return new Promise<HostKind>((resolve) => {
    const timer = setTimeout(() => resolve("demo"), timeoutMs);
    try {
      office
        .onReady()
        .then((info: { host?: unknown } | undefined) => {
          clearTimeout(timer);
          const isOutlook = info?.host === "Outlook" || info?.host === office.HostType?.Outlook;
          resolve(isOutlook && office.context?.mailbox ? "outlook" : "demo");
        })
        .catch(() => {
          clearTimeout(timer);
          resolve("demo");
        });
    } catch {
      clearTimeout(timer);
      resolve("demo");
    }
  });
}

function queryParam(name: string): string | null {
  try {
    return new URLSearchParams(globalThis.location?.search ?? "").get(name);
  } catch {
    return null;
  }
}

/** ?lang= wins, then Outlook's display language, then the browser's. */
export function initialLang(host: HostKind): Lang {
  const forced = queryParam("lang");
  if (forced === "ja" || forced === "en") return forced;
  if (host === "outlook") {
    const display = officeGlobal()?.context?.displayLanguage as string | undefined;
    if (display) return langFromLocale(display);
  }
  return langFromLocale(globalThis.navigator?.language);
}

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1] as string, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export interface OfficeThemeColors {
  bodyBackgroundColor?: string | undefined;
  bodyForegroundColor?: string | undefined;
  isDarkTheme?: boolean | undefined;
}

/** Maps Office's theme colours to one of Fluent's themes. */
export function themeFromOffice(colors: OfficeThemeColors | undefined | null): ThemeName {
  if (!colors) return "light";
  const bg = luminance(colors.bodyBackgroundColor ?? "");
  const fg = luminance(colors.bodyForegroundColor ?? "");
  // Windows high-contrast schemes put white, yellow or green text on pure black. (A white
  // background with black text is also Office's ordinary light theme, so it is not taken as
  // high contrast; forced-colors mode catches "High Contrast White".)
  if (bg === 0 && fg !== null && fg > 0.6) return "highContrast";
  if (colors.isDarkTheme === true) return "dark";
  if (bg !== null && bg < 0.2) return "dark";
  return "light";
}

/** ?theme= wins (demo and screenshots), then Office's theme, then the system preference. */
export function initialTheme(host: HostKind): ThemeName {
  const forced = queryParam("theme");
  if (forced === "light" || forced === "dark" || forced === "highContrast") return forced;
  try {
    if (globalThis.matchMedia?.("(forced-colors: active)").matches) return "highContrast";
  } catch {
    // no matchMedia (tests)
  }
  if (host === "outlook") {
    const theme = officeGlobal()?.context?.officeTheme as OfficeThemeColors | undefined;
    if (theme) return themeFromOffice(theme);
  }
  try {
    if (globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches) return "dark";
  } catch {
    // no matchMedia (tests): light
  }
  return "light";
}

export function initialSampleId(): string | null {
  return queryParam("sample");
}
