/**
 * Smart Alerts entry (OnMessageSend), its own bundle: launchevent.html loads it for Outlook on
 * the web, new Outlook and Mac; classic Outlook on Windows loads launchevent.js alone. It has no
 * React, no MSAL and no dev-server code. The handler is registered at top level because classic
 * Outlook does not run Office.onReady before an event handler.
 */
// First: the core needs TextEncoder/TextDecoder as its modules load (see text-codecs.ts).
import "./runtime-setup";
import { displayLanguage, loadAttachmentContents, readCurrentItem } from "../office";
import { officeGlobal, supportsMailbox } from "../office/context";
import { createSendHandler, type SendEvent } from "./handler";
import { loadSendPolicy } from "./policy";

export const onMessageSendHandler = createSendHandler({
  loadPolicy: () => loadSendPolicy(),
  readDraft: () => readCurrentItem(),
  loadAttachments: (snapshot, maxBytes) => loadAttachmentContents(snapshot, maxBytes),
  lang: () => displayLanguage(),
  supportsPromptOptions: () => supportsMailbox("1.14"),
  promptUserMode: () =>
    String(officeGlobal()?.MailboxEnums?.SendModeOverride?.PromptUser ?? "promptUser"),
});

function register(): void {
  const office = officeGlobal();
  if (!office?.actions?.associate) return;
  // The HTML runtime expects the page to declare itself ready; it does not gate the handler.
  void office.onReady?.()?.catch?.(() => undefined);
  office.actions.associate("onMessageSendHandler", (event: SendEvent) => {
    void onMessageSendHandler(event);
  });
}

register();
