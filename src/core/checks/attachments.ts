/**
 * Items 11 and 15: attachments that receiving systems block or that cannot be scanned.
 * - 11: extensions on the Outlook on the web, EOP common-filter and Gmail lists (and the org's
 *   own list), also inside archives; disguised names (double extensions, right-to-left
 *   override); program content types; programs renamed to look like documents; macros.
 * - 15: password-protected archives and documents, which many organisations refuse since
 *   2020 (Japan's move away from "PPAP", and Emotet spreading in encrypted ZIPs).
 * Archives are read from their directories only (src/core/archive). An attachment whose bytes
 * could not be read is said so; the other attachments are still checked.
 */
import {
  archiveExtension,
  describePath,
  filePath,
  inspectArchive,
  type ArchiveInspection,
  type ArchiveNote,
  workBudget,
} from "../archive";
import {
  blockListsFor,
  blockListsForExtension,
  isRiskyExtension,
  listNames,
} from "../attachments/classify";
import { isEncryptedDocument } from "../attachments/encrypted-docs";
import {
  EXECUTABLE_MIME,
  MACRO_ENABLED,
  OOXML_PLAIN,
  OUTLOOK_WEB_BLOCKED_MIME,
  type BlockListId,
} from "../attachments/lists";
import { isProgram, sniffContent } from "../attachments/magic";
import { extensionOf, hasBidiControl, isDisguisedName, visibleName } from "../attachments/names";
import type { Localized } from "../model/i18n";
import { finding, type Finding } from "../model/finding";
import { allRecipients, type AttachmentInfo } from "../model/snapshot";
import type { CheckInput, NamedCheck } from "./types";

/** How many concrete files a finding's evidence names before "(+N more)". */
const EVIDENCE_ITEMS = 5;
const EVIDENCE_NAME_CHARS = 120;
const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);
/** Zip-based containers that are documents or packages, not archives a user made. */
const ZIP_CONTAINERS = new Set([
  ".docx",
  ".docm",
  ".dotx",
  ".dotm",
  ".xlsx",
  ".xlsm",
  ".xltx",
  ".xltm",
  ".xlam",
  ".xlsb",
  ".pptx",
  ".pptm",
  ".potx",
  ".potm",
  ".ppsx",
  ".ppsm",
  ".ppam",
  ".sldm",
  ".vsdx",
  ".odt",
  ".ods",
  ".odp",
  ".epub",
  ".jar",
  ".apk",
  ".appx",
  ".msix",
  ".xpi",
  ".kmz",
  ".3mf",
]);
/** Extensions under which program bytes are expected (content/extension mismatch is not news). */
const PROGRAM_EXTENSIONS = new Set([
  ".exe",
  ".dll",
  ".sys",
  ".scr",
  ".com",
  ".cpl",
  ".ocx",
  ".drv",
  ".efi",
  ".msi",
  ".mui",
  ".elf",
  ".so",
  ".bin",
  ".o",
  ".dylib",
  ".lnk",
  ".pif",
  ".sh",
  ".py",
  ".pl",
  ".rb",
  ".command",
  ".app",
]);

