/**
 * policy.json: what IT may set. Field names are stable (docs/deploy.md, src/policy.schema.json).
 * Defaults come from the sourced numbers in the reference notes; each is explained in
 * docs/deploy.md. Every field is optional: a missing field takes its default.
 */
import { z } from "zod";
import { DEFAULT_POLICY } from "./defaults";
import { RULES } from "./errors";

const MIB = 1024 * 1024;

/** https only, except loopback, which tests use for fake servers. */
export function isAllowedServiceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === "https:") return true;
  if (url.protocol !== "http:") return false;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

const serviceUrl = z.string().refine(isAllowedServiceUrl, { message: RULES.serviceUrl.en });

const extension = z
  .string()
  .regex(/^\.?[A-Za-z0-9_-]{1,16}$/, { message: RULES.extension.en })
  .transform((e) => (e.startsWith(".") ? e.toLowerCase() : `.${e.toLowerCase()}`));

const domain = z
  .string()
  .regex(/^(?=.{1,253}$)([A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}$/, { message: RULES.domain.en })
  .transform((d) => d.toLowerCase());

export { DEFAULT_POLICY, type Policy } from "./defaults";

const D = DEFAULT_POLICY;

export const policySchema = z
  .object({
    $schema: z.string().optional(),
    limits: z
      .object({
        maxMessageBytes: z
          .number()
          .int()
          .positive()
          .max(2 * 1024 * MIB)
          .default(D.limits.maxMessageBytes),
        maxRecipients: z.number().int().min(1).max(100000).default(D.limits.maxRecipients),
        maxLinks: z.number().int().min(0).max(100000).default(D.limits.maxLinks),
        maxLinkDomains: z.number().int().min(0).max(100000).default(D.limits.maxLinkDomains),
        maxVisibleExternalRecipients: z
          .number()
          .int()
          .min(0)
          .max(100000)
          .default(D.limits.maxVisibleExternalRecipients),
        maxVisibleExternalOrganisations: z
          .number()
          .int()
          .min(0)
          .max(100000)
          .default(D.limits.maxVisibleExternalOrganisations),
        maxQuoteDepth: z.number().int().min(0).max(1000).default(D.limits.maxQuoteDepth),
        maxQuotedShare: z.number().min(0).max(1).default(D.limits.maxQuotedShare),
        maxArchiveDepth: z.number().int().min(0).max(10).default(D.limits.maxArchiveDepth),
        maxInspectBytes: z.number().int().positive().default(D.limits.maxInspectBytes),
      })
      .strict()
      .default(D.limits),
    attachments: z
      .object({
        blockedExtensions: z.array(extension).default([]),
        warnOnEncryptedArchives: z.boolean().default(true),
      })
      .strict()
      .default(D.attachments),
    internalDomains: z.array(domain).default([]),
    helpdesk: z
      .object({
        name: z.string().max(200).default(""),
        email: z.union([z.email({ message: RULES.email.en }), z.literal("")]).default(""),
      })
      .strict()
      .default(D.helpdesk),
    graph: z
      .object({
        enabled: z.boolean().default(true),
        baseUrl: serviceUrl.default(D.graph.baseUrl),
        traceServiceUrl: serviceUrl.nullable().default(null),
        directTrace: z.boolean().default(false),
        mailboxUsageReport: z.boolean().default(false),
      })
      .strict()
      .default(D.graph),
    dns: z
      .object({
        enabled: z.boolean().default(true),
        resolverUrl: serviceUrl.default(D.dns.resolverUrl),
        timeoutMs: z.number().int().min(100).max(60000).default(D.dns.timeoutMs),
      })
      .strict()
      .default(D.dns),
    sendCheck: z
      .object({
        enabled: z.boolean().default(true),
        mode: z.enum(["promptUser", "softBlock"]).default("promptUser"),
        promptOnWarnings: z.array(z.string()).default([]),
      })
      .strict()
      .default(D.sendCheck),
  })
  .strict();
