/**
 * Extension lists that receiving systems block, as facts from the vendors' documentation
 * (snapshots recorded in docs; vendors change these lists, so the snapshot is named here).
 *
 * - Outlook on the web / new Outlook: default BlockedFileTypes of OwaMailboxPolicy
 *   (Set-OwaMailboxPolicy reference, office-docs-powershell commit 0f5d520). Classic Outlook's
 *   Level 1 list is a subset of it.
 * - Exchange Online Protection: the 53 default types of the common attachments filter
 *   (defender-docs anti-malware-protection-about, ms.date 2025-05-13). Rejects with an NDR.
 * - Gmail: the blocked file types of support.google.com/mail/answer/6590 (the newest snapshot
 *   seen). Gmail also looks inside archives.
 */

export type BlockListId = "outlook-web" | "eop-common-filter" | "gmail" | "policy";

function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter((w) => w !== "")
      .map((w) => (w.startsWith(".") ? w : `.${w}`))
  );
}

export const OUTLOOK_WEB_BLOCKED = set(`
  ade adp apk app appcontent-ms application appref-ms appx asp aspx asx bas bat bgi cab cdxml
  cer chm cmd cnt com cpl crt csh der diagcab exe fxp gadget grp hlp hpj hta htc img inf ins
  iso isp its jar jnlp js jse ksh library-ms lnk mad maf mag mam maq mar mas mat mau mav maw
  mcf mda mdb mde mdt mdw mdz mht mhtml msc msh msh1 msh1xml msh2 msh2xml mshxml msi msp mst
  msu ops osd pcd pif pl plg prf prg printerexport ps1 ps1xml ps2 ps2xml psc1 psc2 psd1 psdm1
  pssc pst py pyc pyo pyw pyz pyzw reg scf scr sct search-ms settingcontent-ms shb shs theme
  tmp udl url vb vbe vbp vbs vhd vhdx vsmacros vsw webpnp website ws wsb wsc wsf wsh xbap xll
  xnk
`);

export const EOP_COMMON_FILTER_BLOCKED = set(`
  ace ani apk app appx arj bat cab cmd com deb dex dll docm elf exe hta img iso jar jnlp kext
  lha lib library lnk lzh macho msc msi msix msp mst pif ppa ppam reg rev scf scr sct sys uif
  vb vbe vbs vxd wsc wsf wsh xll xz z
`);

export const GMAIL_BLOCKED = set(`
  ade adp apk appx appxbundle bat cab chm cmd com cpl diagcab diagcfg diagpkg dll dmg ex ex_
  exe hta img ins isp jar jnlp js jse lib lnk mde mjs msc msi msix msixbundle msp mst nsh pif
  ps1 scr sct shb sys vb vbe vbs vhd vxd wsc wsf wsh xll
`);

/** Outlook on the web's default BlockedMimeTypes. */
export const OUTLOOK_WEB_BLOCKED_MIME: ReadonlySet<string> = new Set([
  "application/hta",
  "application/javascript",
  "application/msaccess",
  "application/prg",
  "application/x-javascript",
  "text/javascript",
  "text/scriplet",
  "x-internet-signup",
]);

/** Content types that announce a program (not a list of any provider: common names of executables). */
export const EXECUTABLE_MIME: ReadonlySet<string> = new Set([
  "application/x-msdownload",
  "application/x-msdos-program",
  "application/x-dosexec",
  "application/x-executable",
  "application/x-ms-installer",
  "application/x-msi",
  "application/x-ms-shortcut",
  "application/vnd.microsoft.portable-executable",
  "application/x-sh",
  "application/x-csh",
  "application/x-bat",
  "application/x-powershell",
  "application/java-archive",
  "application/x-java-archive",
  "application/vnd.ms-cab-compressed",
]);

/** Office formats that carry VBA macros by design (the "m" variants and add-ins). */
export const MACRO_ENABLED = set(`
  docm dotm xlsm xltm xlam pptm potm ppam ppsm sldm
`);

/**
 * Office zip formats whose macros are judged by their content: Office Open XML without macros
 * (a VBA project inside one is out of place), and the Excel binary workbook (.xlsb), an everyday
 * format for large sheets that holds macros only when saved with them (xl/vbaProject.bin).
 */
export const OOXML_PLAIN = set(`docx dotx xlsx xltx pptx potx ppsx xlsb`);
