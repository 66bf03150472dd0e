/**
 * Pulls SMTP codes out of a message-trace event's free text, e.g.
 * "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found" → replyCode 550, status 5.1.1.
 */
export interface EventCodes {
  /** RFC 3463 enhanced status code, e.g. "5.1.1". */
  status: string | null;
  /** SMTP reply code, e.g. "550". */
  replyCode: string | null;
}

// Bounded quantifiers keep these linear on hostile text.
const ENHANCED = /(?:^|[^\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/;
const REPLY = /(?:^|[^\d.])([245][0-5]\d)(?=[\s\-;:,]|$)/;

export function codesFromText(text: string): EventCodes {
  const sample = text.slice(0, 4000);
  const status = ENHANCED.exec(sample)?.[1] ?? null;
  const replyCode = REPLY.exec(sample)?.[1] ?? null;
  return { status, replyCode };
}
