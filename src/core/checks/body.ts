/**
 * Item 9: does the body look like spam or phishing to a filter? Links (count, domains,
 * shorteners, a visible URL that differs from the target, bare IP addresses), a Japanese mail
 * that is mostly Latin letters, long quoted history, an image-only or empty body, and text and
 * HTML parts that say different things. Thresholds come from the policy; the share of Latin
 * letters is a product choice (no sourced number exists), labelled as such below.
 */
import { finding, type Finding } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";
import { bodyView, HTML_TEXT_SAMPLE_CHARS, type BodyView } from "../text/body-view";
import { clip, listSome } from "../text/clip";
import { isIpHost, isPrivateIp, registrableDomain } from "../text/domain";
import { claimedHost, isOpaqueRewriter } from "../text/links";
import { isJapaneseText } from "../text/script";
import { isUrlShortener } from "../text/shorteners";
import { RTF_ONLY_NOTE, SMIME_NOTE } from "../mime/msg-notes";
import { utf8Length } from "./size";
import type { CheckInput, NamedCheck } from "./types";

/** Above this share of English content a Japanese mail reads as "mostly English" (product choice). */
export const LATIN_SHARE_LIMIT = 0.5;
/** Quoted share is judged only on bodies at least this long (non-blank characters). */
const MIN_CHARS_FOR_QUOTED_SHARE = 200;
/** A body with an image and less visible text than this is "image only". */
const IMAGE_ONLY_MAX_CHARS = 30;
/** Fewer visible characters than this is "nearly empty". */
const NEARLY_EMPTY_CHARS = 5;
/** Text and HTML parts must share at least this part of their words (both ways). */
const PARTS_MIN_OVERLAP = 0.5;
const PARTS_MIN_TOKENS = 10;
/**
 * The parts are compared on their first characters only: a generated text part and its HTML
 * agree from the start, and a disguised one differs from the start, while a long quoted history
 * would only make the comparison slow.
 */
const PARTS_SAMPLE_CHARS = HTML_TEXT_SAMPLE_CHARS;

/** Non-blank characters, counting no further than `limit` (only "fewer than N" is asked). */
function nonBlankLength(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}