const SHARE_LINK_FIX: Localized = {
  ja: "ファイルは OneDrive や SharePoint に置き、共有リンクを送ってください。どうしてもメールで送る場合は、相手のIT担当に受け取れる形式を確認してください。",
  en: "Put the file on OneDrive or SharePoint and send a share link. If it must go by mail, ask the recipient's IT which formats they accept.",
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function listSome(values: readonly string[]): string {
  const shown = values
    .slice(0, EVIDENCE_ITEMS)
    .map((v) => clip(visibleName(v), EVIDENCE_NAME_CHARS * 2));
  const more = values.length - shown.length;
  return more > 0 ? `${shown.join("; ")} (+${more})` : shown.join("; ");
}

interface Context {
  input: CheckInput;
  policyBlocked: ReadonlySet<string>;
  toGmail: boolean;
  out: Finding[];
  /** Counters for the summary of what was checked. */
  archives: number;
  filesInArchives: number;
  notOpened: number;
  encrypted: number;
  unread: number;
}

function recipientDomains(input: CheckInput): Set<string> {
  const out = new Set<string>();
  for (const r of allRecipients(input.snapshot)) {
    const at = r.address.lastIndexOf("@");
    if (at >= 0)
      out.add(
        r.address
          .slice(at + 1)
          .trim()
          .toLowerCase()
      );
  }
  return out;
}

// ------------------------------------------------------------------ the attachment's own name

function nameFindings(a: AttachmentInfo, ctx: Context): void {
  const name = a.name;
  const shown = visibleName(name);
  const lists = blockListsFor(name, ctx.policyBlocked);
  if (lists.length > 0) {
    const where = listNames(lists);
    ctx.out.push(
      finding(
        11,
        "attachment.blocked-extension",
        "problem",
        {
          ja: `添付ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」(${extensionOf(name)})は、${where.ja}に含まれる種類です。受信側で拒否されたり、添付ファイルが取り除かれたりします。`,
          en: `The attachment "${clip(shown, EVIDENCE_NAME_CHARS)}" (${extensionOf(name)}) is a type on ${where.en}. The receiving side will refuse the mail or strip the attachment.`,
        },
        { evidence: `${shown} [${lists.join(", ")}]`, fix: SHARE_LINK_FIX }
      )
    );
  }
  if (hasBidiControl(name)) {
    ctx.out.push(
      finding(
        11,
        "attachment.rtl-override",
        "problem",
        {
          ja: `添付ファイル名に、文字の並びを逆向きに見せる制御文字が含まれています。本当の拡張子は ${extensionOf(name) || "(なし)"} です。ウイルスがよく使う偽装のため、ほぼ確実に止められます。`,
          en: `The attachment's name contains a control character that shows text in reverse. Its real extension is ${extensionOf(name) || "(none)"}. Malware uses this disguise, so filters stop it almost always.`,
        },
        {
          evidence: shown,
          fix: {
            ja: "ファイル名を普通の文字だけで付け直してください。心当たりのないファイルであれば開かずにIT担当に連絡してください。",
            en: "Rename the file using ordinary characters only. If you do not know where the file came from, do not open it and tell your IT.",
          },
        }
      )
    );
  }
  if (isDisguisedName(name, (ext) => isRiskyExtension(ext, ctx.policyBlocked))) {
    ctx.out.push(
      finding(
        11,
        "attachment.double-extension",
        "warning",
        {
          ja: `添付ファイル名「${clip(shown, EVIDENCE_NAME_CHARS)}」は、文書のように見えますが実際は ${extensionOf(name)} 形式です(二重拡張子)。偽装の手口として扱われます。`,
          en: `The attachment "${clip(shown, EVIDENCE_NAME_CHARS)}" looks like a document but is really a ${extensionOf(name)} file (a double extension). Filters treat this as a disguise.`,
        },
        {
          evidence: shown,
          fix: {
            ja: "本当に送るべきファイルか確かめてください。必要なら共有リンクで送ってください。",
            en: "Make sure this is the file you meant to send. If it is, send it as a share link.",
          },
        }
      )
    );
  }
  const type = (a.contentType ?? "").toLowerCase().split(";")[0]?.trim() ?? "";
  if (type && (OUTLOOK_WEB_BLOCKED_MIME.has(type) || EXECUTABLE_MIME.has(type))) {
    const owa = OUTLOOK_WEB_BLOCKED_MIME.has(type);
    ctx.out.push(
      finding(
        11,
        owa ? "attachment.blocked-content-type" : "attachment.executable-content-type",
        owa ? "problem" : "warning",
        owa
          ? {
              ja: `添付ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」の種類(${type})は、Outlook on the web が既定でブロックするMIMEタイプです。`,
              en: `The attachment "${clip(shown, EVIDENCE_NAME_CHARS)}" has the type ${type}, which Outlook on the web blocks by default.`,
            }
          : {
              ja: `添付ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」は、種類(${type})がプログラムとして送られています。多くのメールゲートウェイが拒否します。`,
              en: `The attachment "${clip(shown, EVIDENCE_NAME_CHARS)}" is sent with the program type ${type}. Many mail gateways refuse it.`,
            },
        { evidence: `${shown} (${type})`, fix: SHARE_LINK_FIX }
      )
    );
  }
  if (MACRO_ENABLED.has(extensionOf(name))) macroFinding([name], ctx);
}

function macroFinding(names: readonly string[], ctx: Context): void {
  ctx.out.push(
    finding(
      11,
      "attachment.macro-enabled",
      "warning",
      {
        ja: "マクロを含められる Office ファイルが添付されています。マクロはウイルスの感染経路になるため、受信側で削除・拒否されることがあります(Exchange Online の既定フィルターは .docm を拒否し、Gmail は不審なマクロ付き文書を拒否します)。",
        en: "An Office file that can carry macros is attached. Macros spread malware, so receiving systems may strip or refuse it (Exchange Online's default filter refuses .docm; Gmail refuses documents with suspicious macros).",
      },
      {
        evidence: listSome(names),
        fix: {
          ja: "マクロが不要であれば .docx / .xlsx / .pptx 形式で保存し直してください。必要であれば共有リンクで送ってください。",
          en: "If the macros are not needed, save the file as .docx / .xlsx / .pptx. If they are, send a share link.",
        },
      }
    )
  );
}

// ------------------------------------------------------------------ the attachment's bytes

function contentFindings(a: AttachmentInfo, ctx: Context): void {
  const { policy } = ctx.input;
  const shown = visibleName(a.name);
  const ext = extensionOf(a.name);
  const archiveByName = archiveExtension(a.name) !== undefined;
  if (a.contentError !== undefined) {
    ctx.unread++;
    ctx.out.push(
      finding(
        11,
        "attachment.unreadable",
        "unavailable",
        {
          ja: `添付ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」の中身を読み取れなかったため、中身の確認はしていません(名前による確認は行いました)。`,
          en: `The contents of "${clip(shown, EVIDENCE_NAME_CHARS)}" could not be read, so only its name was checked.`,
        },
        {
          evidence: `${shown}: ${clip(a.contentError, 200)}`,
          fix: {
            ja: "もう一度確認を実行してください。続く場合は、圧縮ファイルの中身をご自身で確認してください。",
            en: "Run the check again. If it keeps failing, look inside the archive yourself.",
          },
        }
      )
    );
    return;
  }
  const bytes = a.content;
  if (bytes === undefined) {
    if (archiveByName) {
      ctx.unread++;
      ctx.out.push(
        finding(
          11,
          "attachment.archive-not-read",
          "info",
          {
            ja: `圧縮ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」の中身は読み込まれていないため、中のファイル名は確認していません。`,
            en: `The archive "${clip(shown, EVIDENCE_NAME_CHARS)}" was not read, so the names inside it were not checked.`,
          },
          { evidence: shown }
        )
      );
    }
    return;
  }
  if (bytes.length > policy.limits.maxInspectBytes) {
    ctx.unread++;
    ctx.out.push(
      finding(
        11,
        "attachment.too-large-to-inspect",
        "unavailable",
        {
          ja: `添付ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」は、中身を確認する上限(${policy.limits.maxInspectBytes} バイト)より大きいため、名前だけを確認しました。`,
          en: `"${clip(shown, EVIDENCE_NAME_CHARS)}" is larger than the inspection limit (${policy.limits.maxInspectBytes} bytes), so only its name was checked.`,
        },
        {
          evidence: `${shown}: ${bytes.length} bytes`,
          fix: {
            ja: "大きなファイルは共有リンクで送ることをお勧めします。",
            en: "Large files are better sent as a share link.",
          },
        }
      )
    );
    return;
  }
  const kind = sniffContent(bytes);
  if (
    isProgram(kind) &&
    !PROGRAM_EXTENSIONS.has(ext) &&
    blockListsFor(a.name, ctx.policyBlocked).length === 0
  ) {
    ctx.out.push(
      finding(
        11,
        "attachment.program-renamed",
        "problem",
        {
          ja: `添付ファイル「${clip(shown, EVIDENCE_NAME_CHARS)}」は、名前は ${ext || "(拡張子なし)"} ですが中身はプログラムです。Exchange Online などは中身で種類を判定するため、拒否されます。`,
          en: `"${clip(shown, EVIDENCE_NAME_CHARS)}" is named ${ext || "(no extension)"}, but its contents are a program. Exchange Online and others detect the real type from the contents and refuse it.`,
        },
        { evidence: `${shown} (${kind})`, fix: SHARE_LINK_FIX }
      )
    );
  }
  const encryptedDoc = isEncryptedDocument(ext, bytes);
  if (encryptedDoc) {
    ctx.encrypted++;
    if (policy.attachments.warnOnEncryptedArchives)
      encryptedFinding(shown, encryptedDoc === "pdf" ? "PDF" : "Office", ctx);
  }
  const looksArchive = archiveByName || (!ZIP_CONTAINERS.has(ext) && kind !== "pdf");
  if (ZIP_CONTAINERS.has(ext) && kind === "zip" && OOXML_PLAIN.has(ext)) {
    vbaInDocument(a.name, bytes, ctx);
    return;
  }
  if (!looksArchive) return;
  const inspection = inspectArchive(bytes, {
    maxDepth: policy.limits.maxArchiveDepth,
    budget: ctx.input.budget,
  });
  if (!inspection) {
    if (archiveByName) {
      ctx.out.push(
        finding(
          11,
          "attachment.archive-damaged",
          "warning",
          {
            ja: `「${clip(shown, EVIDENCE_NAME_CHARS)}」は圧縮ファイルの名前ですが、中身が読み取れる形式ではありません。壊れているか、別の種類のファイルです。受信側で検査できないファイルとして拒否されることがあります。`,
            en: `"${clip(shown, EVIDENCE_NAME_CHARS)}" is named like an archive, but its contents are not in a format that can be read. It is damaged or a different kind of file. Receiving systems may refuse files they cannot scan.`,
          },
          {
            evidence: shown,
            fix: {
              ja: "圧縮し直してから添付し直してください。",
              en: "Create the archive again and attach the new file.",
            },
          }
        )
      );
    }
    return;
  }
  archiveFindings(a.name, inspection, ctx);
}

function vbaInDocument(name: string, bytes: Uint8Array, ctx: Context): void {
  const inspection = inspectArchive(bytes, { maxDepth: 0, budget: ctx.input.budget });
  const vba = inspection?.files.find((f) => /(^|\/)vbaProject\.bin$/i.test(f.entry.name));
  if (vba) macroFinding([describePath(name, filePath(vba))], ctx);
}

function archiveFindings(name: string, inspection: ArchiveInspection, ctx: Context): void {
  const { policy } = ctx.input;
  ctx.archives += inspection.archives.length;
  ctx.filesInArchives += inspection.files.length;
  const blocked: string[] = [];
  const blockedLists = new Set<BlockListId>();
  const outlookOnly: string[] = [];
  const disguised: string[] = [];
  const macros: string[] = [];
  for (const f of inspection.files) {
    const entryName = f.entry.name;
    const ext = extensionOf(entryName);
    // Outlook on the web matches only the outer name; EOP and Gmail look inside archives.
    const lists = ext ? blockListsForExtension(ext, ctx.policyBlocked) : [];
    const inside = lists.filter((l) => l !== "outlook-web");
    if (inside.length > 0) {
      blocked.push(describePath(name, filePath(f)));
      for (const l of inside) blockedLists.add(l);
    } else if (lists.length > 0) outlookOnly.push(describePath(name, filePath(f)));
    if (
      hasBidiControl(entryName) ||
      (lists.length > 0 &&
        isDisguisedName(entryName, (e) => isRiskyExtension(e, ctx.policyBlocked)))
    ) {
      disguised.push(describePath(name, filePath(f)));
    }
    if (MACRO_ENABLED.has(ext)) macros.push(describePath(name, filePath(f)));
  }
  if (blocked.length > 0) {
    const where = listNames([...blockedLists]);
    ctx.out.push(
      finding(
        11,
        "attachment.blocked-in-archive",
        "problem",
        {
          ja: `圧縮ファイル「${clip(visibleName(name), EVIDENCE_NAME_CHARS)}」の中に、${where.ja}に含まれる種類のファイルが ${blocked.length} 件あります。圧縮ファイルの中も検査されるため、メールごと拒否されます。`,
          en: `The archive "${clip(visibleName(name), EVIDENCE_NAME_CHARS)}" contains ${blocked.length} file(s) of a type on ${where.en}. Those filters look inside archives, so the whole mail is refused.`,
        },
        { evidence: listSome(blocked), fix: SHARE_LINK_FIX }
      )
    );
  }
  if (outlookOnly.length > 0) {
    ctx.out.push(
      finding(
        11,
        "attachment.risky-in-archive",
        "warning",
        {
          ja: `圧縮ファイル「${clip(visibleName(name), EVIDENCE_NAME_CHARS)}」の中に、Outlook on the web が単体ではブロックする種類のファイルが ${outlookOnly.length} 件あります。圧縮ファイルの中まで検査するゲートウェイでは止められることがあります。`,
          en: `The archive "${clip(visibleName(name), EVIDENCE_NAME_CHARS)}" contains ${outlookOnly.length} file(s) of a type Outlook on the web blocks on its own. Gateways that look inside archives may stop it.`,
        },
        { evidence: listSome(outlookOnly), fix: SHARE_LINK_FIX }
      )
    );
  }
  if (disguised.length > 0) {
    ctx.out.push(
      finding(
        11,
        "attachment.disguised-in-archive",
        "problem",
        {
          ja: "圧縮ファイルの中に、拡張子を偽装した名前(二重拡張子や逆向き表示の制御文字)のファイルがあります。ウイルスの典型的な手口として拒否されます。",
          en: "The archive contains a file whose name hides its real extension (a double extension or a reversing control character). Filters refuse this as a typical malware trick.",
        },
        { evidence: listSome(disguised), fix: SHARE_LINK_FIX }
      )
    );
  }
  if (macros.length > 0) macroFinding(macros, ctx);
  // One finding per kind of note: a hostile archive can yield thousands of notes.
  const groups = new Map<string, ArchiveNote[]>();
  for (const note of inspection.notes) {
    const key = note.kind === "damaged" || note.kind === "names-hidden" ? note.kind : "not-opened";
    const group = groups.get(key);
    if (group) group.push(note);
    else groups.set(key, [note]);
  }
  for (const [kind, notes] of groups) noteFinding(name, kind, notes, ctx);
  // Encryption (item 15) and the Gmail rule on encrypted archives that hold archives (item 11).
  const encrypted = inspection.archives.filter((x) => x.encrypted);
  if (encrypted.length > 0) {
    ctx.encrypted++;
    const methods = [...new Set(encrypted.map((x) => x.encryption ?? "unknown"))].join(", ");
    if (policy.attachments.warnOnEncryptedArchives) {
      encryptedFinding(
        `${encrypted
          .map((x) => describePath(name, x.path))
          .slice(0, EVIDENCE_ITEMS)
          .join("; ")} (${methods})`,
        "archive",
        ctx
      );
    }
    const nested = inspection.archives.filter((x) => x.insideEncrypted);
    const encryptedHoldingArchive =
      nested.length > 0 ||
      inspection.files.some(
        (f) => f.entry.encrypted && archiveExtension(f.entry.name) !== undefined
      );
    if (encryptedHoldingArchive) {
      const examples =
        nested.length > 0
          ? nested.map((x) => describePath(name, x.path))
          : inspection.files
              .filter((f) => f.entry.encrypted && archiveExtension(f.entry.name))
              .map((f) => describePath(name, filePath(f)));
      ctx.out.push(
        finding(
          11,
          "attachment.encrypted-nested-archive",
          ctx.toGmail ? "problem" : "warning",
          {
            ja: "パスワード付きの圧縮ファイルの中に、さらに圧縮ファイルが入っています。Gmail はこの形の添付ファイルを受け付けません。",
            en: "A password-protected archive contains another archive. Gmail does not accept attachments of this shape.",
          },
          {
            evidence: listSome(examples),
            fix: {
              ja: "圧縮を1段にしてパスワードを外すか、共有リンクで送ってください。",
              en: "Use a single archive without a password, or send a share link.",
            },
          }
        )
      );
    }
  }
}

/** The archive reader's reasons (English, kept as evidence) in words for the message. */
const NOTE_REASONS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Localized]> = [
  [
    /nesting limit/,
    () => ({ ja: "圧縮ファイルの入れ子が深すぎるため", en: "archives are nested too deep" }),
  ],
  [
    /members of an? (\w+) archive/,
    (m) => ({
      ja: `${m[1]} 形式の中のファイルは展開しないため`,
      en: `files inside a ${m[1]} archive are not unpacked`,
    }),
  ],
  [/encrypted/, () => ({ ja: "暗号化されているため", en: "it is encrypted" })],
  [
    /too many nested/,
    () => ({ ja: "入れ子の圧縮ファイルが多すぎるため", en: "there are too many archives inside" }),
  ],
  [
    /too large to open/,
    () => ({
      ja: "圧縮されたファイルが大きすぎるため",
      en: "it is compressed and too large to open",
    }),
  ],
  [
    /budget/,
    () => ({ ja: "展開できる量の上限に達したため", en: "the decompression limit was reached" }),
  ],
  [
    /could not be decompressed|cut short/,
    () => ({ ja: "壊れていて展開できないため", en: "it is damaged" }),
  ],
  [
    /compression method (\S+)/,
    (m) => ({
      ja: `対応していない圧縮方式(${m[1]})のため`,
      en: `it uses compression method ${m[1]}, which is not opened`,
    }),
  ],
  [
    /not an archive format/,
    () => ({
      ja: "中身が読み取れる圧縮形式ではないため",
      en: "its contents are not a readable archive",
    }),
  ],
  [
    /local header|past the end/,
    () => ({
      ja: "ファイル内の位置情報が壊れているため",
      en: "its position in the archive is damaged",
    }),
  ],
  [
    /names are stored compressed/,
    () => ({
      ja: "ファイル名の一覧が大きすぎるか、ここでは開けない方式(PPMd など)で圧縮されているため",
      en: "its list of names is too large, or packed with a method not opened here (such as PPMd)",
    }),
  ],
  [
    /too many entries/,
    () => ({
      ja: "ファイル数が多すぎるため(先頭の分のみ確認)",
      en: "it holds too many files (only the first were checked)",
    }),
  ],
  [
    /are not listed/,
    () => ({
      ja: "この形式の中身は一覧にできないため",
      en: "the contents of this format are not listed",
    }),
  ],
];

