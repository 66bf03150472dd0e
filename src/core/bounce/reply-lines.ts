/**
 * A DSN's Diagnostic-Code often keeps only the first line of a multi-line SMTP reply ("550-…",
 * RFC 5321 §4.2.1: every line but the last has a hyphen after the code), while the report's
 * session transcript has all of it. The last line is often the one that says why (Exim's
 * "550-Verification failed for <…>" … "550 Sender verify failed"), so the reply is completed from
 * the transcript before it is read.
 */

/** A reply whose first line is continued: its code and the words of that line. */
const CONTINUED = /^\s*(?:smtp;\s*)?([245]\d\d)-(.*)$/i;
/** Lines of the transcript looked at after the first one; real replies are a few lines. */
const MAX_LINES = 30;

/**
 * The report's text as transcript lines: trimmed, the "<<<" that sendmail puts before the
 * server's lines removed (Postfix and Exim write none). Made once per report, for all recipients.
 */
export function transcriptLines(reportText: string): string[] {
  return reportText.split("\n", 5000).map((l) => l.trim().replace(/^<<<\s*/, ""));
}

/** The diagnostic with the rest of its reply appended, when the report's transcript has it. */
export function completeMultilineReply(
  diagnostic: string,
  transcript: () => readonly string[]
): string {
  const m = CONTINUED.exec(diagnostic.split("\n", 1)[0] ?? "");
  if (!m) return diagnostic;
  const code = m[1] as string;
  const firstWords = (m[2] ?? "").trim().slice(0, 80);
  // Too short to find the same line again without mistaking another.
  if (firstWords.length < 12) return diagnostic;
  const lines = transcript();
  // The line where the reply starts, not a summary that quotes it ("(reason: 550-…)").
  const at = lines.findIndex((l) => l.startsWith(`${code}-`) && l.includes(firstWords));
  if (at < 0) return diagnostic;
  const rest: string[] = [];
  for (let i = at + 1; i < lines.length && i <= at + MAX_LINES; i++) {
    const line = lines[i] ?? "";
    if (!line.startsWith(code) || (line[3] !== "-" && line[3] !== " ")) break;
    // Each line repeats the enhanced code ("552-5.7.0 …"); the words are what is kept.
    rest.push(
      line
        .slice(4)
        .replace(/^\s*[245]\.\d{1,3}\.\d{1,3}\s+/, "")
        .trim()
    );
    if (line[3] === " ") break; // the reply's last line
  }
  return rest.length > 0 ? `${diagnostic} ${rest.join(" ")}` : diagnostic;
}
