/**
 * Content-Type / Content-Disposition values for the fast MIME reader: `value; name=token;
 * name="quoted"`, RFC 2231 continuations and charset-tagged sections. Written anew for issue #17
 * (one pass, no regex per character), reading them the way postal-mime does; a value with an
 * RFC 822 comment outside quotes, or an odd RFC 2231 shape, is declined (Decline) rather than
 * guessed.
 */
import { Decline, decodeCharset } from "./fast-decode";

export interface Structured {
  /** Lower-cased main value ("text/plain"), as written otherwise. */
  value: string;
  /** Parameters by lower-cased name; the first of a duplicated name wins. */
  params: Map<string, string>;
}

/**
 * Declines a value where a `(` would open a comment: outside a quoted string and not escaped
 * (a backslash escapes the next character anywhere, for this test).
 */
function checkNoComment(s: string): void {
  if (s.indexOf("(") < 0) return;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) quoted = !quoted;
    else if (c === 0x28 && !quoted) throw new Decline("comment in a structured header");
  }
}

export function parseStructured(s: string): Structured {
  checkNoComment(s);
  const params = new Map<string, string>();
  let main = "";
  let isMain = true;
  let key = "";
  let inKey = false;
  // the value so far, the whitespace held back after it, and the run of characters being read
  let val = "";
  let space = "";
  let run = -1;
  let quoted = false;
  let closed = false;
  let segStart = 0;

  const store = (name: string, v: string): void => {
    if (name && !params.has(name)) params.set(name, v);
  };
  const closeRun = (i: number): void => {
    if (run >= 0) {
      val += s.slice(run, i);
      run = -1;
    }
  };
  // the character at i belongs to the value; whitespace before it counts only inside the value
  const take = (i: number): void => {
    if (run < 0) {
      if (val.length) val += space;
      space = "";
      run = i;
    }
  };
  const finishValue = (): void => {
    if (isMain) {
      main = val;
      isMain = false;
    } else store(key, val);
    val = "";
    space = "";
    closed = false;
  };

  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inKey) {
      if (c === 0x3d) {
        key = s.slice(segStart, i).trim().toLowerCase();
        inKey = false;
        val = "";
        space = "";
        closed = false;
      } else if (c === 0x3b) {
        store(s.slice(segStart, i).trim().toLowerCase(), "");
        segStart = i + 1;
      }
      continue;
    }
    if (closed) {
      // whatever follows a closed quoted string, up to the `;`, is not part of the value
      if (c === 0x3b) {
        finishValue();
        inKey = true;
        segStart = i + 1;
      }
      continue;
    }
    if (quoted) {
      if (c === 0x5c) {
        closeRun(i);
        if (++i < s.length) take(i);
      } else if (c === 0x22) {
        closeRun(i);
        quoted = false;
        closed = true;
      } else take(i);
      continue;
    }
    if (c === 0x22) {
      closeRun(i);
      quoted = true;
      if (val.length) val += space;
      space = "";
    } else if (c === 0x3b) {
      closeRun(i);
      finishValue();
      inKey = true;
      segStart = i + 1;
    } else if (c === 0x20 || c === 0x09) {
      closeRun(i);
      space += s[i];
    } else take(i);
  }
  closeRun(s.length);
  if (inKey) store(s.slice(segStart).trim().toLowerCase(), "");
  else finishValue();

  continuations(params);
  return { value: main ? main.toLowerCase() : main, params };
}

interface Section {
  nr: number;
  value: string;
  encoded: boolean;
}

const SECTION = /\*((\d+)\*?)?$/;

/** RFC 2231: `name*0*=utf-8''%E3%81%82; name*1=…` joined and decoded into `name`. */
function continuations(params: Map<string, string>): void {
  let groups: Map<string, { charset: string | null; sections: Section[] }> | undefined;
  for (const [name, value] of params) {
    if (name.indexOf("*") < 0) continue;
    const m = SECTION.exec(name);
    if (!m) continue;
    const base = name.slice(0, m.index);
    // only the plain shapes: name*, name*N, name*N*
    if (base.indexOf("*") >= 0 || (m[2] !== undefined && m[2].length > 1 && m[2][0] === "0"))
      throw new Decline("odd parameter continuation");
    const nr = m[2] === undefined ? 0 : Number(m[2]);
    const encoded = name.endsWith("*");
    groups ??= new Map();
    let g = groups.get(base);
    if (!g) {
      g = { charset: null, sections: [] };
      groups.set(base, g);
    }
    let text = value;
    if (nr === 0 && encoded) {
      const q1 = value.indexOf("'");
      const q2 = q1 < 0 ? -1 : value.indexOf("'", q1 + 1);
      if (q2 >= 0) {
        if (/[\r\n\u2028\u2029]/.test(value.slice(q2 + 1)))
          throw new Decline("line break in an RFC 2231 value");
        if (g.charset !== null) throw new Decline("two charset sections");
        g.charset = value.slice(0, q1) || "utf-8";
        text = value.slice(q2 + 1);
      }
    }
    for (const other of g.sections)
      if (other.nr === nr) throw new Decline("duplicate continuation section");
    g.sections.push({ nr, value: text, encoded });
  }
  if (!groups) return;
  for (const name of [...params.keys()]) if (SECTION.test(name)) params.delete(name);
  for (const [base, g] of groups) {
    if (params.has(base)) continue;
    g.sections.sort((a, b) => a.nr - b.nr);
    let out = "";
    let pending = "";
    for (const sec of g.sections) {
      if (sec.encoded) {
        pending += sec.value;
        continue;
      }
      if (pending) out += percentDecode(pending, g.charset);
      pending = "";
      out += sec.value;
    }
    if (pending) out += percentDecode(pending, g.charset);
    params.set(base, out);
  }
}

/** Made on first use, like every decoder here: the send-check runtime may lack TextEncoder. */
let encoder: TextEncoder | undefined;

/** `%XX` as a byte, other characters as their UTF-8 bytes, then decoded in the charset. */
function percentDecode(s: string, charset: string | null): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25) {
      const hi = hex(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hex(s.charCodeAt(i + 2));
      if (lo >= 0) {
        bytes.push((hi << 4) | lo);
        i += 2;
        continue;
      }
    }
    if (c > 126) {
      if (c >= 0xd800 && c <= 0xdfff) throw new Decline("surrogate in an RFC 2231 value");
      for (const x of (encoder ??= new TextEncoder()).encode(s[i] as string)) bytes.push(x);
    } else bytes.push(c);
  }
  return decodeCharset(new Uint8Array(bytes), charset || "utf-8");
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}
