/**
 * The verdict block at the top of every mode: the item(s) that apply and what they mean, who
 * acts, the next action; for a bounce the failed recipients and the returned original; for a
 * sent mail without a trace the triage's next question, answered right here.
 */
import { Button, Link, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { Chat20Regular, DocumentArrowRight20Regular, Mail20Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import { WHO_LABELS } from "../../core/catalogue";
import { cameBack, type BounceKind } from "../../core/model/bounce";
import type { Lang } from "../../core/model/i18n";
import type { Report } from "../../core/model/report";
import {
  itemLabel,
  shownAddress,
  type Verdict,
  type VerdictCause,
} from "../../core/report/verdict";
import { narrowTriage, type TriageAnswer, type TriageAnswers } from "../../core/triage/wizard";
import { UI, VERDICT_UI, formatDate, inParens } from "../strings";
import { Disclosure } from "./Disclosure";
import { Progress } from "./Progress";
import { StatusLabel } from "./StatusLabel";

/** React passes the attribute through; its DOM types do not list it yet. */
const ELEMENT_TIMING = { elementtiming: "todoku-verdict" } as object;

const useStyles = makeStyles({
  timed: { display: "block" },
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: "4px",
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  problem: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  clear: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  open: { borderLeftColor: tokens.colorBrandStroke1 },
  headline: { overflowWrap: "anywhere", margin: 0 },
  also: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  line: { overflowWrap: "anywhere", margin: 0 },
  label: { fontWeight: tokens.fontWeightSemibold },
  muted: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(4em, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/* eslint-disable no-unused-vars -- parameter names in function types document the shape */
export interface VerdictViewProps {
  verdict: Verdict;
  report: Report;
  lang: Lang;
  answers: TriageAnswers;
  onAnswers: (_answers: TriageAnswers) => void;
  onOpen: (_tab: "triage" | "inquiry" | "checks") => void;
  /**
   * Opens the triage with a resend draft that leaves the attachments out (as links), offered
   * when a sent or bounced mail was stopped by an attachment or its size; absent when there is
   * no mail to resend from.
   */
  onResend?: (() => void) | undefined;
  /** Outlook: the one interactive Microsoft 365 sign-in, offered when a silent call needed it. */
  onSignIn?: (() => void) | undefined;
  /** True while that sign-in is under way. */
  signingIn?: boolean | undefined;
}
/* eslint-enable no-unused-vars */

const SEP = { ja: "、", en: ", " } as const;

/**
 * Graph calls are silent; when Entra needs the user (first use, consent, MFA) a source says so
 * with this code, and the pane offers the one interactive sign-in instead of prompting by itself.
 */
const SIGN_IN_REQUIRED = "graph.sign-in-required";

export function needsSignIn(report: Report): boolean {
  return report.sources.some((s) => s.state === "unavailable" && s.why?.code === SIGN_IN_REQUIRED);
}

const ORIGINAL_LABELS = {
  failure: VERDICT_UI.originalMail,
  delay: VERDICT_UI.originalMailDelayed,
  notice: VERDICT_UI.originalMailNotice,
};

function Original(props: { verdict: Verdict; kind: BounceKind | undefined; lang: Lang }) {
  const styles = useStyles();
  const { lang } = props;
  const o = props.verdict.original;
  if (!o) return null;
  const rows: [string, string, boolean][] = [
    [UI.subject[lang], o.subject || UI.noSubject[lang], false],
    [UI.to[lang], o.to.join(", ") || UI.none[lang], false],
  ];
  if (o.date) rows.push([UI.date[lang], formatDate(o.date, lang), false]);
  if (o.messageId) rows.push(["Message-ID", o.messageId, true]);
  if (o.attachments.length) rows.push([UI.attachments[lang], o.attachments.join(", "), false]);
  // Named for what happened to it: not delivered, delayed, or (a notice that is no failure) neither.
  const label = ORIGINAL_LABELS[props.kind ? cameBack(props.kind) : "failure"];
  return (
    <Disclosure
      label={<span className={styles.label}>{label[lang]}</span>}
      testId="verdict-original"
    >
      <dl className={styles.grid}>
        {rows.map(([k, v, mono]) => (
          <div key={k} style={{ display: "contents" }}>
            <dt className={styles.term}>{k}</dt>
            <dd className={mergeClasses(styles.value, mono ? styles.mono : undefined)}>{v}</dd>
          </div>
        ))}
      </dl>
      {o.from ? (
        <Text block className={styles.muted}>
          {UI.from[lang]}: {o.from}
        </Text>
      ) : null}
    </Disclosure>
  );
}

function Question(props: VerdictViewProps) {
  const styles = useStyles();
  const { verdict, lang, answers } = props;
  const q = verdict.question;
  const triage = useMemo(
    () => (Object.keys(answers).length ? narrowTriage(answers, props.report) : null),
    [answers, props.report]
  );
  const likely = triage?.candidates.filter((c) => c.strength === "likely").slice(0, 2) ?? [];
  const answer = (value: TriageAnswer) => {
    if (q) props.onAnswers({ ...answers, [q.id]: value });
  };
  return (
    <div data-testid="verdict-triage" className={styles.list}>
      {triage && likely.length ? (
        <Text block className={styles.line} data-testid="verdict-likely">
          <span className={styles.label}>{VERDICT_UI.likelyNow[lang]}: </span>
          {likely.map((c) => itemLabel(c.id)[lang]).join(SEP[lang])}
        </Text>
      ) : null}
      {q ? (
        <>
          <Text block weight="semibold" className={styles.line} data-testid="verdict-question">
            {q.text[lang]}
          </Text>
          {q.how ? <Text className={styles.muted}>{q.how[lang]}</Text> : null}
          <div className={styles.actions} role="group" aria-label={q.text[lang]}>
            <Button size="small" onClick={() => answer("yes")} data-testid="verdict-yes">
              {VERDICT_UI.yes[lang]}
            </Button>
            <Button size="small" onClick={() => answer("no")} data-testid="verdict-no">
              {VERDICT_UI.no[lang]}
            </Button>
            <Button size="small" onClick={() => answer("unknown")} data-testid="verdict-unknown">
              {VERDICT_UI.unknown[lang]}
            </Button>
          </div>
        </>
      ) : triage ? (
        <Text className={styles.line}>{triage.sideExplanation[lang]}</Text>
      ) : null}
    </div>
  );
}

export function VerdictView(props: VerdictViewProps) {
  const styles = useStyles();
  const { verdict: v, lang } = props;
  const lead = v.causes[0];
  // Causes the headline does not name already, the surest first; on a bounce, what the checks
  // found in the original it returned is listed apart, under its own heading.
  const others = v.causes
    .filter((c) => !v.named.includes(c.item))
    .slice(0, v.mode === "bounce" ? undefined : 3);
  const alsoHere = others.filter((c) => !c.inOriginal);
  const alsoInOriginal = others.filter((c) => c.inOriginal);
  const alsoItem = (c: VerdictCause) => (
    <li key={c.item} className={styles.also}>
      <StatusLabel status={c.status} lang={lang} showText={false} />
      <Link as="button" inline onClick={() => props.onOpen("checks")} data-item={c.item}>
        {itemLabel(c.item)[lang]}
      </Link>
    </li>
  );
  const status =
    v.tone === "clear" ? "ok" : v.tone === "open" ? "manual" : (v.tone as "problem" | "warning");
  const inquiryFirst = !v.next.ownFix;
  // A notice that needs nothing (a delivery report, an away reply) offers no inquiry to IT; a
  // suspicious received mail is reported to IT rather than asked about.
  const reportOnly = v.mode === "received" && v.suspicious;
  const inquiryButton =
    v.next.kind === "nothingToDo" ? null : (
      <Button
        size="small"
        appearance={!reportOnly && inquiryFirst ? "primary" : "secondary"}
        icon={<Mail20Regular />}
        onClick={() => props.onOpen("inquiry")}
        data-testid="verdict-write-it"
      >
        {reportOnly
          ? VERDICT_UI.reportToIt[lang]
          : inquiryFirst
            ? VERDICT_UI.writeToIt[lang]
            : VERDICT_UI.writeToItSecond[lang]}
      </Button>
    );
  return (
    <section
      aria-labelledby="verdict-heading"
      className={mergeClasses(styles.root, styles[v.tone])}
      data-testid="verdict"
      data-tone={v.tone}
      data-mode={v.mode}
      data-item={lead?.item}
      data-suspicious={v.suspicious ? "true" : undefined}
    >
      <Text as="h2" id="verdict-heading" size={200} className={styles.muted}>
        <StatusLabel status={status} lang={lang} showText={false} /> {VERDICT_UI.title[lang]}
      </Text>
      <Text
        as="p"
        weight="semibold"
        size={300}
        className={styles.headline}
        data-testid="verdict-headline"
      >
        {/* Element Timing: the load benchmark reads when this line was first painted (text is
            timed on its block, hence a block span). */}
        <span className={styles.timed} {...ELEMENT_TIMING}>
          {v.headline[lang]}
        </span>
      </Text>
      {v.failed && v.failed.length > 1 ? (
        <ul className={styles.list} data-testid="verdict-failed">
          {v.failed.map((r, i) => (
            <li key={`${r.address}-${i}`} className={styles.line}>
              <StatusLabel
                status={r.action === "delayed" ? "warning" : "problem"}
                lang={lang}
                showText={false}
              />{" "}
              {shownAddress(r.address)[lang]}
              {r.code ? <span className={styles.muted}>{inParens(r.code, lang)}</span> : null}
              {r.cause !== null ? ` — ${itemLabel(r.cause)[lang]}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {v.who.length ? (
        <Text block className={styles.line} data-testid="verdict-who">
          <span className={styles.label}>{UI.who[lang]}: </span>
          {v.who.map((w) => WHO_LABELS[w][lang]).join(SEP[lang])}
        </Text>
      ) : null}
      {v.forwardedBy ? (
        <Text block className={styles.muted} data-testid="verdict-forwarded">
          {v.forwardedBy[lang]}
        </Text>
      ) : null}
      <Text block className={styles.line} data-testid="verdict-next" data-kind={v.next.kind}>
        <span className={styles.label}>{UI.nextStep[lang]}: </span>
        {v.next.text[lang]}
      </Text>
      {v.question || (v.mode === "sent" && Object.keys(props.answers).length) ? (
        <Question {...props} />
      ) : null}
      <div className={styles.actions}>
        {props.onResend &&
        v.mode !== "draft" &&
        (v.next.kind === "removeAttachment" || v.next.kind === "reduceSize") ? (
          <Button
            size="small"
            appearance="primary"
            icon={<DocumentArrowRight20Regular />}
            onClick={props.onResend}
            data-testid="verdict-resend"
          >
            {VERDICT_UI.prepareResend[lang]}
          </Button>
        ) : null}
        {v.mode === "sent" ? (
          <Button
            size="small"
            icon={<Chat20Regular />}
            onClick={() => props.onOpen("triage")}
            data-testid="verdict-open-triage"
          >
            {VERDICT_UI.openTriage[lang]}
          </Button>
        ) : null}
        {inquiryButton}
      </div>
      {alsoHere.length ? (
        <ul
          className={styles.list}
          aria-label={VERDICT_UI.alsoFound[lang]}
          data-testid="verdict-also"
        >
          {alsoHere.map(alsoItem)}
        </ul>
      ) : null}
      {v.reporter ? (
        <Text className={styles.muted} data-testid="verdict-reporter">
          {v.reporter[lang]}
        </Text>
      ) : null}
      {alsoInOriginal.length ? (
        <div data-testid="verdict-also-original">
          <Text block id="verdict-also-original-heading" className={styles.muted}>
            {VERDICT_UI.alsoFoundOriginal[lang]}
          </Text>
          <ul className={styles.list} aria-labelledby="verdict-also-original-heading">
            {alsoInOriginal.map(alsoItem)}
          </ul>
        </div>
      ) : null}
      <Original verdict={v} kind={props.report.bounce?.kind} lang={lang} />
      <div data-testid="verdict-not-checked">
        <Progress sources={props.report.sources} lang={lang} summary={v.couldNotCheck?.[lang]} />
      </div>
      {props.onSignIn && needsSignIn(props.report) ? (
        <div>
          <Button
            appearance="secondary"
            size="small"
            disabled={props.signingIn === true}
            onClick={props.onSignIn}
            data-testid="sign-in"
          >
            {(props.signingIn ? UI.signingIn : UI.signIn)[lang]}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
