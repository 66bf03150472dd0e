/**
 * The triage as a conversation: the article's first-level questions for a mail that vanished
 * without an error, one at a time. Each answer narrows the candidate causes (logic in
 * src/core/triage): likely, possible and ruled out, each with its reason. Earlier answers stay
 * listed and can be changed; they go with the report into the inquiry.
 */
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { TRIAGE_STEPS } from "../../core/catalogue/triage";
import type { Lang } from "../../core/model/i18n";
import type { Report } from "../../core/model/report";
import type { MessageSnapshot } from "../../core/model/snapshot";
import {
  buildResendDraft,
  narrowTriage,
  type TriageAnswer,
  type TriageAnswers,
  type TriageStepId,
} from "../../core/triage";
import { itemLabel } from "../../core/report/verdict";
import { Disclosure } from "./Disclosure";
import { StatusLabel } from "./StatusLabel";
import { useViewStyles } from "./views";
import { inParens } from "../strings";
import { text, type LabelKey } from "../../core/messages";

const l = (key: LabelKey) => text(key, {});

const T = {
  intro: l("pane.triage.intro"),
  yes: l("pane.triage.yes"),
  no: l("pane.triage.no"),
  unknown: l("pane.triage.unknown"),
  how: l("pane.triage.how"),
  side: l("pane.triage.side"),
  candidates: l("pane.triage.candidates"),
  likely: l("pane.triage.likely"),
  possible: l("pane.triage.possible"),
  advice: l("pane.triage.advice"),
  next: l("pane.triage.next"),
  ruledOut: l("pane.triage.ruled-out"),
  resend: l("pane.triage.resend"),
  resendOpen: l("pane.triage.resend-open"),
  resendPreview: l("pane.triage.resend-preview"),
  reset: l("pane.triage.reset"),
  change: l("pane.triage.change"),
  done: l("pane.triage.done"),
  stopped: l("pane.triage.stopped"),
  answered: l("pane.triage.answered"),
  noReason: l("pane.triage.no-reason"),
} as const;

/* eslint-disable no-unused-vars -- parameter names in function types document the shape */
export interface TriageViewProps {
  report: Report;
  /**
   * The mail a resend starts from: the item itself, or for a bounce the original it returned;
   * absent when a bounce returned none (no resend is offered then).
   */
  snapshot: MessageSnapshot | undefined;
  lang: Lang;
  answers: TriageAnswers;
  onAnswers: (_answers: TriageAnswers) => void;
  /** The verdict asked for the resend draft: show it without another click. */
  showDraftAtOnce?: boolean | undefined;
  /** Outlook only: opens the resend draft as a new message form. */
  openDraft?: ((_draft: ReturnType<typeof buildResendDraft>) => Promise<unknown>) | undefined;
}
/* eslint-enable no-unused-vars */

const ANSWER_TEXT: Record<TriageAnswer, keyof typeof T> = {
  yes: "yes",
  no: "no",
  unknown: "unknown",
};

