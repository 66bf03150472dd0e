/**
 * Sign-in through the Office dialog API, for hosts without NAA (or whose NAA popup is blocked).
 * The dialog opens our own page (authdialog.html), which signs in with MSAL and sends the token
 * back with messageParent. Access tokens are kept per scope set until shortly before expiry, in
 * localStorage as Microsoft's add-in auth guidance does for NAA (cacheLocation "localStorage"), so
 * a new pane session signs in silently instead of showing the dialog again. Refresh tokens never
 * leave the dialog; an unreadable or expired entry is dropped.
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

/** Where the dialog's tokens are kept: localStorage in the pane, a Map in tests or without storage. */
export interface TokenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function defaultStore(): TokenStore {
  try {
    const ls = globalThis.localStorage;
    if (ls) {
      const probe = "todoku.probe";
      ls.setItem(probe, "1");
      ls.removeItem(probe);
      return ls;
    }
  } catch {
    // storage blocked (private mode, policy): keep tokens for this session only
  }
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const STORE_PREFIX = "todoku.dialog-token.v1:";

function readCached(store: TokenStore, key: string): { token: string; expiresOn: number } | null {
  try {
    const raw = store.getItem(key);
    if (!raw) return null;
    const v = JSON.parse(raw) as { token?: unknown; expiresOn?: unknown };
    if (typeof v.token === "string" && typeof v.expiresOn === "number")
      return { token: v.token, expiresOn: v.expiresOn };
  } catch {
    // fall through: a broken entry is removed below
  }
  try {
    store.removeItem(key);
  } catch {
    // nothing more to do
  }
  return null;
}

export function createDialogProvider(
  options: DialogOptions & { store?: TokenStore | undefined; now?: (() => number) | undefined }
): TokenProvider {
  const store = options.store ?? defaultStore();
  const now = options.now ?? Date.now;
  return {
    async getToken(scopes: string[], opts: TokenRequestOptions = {}): Promise<string> {
      const key = `${STORE_PREFIX}${options.authority}|${[...scopes].sort().join(" ")}`;
      const hit = readCached(store, key);
      if (hit && !opts.claims && hit.expiresOn > now() + 60_000) return hit.token;
      if (hit && hit.expiresOn <= now() + 60_000) store.removeItem(key);
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
      try {
        store.setItem(
          key,
          JSON.stringify({
            token: answer.accessToken,
            expiresOn: answer.expiresOn || now() + 30 * 60_000,
          })
        );
      } catch {
        // a full or blocked store only means the dialog is needed again next session
      }
      return answer.accessToken;
    },
  };
}
