/**
 * Password-protected documents (not archives): an Office Open XML file saved with a password is
 * wrapped in an OLE compound file, so a .docx/.xlsx/.pptx whose bytes start with the OLE
 * signature is encrypted. A PDF with a password names an /Encrypt dictionary in its trailer,
 * which sits near the end of the file.
 */
import { indexOfBytes } from "../archive/bytes";
import { OOXML_PLAIN, MACRO_ENABLED } from "./lists";
import { sniffContent } from "./magic";

const PDF_TAIL = 64 * 1024;
const ENCRYPT = [..."/Encrypt"].map((c) => c.charCodeAt(0));

export function isEncryptedDocument(ext: string, bytes: Uint8Array): "office" | "pdf" | undefined {
  const kind = sniffContent(bytes);
  if ((OOXML_PLAIN.has(ext) || MACRO_ENABLED.has(ext)) && kind === "ole-document") return "office";
  if (
    kind === "pdf" &&
    indexOfBytes(bytes, ENCRYPT, Math.max(0, bytes.length - PDF_TAIL), bytes.length) >= 0
  ) {
    return "pdf";
  }
  return undefined;
}
