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
import type { Finding } from "../model/finding";
import { say, sayAs, text } from "../messages";
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

const SHARE_LINK_FIX: Localized = text("attachment.share-link", {});

const noExtension = (): Localized => text("attachment.no-extension", {});

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
    ctx.out.push(
      say(
        11,
        "attachment.blocked-extension",
        "problem",
        { file: clip(shown, EVIDENCE_NAME_CHARS), ext: extensionOf(name), lists: listNames(lists) },
        { evidence: shown, fix: SHARE_LINK_FIX }
      )
    );
  }
  if (hasBidiControl(name)) {
    ctx.out.push(
      say(
        11,
        "attachment.rtl-override",
        "problem",
        { ext: extensionOf(name) || noExtension().ja },
        { evidence: shown }
      )
    );
  }
  if (isDisguisedName(name, (ext) => isRiskyExtension(ext, ctx.policyBlocked))) {
    ctx.out.push(
      say(
        11,
        "attachment.double-extension",
        "warning",
        { file: clip(shown, EVIDENCE_NAME_CHARS), ext: extensionOf(name) },
        { evidence: shown }
      )
    );
  }
  const type = (a.contentType ?? "").toLowerCase().split(";")[0]?.trim() ?? "";
  if (type && (OUTLOOK_WEB_BLOCKED_MIME.has(type) || EXECUTABLE_MIME.has(type))) {
    const owa = OUTLOOK_WEB_BLOCKED_MIME.has(type);
    ctx.out.push(
      owa
        ? say(
            11,
            "attachment.blocked-content-type",
            "problem",
            { file: clip(shown, EVIDENCE_NAME_CHARS), type },
            { evidence: shown, fix: SHARE_LINK_FIX }
          )
        : say(
            11,
            "attachment.executable-content-type",
            "warning",
            { file: clip(shown, EVIDENCE_NAME_CHARS), type },
            { evidence: shown, fix: SHARE_LINK_FIX }
          )
    );
  }
  if (MACRO_ENABLED.has(extensionOf(name))) macroFinding([name], ctx);
}

