/**
 * The report contract (what `todoku check --json` prints, one object per file) as a zod schema.
 * TypeScript already types toContractJson; this schema also holds what types cannot say — all 24
 * items in id order, causes within 1..24, known status words — so a test can check real output,
 * and IT tools can validate it with the generated docs/report.schema.json.
 * Extended only by adding fields: objects are open (`looseObject`) so older readers keep working.
 */
import { z } from "zod";

const ITEM_COUNT = 24;

const itemId = z.number().int().min(1).max(ITEM_COUNT);
const who = z.enum(["you", "yourIt", "recipient", "recipientIt", "provider"]);

const finding = z.looseObject({
  rule: z.string().min(1).describe('Stable rule id, e.g. "attachment.blocked-extension".'),
  severity: z.enum(["problem", "warning", "ok", "info", "unavailable"]),
  message: z.string().min(1).describe("What was found, in the report's language."),
  evidence: z
    .string()
    .optional()
    .describe("The concrete thing: a link, file name, address or raw value."),
  fix: z.string().optional().describe("What to do about it."),
  who: z.array(who).optional().describe("Who must act."),
  link: z.string().optional().describe("Where to read more."),
});

const item = z.looseObject({
  id: itemId.describe("The cause's number in the checklist (1 to 24)."),
  status: z
    .enum(["problem", "warning", "ok", "manual", "unavailable"])
    .describe(
      "problem: a likely cause; warning: a risk; ok: checked and fine; manual: check by hand; unavailable: the source failed (see the findings for why)."
    ),
  title: z.string().min(1),
  findings: z.array(finding),
});

const bounceRecipient = z.looseObject({
  address: z.string(),
  status: z.string().nullable().describe('Enhanced status code (RFC 3463), e.g. "5.1.1".'),
  replyCode: z.string().nullable().describe('SMTP reply code, e.g. "550".'),
  action: z.enum(["failed", "delayed", "delivered", "relayed", "expanded"]),
  diagnostic: z.string().describe("The remote server's own words."),
  cause: itemId
    .nullable()
    .describe("The checklist item this failure points to; null when it is not a failure."),
  reason: z.string().optional(),
  who: z.array(who).optional(),
  summary: z.string().optional(),
  nextStep: z.string().optional(),
  link: z.string().optional(),
  remoteMta: z.string().optional(),
  retryUntil: z
    .string()
    .optional()
    .describe(
      "A delayed recipient: until when the server keeps retrying (ISO 8601, UTC; RFC 3464 Will-Retry-Until)."
    ),
});

const bounce = z.looseObject({
  reporter: z.string().nullable().describe("The MTA or service that wrote the report, when known."),
  kind: z.enum(["failure", "delay", "success", "autoreply", "feedback"]),
  readFrom: z.string().optional(),
  forwardedBy: z
    .string()
    .optional()
    .describe(
      'The address of the person who forwarded the report, when it was read from their forward or reply: the advice\'s "you" is that person.'
    ),
  readReceipt: z
    .enum(["displayed", "deleted", "other"])
    .optional()
    .describe(
      "A read receipt (RFC 8098) rather than a delivery report, with what the recipient's mail program says became of the mail. Kind is then success: the mail arrived."
    ),
  recipients: z.array(bounceRecipient),
  original: z
    .looseObject({
      subject: z.string().optional(),
      from: z.string().optional(),
      to: z.array(z.string()),
      date: z.string().optional(),
      messageId: z.string().optional(),
      complete: z.boolean(),
    })
    .optional()
    .describe("The returned original message, when the bounce carries it."),
});

const traceRecipient = z.looseObject({
  address: z.string(),
  status: z.string(),
  receivedAt: z.string().optional(),
  events: z.array(
    z.looseObject({
      dateTime: z.string(),
      event: z.string(),
      action: z.string().optional(),
      description: z.string(),
    })
  ),
});

const trace = z.looseObject({
  messageId: z.string(),
  sender: z.string().optional(),
  subject: z.string().optional(),
  recipients: z.array(traceRecipient),
  via: z.enum(["graph", "service"]),
  queriedAt: z.string().optional(),
  window: z.looseObject({ from: z.string(), to: z.string() }).optional(),
});

export const reportContractSchema = z
  .looseObject({
    version: z.literal(1),
    mode: z.enum(["outgoing", "bounce"]).describe('A bounce, NDR or DSN is read as "bounce".'),
    kind: z.enum(["draft", "sent", "bounce", "received"]),
    message: z.looseObject({
      subject: z.string(),
      from: z.string(),
      to: z.array(z.string()),
      cc: z.array(z.string()),
      date: z.string(),
      messageId: z.string(),
      sizeBytes: z.number().int().min(0),
    }),
    items: z
      .array(item)
      .length(ITEM_COUNT)
      .refine((items) => items.every((it, i) => it.id === i + 1), "items are 1 to 24, in id order")
      .describe("Always all 24 checklist items, in id order."),
    bounce: bounce.nullable().describe('Present (not null) in "bounce" mode.'),
    trace: trace.optional().describe("The message trace of a sent mail, when one was run."),
    triageAnswers: z.record(z.string(), z.enum(["yes", "no", "unknown"])).optional(),
    policyErrors: z
      .array(z.string())
      .optional()
      .describe("Problems in policy.json; defaults were used for those fields."),
    file: z.string().optional().describe("The input file, when the CLI was given several."),
  })
  .refine(
    (r) => (r.mode === "bounce") === (r.bounce !== null),
    'bounce is present exactly in "bounce" mode'
  );

/** With several files, a file that cannot be read gives this line instead of a report. */
export const cliErrorLineSchema = z.strictObject({
  version: z.literal(1),
  file: z.string(),
  error: z.string().min(1),
});

export type ReportContract = z.infer<typeof reportContractSchema>;

/** The contract as JSON Schema (draft 2020-12) for tools outside TypeScript. */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportContractSchema, { io: "output", unrepresentable: "any" });
  return { title: "Todoku report (todoku check --json)", ...schema };
}
