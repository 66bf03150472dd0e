/**
 * What a file name says: its real extension (after removing trailing dots and spaces Windows
 * ignores), a disguising second extension, and bidirectional control characters such as
 * U+202E (RIGHT-TO-LEFT OVERRIDE) that make "exe.pdf" display as "fdp.exe".
 */

/** Bidi embedding/override/isolate controls: none belongs in a file name. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const BIDI_TEST = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** Document and media extensions that a disguised program pretends to be. */
const DECOY_EXTENSIONS: ReadonlySet<string> = new Set([
  ".pdf",
  ".doc",
  ".docx",
  ".xls",
  ".xlsx",
  ".ppt",
  ".pptx",
  ".txt",
  ".rtf",
  ".csv",
  ".jpg",
  ".jpeg",
  ".png",
  ".gif",
  ".bmp",
  ".tif",
  ".tiff",
  ".mp3",
  ".mp4",
  ".mov",
  ".wav",
  ".zip",
  ".htm",
  ".html",
  ".xml",
  ".eml",
  ".msg",
]);

/** Windows drops trailing dots and spaces, so "a.exe. " runs as "a.exe". (A loop: a regex
 * anchored at the end backtracks quadratically over a long run of spaces.) */
function windowsName(name: string): string {
  let end = name.length;
  while (end > 0 && (name.charCodeAt(end - 1) === 0x2e || name.charCodeAt(end - 1) === 0x20)) end--;
  return name.slice(0, end);
}

/** Five or more spaces right before the last dot: "report.pdf          .exe". */
function spacesBeforeExtension(name: string): boolean {
  const dot = name.lastIndexOf(".");
  if (dot < 5) return false;
  for (let i = dot - 5; i < dot; i++) if (name.charCodeAt(i) !== 0x20) return false;
  return true;
}

/**
 * Lower-case extension with the dot, or "" (only the last path segment counts). Written as a
 * scan rather than regexes: it runs on every name of a 10,000-entry archive.
 */
export function extensionOf(name: string): string {
  let end = name.length;
  // Windows drops trailing dots and spaces, so "a.exe. " runs as "a.exe".
  while (end > 0 && (name.charCodeAt(end - 1) === 0x2e || name.charCodeAt(end - 1) === 0x20)) end--;
  const dot = name.lastIndexOf(".", end - 1);
  if (dot < 0) return "";
  const slash = Math.max(name.lastIndexOf("/", end - 1), name.lastIndexOf("\\", end - 1));
  if (dot < slash) return "";
  const ext = name.slice(dot, end).toLowerCase();
  return BIDI_TEST.test(ext) ? ext.replace(BIDI_CONTROLS, "") : ext;
}

/** The extension before the last one ("invoice.pdf.exe" → ".pdf"), or "". */
export function innerExtensionOf(name: string): string {
  const base = windowsName(name.replace(BIDI_CONTROLS, "")).split(/[\\/]/).pop() ?? "";
  const parts = base.split(".");
  if (parts.length < 3) return "";
  return `.${(parts[parts.length - 2] ?? "").trim().toLowerCase()}`;
}

/**
 * A second extension that looks like a document in front of a program's extension, or a long
 * run of spaces hiding the real one ("report.pdf          .exe").
 */
export function isDisguisedName(name: string, isRisky: (ext: string) => boolean): boolean {
  const ext = extensionOf(name);
  if (!ext || !isRisky(ext)) return false;
  if (DECOY_EXTENSIONS.has(innerExtensionOf(name))) return true;
  return spacesBeforeExtension(windowsName(name));
}

export function hasBidiControl(name: string): boolean {
  return BIDI_TEST.test(name);
}

/** The name with invisible controls written out, so the user sees what is really there. */
export function visibleName(name: string): string {
  return name.replace(
    /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g,
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
  );
}
