/** Item 9 on the body: links, emptiness, images only, quoted history, language share. */
import { defineMessages } from "./types";

/** Said for more than one finding. */
const FIX_EMPTY_BODY = {
  ja: "用件と送信者名を本文に書いてください。",
  en: "Write what the mail is about and who you are in the body.",
};

export const BODY_MESSAGES = defineMessages({
  "body.link-count": {
    params: { length: "count", maxLinks: "count" },
    ja: "本文にリンクが {length} 件あります（目安は {maxLinks} 件まで）。リンクの多いメールは迷惑メールと判定されやすくなります。",
    en: "The body has {length} links (the guideline is at most {maxLinks}). Mail with many links is more often marked as spam.",
    fix: {
      ja: "リンクを必要なものだけに絞るか、1つのページにまとめてそのリンクだけを載せてください。",
      en: "Keep only the links the reader needs, or gather them on one page and send just that link.",
    },
  },
  "body.link-domains": {
    params: { length: "count", maxLinkDomains: "count" },
    ja: "リンク先のドメインが {length} 種類あります（目安は {maxLinkDomains} 種類まで）。行き先がばらばらのリンクは不審に見えます。",
    en: "The links go to {length} different domains (the guideline is at most {maxLinkDomains}). Links to many unrelated sites look suspicious.",
    fix: {
      ja: "本当に必要なリンク先だけを残してください。",
      en: "Keep only the sites the reader really needs.",
    },
  },
  "body.url-shortener": {
    params: { host: "text" },
    ja: "短縮URL（{host}）が使われています。行き先が見えないため、迷惑メールフィルターや受信者に警戒されます。",
    en: "A URL shortener ({host}) is used. It hides where the link goes, so spam filters and readers distrust it.",
    fix: {
      ja: "短縮せずに、本来のURLをそのまま載せてください。",
      en: "Use the full, original URL instead of the shortened one.",
    },
  },
  "body.link-text-mismatch": {
    params: { length: "count" },
    ja: "表示されているURLと実際のリンク先が違うリンクが {length} 件あります。フィッシングの典型的な手口と同じ形なので、強く警戒されます。",
    en: "{length} {length|link shows|links show} one address but {length|leads|lead} to another site. This is how phishing mail looks, so filters distrust it.",
    fix: {
      ja: "リンクの表示文字を実際のリンク先URLと同じにするか、「こちら」などURLではない言葉にしてください。",
      en: "Make the visible text the same URL as the target, or use words instead of a URL (such as the page's name).",
    },
  },
  "body.ip-link": {
    params: { example: "code" },
    ja: "ドメイン名ではなくIPアドレスを直接指すリンクがあります。迷惑メールの特徴として扱われます。",
    en: "A link points to a bare IP address instead of a domain name. Filters treat this as a spam sign.",
    fix: {
      ja: "ドメイン名のURL（{example} など）に書き換えてください。",
      en: "Use a URL with a domain name (such as {example}) instead.",
    },
  },
  "body.private-ip-link": {
    ja: "社内ネットワークのIPアドレスを指すリンクがあります。社外の受信者は開けません。",
    en: "A link points to an address inside a private network. Recipients outside it cannot open it.",
  },
  "body.latin-share": {
    params: { percent: "count", value: "count", latin: "count", japanese: "count" },
    ja: "日本語のメールですが、内容の約 {percent}% が英語です（英字 {latin} 字、日本語 {japanese} 字。コードやログ、URL は数えていません）。英語の多い日本語メールは、受信側のフィルターで迷惑メールや海外からのメールと判定されることがあります（目安の {value}% は、このツールの設定値です）。",
    en: "The mail is in Japanese, but about {percent}% of its content is in English ({latin} Latin letters, {japanese} Japanese; code, logs and URLs not counted). Japanese mail with this much English is sometimes marked as spam or as foreign mail by the recipient's filters (the {value}% mark is this tool's choice).",
    fix: {
      ja: "英語の長い文章や記号の羅列は添付ファイルにまとめるか、日本語の説明を添えてください。",
      en: "Move long English passages into an attachment, or add a Japanese explanation.",
    },
  },
  "body.quote-depth": {
    params: { maxDepth: "count", maxQuoteDepth: "count", note: "phrase" },
    ja: "引用が {maxDepth} 階層まで重なっています（目安は {maxQuoteDepth} 階層まで）。{note}",
    en: "Quoted history is nested {maxDepth} levels deep (the guideline is at most {maxQuoteDepth}). {note}",
    fix: {
      ja: "古い引用部分を削除し、必要な内容だけを残してください。",
      en: "Delete the older quoted messages and keep only what the reader needs.",
    },
  },
  "body.quoted-share": {
    params: { percent: "count", value: "count", note: "phrase" },
    ja: "本文の {percent}% が過去のメールの引用です（目安は {value}% まで）。{note}",
    en: "{percent}% of the body is quoted from earlier mail (the guideline is at most {value}%). {note}",
    fix: {
      ja: "引用を短くするか、新しいメールとして書き直してください。",
      en: "Shorten the quoted part, or start a fresh mail.",
    },
  },
  "body.image-only": {
    ja: "本文がほとんど画像だけで、文字がわずかです。画像だけのメールは迷惑メールの典型的な形です。",
    en: "The body is almost only images, with very little text. Image-only mail is a typical spam pattern.",
    fix: {
      ja: "画像の内容を文章でも書いてください。",
      en: "Write the content of the images as text too.",
    },
  },
  "body.parts-differ": {
    ja: "テキスト形式とHTML形式の本文の内容が大きく異なります。受信側のフィルターはこれを迷惑メールの特徴とみなします。",
    en: "The plain-text and HTML versions of the body say different things. Filters count this as a spam sign.",
    fix: {
      ja: "メール作成ツールで本文を作り直すか、HTML形式かテキスト形式のどちらか一方で送ってください。",
      en: "Recreate the body in your mail program, or send it in one format only (HTML or plain text).",
    },
  },
  "body.unavailable": {
    ja: "本文が手元にないため（ヘッダーだけが返されたメールなど）、本文の確認は行っていません。",
    en: "The body is not available (for example, only the headers were returned), so it was not checked.",
  },
  "body.encrypted": {
    ja: "S/MIME で暗号化されたメール（または署名で包まれたメール）のため、本文を読み取れず、確認していません。受信者の側で復号して読まれます。",
    en: "The mail is encrypted (or wrapped) with S/MIME, so its body cannot be read here and was not checked. The recipient decrypts it.",
  },
  "body.note.clipped": {
    params: { size: "bytes" },
    ja: "本文は約 {size} あり、Gmail などでは途中で切られて（「メッセージの一部が表示されています」）続きや署名が表示されなくなるうえ、迷惑メールとも判定されやすくなります。",
    en: "The body is about {size}; Gmail and others cut such mail short (“[Message clipped]”), hiding the rest and the signature, and filters score large threads higher.",
  },
  "body.note.small": {
    ja: "今の大きさなら届き方への影響は小さいですが、読み手には要点が見つけにくくなります。",
    en: "At its present size this hardly affects delivery, but the reader has to dig for the point.",
  },
  "body.empty-with-attachments": {
    ja: "本文が空（またはほぼ空）で、添付ファイルだけのメールです。迷惑メールやウイルスメールと判定されやすくなります。",
    en: "The body is empty (or nearly) and the mail carries only attachments. Such mail is often filtered as spam or malware.",
    fix: FIX_EMPTY_BODY,
  },
  "body.empty": {
    ja: "本文が空（またはほぼ空）です。空のメールは迷惑メールと判定されやすくなります。",
    en: "The body is empty (or nearly). Empty mail is often marked as spam.",
    fix: FIX_EMPTY_BODY,
  },
  "body.checked": {
    params: { length: "count", domains: "count", maxDepth: "count" },
    ja: "本文を確認しました。リンクは {length} 件（ドメイン {domains} 種類）で、短縮URL、偽装したリンク、IPアドレスへのリンクはありません。引用は {maxDepth} 階層で、英語の割合や本文の長さにも問題はありません。",
    en: "Body checked: {length} {length|link|links} to {domains} {domains|domain|domains}, no shortened, disguised or IP-address links, quoted history {maxDepth} {maxDepth|level|levels} deep, letter mix and body length fine.",
  },
});
