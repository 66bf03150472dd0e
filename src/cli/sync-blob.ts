/**
 * A Blob for the CLI process that joins its parts at once in memory. postal-mime gathers every
 * part body into a Blob and reads it back with arrayBuffer(); Node's Blob copies through the
 * thread pool for that, one asynchronous round trip per MIME part, which over hundreds of small
 * bounces was a fifth of the run time (and more on a busy machine). The CLI reads its files one
 * by one anyway. Installed only by the CLI entry (`run`), never in the core or in tests' process.
 *
 * Only what a Blob reader needs is here: size, type, arrayBuffer, bytes, text, slice.
 */

type Part = ArrayBuffer | ArrayBufferView | string | SyncBlob;

const encoder = new TextEncoder();

function bytesOf(part: Part): Uint8Array {
  if (typeof part === "string") return encoder.encode(part);
  if (part instanceof SyncBlob) return part.content;
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}

export class SyncBlob {
  readonly content: Uint8Array;
  readonly type: string;

  constructor(parts: Iterable<Part> = [], options: { type?: string } = {}) {
    const views = Array.from(parts, bytesOf);
    if (views.length === 1) {
      this.content = (views[0] as Uint8Array).slice(); // a Blob owns a copy of its parts
    } else {
      let size = 0;
      for (const v of views) size += v.length;
      this.content = new Uint8Array(size);
      let at = 0;
      for (const v of views) {
        this.content.set(v, at);
        at += v.length;
      }
    }
    this.type = (options.type ?? "").toLowerCase();
  }

  get size(): number {
    return this.content.length;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const c = this.content;
    return Promise.resolve(
      c.byteOffset === 0 && c.byteLength === c.buffer.byteLength
        ? (c.buffer as ArrayBuffer)
        : (c.slice().buffer as ArrayBuffer)
    );
  }

  bytes(): Promise<Uint8Array> {
    return Promise.resolve(this.content.slice());
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.content));
  }

  slice(start?: number, end?: number, type?: string): SyncBlob {
    return new SyncBlob([this.content.subarray(start, end)], { type: type ?? "" });
  }

  get [Symbol.toStringTag](): string {
    return "Blob";
  }
}

/** Replaces the global Blob for this process (the CLI's own). */
export function installSyncBlob(): void {
  (globalThis as { Blob: unknown }).Blob = SyncBlob;
}
