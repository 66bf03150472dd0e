/**
 * What the CLI prints comes partly from the mail: subjects, addresses, Message-IDs, a server's
 * own words, file names. A terminal obeys control characters in them (ESC starts a sequence that
 * can rewrite the screen or the window title, BEL rings, CR or LF starts a forged line), so every
 * string that reaches stdout or stderr as text is escaped here, at the boundary, and the report's
 * own layout is the only source of line breaks.
 */

/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The string with every control character written as a visible escape (ESC → "\x1b"). */
export function escapeControls(s: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(s) ? s.replace(CONTROL, escapeOne) : s;
}

/**
 * A copy of a report (any JSON-like value) with every string escaped. Only the strings change;
 * Uint8Array and other non-plain objects are kept as they are. Depth is bounded by the report's
 * own shape, which the engine builds.
 */
export function escapeStrings<T>(value: T): T {
  if (typeof value === "string") return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeStrings(v)) as T;
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = escapeStrings(v);
  return out as T;
}

/**
 * JSON for one output line: JSON.stringify already escapes C0, but leaves C1 controls and U+2028/
 * U+2029 raw; those are written as \u escapes too (still the same JSON value).
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/** One line for a message: runs of whitespace (line breaks included) become one space. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