function localReason(reason: string): Localized {
  for (const [pattern, words] of NOTE_REASONS) {
    const m = pattern.exec(reason);
    if (m) return words(m);
  }
  return { ja: "開けなかったため", en: "it could not be opened" };
}

function noteFinding(
  name: string,
  kind: string,
  notes: readonly ArchiveNote[],
  ctx: Context
): void {
  const first = notes[0];
  if (!first) return;
  const where = clip(visibleName(describePath(name, first.path)), EVIDENCE_NAME_CHARS * 2);
  const evidence = listSome(notes.map((n) => `${describePath(name, n.path)}: ${n.reason}`));
  const others = notes.length - 1;
  const more: Localized =
    others > 0 ? { ja: `(ほか ${others} 件)`, en: ` (and ${others} more)` } : { ja: "", en: "" };
  if (kind === "damaged") {
    ctx.out.push(
      finding(
        11,
        "attachment.archive-damaged",
        "warning",
        {
          ja: `圧縮ファイル「${where}」${more.ja}は壊れているか途中で切れているため、一部しか確認できませんでした。受信側でも検査できず、拒否されることがあります。`,
          en: `The archive "${where}"${more.en} is damaged or cut short, so only part of it could be checked. Receiving systems cannot scan it either and may refuse it.`,
        },
        {
          evidence,
          fix: {
            ja: "圧縮し直してから添付し直してください。",
            en: "Create the archive again and attach the new file.",
          },
        }
      )
    );
  } else if (kind === "names-hidden") {
    ctx.out.push(
      finding(
        11,
        "attachment.archive-names-hidden",
        "warning",
        {
          ja: `圧縮ファイル「${where}」${more.ja}はファイル名まで暗号化されているため、中に何が入っているか確認できません。受信側も検査できないため、拒否されることが多くなります。`,
          en: `The archive "${where}"${more.en} encrypts even its file names, so what is inside cannot be checked. Receiving systems cannot scan it either and often refuse it.`,
        },
        { evidence, fix: SHARE_LINK_FIX }
      )
    );
  } else {
    ctx.notOpened += notes.length;
    const why = localReason(first.reason);
    ctx.out.push(
      finding(
        11,
        "attachment.archive-not-opened",
        "info",
        {
          ja: `「${where}」${more.ja}の中身は、${why.ja}確認していません。`,
          en: `The contents of "${where}"${more.en} were not checked: ${why.en}.`,
        },
        { evidence }
      )
    );
  }
}

