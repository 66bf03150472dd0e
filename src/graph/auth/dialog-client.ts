/**
 * Sign-in through the Office dialog API, for hosts without NAA (or whose NAA popup is blocked).
 * The dialog opens our own page (authdialog.html), which signs in with MSAL and sends the token
 * back with messageParent. Tokens are kept in memory only, per scope set, until shortly before expiry.
 */
import type { TokenProvider, TokenRequestOptions } from "../config";

export interface DialogOptions {
  /** Absolute URL of authdialog.html on the add-in's own origin. */
  dialogUrl: string;
  /** Sign-in authority; the dialog page accepts only Microsoft sign-in hosts. */
  authority: string;
}

/** What authdialog.html sends back. */
export type DialogMessage =
  | { type: "token"; accessToken: string; expiresOn: number }
  | { type: "error"; errorCode: string; message: string };

/** Office dialog error codes: 12006 = the user closed the dialog; 12007 = a dialog is already open. */
const DIALOG_CLOSED = 12006;

export function parseDialogMessage(raw: string): DialogMessage {
  try {
    const m = JSON.parse(raw) as Partial<DialogMessage> & Record<string, unknown>;
    if (m.type === "token" && typeof m.accessToken === "string")
      return {
        type: "token",
        accessToken: m.accessToken,
        expiresOn: typeof m.expiresOn === "number" ? m.expiresOn : 0,
      };
    if (m.type === "error")
      return {
        type: "error",
        errorCode: String(m.errorCode ?? "sign_in_failed"),
        message: String(m.message ?? ""),
      };
  } catch {
    // fall through
  }
  return {
    type: "error",
    errorCode: "bad_dialog_message",
    message: "the sign-in page sent something unreadable",
  };
}

function openDialog(url: string): Promise<DialogMessage> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(
      url,
      { height: 60, width: 30, promptBeforeOpen: false },
      (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          reject(
            Object.assign(new Error(opened.error.message), {
              errorCode: `dialog_${opened.error.code}`,
            })
          );
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          resolve(parseDialogMessage("message" in arg ? arg.message : ""));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = "error" in arg ? arg.error : 0;
          reject(
            Object.assign(
              new Error(code === DIALOG_CLOSED ? "dialog-closed" : `dialog error ${code}`),
              {
                errorCode: code === DIALOG_CLOSED ? "user_cancelled" : `dialog_${code}`,
              }
            )
          );
        });
      }
    );
  });
}

export function createDialogProvider(options: DialogOptions): TokenProvider {
  const cache = new Map<string, { token: string; expiresOn: number }>();
  return {
    async getToken(scopes: string[], opts: TokenRequestOptions = {}): Promise<string> {
      const key = [...scopes].sort().join(" ");
      const hit = cache.get(key);
      if (hit && !opts.claims && hit.expiresOn > Date.now() + 60_000) return hit.token;
      if (opts.interactive === false) {
        throw Object.assign(new Error("sign-in needs the dialog, which is not allowed here"), {
          errorCode: "interaction_required",
        });
      }
      const url = new URL(options.dialogUrl);
      url.searchParams.set("scopes", scopes.join(" "));
      url.searchParams.set("authority", options.authority);
      if (opts.claims) url.searchParams.set("claims", opts.claims);
      const answer = await openDialog(url.toString());
      if (answer.type === "error")
        throw Object.assign(new Error(answer.message), { errorCode: answer.errorCode });
      cache.set(key, {
        token: answer.accessToken,
        expiresOn: answer.expiresOn || Date.now() + 30 * 60_000,
      });
      return answer.accessToken;
    },
  };
}
