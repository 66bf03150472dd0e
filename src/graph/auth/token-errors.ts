/**
 * Errors from token acquisition (MSAL under NAA, the dialog fallback, or an injected provider)
 * mapped to our failure kinds. MSAL error objects are matched by their documented `errorCode`
 * and by the AADSTS number in the message, so no MSAL import is needed here.
 */
import { decodeBase64Text } from "../../core/mime/base64";
import { GraphFailure } from "../failures";

/** Tenant id of personal Microsoft accounts in Entra tokens. */
export const PERSONAL_ACCOUNT_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

interface ErrorLike {
  errorCode?: unknown;
  subError?: unknown;
  message?: unknown;
  name?: unknown;
}

export function tokenFailure(e: unknown, adminScope: boolean): GraphFailure {
  if (e instanceof GraphFailure) return e;
  const err = (typeof e === "object" && e !== null ? e : {}) as ErrorLike;
  const code = typeof err.errorCode === "string" ? err.errorCode : "";
  const sub = typeof err.subError === "string" ? err.subError : "";
  const message = typeof err.message === "string" ? err.message : String(e);
  const text = `${code} ${sub} ${message}`;
  // AADSTS65001: the user or admin has not consented; AADSTS90094/90099: admin consent needed.
  if (/AADSTS(65001|90094|90099)|consent_required/i.test(text))
    return new GraphFailure(adminScope ? "admin-consent-required" : "consent-required", message);
  // A silent attempt that needs the user: only the sign-in button may show a window.
  if (
    err.name === "InteractionRequiredAuthError" ||
    /interaction_required|login_required|no_account|no_tokens_found|AADSTS50058|AADSTS50076|AADSTS50079/i.test(
      text
    )
  )
    return new GraphFailure("sign-in-required", message);
  if (/user_cancelled|user_canceled|AADSTS65004|popup_window_closed|dialog-closed/i.test(text))
    return new GraphFailure("sign-in-cancelled", message);
  if (/AADSTS50020|AADSTS9002331|personal|msa_not_supported/i.test(text))
    return new GraphFailure("personal-account", message);
  if (/no_network_connectivity|network_error|Failed to fetch|offline/i.test(text))
    return new GraphFailure("offline", message);
  if (/timed_out|timeout/i.test(text)) return new GraphFailure("timeout", message);
  return new GraphFailure("sign-in-failed", message);
}

/** The tenant id claim of an access token, or undefined when it is not a readable JWT. */
export function tokenTenant(token: string): string | undefined {
  const part = token.split(".")[1];
  if (!part) return undefined;
  try {
    const claims = JSON.parse(decodeBase64Text(part)) as { tid?: unknown };
    return typeof claims.tid === "string" ? claims.tid : undefined;
  } catch {
    return undefined;
  }
}
