/** The article's first-level triage for a mail that vanished without an error, as data. */
import type { TriageStep } from "./types";

const t = (ja: string, en: string) => ({ ja, en });

export const TRIAGE_STEPS: readonly TriageStep[] = [
  { id: "web", question: t("Webサイトは普通に見られますか?", "Can you browse the web normally?"), why: t("", "") },
  { id: "sameDomainOtherAccount", question: t("同じドメインの別アカウントから送ると届きますか?", "Does a mail from another account of your domain arrive?"), why: t("", "") },
  { id: "otherDomain", question: t("まったく別のドメインの宛先には届きますか?", "Does a mail to an unrelated domain arrive?"), why: t("", "") },
  { id: "noAttachments", question: t("添付ファイルをやめ、共有リンクで送ると届きますか?", "Does it arrive without attachments (a share link instead)?"), why: t("", "") },
  { id: "noHistory", question: t("履歴を消し、リンクと英語を減らすと届きますか?", "Does it arrive without history, with fewer links and less English?"), why: t("", "") },
  { id: "longerSubject", question: t("英語を避けた長めの件名にすると届きますか?", "Does it arrive with a longer, non-English subject?"), why: t("", "") },
];