function linkFindings(view: BodyView, input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { maxLinks, maxLinkDomains } = input.policy.limits;
  const links = view.links;
  if (links.length > maxLinks) {
    out.push(
      finding(
        9,
        "body.link-count",
        "warning",
        {
          ja: `本文にリンクが ${links.length} 件あります（目安は ${maxLinks} 件まで）。リンクの多いメールは迷惑メールと判定されやすくなります。`,
          en: `The body has ${links.length} links (the guideline is at most ${maxLinks}). Mail with many links is more often marked as spam.`,
        },
        {
          evidence: listSome(
            links.map((l) => clip(l.href, 80)),
            3
          ),
          fix: {
            ja: "リンクを必要なものだけに絞るか、1つのページにまとめてそのリンクだけを載せてください。",
            en: "Keep only the links the reader needs, or gather them on one page and send just that link.",
          },
        }
      )
    );
  }
  const domains = [...new Set(links.map((l) => l.domain).filter((d) => d !== ""))];
  if (domains.length > maxLinkDomains) {
    out.push(
      finding(
        9,
        "body.link-domains",
        "warning",
        {
          ja: `リンク先のドメインが ${domains.length} 種類あります（目安は ${maxLinkDomains} 種類まで）。行き先がばらばらのリンクは不審に見えます。`,
          en: `The links go to ${domains.length} different domains (the guideline is at most ${maxLinkDomains}). Links to many unrelated sites look suspicious.`,
        },
        {
          evidence: listSome(
            domains.map((d) => clip(d, 80)),
            8
          ),
          fix: {
            ja: "本当に必要なリンク先だけを残してください。",
            en: "Keep only the sites the reader really needs.",
          },
        }
      )
    );
  }
  const shortenerHosts = new Map<string, string>();
  for (const l of links)
    if (l.host && isUrlShortener(l.host) && !shortenerHosts.has(l.host))
      shortenerHosts.set(l.host, l.href);
  for (const [host, href] of shortenerHosts) {
    out.push(
      finding(
        9,
        "body.url-shortener",
        "warning",
        {
          ja: `短縮URL（${host}）が使われています。行き先が見えないため、迷惑メールフィルターや受信者に警戒されます。`,
          en: `A URL shortener (${host}) is used. It hides where the link goes, so spam filters and readers distrust it.`,
        },
        {
          evidence: clip(href, 200),
          fix: {
            ja: "短縮せずに、本来のURLをそのまま載せてください。",
            en: "Use the full, original URL instead of the shortened one.",
          },
        }
      )
    );
  }
  const mismatches: string[] = [];
  for (const l of links) {
    if (l.source !== "html" || !l.text || !l.host || isOpaqueRewriter(l.host)) continue;
    const claimed = claimedHost(l.text);
    if (!claimed || isIpHost(claimed)) continue;
    if (registrableDomain(claimed) !== l.domain)
      mismatches.push(`${clip(l.text, 80)} → ${clip(l.href, 120)}`);
  }
  if (mismatches.length > 0) {
    out.push(
      finding(
        9,
        "body.link-text-mismatch",
        "warning",
        {
          ja: `表示されているURLと実際のリンク先が違うリンクが ${mismatches.length} 件あります。フィッシングの典型的な手口と同じ形なので、強く警戒されます。`,
          en: `${mismatches.length} link(s) show one address but lead to another site. This is how phishing mail looks, so filters distrust it.`,
        },
        {
          evidence: listSome(mismatches, 3),
          fix: {
            ja: "リンクの表示文字を実際のリンク先URLと同じにするか、「こちら」などURLではない言葉にしてください。",
            en: "Make the visible text the same URL as the target, or use words instead of a URL (such as the page's name).",
          },
        }
      )
    );
  }
  const ipLinks = links.filter((l) => l.host && isIpHost(l.host));
  const publicIp = ipLinks.filter((l) => !isPrivateIp(l.host));
  const privateIp = ipLinks.filter((l) => isPrivateIp(l.host));
  if (publicIp.length > 0) {
    out.push(
      finding(
        9,
        "body.ip-link",
        "warning",
        {
          ja: "ドメイン名ではなくIPアドレスを直接指すリンクがあります。迷惑メールの特徴として扱われます。",
          en: "A link points to a bare IP address instead of a domain name. Filters treat this as a spam sign.",
        },
        {
          evidence: listSome(
            publicIp.map((l) => clip(l.href, 120)),
            3
          ),
          fix: {
            ja: "ドメイン名のURL（https://www.example.co.jp/… など）に書き換えてください。",
            en: "Use a URL with a domain name (such as https://www.example.com/…) instead.",
          },
        }
      )
    );
  }
  if (privateIp.length > 0) {
    out.push(
      finding(
        9,
        "body.private-ip-link",
        "info",
        {
          ja: "社内ネットワークのIPアドレスを指すリンクがあります。社外の受信者は開けません。",
          en: "A link points to an address inside a private network. Recipients outside it cannot open it.",
        },
        {
          evidence: listSome(
            privateIp.map((l) => clip(l.href, 120)),
            3
          ),
        }
      )
    );
  }
  return out;
}

/**
 * The same sentence takes about three times as many letters in English as in Japanese (kana and
 * kanji carry more per character), so letters are weighed by this before comparing the two: a
 * bilingual notice (各位 / Dear all) is then about half English, as a reader would say.
 */
const LATIN_LETTERS_PER_JAPANESE = 3;

/** How much of the text is English, by content rather than by letter count. */
function englishShare(latin: number, japanese: number): number {
  const english = latin / LATIN_LETTERS_PER_JAPANESE;
  return english + japanese === 0 ? 0 : english / (english + japanese);
}

function languageFindings(view: BodyView): Finding[] {
  const share = view.authorScripts;
  if (!isJapaneseText(share)) return [];
  const english = englishShare(share.latin, share.japanese);
  if (english <= LATIN_SHARE_LIMIT) return [];
  const percent = Math.round(english * 100);
  return [
    finding(
      9,
      "body.latin-share",
      "warning",
      {
        ja: `日本語のメールですが、内容の約 ${percent}% が英語です。英語の多い日本語メールは、受信側のフィルターで迷惑メールや海外からのメールと判定されることがあります（目安 ${LATIN_SHARE_LIMIT * 100}% は本ツールの設定値です）。`,
        en: `The mail is in Japanese, but about ${percent}% of its content is in English. Japanese mail with this much English is sometimes marked as spam or as foreign mail by the recipient's filters (the ${LATIN_SHARE_LIMIT * 100}% mark is this tool's choice).`,
      },
      {
        evidence: `latin letters ${share.latin}, japanese letters ${share.japanese}`,
        fix: {
          ja: "英語の長い文章や記号の羅列は添付ファイルにまとめるか、日本語の説明を添えてください。",
          en: "Move long English passages into an attachment, or add a Japanese explanation.",
        },
      }
    ),
  ];
}

