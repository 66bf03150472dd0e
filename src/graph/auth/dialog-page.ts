/**
 * authdialog.html: the sign-in page opened by the Office dialog fallback. It signs in with MSAL's
 * redirect flow inside the dialog window and hands the access token to the task pane with
 * messageParent. The request (scopes, claims) survives the redirect in sessionStorage.
 */
import { PublicClientApplication, type RedirectRequest } from "@azure/msal-browser";
import { langFromLocale, pick, type Lang } from "../../core/model/i18n";
// Only the catalogue module this page reads, not the whole catalogue: the dialog opens while the
// user waits to sign in and should stay small.
import { GRAPH_MESSAGES } from "../../core/messages/graph";
import { authorityFor, buildTimeSettings } from "../config";
import type { DialogMessage } from "./dialog-client";

const STORED_REQUEST = "todoku.authdialog.request";

/** The page's language: `?lang=ja|en` when given, else the locale (Outlook's or the browser's). */
export function dialogLang(search: string, locale: string | undefined): Lang {
  const query = new URLSearchParams(search).get("lang");
  if (query === "ja" || query === "en") return query;
  return langFromLocale(locale);
}

/** The one line the page shows while it signs in, from the catalogue. */
export function signingInText(lang: Lang): string {
  return pick(GRAPH_MESSAGES["graph.dialog.signing-in"], lang);
}

/** Replaces the HTML's static two-language line with the catalogue's line in the reader's language. */
export function showSigningIn(doc: Document, lang: Lang): void {
  const line = doc.createElement("p");
  line.textContent = signingInText(lang);
  doc.documentElement.lang = lang;
  doc.body.replaceChildren(line);
}

function officeLocale(): string | undefined {
  try {
    return Office.context.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

interface StoredRequest {
  scopes: string[];
  claims?: string | undefined;
  authority: string;
}

/** Only Microsoft's sign-in hosts are accepted as authority, whatever the query says. */
function safeAuthority(value: string | null, tenant: string): string {
  const fallback = authorityFor("https://graph.microsoft.com", tenant);
  if (!value) return fallback;
  try {
    const url = new URL(value);
    const allowed = [
      "login.microsoftonline.com",
      "login.microsoftonline.us",
      "login.chinacloudapi.cn",
    ];
    return url.protocol === "https:" && allowed.includes(url.hostname)
      ? url.toString().replace(/\/+$/, "")
      : fallback;
  } catch {
    return fallback;
  }
}

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(JSON.stringify(message));
}

function fail(e: unknown): void {
  const o = (typeof e === "object" && e !== null ? e : {}) as {
    errorCode?: unknown;
    message?: unknown;
  };
  send({
    type: "error",
    errorCode: typeof o.errorCode === "string" ? o.errorCode : "sign_in_failed",
    message: typeof o.message === "string" ? o.message : String(e),
  });
}

async function run(): Promise<void> {
  const { clientId, tenant } = buildTimeSettings();
  if (!clientId) {
    send({ type: "error", errorCode: "not_configured", message: "no client id in this build" });
    return;
  }
  const params = new URLSearchParams(window.location.search);
  const fromQuery = params.get("scopes");
  let request: StoredRequest;
  if (fromQuery) {
    request = {
      scopes: fromQuery.split(" ").filter(Boolean),
      claims: params.get("claims") ?? undefined,
      authority: safeAuthority(params.get("authority"), tenant),
    };
    sessionStorage.setItem(STORED_REQUEST, JSON.stringify(request));
  } else {
    request = JSON.parse(sessionStorage.getItem(STORED_REQUEST) ?? "null") as StoredRequest;
    if (!request) {
      send({
        type: "error",
        errorCode: "no_request",
        message: "the sign-in page was opened without a request",
      });
      return;
    }
  }
  const pca = new PublicClientApplication({
    auth: {
      clientId,
      authority: request.authority,
      redirectUri: window.location.origin + window.location.pathname,
    },
    cache: { cacheLocation: "sessionStorage" },
  });
  await pca.initialize();
  const result = await pca.handleRedirectPromise();
  if (result?.accessToken) {
    sessionStorage.removeItem(STORED_REQUEST);
    send({
      type: "token",
      accessToken: result.accessToken,
      expiresOn: result.expiresOn?.getTime() ?? 0,
    });
    return;
  }
  const redirect: RedirectRequest = { scopes: request.scopes };
  if (request.claims) redirect.claims = request.claims;
  await pca.acquireTokenRedirect(redirect);
}

// The script is deferred, so the body is there; Office's display language, once known, wins.
showSigningIn(document, dialogLang(window.location.search, navigator.language));
Office.onReady(() => {
  showSigningIn(document, dialogLang(window.location.search, officeLocale() ?? navigator.language));
  run().catch(fail);
});
