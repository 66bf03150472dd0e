/**
 * authdialog.html: the sign-in page opened by the Office dialog fallback. It signs in with MSAL's
 * redirect flow inside the dialog window and hands the access token to the task pane with
 * messageParent. The request (scopes, claims) survives the redirect in sessionStorage.
 */
import { PublicClientApplication, type RedirectRequest } from "@azure/msal-browser";
import { authorityFor, buildTimeSettings } from "../config";
import type { DialogMessage } from "./dialog-client";

const STORED_REQUEST = "todoku.authdialog.request";

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

Office.onReady(() => {
  run().catch(fail);
});
