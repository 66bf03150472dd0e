/**
 * The defaults of policy.json, apart from its zod schema (schema.ts) so that a run without a
 * policy file (the CLI's usual case, the send check before its policy arrives) does not load zod.
 */

const MIB = 1024 * 1024;

export const DEFAULT_POLICY = {
  limits: {
    /** Exchange Online's default send limit, 35 MB in binary megabytes. */
    maxMessageBytes: 35 * MIB,
    /** Exchange Online's default recipients per message. */
    maxRecipients: 500,
    /** More links than this make a body look like bulk or phishing mail. */
    maxLinks: 20,
    /** More distinct link domains than this is a warning. */
    maxLinkDomains: 5,
    /** External recipients in To/Cc beyond this should rather be in Bcc… */
    maxVisibleExternalRecipients: 10,
    /**
     * …when they also come from more organisations than this. People of a few partner companies
     * on one project know each other; many unrelated addresses side by side look like bulk mail.
     */
    maxVisibleExternalOrganisations: 5,
    /** Quoted history deeper than this many levels is a warning. */
    maxQuoteDepth: 3,
    /** Quoted history taking more than this share of the body is a warning. */
    maxQuotedShare: 0.7,
    /** Nested archives are opened to this depth. */
    maxArchiveDepth: 3,
    /** Attachments larger than this are not read into memory for inspection. */
    maxInspectBytes: 40 * MIB,
  },
  attachments: {
    blockedExtensions: [] as string[],
    warnOnEncryptedArchives: true,
  },
  internalDomains: [] as string[],
  helpdesk: { name: "", email: "" },
  graph: {
    enabled: true,
    baseUrl: "https://graph.microsoft.com",
    traceServiceUrl: null as string | null,
    /**
     * Admin extras. Off: tried silently only (they work for admins whose consent and role are in
     * place, and nobody else sees a prompt). On: the sign-in button also asks for them.
     */
    directTrace: false,
    mailboxUsageReport: false,
  },
  dns: {
    enabled: true,
    resolverUrl: "https://cloudflare-dns.com/dns-query",
    timeoutMs: 4000,
  },
  sendCheck: {
    enabled: true,
    mode: "promptUser" as "promptUser" | "softBlock",
    /** Rules that raise a prompt on send even though they are only warnings, e.g. encrypted archives. */
    promptOnWarnings: [] as string[],
  },
};

export type Policy = typeof DEFAULT_POLICY;
