/**
 * The built-in samples shown in demo mode (a plain browser, no Outlook). Each yields a
 * MessageSnapshot the real engine runs on; .eml samples go through the same MIME adapter as
 * a file would.
 */
import type { Localized } from "../core/model/i18n";
import type { MessageSnapshot } from "../core/model/snapshot";
import { riskyDraft } from "./draft";
import { sentMail } from "./sent";
import { EXCHANGE_NDR_EML } from "./bounce-exchange";
import { POSTFIX_NDR_EML } from "./bounce-postfix";
import { JUNK_RECEIVED_EML } from "./junk-received";

export type SampleId = "draft" | "sent" | "bounce-exchange" | "bounce-postfix" | "junk";

export interface Sample {
  id: SampleId;
  label: Localized;
  load(): Promise<MessageSnapshot>;
}

async function fromEml(text: string, folder?: string): Promise<MessageSnapshot> {
  const { parseEml } = await import(/* webpackChunkName: "mime" */ "../core/mime/eml");
  const snapshot = await parseEml(new TextEncoder().encode(text));
  snapshot.source = "sample";
  snapshot.notes = [
    ...(snapshot.notes ?? []),
    "Built-in sample",
    ...(folder ? [`Folder: ${folder}`] : []),
  ];
  return snapshot;
}

export const SAMPLES: readonly Sample[] = [
  {
    id: "draft",
    label: { ja: "送信前の下書き（危険な例）", en: "Draft with risks" },
    load: () => Promise.resolve(riskyDraft()),
  },
  {
    id: "sent",
    label: { ja: "送信済みメール（届いていない）", en: "Sent mail that did not arrive" },
    load: () => Promise.resolve(sentMail()),
  },
  {
    id: "bounce-exchange",
    label: { ja: "エラーメール（Exchange Online）", en: "Bounce (Exchange Online)" },
    load: () => fromEml(EXCHANGE_NDR_EML),
  },
  {
    id: "bounce-postfix",
    label: { ja: "エラーメール（Postfix）", en: "Bounce (Postfix)" },
    load: () => fromEml(POSTFIX_NDR_EML),
  },
  {
    id: "junk",
    label: { ja: "迷惑メールに入った受信メール", en: "Received mail found in Junk" },
    load: () => fromEml(JUNK_RECEIVED_EML, "Junk Email"),
  },
];

export function sampleById(id: string): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
