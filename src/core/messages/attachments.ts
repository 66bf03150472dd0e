/** Items 11 and 15: attachments that are blocked, disguised, password-protected or unreadable. */
import { defineMessages } from "./types";

/** Said for more than one finding. */
const FIX_ARCHIVE_DAMAGED = {
  ja: "圧縮し直したファイルを添付し直してください。",
  en: "Create the archive again and attach the new file.",
};

/** Said for more than one finding. */
const FIX_ENCRYPTED_ARCHIVE = {
  ja: "パスワードを付けずに OneDrive か SharePoint に置き、相手だけが開ける共有リンクを送ってください。",
  en: "Put the file, without a password, on OneDrive or SharePoint and send a sharing link that only the recipient can open.",
};

export const ATTACHMENT_MESSAGES = defineMessages({
  "attachment.share-link": {
    ja: "ファイルは OneDrive か SharePoint に置き、共有リンクを送ってください。どうしてもメールで送る場合は、受け取れる形式を相手のIT担当者に確認してください。",
    en: "Put the file on OneDrive or SharePoint and send a sharing link. If it must go by mail, ask the recipient's IT team which formats they accept.",
  },
  "attachment.list.outlook-web": {
    ja: "Outlook on the web の既定のブロック対象",
    en: "Outlook on the web's default block list",
  },
  "attachment.list.eop-common-filter": {
    ja: "Exchange Online Protection の共通添付ファイルフィルター（既定）",
    en: "Exchange Online Protection's common attachment filter (default)",
  },
  "attachment.list.gmail": { ja: "Gmail のブロック対象", en: "Gmail's blocked file types" },
  "attachment.list.policy": { ja: "組織のポリシー", en: "your organisation's policy" },

  "attachment.blocked-extension": {
    params: { file: "text", ext: "code", lists: "phrase" },
    ja: "添付ファイル「{file}」（{ext}）は、{lists}に含まれる種類です。受信側でメールごと拒否されるか、添付ファイルが削除されます。",
    en: "The attachment “{file}” ({ext}) is a file type on {lists}. The receiving side will refuse the mail or remove the attachment.",
  },
  "attachment.rtl-override": {
    params: { ext: "code" },
    ja: "添付ファイル名に、文字を逆向きに表示させる制御文字が入っています。本当の拡張子は {ext} です。ウイルスがよく使う偽装のため、ほぼ確実に止められます。",
    en: "The attachment's name contains a control character that shows text in reverse. Its real extension is {ext}. Malware uses this disguise, so filters almost always stop it.",
    fix: {
      ja: "ファイル名を普通の文字だけで付け直してください。心当たりのないファイルなら、開かずにIT担当者に連絡してください。",
      en: "Rename the file using ordinary characters only. If you do not know where the file came from, do not open it and tell your IT team.",
    },
  },
  "attachment.no-extension": { ja: "（拡張子なし）", en: "(no extension)" },
  "attachment.double-extension": {
    params: { file: "text", ext: "code" },
    ja: "添付ファイル「{file}」は文書のように見えますが、実際は {ext} 形式です（二重拡張子）。偽装の手口として扱われます。",
    en: "The attachment “{file}” looks like a document but is really a {ext} file (a double extension). Filters treat this as a disguise.",
    fix: {
      ja: "本当に送るべきファイルか確かめてください。送る場合は共有リンクにしてください。",
      en: "Make sure this is the file you meant to send. If it is, send it as a sharing link.",
    },
  },
  "attachment.blocked-content-type": {
    params: { file: "text", type: "code" },
    ja: "添付ファイル「{file}」の種類（{type}）は、Outlook on the web が既定でブロックする種類です。",
    en: "The attachment “{file}” has the type {type}, which Outlook on the web blocks by default.",
  },
  "attachment.executable-content-type": {
    params: { file: "text", type: "code" },
    ja: "添付ファイル「{file}」は、プログラムの種類（{type}）として送られます。多くのメールゲートウェイが受け取りを拒否します。",
    en: "The attachment “{file}” is sent with the program type {type}. Many mail gateways refuse it.",
  },
  "attachment.macro-enabled": {
    ja: "マクロを含められる Office ファイルが添付されています。マクロはウイルスの感染経路になるため、受信側で削除や拒否をされることがあります。Exchange Online の既定のフィルターは「.docm」を拒否し、Gmail は不審なマクロ付きの文書を拒否します。",
    en: "An Office file that can carry macros is attached. Macros spread malware, so receiving systems may remove or refuse it: Exchange Online's default filter refuses .docm, and Gmail refuses documents with suspicious macros.",
    fix: {
      ja: "マクロが不要なら「.docx」「.xlsx」「.pptx」形式で保存し直してください。必要なら共有リンクで送ってください。",
      en: "If the macros are not needed, save the file as .docx, .xlsx or .pptx. If they are, send a sharing link.",
    },
  },
  "attachment.unreadable": {
    params: { file: "text" },
    ja: "添付ファイル「{file}」の中身を読み取れませんでした。名前は確認しましたが、中身は確認していません。",
    en: "The contents of “{file}” could not be read, so only its name was checked.",
    fix: {
      ja: "もう一度確認してください。同じ結果になる場合は、ファイルの中身をご自身で確認してください。",
      en: "Run the check again. If the same happens, look inside the file yourself.",
    },
  },
  "attachment.check-failed": {
    params: { file: "text" },
    ja: "添付ファイル「{file}」の確認中にエラーが起きたため、確認を最後まで行えませんでした。",
    en: "Checking “{file}” stopped because of an internal error.",
    fix: {
      ja: "ほかの添付ファイルの結果はそのまま使えます。何度も起きる場合は、IT担当者にお知らせください。",
      en: "The results for the other attachments are still valid. If this keeps happening, tell your IT team.",
    },
  },
  "attachment.archive-not-read": {
    params: { file: "text" },
    ja: "圧縮ファイル「{file}」の中身は読み込まれていないため、中のファイル名は確認していません。",
    en: "The archive “{file}” was not read, so the names of the files inside it were not checked.",
  },
  "attachment.too-large-to-inspect": {
    params: { file: "text", size: "bytes", limit: "bytes" },
    ja: "添付ファイル「{file}」は {size} あり、中身を確認できる上限（{limit}）を超えているため、名前だけを確認しました。",
    en: "“{file}” is {size}, over the limit for looking inside files ({limit}), so only its name was checked.",
    fix: {
      ja: "大きなファイルは共有リンクで送ることをお勧めします。",
      en: "Large files are better sent as a sharing link.",
    },
  },
  "attachment.program-renamed": {
    params: { file: "text", ext: "phrase" },
    ja: "添付ファイル「{file}」は、名前は {ext} ですが、中身はプログラムです。Exchange Online などは中身から種類を判定するため、受け取りを拒否されます。",
    en: "“{file}” is named {ext}, but it is a program. Exchange Online and other services detect the real type from the contents and refuse it.",
  },
  "attachment.archive-damaged": {
    params: { file: "text" },
    ja: "「{file}」は圧縮ファイルの名前ですが、中身を圧縮ファイルとして読み取れません。壊れているか、別の種類のファイルです。検査できないファイルとして、受信側で拒否されることがあります。",
    en: "“{file}” is named like an archive, but its contents cannot be read as one. It is damaged or a different kind of file. Receiving systems may refuse files they cannot scan.",
    fix: FIX_ARCHIVE_DAMAGED,
  },
  "attachment.archive-cut-short": {
    params: { file: "text", others: "phrase" },
    ja: "圧縮ファイル「{file}」{others}は、壊れているか途中で切れているため、一部しか確認できませんでした。受信側でも検査できないため、拒否されることがあります。",
    en: "The archive “{file}”{others} is damaged or cut short, so only part of it could be checked. Receiving systems cannot scan it either and may refuse it.",
    fix: FIX_ARCHIVE_DAMAGED,
  },
  "attachment.others": {
    params: { count: "count" },
    ja: "（ほか {count} 件）",
    en: " (and {count} more)",
  },
  "attachment.blocked-in-archive": {
    params: { file: "text", count: "count", lists: "phrase" },
    ja: "圧縮ファイル「{file}」の中に、{lists}に含まれる種類のファイルが {count} 件あります。圧縮ファイルの中も検査されるため、メールごと拒否されます。",
    en: "The archive “{file}” contains {count} {count|file|files} of a type on {lists}. Those filters look inside archives, so the whole mail is refused.",
  },
  "attachment.risky-in-archive": {
    params: { file: "text", count: "count" },
    ja: "圧縮ファイル「{file}」の中に、Outlook on the web が単体ではブロックする種類のファイルが {count} 件あります。圧縮ファイルの中まで検査するゲートウェイでは、止められることがあります。",
    en: "The archive “{file}” contains {count} {count|file|files} of a type Outlook on the web blocks on its own. Gateways that look inside archives may stop it.",
  },
  "attachment.disguised-in-archive": {
    ja: "圧縮ファイルの中に、拡張子を偽装した名前のファイル（二重拡張子や、文字を逆向きに表示させる制御文字）があります。ウイルスの典型的な手口として拒否されます。",
    en: "The archive contains a file whose name hides its real extension (a double extension or a reversing control character). Filters refuse this as a typical malware trick.",
  },
  "attachment.encrypted-nested-archive": {
    ja: "パスワード付きの圧縮ファイルの中に、さらに圧縮ファイルが入っています。Gmail はこの形の添付ファイルを受け付けません。",
    en: "A password-protected archive contains another archive. Gmail does not accept attachments of this shape.",
    fix: {
      ja: "圧縮は1段にしてパスワードを外すか、共有リンクで送ってください。",
      en: "Use a single archive without a password, or send a sharing link.",
    },
  },
  "attachment.archive-names-hidden": {
    params: { file: "text", others: "phrase" },
    ja: "圧縮ファイル「{file}」{others}はファイル名まで暗号化されているため、中に何が入っているか確認できません。受信側も検査できないため、拒否されることが多くなります。",
    en: "The archive “{file}”{others} encrypts even its file names, so what is inside cannot be checked. Receiving systems cannot scan it either and often refuse it.",
  },
  "attachment.archive-not-opened": {
    params: { file: "text", others: "phrase", why: "phrase" },
    ja: "「{file}」{others}の中身は、{why}確認していません。",
    en: "The contents of “{file}”{others} were not checked: {why}.",
  },
  "attachment.reason.nesting": {
    ja: "圧縮ファイルの入れ子が深すぎるため",
    en: "archives are nested too deep",
  },
  "attachment.reason.format": {
    params: { format: "code" },
    ja: "{format} 形式の中のファイルは展開しないため",
    en: "files inside a {format} archive are not unpacked",
  },
  "attachment.reason.encrypted": {
    ja: "パスワードで保護されているため",
    en: "it is password-protected",
  },
  "attachment.reason.too-many-nested": {
    ja: "入れ子の圧縮ファイルが多すぎるため",
    en: "there are too many archives inside",
  },
  "attachment.reason.too-large": {
    ja: "展開すると大きすぎるため",
    en: "it is too large to unpack",
  },
  "attachment.reason.budget": {
    ja: "このメールで展開できる量の上限に達したため",
    en: "the unpacking limit for this mail was reached",
  },
  "attachment.reason.damaged": { ja: "壊れていて展開できないため", en: "it is damaged" },
  "attachment.reason.method": {
    params: { method: "code" },
    ja: "対応していない圧縮方式（{method}）のため",
    en: "it uses compression method {method}, which is not opened here",
  },
  "attachment.reason.not-archive": {
    ja: "中身を圧縮ファイルとして読み取れないため",
    en: "its contents are not a readable archive",
  },
  "attachment.reason.position": {
    ja: "ファイル内の位置の情報が壊れているため",
    en: "its position in the archive is damaged",
  },
  "attachment.reason.names-packed": {
    ja: "ファイル名の一覧が大きすぎるか、ここでは開けない方式（「PPMd」など）で圧縮されているため",
    en: "its list of names is too large or packed with a method not opened here (such as PPMd)",
  },
  "attachment.reason.too-many-entries": {
    ja: "ファイルの数が多すぎるため（最初の分だけ確認）",
    en: "it holds too many files (only the first were checked)",
  },
  "attachment.reason.not-listed": {
    ja: "この形式では中身を一覧にできないため",
    en: "the contents of this format cannot be listed",
  },
  "attachment.reason.other": { ja: "開けなかったため", en: "it could not be opened" },

  "attachment.encrypted-archive": {
    ja: "パスワード付きの圧縮ファイルが添付されています。中身をウイルス検査できないため、2020年以降、官公庁や多くの企業が受け取りを拒否したり、添付ファイルを削除したりしています（いわゆるPPAPの廃止）。",
    en: "A password-protected archive is attached. Its contents cannot be scanned for malware, so since 2020 Japanese government offices and many companies refuse it or delete the attachment (the end of “PPAP”).",
    fix: FIX_ENCRYPTED_ARCHIVE,
  },
  "attachment.encrypted-document": {
    params: { what: "phrase" },
    ja: "パスワード付きの{what}が添付されています。中身をウイルス検査できないため、2020年以降、官公庁や多くの企業が受け取りを拒否したり、添付ファイルを削除したりしています（いわゆるPPAPの廃止）。",
    en: "A password-protected {what} is attached. Its contents cannot be scanned for malware, so since 2020 Japanese government offices and many companies refuse it or delete the attachment (the end of “PPAP”).",
    fix: FIX_ENCRYPTED_ARCHIVE,
  },
  "attachment.kind.pdf": { ja: "PDF", en: "PDF" },
  "attachment.kind.office": { ja: "Office ファイル", en: "Office file" },

  "attachment.checked": {
    params: { count: "count", archives: "count", inside: "count", unopened: "count" },
    ja: "添付ファイル {count} 件（圧縮ファイル {archives} 件、その中のファイル {inside} 件、開けなかったもの {unopened} 件）を確認しました。ブロックされる種類のファイルはありません。",
    en: "Checked {count} {count|attachment|attachments} ({archives} {archives|archive|archives} holding {inside} {inside|file|files}, {unopened} not opened): no blocked file type.",
  },
  "attachment.checked-none": { ja: "添付ファイルはありません。", en: "There are no attachments." },
  "attachment.no-encrypted": {
    ja: "パスワード付きの圧縮ファイルや文書は添付されていません。",
    en: "No password-protected archive or document is attached.",
  },
});
