/**
 * Nested App Authentication: Outlook brokers the sign-in for the add-in. Silent first; a popup
 * only when Entra says interaction is needed and the caller allows UI. MSAL is imported here
 * dynamically, so it lands in a chunk of its own, loaded on the first Graph call.
 */
import type { IPublicClientApplication, AccountInfo } from "@azure/msal-browser";
import type { TokenProvider, TokenRequestOptions } from "../config";

export interface NaaOptions {
  clientId: string;
  authority: string;
}

/** Thrown when the client blocks the popup (older Outlook builds): the caller falls back to the dialog. */
export class PopupBlockedError extends Error {
  constructor(cause: string) {
    super(`sign-in popup blocked: ${cause}`);
    this.name = "PopupBlockedError";
  }
}

function errorCode(e: unknown): string {
  const o = (typeof e === "object" && e !== null ? e : {}) as { errorCode?: unknown };
  return typeof o.errorCode === "string" ? o.errorCode : "";
}

/** Entra answers that need the user: consent, sign-in, MFA, or a claims challenge. */
function needsInteraction(e: unknown): boolean {
  const name = (e as { name?: unknown })?.name;
  return (
    name === "InteractionRequiredAuthError" ||
    /interaction_required|consent_required|login_required|no_account|no_tokens_found|bad_token|refresh_token_expired/i.test(
      errorCode(e)
    )
  );
}

async function officeLoginHint(): Promise<string | undefined> {
  try {
    const context = await Office.auth.getAuthContext();
    return context.loginHint || context.userPrincipalName || undefined;
  } catch {
    return undefined; // older hosts: no hint, MSAL picks the account
  }
}

export async function createNaaProvider(options: NaaOptions): Promise<TokenProvider> {
  const msal = await import("@azure/msal-browser");
  const pca: IPublicClientApplication = await msal.createNestablePublicClientApplication({
    auth: { clientId: options.clientId, authority: options.authority },
    cache: { cacheLocation: "localStorage" },
    // PII logging stays off; production builds log errors only.
    system: { loggerOptions: { piiLoggingEnabled: false, logLevel: msal.LogLevel.Error } },
  });
  const loginHint = await officeLoginHint();

  const account = (): AccountInfo | undefined => {
    const all = pca.getAllAccounts();
    const hinted = loginHint
      ? all.find((a) => a.username.toLowerCase() === loginHint.toLowerCase())
      : undefined;
    return hinted ?? all[0];
  };

  return {
    async getToken(scopes: string[], opts: TokenRequestOptions = {}): Promise<string> {
      const claims = opts.claims ? { claims: opts.claims } : {};
      try {
        const known = account();
        const result = known
          ? await pca.acquireTokenSilent({ scopes, account: known, ...claims })
          : await pca.ssoSilent({ scopes, ...(loginHint ? { loginHint } : {}), ...claims });
        return result.accessToken;
      } catch (e) {
        if (!needsInteraction(e) || opts.interactive === false) throw e;
      }
      try {
        const result = await pca.acquireTokenPopup({
          scopes,
          ...(loginHint ? { loginHint } : {}),
          ...claims,
        });
        return result.accessToken;
      } catch (e) {
        if (errorCode(e) === "popup_window_error" || errorCode(e) === "empty_window_error")
          throw new PopupBlockedError(errorCode(e));
        throw e;
      }
    },
  };
}
