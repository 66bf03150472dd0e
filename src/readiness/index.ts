/**
 * readiness.html: the readiness check for IT. Plain DOM (a table and two buttons), every value
 * set as text, never as HTML. Inside Outlook it signs in through the add-in's own path (NAA or
 * the dialog); outside, it still checks the policy, the resolver, the trace service's URL and the
 * manifest, and says where to open it for the rest.
 */
import { formatDate } from "../core/messages";
import { langFromLocale, pick, type Lang } from "../core/model/i18n";
import { buildTimeSettings, authorityFor } from "../graph/config";
import type { TokenProvider } from "../graph/config";
import { readinessText, runReadiness, type ReadinessRow } from "./checks";
import { T } from "./texts";

function officeReady(): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 5000);
    void office.onReady(() => {
      clearTimeout(timer);
      resolve(!!office.context?.mailbox);
    });
  });
}

function supports(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

function language(inOutlook: boolean): Lang {
  const query = new URLSearchParams(window.location.search).get("lang");
  if (query === "ja" || query === "en") return query;
  let locale: string | undefined;
  try {
    locale = inOutlook ? Office.context.displayLanguage : undefined;
  } catch {
    locale = undefined;
  }
  return langFromLocale(locale || navigator.language);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {}
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function renderTable(rows: readonly ReadinessRow[], lang: Lang): HTMLTableElement {
  const table = el("table", undefined, { "data-testid": "readiness-table" });
  const head = el("tr");
  for (const h of [T.colPart, T.colStatus, T.colDetail, T.colFix])
    head.append(el("th", pick(h, lang)));
  table.append(el("thead"), el("tbody"));
  table.tHead?.append(head);
  for (const r of rows) {
    const tr = el("tr", undefined, { "data-testid": `row-${r.id}`, "data-status": r.status });
    tr.append(
      el("td", pick(T.title[r.id], lang)),
      el("td", pick(T.status[r.status], lang), { "data-status": r.status }),
      el("td", pick(r.detail, lang), { "data-testid": "detail" }),
      el("td", r.fix && r.status !== "ok" ? pick(r.fix, lang) : "", { "data-testid": "fix" })
    );
    table.tBodies[0]?.append(tr);
  }
  return table;
}

async function main(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const inOutlook = await officeReady();
  const lang = language(inOutlook);
  document.documentElement.lang = lang;
  document.title = pick(T.pageTitle, lang);
  const { clientId, tenant } = buildTimeSettings();

  const run = el("button", pick(T.run, lang), { "data-testid": "run", type: "button" });
  const copy = el("button", pick(T.copy, lang), { "data-testid": "copy", type: "button" });
  copy.disabled = true;
  const status = el("p", "", { role: "status", "data-testid": "status" });
  const results = el("div");
  const text = el("textarea", "", {
    readonly: "",
    "data-testid": "text",
    "aria-label": pick(T.copy, lang),
  });
  text.hidden = true;
  root.append(
    el("h1", pick(T.pageTitle, lang)),
    el("p", pick(T.intro, lang)),
    run,
    copy,
    status,
    results,
    text
  );

  let provider: TokenProvider | null = null;
  run.addEventListener("click", () => {
    run.disabled = true;
    status.textContent = pick(T.running, lang);
    void (async () => {
      if (inOutlook && clientId && !provider) {
        try {
          const { createOfficeTokenProvider } = await import(
            /* webpackChunkName: "readiness-auth" */ "../graph/auth/office-provider"
          );
          provider = await createOfficeTokenProvider({
            clientId,
            authority: authorityFor("https://graph.microsoft.com", tenant),
            dialogUrl: new URL("authdialog.html", window.location.href).toString(),
          });
        } catch {
          provider = null; // the sign-in row says why
        }
      }
      const rows = await runReadiness({
        fetch: (input, init) => fetch(input, init),
        pageUrl: window.location.href,
        clientId,
        tenant,
        office: {
          inOutlook,
          naa: inOutlook && supports("NestedAppAuth", "1.1"),
          dialog: inOutlook && supports("DialogApi", "1.1"),
          sendCheck: inOutlook && supports("Mailbox", "1.12"),
        },
        tokenProvider: provider,
      });
      results.replaceChildren(renderTable(rows, lang));
      const header = `${pick(T.pageTitle, lang)} — ${formatDate(new Date(), lang)} — ${window.location.origin}`;
      text.value = readinessText(rows, lang, header);
      text.hidden = false;
      copy.disabled = false;
      status.textContent = "";
      run.disabled = false;
    })();
  });
  copy.addEventListener("click", () => {
    void navigator.clipboard
      ?.writeText(text.value)
      .then(() => (status.textContent = pick(T.copied, lang)))
      .catch(() => {
        text.select();
        status.textContent = pick(T.copyFailed, lang);
      });
  });
}

void main();
