/**
 * Hostile mail, generated in the test (never committed as large files): archives that lie about
 * their sizes, many archives at once, bodies of millions of lines, base64 junk, control
 * characters in header fields. Each builder says which attack it stands for.
 */
import { deflateRawSync, constants as zlib } from "node:zlib";
import { burn, type Entry } from "@kenjiuno/msgreader/lib/Burner";
import { LZMA } from "lzma/src/lzma_worker.js";
import { encodedHeader, wrap } from "../fixtures/attachments/7z/build";

const te = new TextEncoder();
const MIB = 1024 * 1024;

export const HEAD =
  "From: Taro <taro@example.co.jp>\r\nTo: hanako@example.com\r\nSubject: hello\r\nDate: Mon, 2 Nov 2026 10:00:00 +0900\r\nMessage-ID: <r@example.co.jp>\r\nMIME-Version: 1.0\r\n";

/**
 * A raw deflate stream of `mib` MiB of zeros, about 1 KB per MiB: one fully flushed segment (byte
 * aligned, no back-reference across it) repeated, then an empty final block.
 */
export function zeroBomb(mib: number): Uint8Array {
  const segment = deflateRawSync(new Uint8Array(MIB), {
    level: 9,
    finishFlush: zlib.Z_FULL_FLUSH,
  });
  const end = Uint8Array.from([0x03, 0x00]);
  const out = new Uint8Array(segment.length * mib + end.length);
  for (let i = 0; i < mib; i++) out.set(segment, i * segment.length);
  out.set(end, segment.length * mib);
  return out;
}

export interface ZipMember {
  name: string;
  /** The bytes as stored (already deflated when method is 8). */
  stored: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the headers declare. */
  declaredSize: number;
}

function le(view: DataView, at: number, value: number, bytes: 2 | 4): void {
  if (bytes === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value >>> 0, true);
}

/**
 * A ZIP written by hand so that it can lie: `directory` lists entries by name, each pointing at
 * the local header of member `member` (several names may point at the same member).
 */
export function craftZip(
  members: ZipMember[],
  directory: { name: string; member: number }[]
): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const m of members) {
    const name = te.encode(m.name);
    const h = new Uint8Array(30 + name.length);
    const v = new DataView(h.buffer);
    le(v, 0, 0x04034b50, 4);
    le(v, 4, 20, 2);
    le(v, 8, m.method, 2);
    le(v, 18, m.stored.length, 4);
    le(v, 22, m.declaredSize, 4);
    le(v, 26, name.length, 2);
    h.set(name, 30);
    offsets.push(at);
    parts.push(h, m.stored);
    at += h.length + m.stored.length;
  }
  const cdStart = at;
  for (const d of directory) {
    const m = members[d.member]!;
    const name = te.encode(d.name);
    const h = new Uint8Array(46 + name.length);
    const v = new DataView(h.buffer);
    le(v, 0, 0x02014b50, 4);
    le(v, 4, 20, 2);
    le(v, 6, 20, 2);
    le(v, 10, m.method, 2);
    le(v, 20, m.stored.length, 4);
    le(v, 24, m.declaredSize, 4);
    le(v, 28, name.length, 2);
    le(v, 42, offsets[d.member]!, 4);
    h.set(name, 46);
    parts.push(h);
    at += h.length;
  }
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  le(v, 0, 0x06054b50, 4);
  le(v, 8, Math.min(0xffff, directory.length), 2);
  le(v, 10, Math.min(0xffff, directory.length), 2);
  le(v, 12, at - cdStart, 4);
  le(v, 16, cdStart, 4);
  parts.push(eocd);
  return concat(parts);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** An honest ZIP of stored or deflated members. */
export function honestZip(
  files: { name: string; data: Uint8Array; deflate?: boolean }[]
): Uint8Array {
  const members: ZipMember[] = files.map((f) => ({
    name: f.name,
    stored: f.deflate ? new Uint8Array(deflateRawSync(f.data)) : f.data,
    method: f.deflate ? 8 : 0,
    declaredSize: f.data.length,
  }));
  return craftZip(
    members,
    files.map((f, i) => ({ name: f.name, member: i }))
  );
}

/** The issue's archive: every directory entry an inner ".zip" over one 1 GiB zero stream declaring 0 bytes. */
export function lyingZip(entries: number, bombMib = 1024, declaredSize = 0): Uint8Array {
  const bomb = zeroBomb(bombMib);
  return craftZip(
    [{ name: "a.zip", stored: bomb, method: 8, declaredSize }],
    Array.from({ length: entries }, (_, i) => ({ name: `part${i}.zip`, member: 0 }))
  );
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join("\r\n");
}

/** A mail carrying the given files as base64 attachments. */
export function mailWithAttachments(
  files: { name: string; data: Uint8Array }[],
  subject = "files"
): string {
  const parts = files.map(
    (f) =>
      `--b\r\nContent-Type: application/zip; name="${f.name}"\r\nContent-Disposition: attachment; filename="${f.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(f.data)}\r\n`
  );
  return `${HEAD.replace("Subject: hello", `Subject: ${subject}`)}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n${parts.join("")}--b--\r\n`;
}