function encryptedFinding(
  evidence: string,
  what: "archive" | "PDF" | "Office",
  ctx: Context
): void {
  const thing: Localized =
    what === "archive"
      ? { ja: "パスワード付きの圧縮ファイル", en: "a password-protected archive" }
      : what === "PDF"
        ? { ja: "パスワード付きのPDF", en: "a password-protected PDF" }
        : { ja: "パスワード付きの Office ファイル", en: "a password-protected Office file" };
  ctx.out.push(
    finding(
      15,
      what === "archive" ? "attachment.encrypted-archive" : "attachment.encrypted-document",
      "warning",
      {
        ja: `${thing.ja}が添付されています。中身をウイルス検査できないため、2020年以降、官公庁や多くの企業が受け取りを拒否したり、添付ファイルを削除したりしています(いわゆる PPAP の廃止)。`,
        en: `${thing.en[0]?.toUpperCase()}${thing.en.slice(1)} is attached. Its contents cannot be scanned for malware, so since 2020 Japanese government offices and many companies refuse it or delete the attachment (the end of "PPAP").`,
      },
      {
        evidence: clip(evidence, 600),
        fix: {
          ja: "パスワードを付けずに OneDrive や SharePoint に置き、相手だけが開ける共有リンクを送ってください。",
          en: "Put the file, without a password, on OneDrive or SharePoint and send a share link that only the recipient can open.",
        },
      }
    )
  );
}

