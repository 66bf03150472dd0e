/**
 * Amazon SES event notifications (JSON in the mail body, optionally wrapped in an SNS envelope):
 * "Bounce", "Complaint" and "Delivery" events carry per-recipient results in their own fields.
 */
import type { DsnAction } from "../model/bounce";

export interface SesResult {
  kind: "bounce" | "complaint" | "delivery";
  reportingMta?: string | undefined;
  recipients: Array<{
    address: string;
    action: DsnAction;
    status?: string | undefined;
    diagnostic?: string | undefined;
  }>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Parses the JSON object in the text; also when a mailer wrapped its long line ("!" + newline). */
function parseJson(text: string): Json | null {
  return (
    parseJsonOnce(text) ?? parseJsonOnce(text.replace(/!\r?\n[ \t]?/g, "").replace(/\r?\n/g, ""))
  );
}

function parseJsonOnce(text: string): Json | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start || end - start > 2 * 1024 * 1024) return null;
  try {
    const v: unknown = JSON.parse(text.slice(start, end + 1));
    return isObject(v) ? v : null;
  } catch {
    return null;
  }
}

export function readSesNotification(text: string): SesResult | null {
  if (!/notificationType|eventType/.test(text.slice(0, 4096))) return null;
  let doc = parseJson(text);
  if (doc && str(doc["Type"]) === "Notification" && str(doc["Message"]))
    doc = parseJson(str(doc["Message"]) as string);
  if (!doc) return null;
  const type = (str(doc["notificationType"]) ?? str(doc["eventType"]) ?? "").toLowerCase();
  if (type === "bounce" && isObject(doc["bounce"])) {
    const b = doc["bounce"];
    const transient = str(b["bounceType"]) === "Transient";
    return {
      kind: "bounce",
      reportingMta: str(b["reportingMTA"])?.replace(/^dns;\s*/i, ""),
      recipients: list(b["bouncedRecipients"]).map((r) => ({
        address: str(r["emailAddress"]) ?? "",
        action: /delay/i.test(str(r["action"]) ?? "") ? "delayed" : "failed",
        status: str(r["status"]) ?? (transient ? "4.0.0" : undefined),
        diagnostic: str(r["diagnosticCode"]) ?? str(b["bounceSubType"]),
      })),
    };
  }
  if (type === "complaint" && isObject(doc["complaint"])) {
    return {
      kind: "complaint",
      recipients: list(doc["complaint"]["complainedRecipients"]).map((r) => ({
        address: str(r["emailAddress"]) ?? "",
        action: "delivered",
      })),
    };
  }
  if (type === "delivery" && isObject(doc["delivery"])) {
    const d = doc["delivery"];
    const rcpts = Array.isArray(d["recipients"])
      ? d["recipients"].filter((x): x is string => typeof x === "string")
      : [];
    return {
      kind: "delivery",
      reportingMta: str(d["reportingMTA"]),
      recipients: rcpts.map((address) => ({
        address,
        action: "delivered",
        status: "2.0.0",
        diagnostic: str(d["smtpResponse"]),
      })),
    };
  }
  return null;
}
