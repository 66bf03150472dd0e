/**
 * A small cursor over one header value that understands RFC 5322 comments and quoted strings.
 * Every read either consumes input or reports that it cannot, so parsers built on it run in
 * time linear in the input, whatever the input is (nested or unterminated comments included).
 */
export class Scanner {
  pos = 0;
  /** Problems met while reading (unterminated comment or quoted string). */
  readonly errors: string[] = [];

  constructor(readonly text: string) {}

  get done(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos] ?? "";
  }

  /** Skips white space and comments; returns the comments' text (outer parentheses removed). */
  skipCfws(): string[] {
    const comments: string[] = [];
    for (;;) {
      while (!this.done && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
      if (this.peek() !== "(") return comments;
      comments.push(this.readComment());
    }
  }

  /** Reads a comment starting at "(", nested comments and backslash escapes included. */
  private readComment(): string {
    let depth = 0;
    let out = "";
    while (!this.done) {
      const c = this.text[this.pos++] as string;
      if (c === "\\" && !this.done) {
        out += this.text[this.pos++];
        continue;
      }
      if (c === "(") {
        if (depth > 0) out += c;
        depth++;
        continue;
      }
      if (c === ")") {
        depth--;
        if (depth === 0) return out.trim();
        out += c;
        continue;
      }
      out += c;
    }
    this.errors.push("unterminated comment");
    return out.trim();
  }

  /** Reads a quoted string starting at '"'; returns its content without the quotes. */
  readQuoted(): string {
    this.pos++; // opening quote
    let out = "";
    while (!this.done) {
      const c = this.text[this.pos++] as string;
      if (c === "\\" && !this.done) {
        out += this.text[this.pos++];
        continue;
      }
      if (c === '"') return out;
      out += c;
    }
    this.errors.push("unterminated quoted string");
    return out;
  }

  /** Reads characters up to (not including) white space, "(", or any of `stops`. */
  readUntil(stops: string): string {
    const start = this.pos;
    while (!this.done) {
      const code = this.text.charCodeAt(this.pos);
      const c = this.text[this.pos] as string;
      if (isSpace(code) || c === "(" || stops.includes(c)) break;
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  /** A value: a quoted string, or a run of characters up to white space, "(" or `stops`. */
  readValue(stops: string): string {
    return this.peek() === '"' ? this.readQuoted() : this.readUntil(stops);
  }

  /** Consumes `c` if it is next; says whether it did. */
  eat(c: string): boolean {
    if (this.peek() !== c) return false;
    this.pos++;
    return true;
  }

  /** Skips to just after the next `c` outside comments and quoted strings (or to the end). */
  skipPast(c: string): void {
    while (!this.done) {
      const ch = this.peek();
      if (ch === "(") {
        this.skipCfws();
        continue;
      }
      if (ch === '"') {
        this.readQuoted();
        continue;
      }
      this.pos++;
      if (ch === c) return;
    }
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
