/**
 * The few parts of a web (http/https) URL the link checks read: host, path, query parameters.
 * The WHATWG URL class does this where it exists (browsers, Node). Classic Outlook on Windows
 * runs the send check in a JavaScript-only runtime that is not documented to have URL, so a
 * small parser of our own stands in there: without it every link would read as unparseable and
 * a disguised link would pass the send check unseen. It handles the shapes mail links take
 * (scheme://[userinfo@]host[:port][/path][?query][#fragment]); it does not map international
 * names to punycode, which only the native class can do, nor validate a punycode ("xn--") label:
 * it keeps such a host as written, where the native class refuses an invalid one.
 */

export interface WebUrl {
  /** Lower-cased host name, without port, brackets kept off IPv6 literals' inside. */
  hostname: string;
  /** "/" when the URL has no path. */
  pathname: string;
  /** "?…" or "". */
  search: string;
  /** The first value of a query parameter, percent-decoded, or undefined. */
  param(name: string): string | undefined;
}

const NativeUrl: (new (input: string) => URL) | undefined =
  typeof URL === "function" ? URL : undefined;

function fromNative(url: URL): WebUrl {
  return {
    hostname: url.hostname.toLowerCase(),
    pathname: url.pathname,
    search: url.search,
    param: (name) => url.searchParams.get(name) ?? undefined,
  };
}

/** Query parameters as URLSearchParams reads them: "+" is a space, then percent-decoding. */
function queryParam(search: string, name: string): string | undefined {
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const eq = pair.indexOf("=");
    const key = decodeQueryPart(eq < 0 ? pair : pair.slice(0, eq));
    if (key === name) return decodeQueryPart(eq < 0 ? "" : pair.slice(eq + 1));
  }
  return undefined;
}

function decodeQueryPart(part: string): string {
  const spaced = part.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** One part of a numeric host as the URL standard reads it: 0x… hex, 0… octal, else decimal. */
function ipv4Number(part: string): number | undefined {
  let digits = part;
  let radix = 10;
  if (/^0x/i.test(part)) {
    digits = part.slice(2);
    radix = 16;
  } else if (part.length > 1 && part.startsWith("0")) {
    digits = part.slice(1);
    radix = 8;
  }
  if (digits === "") return 0;
  const valid = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  return valid.test(digits) ? parseInt(digits, radix) : undefined;
}

/**
 * A host whose last label is a number is an IPv4 address in the URL standard ("http://0" is
 * 0.0.0.0, "http://3232235777" is 192.168.1.1): dotted form, null when it is not a valid one.
 * Links to raw addresses are a spam sign, so they must read as the native class reads them.
 */
function numericHost(host: string): string | null | undefined {
  const parts = host.split(".");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  const last = parts[parts.length - 1] ?? "";
  if (!/^(0x[0-9a-f]*|[0-9]+)$/i.test(last)) return undefined; // an ordinary name
  if (parts.length > 4) return null;
  const numbers = parts.map(ipv4Number);
  if (numbers.some((n) => n === undefined)) return null;
  const values = numbers as number[];
  const head = values.slice(0, -1);
  const tail = values[values.length - 1] as number;
  if (head.some((n) => n > 255) || tail >= 256 ** (5 - values.length)) return null;
  let address = tail;
  head.forEach((n, i) => (address += n * 256 ** (3 - i)));
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

const SCHEME = /^https?:\/\//i;
const HOST_CHARS = /^[^\s/\\?#@]+$/;

/** The stand-in parser; exported so tests can hold it to the native class. */
export function parseWebUrlByHand(input: string): WebUrl | undefined {
  const text = input.trim();
  if (!SCHEME.test(text)) return undefined;
  const rest = text.replace(SCHEME, "");
  // The authority ends at the first "/", "\" (browsers read it as "/"), "?" or "#".
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === "/" || c === "\\" || c === "?" || c === "#") {
      end = i;
      break;
    }
  }
  const authority = rest.slice(0, end);
  const hostAndPort = authority.slice(authority.lastIndexOf("@") + 1);
  let hostname: string;
  if (hostAndPort.startsWith("[")) {
    const close = hostAndPort.indexOf("]");
    if (close < 0) return undefined;
    hostname = hostAndPort.slice(0, close + 1);
  } else {
    const colon = hostAndPort.indexOf(":");
    hostname = colon < 0 ? hostAndPort : hostAndPort.slice(0, colon);
    if (!HOST_CHARS.test(hostname)) return undefined;
    const numeric = numericHost(hostname.toLowerCase());
    if (numeric === null) return undefined;
    if (numeric !== undefined) hostname = numeric;
  }
  const tail = rest.slice(end).replace(/\\/g, "/");
  const hash = tail.indexOf("#");
  const beforeHash = hash < 0 ? tail : tail.slice(0, hash);
  const q = beforeHash.indexOf("?");
  const path = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const search = q < 0 || q === beforeHash.length - 1 ? "" : beforeHash.slice(q);
  return {
    hostname: hostname.toLowerCase(),
    pathname: path === "" ? "/" : path,
    search,
    param: (name) => queryParam(search, name),
  };
}

/** Parses an absolute http(s) URL; undefined when it is not one. */
export function parseAbsoluteWebUrl(input: string): WebUrl | undefined {
  if (!NativeUrl) return parseWebUrlByHand(input);
  try {
    const url = new NativeUrl(input);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return fromNative(url);
  } catch {
    return undefined;
  }
}
