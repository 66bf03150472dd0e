/**
 * Where the pane runs: inside Outlook, or in a plain browser (demo mode). office.js may fail to
 * load (offline) or Office.onReady may never resolve outside Office, so detection has a timeout.
 */
import { langFromLocale, type Lang } from "../core/model/i18n";
import { displayLanguage, officeTheme } from "../office/context";

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
  return host === "outlook" ? displayLanguage() : langFromLocale(globalThis.navigator?.language);
}

/** ?theme= wins (demo and screenshots), then Office's theme, then the system preference. */
export function initialTheme(host: HostKind): ThemeName {
  const forced = queryParam("theme");
  if (forced === "light" || forced === "dark" || forced === "highContrast") return forced;
  if (host === "outlook") {
    const theme = officeTheme();
    if (theme) return theme.highContrast ? "highContrast" : theme.dark ? "dark" : "light";
  }
  try {
    if (globalThis.matchMedia?.("(forced-colors: active)").matches) return "highContrast";
    if (globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches) return "dark";
  } catch {
    // no matchMedia (tests): light
  }
  return "light";
}

export function initialSampleId(): string | null {
  return queryParam("sample");
}