export function TriageView(props: TriageViewProps) {
  const styles = useViewStyles();
  const { report, lang, answers } = props;
  const result = useMemo(() => narrowTriage(answers, report), [answers, report]);
  const [showDraft, setShowDraft] = useState(props.showDraftAtOnce ?? false);
  useEffect(() => {
    if (props.showDraftAtOnce) setShowDraft(true);
  }, [props.showDraftAtOnce]);
  // The step being changed, when the user reopens an earlier answer.
  const [editing, setEditing] = useState<TriageStepId | null>(null);
  const draft = useMemo(() => {
    if (!showDraft || !props.snapshot) return null;
    const lengthen = answers.longerSubject === "yes";
    return buildResendDraft(props.snapshot, {
      lang,
      removeHistory: true,
      attachmentsAsLinks: true,
      subject: lengthen ? "lengthen" : "keep",
    });
  }, [showDraft, props.snapshot, lang, answers]);

  const set = (id: TriageStepId, value: TriageAnswer) => {
    setEditing(null);
    props.onAnswers({ ...answers, [id]: value });
  };
  const currentId = editing ?? (result.next?.id as TriageStepId | undefined);
  const current = TRIAGE_STEPS.find((s) => s.id === currentId);
  const index = current ? TRIAGE_STEPS.indexOf(current) + 1 : 0;
  const answered = TRIAGE_STEPS.filter((s) => answers[s.id as TriageStepId] !== undefined);
  const likely = result.candidates.filter((c) => c.strength === "likely");
  const possible = result.candidates.filter((c) => c.strength === "possible");
  const reasons = (why: { text: { ja: string; en: string } }[]) =>
    [...new Set(why.map((w) => w.text[lang]))].join(" ");
  return (
    <div className={styles.section} data-testid="triage">
      <Text block className={styles.text}>
        {T.intro[lang]}
      </Text>
      {answered.length ? (
        <section className={styles.box} aria-label={T.answered[lang]} data-testid="triage-answers">
          <ul className={styles.plainList}>
            {answered.map((step) => {
              const id = step.id as TriageStepId;
              const a = answers[id];
              return (
                <li key={id} className={styles.text} data-testid={`triage-answer-${id}`}>
                  {step.question[lang]} →{" "}
                  <span className={styles.label}>{a ? T[ANSWER_TEXT[a]][lang] : ""}</span>{" "}
                  <Button
                    size="small"
                    appearance="transparent"
                    onClick={() => setEditing(id)}
                    aria-label={`${T.change[lang]}: ${step.question[lang]}`}
                  >
                    {T.change[lang]}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {current ? (
        <section
          className={styles.box}
          data-testid={`triage-step-${current.id}`}
          data-current="true"
          aria-labelledby="triage-question"
        >
          <Text size={200} className={styles.muted}>
            {text("pane.triage.step", { n: index, total: TRIAGE_STEPS.length })[lang]}
          </Text>
          <Text as="h3" id="triage-question" weight="semibold" className={styles.text}>
            {current.question[lang]}
          </Text>
          {current.how ? (
            <Disclosure label={T.how[lang]}>
              <Text block className={styles.muted}>
                {current.how[lang]}
              </Text>
            </Disclosure>
          ) : null}
          <div className={styles.actions} role="group" aria-labelledby="triage-question">
            {(["yes", "no", "unknown"] as const).map((v) => (
              <Button
                key={v}
                appearance={answers[current.id as TriageStepId] === v ? "primary" : "secondary"}
                onClick={() => set(current.id as TriageStepId, v)}
                data-testid={`triage-${v}`}
              >
                {T[v][lang]}
              </Button>
            ))}
          </div>
        </section>
      ) : (
        <Text block className={styles.text} data-testid="triage-done">
          {answers.web === "no" ? T.stopped[lang] : T.done[lang]}
        </Text>
      )}
      <section
        className={styles.box}
        aria-live="polite"
        data-testid="triage-result"
        data-side={result.side}
      >
        <Text>
          <span className={styles.label}>{T.side[lang]}: </span>
          <span className={styles.text}>{result.sideExplanation[lang]}</span>
        </Text>
        {likely.length ? (
          <>
            <Text weight="semibold">{T.likely[lang]}</Text>
            <ul className={styles.plainList} data-testid="triage-candidates">
              {likely.map((c) => (
                <li key={c.id} data-item={c.id} data-strength="likely" className={styles.text}>
                  <StatusLabel status="warning" lang={lang} showText={false} />{" "}
                  {itemLabel(c.id)[lang]}
                  {c.why.length ? <div className={styles.muted}>{reasons(c.why)}</div> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {possible.length ? (
          <Disclosure
            label={`${T.possible[lang]}${inParens(possible.length, lang)}`}
            testId="triage-possible"
            defaultOpen={likely.length === 0}
          >
            <ul className={styles.plainList}>
              {possible.map((c) => (
                <li key={c.id} data-item={c.id} data-strength="possible" className={styles.text}>
                  {itemLabel(c.id)[lang]}
                  <div className={styles.muted}>
                    {c.why.length ? reasons(c.why) : T.noReason[lang]}
                  </div>
                </li>
              ))}
            </ul>
          </Disclosure>
        ) : null}
        {result.advice.length ? (
          <>
            <Text weight="semibold">{T.advice[lang]}</Text>
            <ul className={styles.list}>
              {result.advice.map((a, i) => (
                <li key={i} className={styles.text}>
                  {a[lang]}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {result.ruledOutWhy.length ? (
          <Disclosure
            label={`${T.ruledOut[lang]}${inParens(result.ruledOutWhy.length, lang)}`}
            testId="triage-ruled-out"
          >
            <ul className={styles.plainList}>
              {result.ruledOutWhy.map((r) => (
                <li key={r.id} data-item={r.id} className={styles.muted}>
                  {itemLabel(r.id)[lang]}
                  {r.why.length ? ` — ${reasons(r.why)}` : ""}
                </li>
              ))}
            </ul>
          </Disclosure>
        ) : null}
      </section>
      <div className={styles.actions}>
        {props.snapshot ? (
          <Button onClick={() => setShowDraft(true)} data-testid="resend-prepare">
            {T.resend[lang]}
          </Button>
        ) : null}
        <Button
          onClick={() => {
            setEditing(null);
            props.onAnswers({});
          }}
        >
          {T.reset[lang]}
        </Button>
      </div>
      {draft ? (
        <div className={styles.section} data-testid="resend-draft">
          <Field label={T.resendPreview[lang]} hint={draft.note}>
            <Textarea
              value={`${draft.subject}\n\n${draft.textBody}`}
              readOnly
              rows={8}
              resize="vertical"
            />
          </Field>
          {props.openDraft ? (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void props.openDraft?.(draft)}>
                {T.resendOpen[lang]}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