function macroFinding(names: readonly string[], ctx: Context): void {
  ctx.out.push(say(11, "attachment.macro-enabled", "warning", {}, { evidence: listSome(names) }));
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
      say(
        11,
        "attachment.unreadable",
        "unavailable",
        { file: clip(shown, EVIDENCE_NAME_CHARS) },
        { evidence: shown }
      )
    );
    return;
  }
  const bytes = a.content;
  if (bytes === undefined) {
    if (archiveByName) {
      ctx.unread++;
      ctx.out.push(
        say(
          11,
          "attachment.archive-not-read",
          "info",
          { file: clip(shown, EVIDENCE_NAME_CHARS) },
          { evidence: shown }
        )
      );
    }
    return;
  }
  if (bytes.length > policy.limits.maxInspectBytes) {
    ctx.unread++;
    ctx.out.push(
      say(
        11,
        "attachment.too-large-to-inspect",
        "unavailable",
        {
          file: clip(shown, EVIDENCE_NAME_CHARS),
          size: bytes.length,
          limit: policy.limits.maxInspectBytes,
        },
        { evidence: shown }
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
      say(
        11,
        "attachment.program-renamed",
        "problem",
        { file: clip(shown, EVIDENCE_NAME_CHARS), ext: ext ? { ja: ext, en: ext } : noExtension() },
        { evidence: shown, fix: SHARE_LINK_FIX }
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
        say(
          11,
          "attachment.archive-damaged",
          "warning",
          { file: clip(shown, EVIDENCE_NAME_CHARS) },
          { evidence: shown }
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
    ctx.out.push(
      say(
        11,
        "attachment.blocked-in-archive",
        "problem",
        {
          file: clip(visibleName(name), EVIDENCE_NAME_CHARS),
          count: blocked.length,
          lists: listNames([...blockedLists]),
        },
        { evidence: listSome(blocked), fix: SHARE_LINK_FIX }
      )
    );
  }
  if (outlookOnly.length > 0) {
    ctx.out.push(
      say(
        11,
        "attachment.risky-in-archive",
        "warning",
        { file: clip(visibleName(name), EVIDENCE_NAME_CHARS), count: outlookOnly.length },
        { evidence: listSome(outlookOnly), fix: SHARE_LINK_FIX }
      )
    );
  }
  if (disguised.length > 0) {
    ctx.out.push(
      say(
        11,
        "attachment.disguised-in-archive",
        "problem",
        {},
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
    if (policy.attachments.warnOnEncryptedArchives) {
      encryptedFinding(
        encrypted
          .map((x) => describePath(name, x.path))
          .slice(0, EVIDENCE_ITEMS)
          .join("; "),
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
        say(
          11,
          "attachment.encrypted-nested-archive",
          ctx.toGmail ? "problem" : "warning",
          {},
          { evidence: listSome(examples) }
        )
      );
    }
  }
}

/** The archive reader's reasons (English, for diagnostics) in the reader's words. */
const NOTE_REASONS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Localized]> = [
  [/nesting limit/, () => text("attachment.reason.nesting", {})],
  [/members of an? (\w+) archive/, (m) => text("attachment.reason.format", { format: m[1] ?? "" })],
  [/encrypted/, () => text("attachment.reason.encrypted", {})],
  [/too many nested/, () => text("attachment.reason.too-many-nested", {})],
  [/too large to open/, () => text("attachment.reason.too-large", {})],
  [/budget/, () => text("attachment.reason.budget", {})],
  [/could not be decompressed|cut short/, () => text("attachment.reason.damaged", {})],
  [/compression method (\S+)/, (m) => text("attachment.reason.method", { method: m[1] ?? "" })],
  [/not an archive format/, () => text("attachment.reason.not-archive", {})],
  [/local header|past the end/, () => text("attachment.reason.position", {})],
  [/names are stored compressed/, () => text("attachment.reason.names-packed", {})],
  [/too many entries/, () => text("attachment.reason.too-many-entries", {})],
  [/are not listed/, () => text("attachment.reason.not-listed", {})],
];

function localReason(reason: string): Localized {
  for (const [pattern, words] of NOTE_REASONS) {
    const m = pattern.exec(reason);
    if (m) return words(m);
  }
  return text("attachment.reason.other", {});
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
  // The evidence names the files only: the reasons are said in the message, in the reader's words.
  const evidence = listSome(notes.map((n) => describePath(name, n.path)));
  const others: Localized =
    notes.length > 1 ? text("attachment.others", { count: notes.length - 1 }) : { ja: "", en: "" };
  if (kind === "damaged") {
    ctx.out.push(
      sayAs(
        11,
        "attachment.archive-damaged",
        "attachment.archive-cut-short",
        "warning",
        { file: where, others },
        { evidence }
      )
    );
  } else if (kind === "names-hidden") {
    ctx.out.push(
      say(
        11,
        "attachment.archive-names-hidden",
        "warning",
        { file: where, others },
        { evidence, fix: SHARE_LINK_FIX }
      )
    );
  } else {
    ctx.notOpened += notes.length;
    ctx.out.push(
      say(
        11,
        "attachment.archive-not-opened",
        "info",
        { file: where, others, why: localReason(first.reason) },
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
  ctx.out.push(
    what === "archive"
      ? say(
          15,
          "attachment.encrypted-archive",
          "warning",
          {},
          // The sender chose the password file and sends it another way: the fix is theirs.
          { evidence: clip(evidence, 600), who: ["you"] }
        )
      : say(
          15,
          "attachment.encrypted-document",
          "warning",
          { what: text(what === "PDF" ? "attachment.kind.pdf" : "attachment.kind.office", {}) },
          { evidence: clip(evidence, 600), who: ["you"] }
        )
  );
}

// ------------------------------------------------------------------ summary

function summary(files: readonly AttachmentInfo[], ctx: Context): void {
  const has11 = ctx.out.some(
    (f) => f.item === 11 && (f.severity === "problem" || f.severity === "warning")
  );
  if (!has11) {
    ctx.out.push(
      files.length === 0
        ? sayAs(11, "attachment.checked", "attachment.checked-none", "ok", {})
        : say(
            11,
            "attachment.checked",
            "ok",
            {
              count: files.length,
              archives: ctx.archives,
              inside: ctx.filesInArchives,
              unopened: ctx.notOpened + ctx.unread,
            },
            {
              evidence: files
                .map((f) => visibleName(f.name))
                .slice(0, 10)
                .join("; "),
            }
          )
    );
  }
  if (files.length > 0 && ctx.encrypted === 0) {
    // info, not ok: item 15 is about the other side's security policy, which we cannot see.
    ctx.out.push(say(15, "attachment.no-encrypted", "info", {}));
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
    } catch {
      ctx.unread++;
      ctx.out.push(
        sayAs(
          11,
          "attachment.unreadable",
          "attachment.check-failed",
          "unavailable",
          { file: clip(visibleName(a.name), EVIDENCE_NAME_CHARS) },
          { evidence: visibleName(a.name) }
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