/**
 * Gmail clips a message whose HTML is larger than about 102 KB ("[Message clipped]"), hiding the
 * rest and its footer: the one sourced harm of long quoted history. Below that, a deep or mostly
 * quoted thread is how ordinary business replies look (especially in Japan), so it is a note.
 */
const CLIPPED_BODY_BYTES = 102 * 1024;

/** The larger body part's UTF-8 size (exact when it may pass the clipping size). */
function bodyBytes(snapshot: MessageSnapshot): number {
  const part =
    (snapshot.bodyHtml?.length ?? 0) >= (snapshot.bodyText?.length ?? 0)
      ? snapshot.bodyHtml
      : snapshot.bodyText;
  if (!part) return 0;
  return part.length * 3 <= CLIPPED_BODY_BYTES ? part.length : utf8Length(part);
}

function quoteFindings(view: BodyView, input: CheckInput): Finding[] {
  const out: Finding[] = [];
  const { maxQuoteDepth, maxQuotedShare } = input.policy.limits;
  const q = view.quotes;
  const long = q.maxDepth > maxQuoteDepth || q.quotedShare > maxQuotedShare;
  const bytes = long ? bodyBytes(input.snapshot) : 0;
  const clipped = bytes > CLIPPED_BODY_BYTES;
  const kb = Math.round(bytes / 1024);
  const sizeNote = clipped
    ? {
        ja: `本文が約 ${kb} KB あり、Gmail などでは途中で切られて（「メッセージの一部が表示されています」）続きや署名が表示されなくなり、迷惑メールとも判定されやすくなります。`,
        en: `The body is about ${kb} KB; Gmail and others cut such mail short ("[Message clipped]"), hiding the rest and the signature, and filters score large threads higher.`,
      }
    : {
        ja: "今の大きさなら届き方への影響は小さいですが、読み手には要点が見つけにくくなります。",
        en: "At its present size this hardly affects delivery, but the reader has to dig for the point.",
      };
  if (q.maxDepth > maxQuoteDepth) {
    out.push(
      finding(
        9,
        "body.quote-depth",
        clipped ? "warning" : "info",
        {
          ja: `引用が ${q.maxDepth} 階層まで重なっています（目安は ${maxQuoteDepth} 階層まで）。${sizeNote.ja}`,
          en: `Quoted history is nested ${q.maxDepth} levels deep (the guideline is at most ${maxQuoteDepth}). ${sizeNote.en}`,
        },
        {
          evidence: q.firstMarker ? clip(q.firstMarker, 120) : `${q.maxDepth} levels`,
          fix: {
            ja: "古い引用部分を削除し、必要な内容だけを残してください。",
            en: "Delete the older quoted messages and keep only what the reader needs.",
          },
        }
      )
    );
  }
  if (q.totalChars >= MIN_CHARS_FOR_QUOTED_SHARE && q.quotedShare > maxQuotedShare) {
    const percent = Math.round(q.quotedShare * 100);
    out.push(
      finding(
        9,
        "body.quoted-share",
        clipped ? "warning" : "info",
        {
          ja: `本文の ${percent}% が過去のメールの引用です（目安は ${Math.round(maxQuotedShare * 100)}% まで）。${sizeNote.ja}`,
          en: `${percent}% of the body is quoted from earlier mail (the guideline is at most ${Math.round(maxQuotedShare * 100)}%). ${sizeNote.en}`,
        },
        {
          evidence: `${q.quotedChars} / ${q.totalChars}`,
          fix: {
            ja: "引用を短くするか、新しいメールとして書き直してください。",
            en: "Shorten the quoted part, or start a fresh mail.",
          },
        }
      )
    );
  }
  return out;
}

