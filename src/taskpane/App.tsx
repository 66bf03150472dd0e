/**
 * The task pane. Everything outside (Office, samples, policy, Graph, DNS) comes in through
 * `PaneEnv`, so the same component runs in Outlook, in demo mode and in tests.
 */
import {
  Badge,
  Button,
  FluentProvider,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Tab,
  TabList,
  teamsHighContrastTheme,
  Text,
  Textarea,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { Copy20Regular, LocalLanguage20Regular } from "@fluentui/react-icons";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { ResendDraft, TriageAnswers } from "../core/triage";
import type { Lang } from "../core/model/i18n";
import type { MessageSnapshot } from "../core/model/snapshot";
import type { PolicyResult } from "../core/policy/load";
import { renderText } from "../core/report/text";
import { computeVerdict } from "../core/report/verdict";
import type { Sample } from "../samples";
import { BounceView } from "./components/BounceView";
import { ItemList } from "./components/ItemList";
import { Summary } from "./components/Summary";
import { VerdictView } from "./components/Verdict";
import { Disclosure } from "./components/Disclosure";
import type { HostKind, ThemeName } from "./host";
import { loadedPipeline, loadPipeline } from "./engine-loader";
import type { PipelineState, PipelineTasks } from "./pipeline";
import { UI } from "./strings";

/* eslint-disable no-unused-vars -- parameter names in function types document the shape */
export interface PaneEnv {
  host: HostKind;
  lang: Lang;
  theme: ThemeName;
  loadPolicy: () => Promise<PolicyResult>;
  /** Outlook: reads the open item. */
  readItem?: (() => Promise<MessageSnapshot>) | undefined;
  /** Demo mode: the built-in samples and the one to show first. */
  samples?: readonly Sample[] | undefined;
  initialSampleId?: string | null | undefined;
  /** The first item (or initial sample), already being read while the pane starts up. */
  firstItem?: Promise<MessageSnapshot> | undefined;
  /**
   * What start-up already has in hand (see index.tsx): the first item and the policy. With both
   * the first render shows the report itself rather than a spinner that a report replaces.
   */
  ready?: { snapshot: MessageSnapshot; policy: PolicyResult } | undefined;
  tasksFor: (_snapshot: MessageSnapshot, _policy: PolicyResult["policy"]) => PipelineTasks;
  /** Outlook: called when the user selects another item (pinned pane). Returns an unsubscribe. */
  onItemChanged?: ((_onChange: () => void) => () => void) | undefined;
  copyText?: ((_text: string) => Promise<void>) | undefined;
  /** Outlook: open a new message form (nothing is sent automatically). */
  openResendDraft?: ((_draft: ResendDraft) => Promise<unknown>) | undefined;
  openInquiryMail?:
    ((_to: string, _subject: string, _body: string) => Promise<unknown>) | undefined;
  /** Outlook: the interactive Microsoft 365 sign-in, only ever started by the user's click. */
  signIn?: ((_policy: PolicyResult["policy"]) => Promise<{ ok: boolean }>) | undefined;
}
/* eslint-enable no-unused-vars */

// The secondary views (triage, who acts, inquiry, headers) load on first use.
const views = () => import(/* webpackChunkName: "views" */ "./components/MoreViews");
const TriageView = lazy(() => views().then((m) => ({ default: m.TriageView })));
const WhoView = lazy(() => views().then((m) => ({ default: m.WhoView })));
const InquiryView = lazy(() => views().then((m) => ({ default: m.InquiryView })));
const HeadersView = lazy(() => views().then((m) => ({ default: m.HeadersView })));

type TabId = "checks" | "triage" | "who" | "inquiry" | "headers";
const TAB_LABELS: Record<
  TabId,
  "tabChecklist" | "tabTriage" | "tabWho" | "tabInquiry" | "tabHeaders"
> = {
  checks: "tabChecklist",
  triage: "tabTriage",
  who: "tabWho",
  inquiry: "tabInquiry",
  headers: "tabHeaders",
};

const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { flexGrow: 1, margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  policyList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  // The copy message's live region stays in the DOM (screen readers need it there) but takes
  // no room in the column while it is empty.
  liveRegion: { ":empty": { marginTop: `calc(-1 * ${tokens.spacingVerticalM})` } },
  // One row at 320 px: the labels are short; should a translation grow, the row scrolls.
  tabs: { flexWrap: "nowrap", overflowX: "auto", minWidth: 0 },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  demoLine: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  demo: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  footer: { fontSize: tokens.fontSizeBase200, paddingTop: tokens.spacingVerticalS },
});

