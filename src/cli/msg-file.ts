/** An Outlook item file read with the CLI's RTF reader; loaded by main.ts on the first .msg. */
import { parseMsg } from "../core/mime/msg";
import type { MessageSnapshot } from "../core/model/snapshot";
import { rtfBody } from "./rtf";

export function parseMsgFile(bytes: Uint8Array): Promise<MessageSnapshot> {
  return parseMsg(bytes, { rtfBody });
}
