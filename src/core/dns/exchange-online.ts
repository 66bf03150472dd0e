/**
 * Does the sender's organization send through Exchange Online? In the task pane it does by
 * definition; for an .eml file we look for traces that only Microsoft's outbound side leaves.
 */
import { headerValues, type MessageSnapshot } from "../model/snapshot";
import { dkimSignatureRefs } from "./dkim";

/** true: yes; undefined: we cannot tell from this message. */
export function sendsThroughExchangeOnline(snapshot: MessageSnapshot): true | undefined {
  if (snapshot.source === "office-compose" || snapshot.source === "office-read") return true;
  // Exchange Online signs with "selector1-<domain>" / "selector2-<domain>" or as the tenant's onmicrosoft.com.
  for (const ref of dkimSignatureRefs(snapshot)) {
    if (/^selector[12]-/.test(ref.selector) || ref.domain.endsWith(".onmicrosoft.com")) return true;
  }
  // The first hop (the last Received field) shows the mailbox server that took the message in.
  const received = headerValues(snapshot, "Received");
  const firstHop = received[received.length - 1] ?? "";
  if (/\.prod\.outlook\.com\b/i.test(firstHop) || /\.outlook\.office365\.com\b/i.test(firstHop))
    return true;
  return undefined;
}

export function isOnMicrosoftDomain(domain: string): boolean {
  return (
    /(?:^|\.)onmicrosoft\.(?:com|us|cn)$/i.test(domain) ||
    /(?:^|\.)partner\.onmschina\.cn$/i.test(domain)
  );
}