// ------------------------------------------------------------------ summary

function summary(files: readonly AttachmentInfo[], ctx: Context): void {
  const has11 = ctx.out.some(
    (f) => f.item === 11 && (f.severity === "problem" || f.severity === "warning")
  );
  if (!has11) {
    const parts = {
      ja: [`添付ファイル ${files.length} 件`],
      en: [`${files.length} attachment(s)`],
    };
    if (ctx.archives > 0) {
      parts.ja.push(`圧縮ファイル ${ctx.archives} 件(中のファイル ${ctx.filesInArchives} 件)`);
      parts.en.push(`${ctx.archives} archive(s) holding ${ctx.filesInArchives} file(s)`);
    }
    if (ctx.notOpened + ctx.unread > 0) {
      parts.ja.push(`未確認 ${ctx.notOpened + ctx.unread} 件`);
      parts.en.push(`${ctx.notOpened + ctx.unread} not opened`);
    }
    ctx.out.push(
      finding(
        11,
        "attachment.checked",
        "ok",
        files.length === 0
          ? { ja: "添付ファイルはありません。", en: "There are no attachments." }
          : {
              ja: `${parts.ja.join("、")}を確認しました。ブロックされる種類のファイルはありません。`,
              en: `Checked ${parts.en.join(", ")}: no blocked type.`,
            },
        {
          evidence:
            files
              .map((f) => visibleName(f.name))
              .slice(0, 10)
              .join("; ") || undefined,
        }
      )
    );
  }
  if (files.length > 0 && ctx.encrypted === 0) {
    // info, not ok: item 15 is about the other side's security policy, which we cannot see.
    ctx.out.push(
      finding(15, "attachment.no-encrypted", "info", {
        ja: "パスワード付きの圧縮ファイルや文書は添付されていません。",
        en: "No password-protected archive or document is attached.",
      })
    );
  }
}