/**
 * `bytes` of body made of lines `line` (e.g. "a\n": 4 million lines in 8 MB); `type` is the
 * Content-Type (format=flowed joins lines that end in a space into one).
 */
export function manyLinesMail(bytes: number, line = "a\n", type = "text/plain"): string {
  return `${HEAD}Content-Type: ${type}\r\n\r\n${line.repeat(Math.ceil(bytes / line.length))}`;
}

/** A base64 attachment of junk that pads every few characters (each "=" ends a base64 unit). */
export function base64JunkMail(bytes: number): string {
  return `${HEAD}Content-Type: multipart/mixed; boundary=g\r\n\r\n--g\r\nContent-Type: application/zip; name=a.zip\r\nContent-Disposition: attachment; filename=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n${"!A=B/+\r\n".repeat(Math.ceil(bytes / 8))}\r\n--g--\r\n`;
}

/**
 * PR_RTF_COMPRESSED (LZFu) that expands ~8x: after a few literals, references that copy 17 bytes
 * each, so `outBytes` of output come from about outBytes / 8 of input. `declared` is the raw
 * size its header claims.
 */
export function rtfBomb(outBytes: number, declared = outBytes): Uint8Array {
  const body: number[] = [];
  let write = 207; // after the preset dictionary
  let produced = 0;
  while (produced < outBytes) {
    body.push(0xff);
    for (let i = 0; i < 8; i++) {
      const from = (write + 2048) & 4095; // never the write position, which would end the stream
      body.push(from >> 4, ((from & 15) << 4) | 15);
      write = (write + 17) & 4095;
      produced += 17;
    }
  }
  body.push(0x01, write >> 4, (write & 15) << 4); // the end marker
  const out = new Uint8Array(16 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, out.length - 4, true);
  view.setUint32(4, declared, true);
  view.setUint32(8, 0x75465a4c, true); // "LZFu"
  out.set(body, 16);
  return out;
}

/** RTF kept uncompressed ("MELA", [MS-OXRTFCP] 2.1.3.1), as PR_RTF_COMPRESSED holds it. */
export function rtfStored(rtf: string): Uint8Array {
  const body = new Uint8Array(rtf.length);
  for (let i = 0; i < rtf.length; i++) body[i] = rtf.charCodeAt(i) & 0xff;
  const out = new Uint8Array(16 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, out.length - 4, true);
  view.setUint32(4, body.length, true);
  view.setUint32(8, 0x414c454d, true); // "MELA"
  out.set(body, 16);
  return out;
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2 + 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/**
 * A minimal Outlook item (.msg): message class, subject, and a body kept only as compressed RTF,
 * in a Compound File written by msgreader's own writer.
 */
export function msgWithRtf(subject: string, compressedRtf: Uint8Array): Uint8Array {
  const props: { tag: number; size: number; data: Uint8Array }[] = [
    { tag: 0x001a001f, size: 0, data: utf16("IPM.Note") },
    { tag: 0x0037001f, size: 0, data: utf16(subject) },
    { tag: 0x10090102, size: 0, data: compressedRtf },
  ];
  const stream = new Uint8Array(32 + 16 * props.length);
  const view = new DataView(stream.buffer);
  props.forEach((p, i) => {
    view.setUint32(32 + 16 * i, p.tag, true);
    view.setUint32(32 + 16 * i + 4, 6, true);
    view.setUint32(32 + 16 * i + 8, p.data.length, true);
  });
  const hex8 = (n: number) => n.toString(16).toUpperCase().padStart(8, "0");
  const entries: Entry[] = [{ name: "Root Entry", type: 5, children: [], length: 0 }];
  const add = (e: (typeof entries)[number]) => {
    entries.push(e);
    entries[0]!.children!.push(entries.length - 1);
  };
  add({
    name: "__properties_version1.0",
    type: 2,
    length: stream.length,
    binaryProvider: () => stream,
  });
  for (const p of props)
    add({
      name: `__substg1.0_${hex8(p.tag)}`,
      type: 2,
      length: p.data.length,
      binaryProvider: () => p.data,
    });
  return burn(entries);
}

/**
 * A 7z whose encoded header unpacks (LZMA) to that same encoded header followed by zeros, `unpack`
 * bytes in all: a reader that follows encoded headers unpacks it again at every level it allows.
 * The work is real while the file is a few kilobytes; many of them in one mail multiply it.
 */
export function selfUnpacking7z(unpack: number): Uint8Array {
  // The coder properties (an ".lzma" file's first five bytes) depend only on the mode.
  const props = LZMA.compress([0], 1)
    .slice(0, 5)
    .map((x) => x & 0xff);
  let packedLength = 1000;
  let stream: Uint8Array = new Uint8Array(0);
  let header: Uint8Array = new Uint8Array(0);
  // The packed length is written inside what is packed: iterate to the fixed point.
  for (let round = 0; round < 20; round++) {
    header = encodedHeader(packedLength, props, unpack);
    const plain = new Uint8Array(unpack);
    plain.set(header);
    stream = Uint8Array.from(LZMA.compress(plain, 1), (x) => x & 0xff).subarray(13);
    if (stream.length === packedLength) break;
    packedLength = stream.length;
  }
  return wrap(stream, header);
}
