/**
 * Offline checks of manifest.xml (Microsoft's validator needs the network: `npm run validate`).
 * They cover what breaks a deployment: malformed XML, elements out of the XSD's order, a resid
 * that resolves nowhere, a URL that is not https or points at another host, production URLs
 * left on localhost, icons missing or of the wrong size, a changed Id, and features declared
 * under a requirement set too old for them.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "@xmldom/xmldom";
import { all, kids, orderProblems, parseXml, scopeOf, xsiType } from "./manifest-xml";
import { TASKPANE_COMMAND_ID } from "../../../src/sendcheck/handler";

const ROOT = join(__dirname, "../../..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
/** Centralized deployment identifies the add-in by this Id: changing it makes a new add-in. */
const ADDIN_ID = "d1e6a7ed-5305-4ff7-9bdc-f542e4204c48";
const DEV_BASE = "https://localhost:3000/";

const { doc, problems: parseProblems } = parseXml(MANIFEST);
const root = doc.documentElement as unknown as Element;
const elements = all(root);
const byName = (name: string): Element[] => elements.filter((e) => e.localName === name);
const versionOverrides = byName("VersionOverrides");
const v10 = versionOverrides.find((v) => xsiType(v) === "VersionOverridesV1_0") as Element;
const v11 = versionOverrides.find((v) => xsiType(v) === "VersionOverridesV1_1") as Element;

function version(v: string): number[] {
  return v.split(".").map((n) => Number(n));
}
function atLeast(have: string, need: string): boolean {
  const [a = 0, b = 0] = version(have);
  const [c = 0, d = 0] = version(need);
  return a !== c ? a > c : b >= d;
}
function minVersionOf(scope: Element): string {
  const sets = all(scope).find((e) => e.localName === "Sets" && scopeOf(e) === scope);
  return sets?.getAttribute("DefaultMinVersion") ?? "0";
}

