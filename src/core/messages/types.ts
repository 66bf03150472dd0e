/**
 * The message catalogue's entry format. Every sentence a user reads is one entry: Japanese and
 * English side by side, with named parameters whose kind says how the value is shown.
 */

/**
 * How a parameter's value is shown to the reader.
 * - text: user data shown exactly as is (an address, a file name, a domain, the server's words)
 * - code: a code or technical token shown as is, half-width (an SMTP status, a DNS record, "p=reject")
 * - count: a whole number, grouped by thousands ("1,234")
 * - number: a number with decimals as given ("5.2")
 * - bytes: a size in bytes, shown in the largest fitting unit ("38.3 MB", "512 バイト")
 * - date: an instant (ISO string, RFC 5322 date or epoch ms) in the reader's local time with the
 *   offset ("2026-04-14 09:30 (UTC+09:00)"); an unreadable value is shown as is
 * - list: several user values, joined the way the language lists things ("a、b" / "a, b")
 * - phrase: a text of the catalogue in both languages (from `text(...)`), for a part that varies
 *   with the case (a reason, the name of a filter list); each language gets its own
 */
export type ParamKind = "text" | "code" | "count" | "number" | "bytes" | "date" | "list" | "phrase";

/** The TypeScript type a caller passes for each kind. */
export interface KindValue {
  text: string;
  code: string;
  count: number;
  number: number;
  bytes: number;
  date: string | number | Date;
  list: readonly string[];
  phrase: { readonly ja: string; readonly en: string };
}

export type ParamKinds = Readonly<Record<string, ParamKind>>;

/** One text in both languages. Placeholders are `{name}`; see README.md for the syntax. */
export interface Texts {
  readonly ja: string;
  readonly en: string;
}

export interface MessageEntry extends Texts {
  /** The named parameters and their kinds; omit when the text has none. */
  readonly params?: ParamKinds;
  /** What to do about it (findings only), with the same parameters. */
  readonly fix?: Texts;
}

/** The values a caller passes for an entry's declared parameters. */
export type ValuesOf<E> = E extends { readonly params: infer P extends ParamKinds }
  ? { readonly [N in keyof P]: KindValue[P[N]] }
  : Readonly<Record<string, never>>;

/**
 * Declares a module of entries. The `const` type parameter keeps each entry's parameter kinds
 * literal, so the registry can type every call site's parameters.
 */
export function defineMessages<const T extends Readonly<Record<string, MessageEntry>>>(
  entries: T
): T {
  return entries;
}
