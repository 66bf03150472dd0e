/**
 * policy.json for the send check: fetched from beside the build with a short timeout, cached in
 * memory and (where the runtime has it) in localStorage, so a slow or missing host never delays
 * sending. Any failure falls back to the last good copy, then to the defaults.
 */
import { defaultPolicy, parsePolicyText, type PolicyResult } from "../core/policy/load";
import { officeGlobal } from "../office/context";

export const POLICY_TIMEOUT_MS = 800;
/** How long a cached copy is used without asking the host again. */
export const POLICY_TTL_MS = 10 * 60 * 1000;
const STORAGE_KEY = "todoku.sendcheck.policy";

interface Cached {
  text: string;
  at: number;
}

export interface PolicyDeps {
  fetchImpl?: typeof fetch | undefined;
  /** Where policy.json lives: the directory of the add-in's pages. */
  baseUrl?: string | undefined;
  now?: (() => number) | undefined;
  timeoutMs?: number | undefined;
  storage?: Pick<Storage, "getItem" | "setItem"> | null | undefined;
}

let memory: Cached | undefined;

/** For tests: forget the in-memory copy. */
export function resetPolicyCache(): void {
  memory = undefined;
}

function defaultStorage(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // the classic Outlook JavaScript runtime has no localStorage
  }
}

/**
 * Where the add-in's files are: the running page; in classic Outlook's page-less runtime, the
 * script's own URL (Office.context.urls, Mailbox 1.14); else the base URL the build was made for.
 */
export function policyBaseUrl(): string | undefined {
  try {
    const href = globalThis.location?.href;
    if (href && /^https?:/i.test(href)) return href;
  } catch {
    // no location in the JavaScript-only runtime
  }
  try {
    const script = officeGlobal()?.context?.urls?.javascriptRuntimeUrl;
    if (script && /^https:/i.test(script)) return script;
  } catch {
    // older clients: no urls
  }
  try {
    const base = process.env.TODOKU_BASE_URL;
    return base ? base : undefined;
  } catch {
    return undefined; // no DefinePlugin value and no `process`
  }
}

function readStored(storage: PolicyDeps["storage"]): Cached | undefined {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Cached>;
    return typeof parsed.text === "string" && typeof parsed.at === "number"
      ? { text: parsed.text, at: parsed.at }
      : undefined;
  } catch {
    return undefined;
  }
}

function store(storage: PolicyDeps["storage"], cached: Cached): void {
  memory = cached;
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // storage full or refused: the memory copy still helps this runtime
  }
}

async function fetchText(
  url: string,
  fetchImpl: typeof fetch,
  timeoutMs: number
): Promise<string | null> {
  const controller = typeof AbortController === "function" ? new AbortController() : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller?.abort();
      reject(new Error(`policy.json: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const init: RequestInit = { cache: "no-cache" };
    if (controller) init.signal = controller.signal;
    const response = await Promise.race([fetchImpl(url, init), timeout]);
    if (response.status === 404) return ""; // no policy file: the defaults are the policy
    if (!response.ok) throw new Error(`policy.json: HTTP ${response.status}`);
    return await Promise.race([response.text(), timeout]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function loadSendPolicy(deps: PolicyDeps = {}): Promise<PolicyResult> {
  const now = deps.now ?? Date.now;
  const storage = deps.storage === undefined ? defaultStorage() : deps.storage;
  const cached = memory ?? readStored(storage);
  if (cached && now() - cached.at < POLICY_TTL_MS) return parsePolicyText(cached.text);

  const base = deps.baseUrl ?? policyBaseUrl();
  const fetchImpl =
    deps.fetchImpl ?? (typeof fetch === "function" ? fetch.bind(globalThis) : undefined);
  if (!base || !fetchImpl)
    return cached ? parsePolicyText(cached.text) : { policy: defaultPolicy(), errors: [] };
  try {
    const text = await fetchText(
      new URL("policy.json", base).toString(),
      fetchImpl,
      deps.timeoutMs ?? POLICY_TIMEOUT_MS
    );
    store(storage, { text: text ?? "", at: now() });
    return parsePolicyText(text);
  } catch {
    return cached ? parsePolicyText(cached.text) : { policy: defaultPolicy(), errors: [] };
  }
}