/** An S/MIME enveloped or opaque-signed mail: the body is inside application/pkcs7-mime. */
function isSmimeEnvelope(snapshot: MessageSnapshot): boolean {
  return snapshot.attachments.some(
    (a) =>
      /^application\/(x-)?pkcs7-mime\b/i.test(a.contentType ?? "") ||
      /^smime\.p7m$/i.test(a.name ?? "")
  );
}

/** A meeting request or response: its content is the calendar part, the text may well be empty. */
function isCalendarItem(snapshot: MessageSnapshot): boolean {
  return snapshot.attachments.some(
    (a) => /^text\/calendar\b/i.test(a.contentType ?? "") || /\.ics$/i.test(a.name ?? "")
  );
}

function emptinessFindings(view: BodyView, snapshot: MessageSnapshot): Finding[] {
  if (isCalendarItem(snapshot)) return [];
  const chars = nonBlankLength(
    view.visibleText,
    Math.max(IMAGE_ONLY_MAX_CHARS, NEARLY_EMPTY_CHARS)
  );
  const images = view.html?.images ?? 0;
  const hasAttachments = snapshot.attachments.some((a) => !a.isInline);
  if (images > 0 && chars < IMAGE_ONLY_MAX_CHARS) {
    return [
      finding(
        9,
        "body.image-only",
        "warning",
        {
          ja: "本文がほとんど画像だけで、文字がわずかです。画像だけのメールは迷惑メールの典型的な形です。",
          en: "The body is almost only images, with very little text. Image-only mail is a typical spam pattern.",
        },
        {
          evidence: `images ${images}, text characters ${chars}`,
          fix: {
            ja: "画像の内容を文章でも書いてください。",
            en: "Write the content of the images as text too.",
          },
        }
      ),
    ];
  }
  if (chars < NEARLY_EMPTY_CHARS) {
    return [
      finding(
        9,
        "body.empty",
        "warning",
        hasAttachments
          ? {
              ja: "本文が空（またはほぼ空）で、添付ファイルだけのメールです。迷惑メールやウイルスメールと判定されやすくなります。",
              en: "The body is empty (or nearly) and the mail carries only attachments. Such mail is often filtered as spam or malware.",
            }
          : {
              ja: "本文が空（またはほぼ空）です。空のメールは迷惑メールと判定されやすくなります。",
              en: "The body is empty (or nearly). Empty mail is often marked as spam.",
            },
        {
          evidence: `text characters ${chars}`,
          fix: {
            ja: "用件と送信者名を本文に書いてください。",
            en: "Write what the mail is about and who you are in the body.",
          },
        }
      ),
    ];
  }
  return [];
}

/**
 * Words for comparing the parts: Latin/digit runs of 2+ characters, and pairs of Japanese
 * letters. A pair is kept as a small integer (both letters numbered within the two Japanese
 * ranges below, 15 bits each), not a string: a long body has tens of thousands of pairs, and
 * the integer fits V8's unboxed range. Words and pairs can never be equal to each other.
 */
function tokens(text: string): Set<string | number> {
  const out = new Set<string | number>();
  const norm = text.normalize("NFKC").toLowerCase();
  let wordStart = -1;
  let prevJa = -1;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 0;
    const latin = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (latin) {
      if (wordStart < 0) wordStart = i;
      prevJa = -1;
      continue;
    }
    if (wordStart >= 0 && i - wordStart >= 2)
      out.add(norm.slice(wordStart, Math.min(i, wordStart + 64)));
    wordStart = -1;
    const kana = c >= 0x3041 && c <= 0x30ff;
    if (kana || (c >= 0x3400 && c <= 0x9fff)) {
      const letter = kana ? c - 0x3041 : c - 0x3400 + (0x30ff - 0x3041 + 1);
      if (prevJa >= 0) out.add(prevJa * 0x8000 + letter);
      prevJa = letter;
    } else prevJa = -1;
  }
  return out;
}

function overlap(a: Set<string | number>, b: Set<string | number>): number {
  if (a.size === 0) return 1;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / a.size;
}