async function defaultCopy(text: string): Promise<void> {
  if (globalThis.navigator?.clipboard?.writeText) {
    await globalThis.navigator.clipboard.writeText(text);
    return;
  }
  throw new Error("no clipboard");
}

type ItemState =
  | { phase: "loading" }
  | { phase: "failed"; message: string }
  | { phase: "ready"; snapshot: MessageSnapshot };

export function App(props: { env: PaneEnv }) {
  const { env } = props;
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(env.lang);
  const [policy, setPolicy] = useState<PolicyResult | null>(env.ready?.policy ?? null);
  const [sampleId, setSampleId] = useState<string>(
    env.samples?.find((s) => s.id === env.initialSampleId)?.id ?? env.samples?.[0]?.id ?? ""
  );
  const [itemVersion, setItemVersion] = useState(0);
  const firstItemPending = useRef(env.firstItem !== undefined);
  const [item, setItem] = useState<ItemState>(
    env.ready ? { phase: "ready", snapshot: env.ready.snapshot } : { phase: "loading" }
  );
  const [state, setState] = useState<PipelineState | null>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const [tab, setTab] = useState<TabId>("checks");
  const [answers, setAnswers] = useState<TriageAnswers>({});
  // The verdict's "prepare a resend" was clicked for this item.
  const [resendAsked, setResendAsked] = useState(false);
  // Bumped after a successful sign-in: the same item is analysed again, now with Graph.
  const [analysisRun, setAnalysisRun] = useState(0);
  const [signingIn, setSigningIn] = useState(false);
  const demo = env.host === "demo";

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    let live = true;
    env.loadPolicy().then((p) => live && setPolicy(p));
    return () => {
      live = false;
    };
  }, [env]);

  useEffect(() => env.onItemChanged?.(() => setItemVersion((v) => v + 1)), [env]);

  // Read the item (or the chosen sample).
  useEffect(() => {
    // The first item was already being read during start-up; later ones are read on demand.
    const first = firstItemPending.current ? env.firstItem : undefined;
    firstItemPending.current = false;
    if (first && env.ready) return; // read at start-up and already in the state
    let live = true;
    setItem({ phase: "loading" });
    setState(null);
    setCopyState("idle");
    setAnswers({});
    setResendAsked(false);
    const load =
      first ?? (demo ? env.samples?.find((s) => s.id === sampleId)?.load() : env.readItem?.());
    (load ?? Promise.reject(new Error("nothing to read")))
      .then((snapshot) => live && setItem({ phase: "ready", snapshot }))
      .catch(
        (e: unknown) =>
          live && setItem({ phase: "failed", message: e instanceof Error ? e.message : String(e) })
      );
    return () => {
      live = false;
    };
  }, [env, demo, sampleId, itemVersion]);

  // Analyse it once the policy is known; results arrive source by source. A layout effect, and
  // the engine used at once when its chunk is already loaded: the local report is then on the
  // first painted frame, with no spinner frame before it.
  useLayoutEffect(() => {
    if (item.phase !== "ready" || !policy) return;
    const input = { snapshot: item.snapshot, policy: policy.policy, policyErrors: policy.errors };
    let live = true;
    let stop: (() => void) | undefined;
    const run = ({ runPipeline }: { runPipeline: typeof import("./pipeline").runPipeline }) => {
      if (live) stop = runPipeline(input, env.tasksFor(item.snapshot, policy.policy), setState);
    };
    const loaded = loadedPipeline();
    if (loaded) run(loaded);
    else
      loadPipeline().then(run, (e: unknown) => {
        if (live) setItem({ phase: "failed", message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
      stop?.();
    };
  }, [env, item, policy, analysisRun]);

  const signIn = useCallback(() => {
    if (!env.signIn || !policy) return;
    setSigningIn(true);
    env
      .signIn(policy.policy)
      .then((outcome) => {
        if (outcome.ok) setAnalysisRun((n) => n + 1);
      })
      .catch(() => undefined) // the sources keep saying why Graph could not be used
      .finally(() => setSigningIn(false));
  }, [env, policy]);

  const report = state?.report;
  const hasReport = report !== undefined;
  const originalNames = state?.original?.attachments.map((a) => a.name);
  const verdict = useMemo(
    () =>
      report ? computeVerdict(report, { originalAttachments: originalNames, answers }) : undefined,
    // originalNames is derived from state.original, which changes with the report.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [report, state?.original, answers]
  );
  const headersApply = report?.kind === "received" || report?.kind === "sent";
  // A resend starts from the item itself; a bounce's from the original it returned, never the bounce.
  const resendFrom = report?.bounce ? state?.original : state?.snapshot;
  useEffect(() => {
    // A tab that does not apply to the new item (Headers on a draft) falls back to the checks.
    if (report && tab === "headers" && !headersApply) setTab("checks");
  }, [report, tab, headersApply]);
  useEffect(() => {
    // For the load benchmark: when the first report is on screen.
    if (hasReport && !globalThis.performance?.getEntriesByName?.("todoku:first-report").length)
      globalThis.performance?.mark?.("todoku:first-report");
  }, [hasReport]);
  const copyText = env.copyText ?? defaultCopy;
  const copy = useCallback(() => {
    if (!report) return;
    const text = renderText(report, lang);
    copyText(text).then(
      () => setCopyState("copied"),
      () => setCopyState("failed")
    );
  }, [copyText, report, lang]);

  const otherLang: Lang = lang === "ja" ? "en" : "ja";
  const reportText = useMemo(
    () => (report && copyState === "failed" ? renderText(report, lang) : ""),
    [report, copyState, lang]
  );

  return (
    <FluentProvider theme={THEMES[env.theme]} className={styles.provider} lang={lang}>
      <main
        className={styles.root}
        data-testid="pane"
        data-host={env.host}
        data-complete={state?.complete ? "true" : "false"}
      >
        <header className={styles.header}>
          <Text as="h1" size={400} weight="semibold" className={styles.title}>
            {UI.appName[lang]}
          </Text>
          <div className={styles.actions}>
            <Button
              icon={<LocalLanguage20Regular />}
              onClick={() => setLang(otherLang)}
              title={UI.switchTo[lang]}
              lang={otherLang}
              data-testid="switch-language"
            >
              {otherLang === "en" ? "English" : "日本語"}
            </Button>
            <Button
              icon={<Copy20Regular />}
              onClick={copy}
              disabled={!report}
              aria-label={UI.copyReport[lang]}
              title={UI.copyReport[lang]}
              data-testid="copy-report"
            />
          </div>
        </header>

        {demo ? (
          <div className={styles.demo} data-testid="demo">
            <Text size={200} data-testid="demo-notice" className={styles.demoLine}>
              <Badge appearance="tint" color="informative" data-testid="sample-badge">
                {UI.sampleBadge[lang]}
              </Badge>{" "}
              {UI.demoNotice[lang]}
            </Text>
            {env.samples ? (
              <Select
                size="small"
                value={sampleId}
                onChange={(_, d) => setSampleId(d.value)}
                aria-label={UI.samplePicker[lang]}
                data-testid="sample-picker"
              >
                {env.samples.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label[lang]}
                  </option>
                ))}
              </Select>
            ) : null}
          </div>
        ) : null}

        {policy && policy.errors.length ? (
          <MessageBar intent="warning" data-testid="policy-notice">
            <MessageBarBody>
              {UI.policyNotice[lang]}
              <ul className={styles.policyList}>
                {policy.errors.map((e) => (
                  <li key={e.en}>{e[lang]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}

        <div
          role="status"
          aria-live="polite"
          className={styles.liveRegion}
          data-testid="copy-status"
        >
          {copyState === "copied"
            ? UI.copied[lang]
            : copyState === "failed"
              ? UI.copyFailed[lang]
              : ""}
        </div>
        {copyState === "failed" && reportText ? (
          <Field label={UI.reportText[lang]}>
            <Textarea value={reportText} readOnly resize="vertical" rows={8} />
          </Field>
        ) : null}

        {item.phase === "failed" ? (
          <MessageBar intent="error" data-testid="read-error">
            <MessageBarBody>
              <MessageBarTitle>{UI.readFailed[lang]}</MessageBarTitle>
              {item.message}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {!report && item.phase !== "failed" ? (
          <Spinner label={UI.starting[lang]} data-testid="loading" />
        ) : null}

        {report && state && verdict ? (
          <>
            <VerdictView
              verdict={verdict}
              report={report}
              lang={lang}
              answers={answers}
              onAnswers={setAnswers}
              onOpen={setTab}
              onSignIn={env.signIn ? signIn : undefined}
              onResend={
                resendFrom
                  ? () => {
                      setResendAsked(true);
                      setTab("triage");
                    }
                  : undefined
              }
              signingIn={signingIn}
            />
            <TabList
              selectedValue={tab}
              onTabSelect={(_, d) => setTab(d.value as TabId)}
              aria-label={UI.tabs[lang]}
              className={styles.tabs}
              size="small"
              data-testid="tabs"
            >
              <Tab value="checks" className={styles.tab} data-testid="tab-checks">
                {UI.tabChecklist[lang]}
              </Tab>
              <Tab value="triage" className={styles.tab} data-testid="tab-triage">
                {UI.tabTriage[lang]}
              </Tab>
              <Tab value="who" className={styles.tab} data-testid="tab-who">
                {UI.tabWho[lang]}
              </Tab>
              <Tab value="inquiry" className={styles.tab} data-testid="tab-inquiry">
                {UI.tabInquiry[lang]}
              </Tab>
              {headersApply ? (
                <Tab value="headers" className={styles.tab} data-testid="tab-headers">
                  {UI.tabHeaders[lang]}
                </Tab>
              ) : null}
            </TabList>
            <div role="tabpanel" aria-label={UI[TAB_LABELS[tab]][lang]}>
              <Suspense fallback={<Spinner size="small" label={UI.loading[lang]} />}>
                {tab === "checks" ? (
                  <>
                    {report.bounce ? <BounceView bounce={report.bounce} lang={lang} /> : null}
                    <ItemList
                      key={`${sampleId}-${itemVersion}`}
                      report={report}
                      verdict={verdict}
                      lang={lang}
                    />
                    {report.bounce ? null : (
                      <Disclosure label={UI.summary[lang]} testId="summary-toggle">
                        <Summary report={report} snapshot={state.snapshot} lang={lang} />
                      </Disclosure>
                    )}
                  </>
                ) : null}
                {tab === "triage" ? (
                  <TriageView
                    report={report}
                    snapshot={resendFrom}
                    showDraftAtOnce={resendAsked}
                    lang={lang}
                    answers={answers}
                    onAnswers={setAnswers}
                    openDraft={env.openResendDraft}
                  />
                ) : null}
                {tab === "who" ? <WhoView report={report} lang={lang} /> : null}
                {tab === "inquiry" && policy ? (
                  <InquiryView
                    report={report}
                    verdict={verdict}
                    originalAttachments={originalNames}
                    lang={lang}
                    answers={answers}
                    helpdesk={policy.policy.helpdesk}
                    copyText={copyText}
                    openMail={env.openInquiryMail}
                  />
                ) : null}
                {tab === "headers" ? <HeadersView snapshot={state.snapshot} lang={lang} /> : null}
              </Suspense>
            </div>
          </>
        ) : null}
        {/* For IT after a deployment (docs/deploy.md §11): the page sits beside taskpane.html. */}
        <footer className={styles.footer}>
          <Link href="readiness.html" data-testid="readiness-link">
            {UI.readinessLink[lang]}
          </Link>
        </footer>
      </main>
    </FluentProvider>
  );
}
