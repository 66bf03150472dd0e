/** Received-SPF (RFC 7208 9.1): a result, an optional comment, then key=value pairs. */
import { Scanner } from "./scan";

export interface ReceivedSpf {
  /** Lower-cased: pass, fail, softfail, neutral, none, temperror, permerror. */
  result: string;
  comment?: string | undefined;
  /** Lower-cased keys: client-ip, envelope-from, helo, receiver, identity, mechanism, problem. */
  pairs: Record<string, string>;
  raw: string;
}

export function parseReceivedSpf(value: string): ReceivedSpf {
  const raw = typeof value === "string" ? value : "";
  const s = new Scanner(raw.slice(0, 16 * 1024));
  s.skipCfws();
  const result = s.readUntil(";").toLowerCase();
  const out: ReceivedSpf = { result, pairs: {}, raw };
  const comments = s.skipCfws();
  if (comments.length > 0) out.comment = comments.join(" ");
  while (!s.done) {
    s.skipCfws();
    if (s.eat(";")) continue;
    const key = s.readUntil(";=").toLowerCase();
    s.skipCfws();
    if (!key || !s.eat("=")) {
      if (!key) s.pos++;
      continue;
    }
    s.skipCfws();
    const v = s.readValue(";");
    if (!(key in out.pairs)) out.pairs[key] = v;
  }
  return out;
}
