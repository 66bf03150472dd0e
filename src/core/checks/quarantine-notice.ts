/**
 * Item 7 on a received mail that is Microsoft 365's quarantine notice: mail addressed to the
 * reader is held in quarantine and has not reached the inbox, which is why it "does not arrive".
 * Told by the notice's default sender, or by a link to the quarantine page together with a
 * subject that names the quarantine (admins may change the sender and the subject, not the page).
 * The advice never sends the reader through the notice's own links: forged notices are a common
 * phishing lure, so the page is opened by its known address.
 */
import { analyzeHeaders } from "../headers/analyze";
import type { Finding } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";
import { say } from "../messages";
import { clip } from "../text/clip";
import type { CheckInput, NamedCheck } from "./types";

/** The sender Exchange Online Protection uses for quarantine notifications unless IT changes it. */
const DEFAULT_SENDER = "quarantine@messaging.microsoft.com";
/** The quarantine page of the Microsoft Defender portal, and the older Security & Compliance one. */
const QUARANTINE_PAGE = /https:\/\/(security\.microsoft\.com|protection\.office\.com)\/quarantine/i;
const QUARANTINE_SUBJECT = /quarantine|検疫/i;
/** Where the reader opens the quarantine themselves (Microsoft Defender portal). */
const QUARANTINE_PAGE_URL = "https://security.microsoft.com/quarantine";

/** Only the start of the body is searched: the notice's links come first. */
const BODY_SEARCHED = 64 * 1024;

/** The receiving server found the notice's sender forged: it says nothing true about quarantine. */
function failedAuthentication(snapshot: MessageSnapshot): boolean {
  const auth = analyzeHeaders(snapshot.headers ?? []).auth;
  return [auth.dmarc, auth.compauth].some((r) => r === "fail");
}

function isQuarantineNotice(snapshot: MessageSnapshot): boolean {
  if ((snapshot.from?.address ?? "").trim().toLowerCase() === DEFAULT_SENDER) return true;
  if (!QUARANTINE_SUBJECT.test(snapshot.subject)) return false;
  const body =
    (snapshot.bodyHtml ?? "").slice(0, BODY_SEARCHED) +
    (snapshot.bodyText ?? "").slice(0, BODY_SEARCHED);
  return QUARANTINE_PAGE.test(body);
}

export const quarantineNoticeCheck: NamedCheck = {
  name: "quarantine-notice",
  items: [7],
  run: ({ snapshot }: CheckInput): Finding[] => {
    if (snapshot.kind !== "received" || !isQuarantineNotice(snapshot)) return [];
    if (failedAuthentication(snapshot)) return [];
    return [
      say(
        7,
        "received.quarantine-notice",
        "problem",
        { page: QUARANTINE_PAGE_URL },
        {
          who: ["you", "yourIt"],
          evidence: `From: ${clip(snapshot.from?.address ?? "", 120)} / Subject: ${clip(snapshot.subject, 120)}`,
        }
      ),
    ];
  },
};
