/** Small DOM helpers for the offline manifest checks (xmldom, namespace-aware). */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export interface Parsed {
  doc: Document;
  problems: string[];
}

/** Parses strictly: every warning, error and fatal error from the parser is collected. */
export function parseXml(text: string): Parsed {
  const problems: string[] = [];
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => void problems.push(`${level}: ${message}`),
    }).parseFromString(text, "text/xml");
  } catch (e) {
    problems.push(`fatal: ${e instanceof Error ? e.message : String(e)}`);
    doc = new DOMParser().parseFromString("<empty/>", "text/xml");
  }
  return { doc, problems };
}

export function kids(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function all(el: Element | Document): Element[] {
  const root = "documentElement" in el ? (el.documentElement as Element) : el;
  const out: Element[] = [];
  const walk = (e: Element): void => {
    out.push(e);
    for (const k of kids(e)) walk(k);
  };
  walk(root);
  return out;
}

export function xsiType(el: Element): string | null {
  return el.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

export function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) out.push(p as Element);
  return out;
}

/** The VersionOverrides that owns an element (the innermost one). */
export function scopeOf(el: Element): Element | undefined {
  return ancestors(el).find((a) => a.localName === "VersionOverrides");
}

/**
 * Children must appear in the order of `sequence` (the XSD's xs:sequence); names outside the
 * sequence are reported too. Returns the problems found.
 */
export function orderProblems(
  parent: Element,
  sequence: readonly string[],
  label: string
): string[] {
  const problems: string[] = [];
  let last = -1;
  for (const child of kids(parent)) {
    const index = sequence.indexOf(child.localName ?? "");
    if (index < 0) {
      problems.push(`${label}: unexpected <${child.localName}>`);
      continue;
    }
    if (index < last)
      problems.push(`${label}: <${child.localName}> comes after <${sequence[last]}>`);
    last = Math.max(last, index);
  }
  return problems;
}
