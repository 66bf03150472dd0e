import { loadSendPolicy, POLICY_TTL_MS, resetPolicyCache } from "../../../src/sendcheck/policy";

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

function response(status: number, body: string) {
  return Promise.resolve({
    ok: status >= 200 && status < 300,
    status,
    text: () => Promise.resolve(body),
  } as Response);
}

const BASE = "https://addins.example.co.jp/todoku/launchevent.html";

beforeEach(() => resetPolicyCache());

describe("send-check policy loading", () => {
  test("reads policy.json beside the page and caches it for the TTL", async () => {
    const urls: string[] = [];
    const fetchImpl = ((url: string) => {
      urls.push(url);
      return response(200, JSON.stringify({ sendCheck: { enabled: false } }));
    }) as unknown as typeof fetch;
    let now = 1_000_000;
    const storage = memoryStorage();
    const deps = { fetchImpl, baseUrl: BASE, now: () => now, storage };
    expect((await loadSendPolicy(deps)).policy.sendCheck.enabled).toBe(false);
    expect(urls).toEqual(["https://addins.example.co.jp/todoku/policy.json"]);
    now += POLICY_TTL_MS - 1;
    await loadSendPolicy(deps);
    expect(urls).toHaveLength(1);
    // A new runtime (memory gone) still finds the stored copy.
    resetPolicyCache();
    expect((await loadSendPolicy(deps)).policy.sendCheck.enabled).toBe(false);
    expect(urls).toHaveLength(1);
  });

  test("no file (404) means defaults; an invalid file is reported field by field", async () => {
    const missing = await loadSendPolicy({
      fetchImpl: (() => response(404, "")) as unknown as typeof fetch,
      baseUrl: BASE,
      storage: null,
    });
    expect(missing).toEqual({
      policy: expect.objectContaining({ sendCheck: expect.objectContaining({ enabled: true }) }),
      errors: [],
    });
    resetPolicyCache();
    const bad = await loadSendPolicy({
      fetchImpl: (() =>
        response(200, JSON.stringify({ sendCheck: { mode: "block" } }))) as unknown as typeof fetch,
      baseUrl: BASE,
      storage: null,
    });
    expect(bad.policy.sendCheck.mode).toBe("promptUser");
    expect(bad.errors.map((e) => e.en).join("\n")).toMatch(/sendCheck\.mode/);
    expect(bad.errors.map((e) => e.ja).join("\n")).toMatch(
      /sendCheck\.mode："promptUser"、"softBlock" のいずれか/
    );
  });

  test("a host that does not answer costs at most the timeout, then the last good copy or the defaults", async () => {
    const hang = (() => new Promise<Response>(() => undefined)) as unknown as typeof fetch;
    const t0 = Date.now();
    const result = await loadSendPolicy({
      fetchImpl: hang,
      baseUrl: BASE,
      storage: null,
      timeoutMs: 50,
    });
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(result.policy.sendCheck.enabled).toBe(true);

    const storage = memoryStorage();
    storage.setItem(
      "todoku.sendcheck.policy",
      JSON.stringify({ text: '{"sendCheck":{"promptOnWarnings":["attachment.*"]}}', at: 0 })
    );
    resetPolicyCache();
    const stale = await loadSendPolicy({
      fetchImpl: hang,
      baseUrl: BASE,
      storage,
      timeoutMs: 50,
      now: () => POLICY_TTL_MS * 5,
    });
    expect(stale.policy.sendCheck.promptOnWarnings).toEqual(["attachment.*"]);
  });

  test("without a base URL (no page, no build value) the defaults are used without fetching", async () => {
    const fetchImpl = jest.fn();
    const result = await loadSendPolicy({
      fetchImpl: fetchImpl as unknown as typeof fetch,
      storage: null,
    });
    expect(result.errors).toEqual([]);
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe("where policy.json is looked for", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  test("in classic Outlook's page-less runtime, beside the event script (Office.context.urls)", async () => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        urls: { javascriptRuntimeUrl: "https://addins.example.co.jp/todoku/launchevent.js" },
      },
    };
    const urls: string[] = [];
    const fetchImpl = ((url: string) => {
      urls.push(url);
      return response(404, "");
    }) as unknown as typeof fetch;
    await loadSendPolicy({ fetchImpl, storage: null });
    expect(urls).toEqual(["https://addins.example.co.jp/todoku/policy.json"]);
  });
});
