/**
 * policy.json as a JSON Schema (draft 2020-12), derived from the zod schema so the two cannot
 * drift: the input side (what IT writes), where every field is optional because each has a
 * default. Descriptions for editors come from the field notes in docs/deploy.md, in short.
 */
import { z } from "zod";
import { policySchema } from "./schema";

const DESCRIPTIONS: Record<string, string> = {
  "": "Todoku organisation policy. Every field is optional; a missing field takes its default.",
  limits: "Size and count thresholds.",
  "limits.maxMessageBytes":
    "Largest message your organisation sends, in bytes (Exchange Online default: 35 MB = 36700160).",
  "limits.maxRecipients": "Most recipients in one message (Exchange Online default: 500).",
  "limits.maxLinks": "More links than this in the body is a warning.",
  "limits.maxLinkDomains": "More distinct link domains than this is a warning.",
  "limits.maxVisibleExternalRecipients":
    "More external recipients than this in To/Cc suggests Bcc (together with maxVisibleExternalOrganisations).",
  "limits.maxVisibleExternalOrganisations":
    "…but only when they come from more organisations than this (each consumer or carrier address counts as one).",
  "limits.maxQuoteDepth": "Quoted history deeper than this is a warning.",
  "limits.maxQuotedShare": "Quoted history above this share of the body (0 to 1) is a warning.",
  "limits.maxArchiveDepth": "How deep nested archives are opened.",
  "limits.maxInspectBytes": "Attachments larger than this are not read for inspection.",
  attachments: "Attachment rules.",
  "attachments.blockedExtensions":
    'Extensions your mail system blocks in addition to the built-in list, e.g. ".xyz".',
  "attachments.warnOnEncryptedArchives":
    "Warn about password-protected archives (contents cannot be scanned).",
  internalDomains: "Your own domains: recipients there are internal.",
  helpdesk: "Who users should contact; shown in the inquiry text.",
  "helpdesk.name": "Help desk name.",
  "helpdesk.email": "Help desk e-mail address.",
  graph: "Microsoft Graph checks (MailTips, licence, mailbox, message trace).",
  "graph.enabled": "Turn all Graph checks on or off.",
  "graph.baseUrl": "Graph endpoint; change only for national clouds.",
  "graph.traceServiceUrl":
    "Base URL of the optional message-trace service (…/api on Azure Functions), or null.",
  "graph.directTrace":
    "Admins trace directly with ExchangeMessageTrace.Read.All: the sign-in button also asks for it. Off: tried silently only.",
  "graph.mailboxUsageReport":
    "Read mailbox quota figures from the usage report (Reports.Read.All, admin role). Off: not read.",
  dns: "DNS-over-HTTPS checks (MX, SPF, DKIM, DMARC). Only domain names are sent.",
  "dns.enabled": "Turn DNS checks on or off.",
  "dns.resolverUrl": "DNS-over-HTTPS resolver (JSON API), https.",
  "dns.timeoutMs": "Time allowed for DNS answers, in milliseconds.",
  sendCheck: "The check when the user clicks Send (Smart Alerts).",
  "sendCheck.enabled": "Turn the send check on or off.",
  "sendCheck.mode":
    'promptUser: the user may send anyway; softBlock: the user must fix it first (needs SendMode="SoftBlock" in the manifest).',
  "sendCheck.promptOnWarnings":
    'Warning rule ids that also stop the send, e.g. "attachment.encrypted-archive"; "attachment.*" matches a prefix.',
};

/** What isAllowedServiceUrl accepts, as a pattern editors can check. */
const SERVICE_URL_PATTERN =
  "^(https://|http://(localhost|127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|\\[::1\\])(:\\d+)?(/|$))";
const SERVICE_URLS = new Set(["graph.baseUrl", "graph.traceServiceUrl", "dns.resolverUrl"]);

type Node = { properties?: Record<string, Node>; description?: string; [key: string]: unknown };

function describe(node: Node, path: string): void {
  const text = DESCRIPTIONS[path];
  if (text) node.description = text;
  if (SERVICE_URLS.has(path)) node.pattern = SERVICE_URL_PATTERN;
  for (const [key, child] of Object.entries(node.properties ?? {}))
    describe(child, path ? `${path}.${key}` : key);
}

export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: "input", unrepresentable: "any" }) as Node;
  describe(schema, "");
  return { title: "Todoku policy.json", ...schema };
}
