/**
 * The add-in's token provider: NAA where Outlook supports NestedAppAuth 1.1, else the Office dialog.
 * An NAA popup that the host blocks also falls back to the dialog (as Microsoft's sample does).
 */
import type { TokenProvider } from "../config";
import { GraphFailure } from "../failures";
import { createDialogProvider } from "./dialog-client";
import { createNaaProvider, PopupBlockedError } from "./naa";

export interface OfficeProviderOptions {
  clientId: string;
  authority: string;
  dialogUrl?: string | undefined;
}

function supports(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

function defaultDialogUrl(): string {
  return new URL("authdialog.html", window.location.href).toString();
}

export async function createOfficeTokenProvider(
  options: OfficeProviderOptions
): Promise<TokenProvider> {
  if (typeof Office === "undefined" || !Office.context) {
    throw new GraphFailure("unsupported-host", "Office.js is not available");
  }
  // NAA and Graph do not serve Outlook.com or Gmail mailboxes.
  const accountType = Office.context.mailbox?.userProfile?.accountType;
  if (accountType === "outlookCom" || accountType === "gmail") {
    throw new GraphFailure("personal-account", `account type ${accountType}`);
  }
  const dialogUrl = options.dialogUrl ?? defaultDialogUrl();
  const dialog = supports("DialogApi", "1.1")
    ? createDialogProvider({ dialogUrl, authority: options.authority })
    : null;
  if (!supports("NestedAppAuth", "1.1")) {
    if (!dialog)
      throw new GraphFailure("unsupported-host", "neither NestedAppAuth 1.1 nor DialogApi 1.1");
    return dialog;
  }
  const naa = await createNaaProvider(options);
  return {
    async getToken(scopes, opts) {
      try {
        return await naa.getToken(scopes, opts);
      } catch (e) {
        if (e instanceof PopupBlockedError && dialog) return dialog.getToken(scopes, opts);
        throw e;
      }
    },
  };
}