describe("manifest.xml: structure", () => {
  test("is well-formed XML with the MailApp root", () => {
    expect(parseProblems).toEqual([]);
    expect(root.localName).toBe("OfficeApp");
    expect(xsiType(root)).toBe("MailApp");
  });

  test("keeps its Id, a four-part version and the ReadItem permission", () => {
    expect(byName("Id")[0]?.textContent?.trim()).toBe(ADDIN_ID);
    expect(byName("Version")[0]?.textContent?.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(byName("Permissions")[0]?.textContent?.trim()).toBe("ReadItem");
  });

  test("elements follow the XSD sequences of every parent used", () => {
    const problems: string[] = [];
    problems.push(
      ...orderProblems(
        root,
        [
          "Id",
          "AlternateId",
          "Version",
          "ProviderName",
          "DefaultLocale",
          "DisplayName",
          "Description",
          "IconUrl",
          "HighResolutionIconUrl",
          "SupportUrl",
          "AppDomains",
          "Hosts",
          "Requirements",
          "FormSettings",
          "Permissions",
          "Rule",
          "DisableEntityHighlighting",
          "VersionOverrides",
        ],
        "OfficeApp"
      )
    );
    for (const v of versionOverrides) {
      problems.push(
        ...orderProblems(
          v,
          [
            "Description",
            "Requirements",
            "Hosts",
            "Resources",
            "VersionOverrides",
            "WebApplicationInfo",
          ],
          xsiType(v) ?? "VersionOverrides"
        )
      );
    }
    for (const host of byName("Host").filter((h) => xsiType(h) === "MailHost")) {
      problems.push(
        ...orderProblems(host, ["Runtimes", "DesktopFormFactor", "MobileFormFactor"], "MailHost")
      );
    }
    for (const d of byName("DesktopFormFactor"))
      problems.push(
        ...orderProblems(
          d,
          ["SupportsSharedFolders", "FunctionFile", "ExtensionPoint"],
          "DesktopFormFactor"
        )
      );
    for (const c of byName("Control"))
      problems.push(
        ...orderProblems(
          c,
          ["Label", "Supertip", "Icon", "Action"],
          `Control ${c.getAttribute("id")}`
        )
      );
    for (const s of byName("Supertip"))
      problems.push(...orderProblems(s, ["Title", "Description"], "Supertip"));
    for (const a of byName("Action"))
      problems.push(
        ...orderProblems(a, ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"], "Action")
      );
    for (const r of byName("Resources"))
      problems.push(
        ...orderProblems(r, ["Images", "Urls", "ShortStrings", "LongStrings"], "Resources")
      );
    for (const e of byName("ExtensionPoint").filter((x) => xsiType(x) === "LaunchEvent"))
      problems.push(...orderProblems(e, ["LaunchEvents", "SourceLocation"], "LaunchEvent"));
    for (const d of byName("DesktopSettings"))
      problems.push(...orderProblems(d, ["SourceLocation", "RequestedHeight"], "DesktopSettings"));
    expect(problems).toEqual([]);
  });

  test("an element out of order is caught (the check itself works)", () => {
    const swapped = MANIFEST.replace(
      /(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/,
      "$2$1"
    );
    const bad = parseXml(swapped).doc.documentElement as unknown as Element;
    expect(
      orderProblems(bad, ["Id", "Version", "ProviderName", "DefaultLocale"], "OfficeApp").join()
    ).toMatch(/<ProviderName> comes after|<Version> comes after/);
  });
});

describe("manifest.xml: resources", () => {
  const KIND_OF: Record<string, string> = {
    Image: "Images",
    SourceLocation: "Urls",
    FunctionFile: "Urls",
    Runtime: "Urls",
    Override: "Urls",
    Label: "ShortStrings",
    Title: "ShortStrings",
    Description: "LongStrings",
  };

  function resources(scope: Element): Map<string, Map<string, Element>> {
    const out = new Map<string, Map<string, Element>>();
    const res = kids(scope).find((k) => k.localName === "Resources");
    for (const group of res ? kids(res) : []) {
      const ids = new Map<string, Element>();
      for (const item of kids(group)) ids.set(item.getAttribute("id") ?? "", item);
      out.set(group.localName ?? "", ids);
    }
    return out;
  }

  test("every resid resolves in its own VersionOverrides, to the right kind of resource", () => {
    const unresolved: string[] = [];
    const users = elements.filter((e) => e.hasAttribute("resid"));
    expect(users.length).toBeGreaterThan(20);
    for (const el of users) {
      const scope = scopeOf(el);
      const resid = el.getAttribute("resid") ?? "";
      const kind = KIND_OF[el.localName ?? ""];
      if (!scope || !kind || !resources(scope).get(kind)?.has(resid))
        unresolved.push(`${el.localName} resid=${resid} (${kind ?? "unknown kind"})`);
    }
    expect(unresolved).toEqual([]);
  });

  test("display strings have Japanese overrides and fit Office's length limits", () => {
    const strings = [...byName("ShortStrings"), ...byName("LongStrings")].flatMap((g) => kids(g));
    expect(strings.length).toBeGreaterThan(0);
    for (const s of [
      ...strings,
      byName("DisplayName")[0] as Element,
      byName("Description").find((d) => d.parentNode === root) as Element,
    ]) {
      const ja = kids(s).find(
        (o) => o.localName === "Override" && o.getAttribute("Locale") === "ja-JP"
      );
      expect(ja?.getAttribute("Value")).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    for (const s of byName("ShortStrings").flatMap((g) => kids(g)))
      expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
    for (const s of byName("LongStrings").flatMap((g) => kids(g)))
      expect((s.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  });
});

/** Every URL in the manifest except AppDomains (other origins by definition). */
function urlsOf(xml: string): string[] {
  const d = parseXml(xml).doc.documentElement as unknown as Element;
  const out: string[] = [];
  for (const e of all(d)) {
    if (e.localName === "AppDomain") continue;
    for (const attr of ["DefaultValue", "Value"]) {
      const v = e.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) out.push(v);
    }
    if (kids(e).length === 0 && /^[a-z]+:\/\//i.test(e.textContent?.trim() ?? ""))
      out.push((e.textContent ?? "").trim());
  }
  return out;
}

describe("manifest.xml: URLs", () => {
  test("every URL is https on the one development host", () => {
    const urls = urlsOf(MANIFEST);
    expect(urls.length).toBeGreaterThanOrEqual(15);
    expect(urls.filter((u) => !u.startsWith(DEV_BASE))).toEqual([]);
    // The check sees a stray URL wherever it is (here: a button icon on another host, over http).
    const stray = MANIFEST.replaceAll(
      `${DEV_BASE}assets/icon-80.png`,
      "http://cdn.example.com/icon-80.png"
    );
    expect(urlsOf(stray).filter((u) => !u.startsWith(DEV_BASE))).toEqual([
      "http://cdn.example.com/icon-80.png",
      "http://cdn.example.com/icon-80.png",
    ]);
  });

  test("AppDomains lists the Entra sign-in origin, https", () => {
    expect(byName("AppDomain").map((a) => a.textContent?.trim())).toEqual([
      "https://login.microsoftonline.com",
    ]);
  });

  test("the production build rewrites every URL to ADDIN_BASE_URL (webpack's own transform)", async () => {
    const base = "https://addins.example.co.jp/todoku/";
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = base.slice(0, -1); // without the slash: the config adds it
    try {
      const makeConfig = require(join(ROOT, "webpack.config.js")) as (
        env: object,
        options: object
      ) => Promise<{ plugins: unknown[] }>;
      const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
      const copy = config.plugins.find(
        (p) => (p as { constructor: { name: string } }).constructor.name === "CopyPlugin"
      ) as {
        patterns: { from: string; transform?: (c: Buffer, p: string) => string | Buffer }[];
      };
      const transformOf = (from: string) => copy.patterns.find((p) => p.from === from)?.transform;
      const manifestTransform = transformOf("manifest*.xml");
      expect(manifestTransform).toBeDefined();
      const prod = String(manifestTransform?.(Buffer.from(MANIFEST), "manifest.xml"));
      expect(parseXml(prod).problems).toEqual([]);
      const urls = urlsOf(prod);
      expect(urls.length).toBe(urlsOf(MANIFEST).length);
      expect(urls.filter((u) => !u.startsWith(base))).toEqual([]);
      expect(prod).not.toContain("localhost");

      const wellKnown = readFileSync(
        join(ROOT, "src/well-known/microsoft-officeaddins-allowed.json"),
        "utf8"
      );
      const prodWellKnown = JSON.parse(
        String(transformOf("src/well-known")?.(Buffer.from(wellKnown), "x.json"))
      ) as { allowed: string[] };
      expect(prodWellKnown.allowed).toEqual([`${base}launchevent.js`]);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });
});

describe("ADDIN_BASE_URL", () => {
  test("a base that is not https stops the build with a clear message", async () => {
    const makeConfig = require(join(ROOT, "webpack.config.js")) as (
      env: object,
      options: object
    ) => Promise<unknown>;
    const saved = process.env.ADDIN_BASE_URL;
    try {
      for (const bad of [
        "http://addins.example.co.jp/todoku/",
        "addins.example.co.jp/todoku",
        "https://",
      ]) {
        process.env.ADDIN_BASE_URL = bad;
        await expect(makeConfig({ WEBPACK_BUILD: true }, { mode: "production" })).rejects.toThrow(
          /ADDIN_BASE_URL must be an https URL/
        );
      }
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });
});

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a" || bytes.subarray(12, 16).toString("latin1") !== "IHDR")
    throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml: icons", () => {
  function fileOf(url: string): string {
    return join(ROOT, url.slice(DEV_BASE.length));
  }

  test("IconUrl is 64 px and HighResolutionIconUrl 128 px, both present", () => {
    for (const [name, size] of [
      ["IconUrl", 64],
      ["HighResolutionIconUrl", 128],
    ] as const) {
      const url = byName(name)[0]?.getAttribute("DefaultValue") ?? "";
      expect(pngSize(fileOf(url))).toEqual({ width: size, height: size });
    }
  });

  test("every button icon exists with the pixel size it is declared at", () => {
    const checked: string[] = [];
    for (const use of byName("Image").filter((e) => e.hasAttribute("size"))) {
      const scope = scopeOf(use) as Element;
      const resource = all(scope).find(
        (e) =>
          e.localName === "Image" &&
          e.getAttribute("id") === use.getAttribute("resid") &&
          scopeOf(e) === scope
      );
      const file = fileOf(resource?.getAttribute("DefaultValue") ?? "");
      expect(existsSync(file)).toBe(true);
      const size = Number(use.getAttribute("size"));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(`${size}`);
    }
    expect(new Set(checked)).toEqual(new Set(["16", "32", "80"]));
  });

  test("the template's full icon set (16/32/64/80/128) is in assets/", () => {
    for (const size of [16, 32, 64, 80, 128])
      expect(pngSize(join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });
});

describe("manifest.xml: features and their requirement sets", () => {
  test("the add-in needs Mailbox 1.3 (body.getAsync); the V1_0 overrides ask no more", () => {
    const set = byName("Set").find((s) => s.getAttribute("Name") === "Mailbox" && !scopeOf(s));
    expect(atLeast(set?.getAttribute("MinVersion") ?? "0", "1.3")).toBe(true);
    expect(minVersionOf(v10)).toBe("1.3");
  });

  test("OnMessageSend (Mailbox 1.12) is declared only under a VersionOverrides that requires ≥ 1.12, with its runtimes", () => {
    const launch = byName("LaunchEvent");
    expect(launch).toHaveLength(1);
    const scope = scopeOf(launch[0] as Element) as Element;
    expect(xsiType(scope)).toBe("VersionOverridesV1_1");
    expect(atLeast(minVersionOf(scope), "1.12")).toBe(true);
    expect(launch[0]?.getAttribute("Type")).toBe("OnMessageSend");
    expect(launch[0]?.getAttribute("SendMode")).toBe("PromptUser");
    const runtime = byName("Runtime")[0] as Element;
    expect(scopeOf(runtime)).toBe(v11);
    const urls = new Map(
      all(v11)
        .filter((e) => e.localName === "Url")
        .map((u) => [u.getAttribute("id"), u.getAttribute("DefaultValue")])
    );
    expect(urls.get(runtime.getAttribute("resid"))).toBe(`${DEV_BASE}launchevent.html`);
    const override = kids(runtime).find((k) => k.localName === "Override");
    expect(override?.getAttribute("type")).toBe("javascript");
    expect(urls.get(override?.getAttribute("resid") ?? null)).toBe(`${DEV_BASE}launchevent.js`);
    const source = kids(launch[0]?.parentNode?.parentNode as Element).find(
      (k) => k.localName === "SourceLocation"
    );
    expect(source?.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
  });

  test("the handler name and the prompt's task pane command exist where the code expects them", () => {
    const functionName = byName("LaunchEvent")[0]?.getAttribute("FunctionName");
    const entry = readFileSync(join(ROOT, "src/sendcheck/launchevent.ts"), "utf8");
    expect(entry).toContain(`associate("${functionName}"`);
    const composeButtons = all(v11).filter(
      (e) =>
        e.localName === "Control" &&
        (e.parentNode?.parentNode?.parentNode as Element | null)?.getAttribute?.("xsi:type") ===
          "MessageComposeCommandSurface"
    );
    expect(composeButtons.map((b) => b.getAttribute("id"))).toContain(TASKPANE_COMMAND_ID);
  });

  test("read and compose surfaces both open the task pane; pinning (VersionOverrides 1.1) only in V1_1", () => {
    for (const scope of [v10, v11]) {
      const surfaces = all(scope)
        .filter((e) => e.localName === "ExtensionPoint" && scopeOf(e) === scope)
        .map((e) => xsiType(e));
      expect(surfaces).toEqual(
        expect.arrayContaining(["MessageReadCommandSurface", "MessageComposeCommandSurface"])
      );
      const actions = all(scope).filter((e) => e.localName === "Action" && scopeOf(e) === scope);
      expect(actions.map((a) => xsiType(a))).toEqual(["ShowTaskpane", "ShowTaskpane"]);
    }
    const pinning = byName("SupportsPinning");
    expect(pinning).toHaveLength(2);
    for (const p of pinning) {
      expect(scopeOf(p)).toBe(v11);
      expect(p.textContent?.trim()).toBe("true");
    }
    expect(byName("Runtimes").every((r) => scopeOf(r) === v11)).toBe(true);
  });
});

describe("manifest.xml: shared and delegate mailboxes", () => {
  test("SupportsSharedFolders is true in the V1_1 desktop form factor only (Mail 1.1 schema), so info@ and help-desk mailboxes get the buttons", () => {
    const shared = byName("SupportsSharedFolders");
    expect(shared).toHaveLength(1);
    const el = shared[0] as Element;
    expect(el.textContent?.trim()).toBe("true");
    expect(scopeOf(el)).toBe(v11);
    expect((el.parentNode as Element | null)?.localName).toBe("DesktopFormFactor");
    // shared folders need Mailbox 1.8 and the V1_1 overrides already require more
    expect(atLeast(minVersionOf(v11), "1.8")).toBe(true);
  });
});
