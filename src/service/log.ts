/**
 * A JSON-lines logger that can only log what it is given as structured fields; tokens and the
 * client secret are never passed to it, and anything that looks like a credential is masked.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const SECRETISH = /(eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+\.?[A-Za-z0-9_-]*|[A-Za-z0-9~._-]{32,})/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function mask(value: unknown): unknown {
  if (typeof value === "string") return value.replace(SECRETISH, "[redacted]");
  return value;
}

export function createLogger(write: (line: string) => void, secrets: string[] = []): Logger {
  const scrub = (s: string) =>
    secrets.filter(Boolean).reduce((acc, secret) => acc.split(secret).join("[redacted]"), s);
  const emit = (level: string, message: string, fields: Record<string, unknown> = {}) => {
    const safe: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(fields))
      // a correlation id is ours (a UUID) and must stay readable to find the line again
      safe[k] = k === "correlationId" && typeof v === "string" && UUID.test(v) ? v : mask(v);
    write(
      scrub(JSON.stringify({ time: new Date().toISOString(), level, message, ...safe })) + "\n"
    );
  };
  return {
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
  };
}