function partsFindings(view: BodyView, snapshot: MessageSnapshot): Finding[] {
  const text = snapshot.bodyText ?? "";
  if (!view.html || text.trim() === "") return [];
  const textTokens = tokens(text.slice(0, PARTS_SAMPLE_CHARS));
  const htmlTokens = tokens(view.visibleText.slice(0, PARTS_SAMPLE_CHARS));
  if (textTokens.size < PARTS_MIN_TOKENS && htmlTokens.size < PARTS_MIN_TOKENS) return [];
  // Links may be shown as "text <url>" in one part and as an anchor in the other: count hrefs as HTML words.
  const htmlWithHrefs = new Set([
    ...htmlTokens,
    ...tokens(view.html.anchors.map((a) => a.href).join(" ")),
  ]);
  const textCovered = overlap(textTokens, htmlWithHrefs);
  const htmlCovered = overlap(htmlTokens, textTokens);
  if (Math.min(textCovered, htmlCovered) >= PARTS_MIN_OVERLAP) return [];
  return [
    finding(
      9,
      "body.parts-differ",
      "warning",
      {
        ja: "テキスト形式とHTML形式の本文の内容が大きく異なります。受信側のフィルターはこれを迷惑メールの特徴とみなします。",
        en: "The plain-text and HTML versions of the body say different things. Filters count this as a spam sign.",
      },
      {
        evidence: `text: ${clip(text.trim(), 80)} | html: ${clip(view.visibleText, 80)}`,
        fix: {
          ja: "メール作成ツールで本文を作り直すか、HTML形式かテキスト形式のどちらか一方で送ってください。",
          en: "Recreate the body in your mail program, or send it in one format only (HTML or plain text).",
        },
      }
    ),
  ];
}

/**
 * Neither a text nor an HTML body is known and there is no attachment: the source did not give
 * the body (a bounce that returned only the original's headers, for instance). An empty body
 * reads as "" instead, and a mail of attachments only still has its attachments listed.
 */
function bodyUnknown(snapshot: MessageSnapshot): boolean {
  return (
    snapshot.bodyText === undefined &&
    snapshot.bodyHtml === undefined &&
    !snapshot.attachments.some((a) => !a.isInline)
  );
}

/** The file reader could not read the body (RTF-only or encrypted .msg): input-notes says so. */
function bodyUnreadable(snapshot: MessageSnapshot): boolean {
  return (snapshot.notes ?? []).some(
    (n) => n.startsWith(RTF_ONLY_NOTE) || (n.startsWith(SMIME_NOTE) && /encrypted/.test(n))
  );
}

function runBodyChecks(input: CheckInput): Finding[] {
  if (bodyUnreadable(input.snapshot)) return [];
  if (bodyUnknown(input.snapshot)) {
    return [
      finding(9, "body.unavailable", "info", {
        ja: "本文が手元にないため（ヘッダーだけが返されたメールなど）、本文の確認は行っていません。",
        en: "The body is not available (for example, only the headers were returned), so it was not checked.",
      }),
    ];
  }
  if (isSmimeEnvelope(input.snapshot)) {
    return [
      finding(9, "body.encrypted", "info", {
        ja: "S/MIME で暗号化（または署名で包まれた）メールのため、本文は読み取れず確認していません。受信者の側では復号して読まれます。",
        en: "The mail is encrypted (or wrapped) with S/MIME, so its body cannot be read here and was not checked. The recipient decrypts it.",
      }),
    ];
  }
  const view = bodyView(input.snapshot, input);
  const problems = [
    ...linkFindings(view, input),
    ...languageFindings(view),
    ...quoteFindings(view, input),
    ...emptinessFindings(view, input.snapshot),
    ...partsFindings(view, input.snapshot),
  ];
  if (problems.some((f) => f.severity === "warning" || f.severity === "problem")) return problems;
  const domains = new Set(view.links.map((l) => l.domain).filter((d) => d !== "")).size;
  return [
    ...problems,
    finding(9, "body.checked", "ok", {
      ja: `本文を確認しました。リンク ${view.links.length} 件（ドメイン ${domains} 種類）、短縮URL・偽装リンク・IPアドレスのリンクなし、引用 ${view.quotes.maxDepth} 階層、文字の割合と空本文も問題ありません。`,
      en: `Body checked: ${view.links.length} link(s) to ${domains} domain(s), no shortened, disguised or IP-address links, quoted history ${view.quotes.maxDepth} level(s) deep, letter mix and body length fine.`,
    }),
  ];
}

export const bodyCheck: NamedCheck = { name: "body", items: [9], run: runBodyChecks };
