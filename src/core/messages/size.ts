/** Item 10: the size of the mail against the organisation's and the recipients' limits. */
import { defineMessages } from "./types";

const SHARE_LINK = {
  ja: "大きなファイルは OneDrive か SharePoint に置いて共有リンクを送るか、何通かに分けて送ってください。",
  en: "Put large files on OneDrive or SharePoint and send a sharing link, or split them over several mails.",
};

export const SIZE_MESSAGES = defineMessages({
  "size.measured": { params: { size: "bytes" }, ja: "{size}", en: "{size}" },
  "size.estimated": { params: { size: "bytes" }, ja: "約 {size}", en: "about {size}" },
  "size.over-organisation-limit": {
    params: { size: "phrase", limit: "bytes" },
    ja: "メールのサイズは{size}（組織の上限 {limit}）で、上限を超えています。このままでは送信できないか、エラーメールが戻ってきます。添付ファイルは、メールで送るときに約1.37倍の大きさになります。",
    en: "The mail is {size}, over your organisation's limit of {limit}. It will not be sent, or it will bounce. Attachments grow about 1.37 times when encoded for mail.",
    fix: SHARE_LINK,
  },
  "size.over-provider-limit": {
    params: { size: "phrase", domains: "list", provider: "text", limit: "bytes" },
    ja: "メールのサイズは{size}です。宛先の {domains}（{provider}）は1通あたり約 {limit} までとされているため、受け取れない可能性があります。",
    en: "The mail is {size}. Recipients at {domains} ({provider}) are generally limited to about {limit} per mail, so it may not be accepted.",
    fix: SHARE_LINK,
  },
  "size.large-for-mobile": {
    params: { size: "phrase", domains: "list", limit: "bytes" },
    ja: "メールのサイズは{size}です。宛先に携帯電話会社のメール（{domains}）があります。携帯電話で読まれるメールは、{limit} 程度までに抑えるのが無難です。",
    en: "The mail is {size}. Some recipients use mobile carrier mail ({domains}); mail read on phones is best kept under about {limit}.",
    fix: SHARE_LINK,
  },
  "size.large": {
    params: { size: "phrase" },
    ja: "メールのサイズは{size}です。上限の範囲内ですが、10 MB を超えるメールは相手の環境によっては受け取れないことがあります。送る前に相手に確認すると安心です。",
    en: "The mail is {size}. That is within the limits, but some recipients' systems refuse mail over 10 MB; check with the recipient first.",
    fix: SHARE_LINK,
  },
  "size.checked": {
    params: { size: "phrase", limits: "phrase" },
    ja: "メールのサイズは{size}で、確認した上限（{limits}）の範囲内です。",
    en: "The mail is {size}, within the limits checked ({limits}).",
  },
  "size.within.organisation": {
    params: { limit: "bytes" },
    ja: "組織の上限 {limit}",
    en: "your organisation's {limit}",
  },
  "size.within.provider": {
    params: { domains: "list", limit: "bytes" },
    ja: "{domains} の {limit}",
    en: "{limit} at {domains}",
  },
  "size.within.mailtips": {
    params: { limit: "bytes" },
    ja: "メールヒントによる宛先の上限 {limit}",
    en: "the recipients' MailTips limit of {limit}",
  },
});
