/**
 * What the first bytes of a file say it is. Receiving filters (EOP's "true type" detection)
 * look at content, so a program renamed to .pdf is still caught: we warn before they reject.
 */
import { hasBytes, u32 } from "../archive/bytes";

export type ContentKind =
  | "windows-program"
  | "elf-program"
  | "macos-program"
  | "windows-shortcut"
  | "ole-document"
  | "pdf"
  | "zip"
  | "script";

export function sniffContent(b: Uint8Array): ContentKind | undefined {
  if (hasBytes(b, 0, [0x4d, 0x5a])) {
    // "MZ" alone can start a text file; a real program has "PE\0\0" where e_lfanew points.
    const pe = u32(b, 0x3c);
    if (pe !== undefined && hasBytes(b, pe, [0x50, 0x45, 0, 0])) return "windows-program";
  }
  if (hasBytes(b, 0, [0x7f, 0x45, 0x4c, 0x46])) return "elf-program";
  if (
    hasBytes(b, 0, [0xcf, 0xfa, 0xed, 0xfe]) ||
    hasBytes(b, 0, [0xce, 0xfa, 0xed, 0xfe]) ||
    hasBytes(b, 0, [0xfe, 0xed, 0xfa, 0xcf])
  )
    return "macos-program";
  if (hasBytes(b, 0, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) return "windows-shortcut";
  if (hasBytes(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole-document";
  if (hasBytes(b, 0, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (hasBytes(b, 0, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (hasBytes(b, 0, [0x23, 0x21])) return "script";
  return undefined;
}

export function isProgram(kind: ContentKind | undefined): boolean {
  return (
    kind === "windows-program" ||
    kind === "elf-program" ||
    kind === "macos-program" ||
    kind === "windows-shortcut"
  );
}