export function checkAttachments(input: CheckInput): Finding[] {
  const ctx: Context = {
    // One budget for all attachments and levels of this mail (the engine passes the mail's own).
    input: input.budget ? input : { ...input, budget: workBudget() },
    policyBlocked: new Set(input.policy.attachments.blockedExtensions.map((e) => e.toLowerCase())),
    toGmail: [...recipientDomains(input)].some((d) => GMAIL_DOMAINS.has(d)),
    out: [],
    archives: 0,
    filesInArchives: 0,
    notOpened: 0,
    encrypted: 0,
    unread: 0,
  };
  // Cloud attachments are links, not bytes: nothing travels with the mail.
  const files = input.snapshot.attachments.filter((a) => a.kind !== "cloud");
  for (const a of files) {
    // Each attachment on its own: one that trips a bug must not hide the others' results.
    try {
      nameFindings(a, ctx);
      if (a.kind !== "item") contentFindings(a, ctx);
    } catch (e) {
      ctx.unread++;
      ctx.out.push(
        finding(
          11,
          "attachment.unreadable",
          "unavailable",
          {
            ja: `添付ファイル「${clip(visibleName(a.name), EVIDENCE_NAME_CHARS)}」の確認中にエラーが起きたため、確認を完了できませんでした。`,
            en: `Checking "${clip(visibleName(a.name), EVIDENCE_NAME_CHARS)}" failed with an internal error.`,
          },
          { evidence: `${visibleName(a.name)}: ${e instanceof Error ? e.message : String(e)}` }
        )
      );
    }
  }
  summary(files, ctx);
  return ctx.out;
}

export const attachmentsCheck: NamedCheck = {
  name: "attachments",
  items: [11, 15],
  run: checkAttachments,
};
