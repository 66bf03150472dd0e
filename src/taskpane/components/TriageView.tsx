/**
 * The triage wizard: the article's first-level questions for a mail that vanished without an
 * error. Each answer narrows the candidate causes (logic in src/core/triage) and says which
 * side is most likely. Answers stay with the report (and go into the inquiry) and can be changed.
 */
import { Button, Field, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { useMemo, useState } from "react";
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
import { useViewStyles } from "./views";

const T = {
  intro: {
    ja: "エラーメールが返ってこないのに届かないときは、次の質問に順に答えてください。答えるたびに原因の候補が絞り込まれます。",
    en: "When a mail does not arrive and no error came back, answer these questions in turn. Each answer narrows down the likely causes.",
  },
  yes: { ja: "はい", en: "Yes" },
  no: { ja: "いいえ", en: "No" },
  unknown: { ja: "わからない・未確認", en: "Not sure / not tried" },
  how: { ja: "試し方", en: "How to try it" },
  side: { ja: "原因がありそうな側", en: "Most likely side" },
  candidates: { ja: "原因の候補", en: "Likely causes" },
  likely: { ja: "可能性が高い", en: "Likely" },
  possible: { ja: "可能性あり", en: "Possible" },
  advice: { ja: "次にすること", en: "What to do next" },
  next: { ja: "次の質問", en: "Next question" },
  ruledOut: { ja: "可能性が低くなった原因", en: "Causes now unlikely" },
  resend: { ja: "再送用の下書きを作る", en: "Prepare a resend draft" },
  resendOpen: { ja: "新しいメールとして開く", en: "Open as a new mail" },
  resendPreview: {
    ja: "再送用の下書き(自動では送信されません)",
    en: "Resend draft (nothing is sent automatically)",
  },
  reset: { ja: "回答をやり直す", en: "Clear the answers" },
} as const;

/* eslint-disable no-unused-vars -- parameter names in function types document the shape */
export interface TriageViewProps {
  report: Report;
  snapshot: MessageSnapshot;
  lang: Lang;
  answers: TriageAnswers;
  onAnswers: (_answers: TriageAnswers) => void;
  /** Outlook only: opens the resend draft as a new message form. */
  openDraft?: ((_draft: ReturnType<typeof buildResendDraft>) => Promise<unknown>) | undefined;
}
/* eslint-enable no-unused-vars */

export function TriageView(props: TriageViewProps) {
  const styles = useViewStyles();
  const { report, lang, answers } = props;
  const result = useMemo(() => narrowTriage(answers, report), [answers, report]);
  const [showDraft, setShowDraft] = useState(false);
  const draft = useMemo(() => {
    if (!showDraft) return null;
    const lengthen = answers.longerSubject === "yes";
    return buildResendDraft(props.snapshot, {
      lang,
      removeHistory: true,
      attachmentsAsLinks: true,
      subject: lengthen ? "lengthen" : "keep",
    });
  }, [showDraft, props.snapshot, lang, answers]);

  const set = (id: TriageStepId, value: TriageAnswer) =>
    props.onAnswers({ ...answers, [id]: value });
  return (
    <div className={styles.section} data-testid="triage">
      <Text block className={styles.text}>
        {T.intro[lang]}
      </Text>
      <ol className={styles.plainList}>
        {TRIAGE_STEPS.map((step) => {
          const id = step.id as TriageStepId;
          return (
            <li key={id} className={styles.box} data-testid={`triage-step-${id}`}>
              <RadioGroup
                value={answers[id] ?? ""}
                onChange={(_, d) => set(id, d.value as TriageAnswer)}
                aria-label={step.question[lang]}
              >
                <Text weight="semibold" className={styles.text}>
                  {step.question[lang]}
                </Text>
                <Radio value="yes" label={T.yes[lang]} />
                <Radio value="no" label={T.no[lang]} />
                <Radio value="unknown" label={T.unknown[lang]} />
              </RadioGroup>
              {step.how ? (
                <details>
                  <summary>{T.how[lang]}</summary>
                  <Text block className={styles.muted}>
                    {step.how[lang]}
                  </Text>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
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
        {result.next ? (
          <Text className={styles.text}>
            <span className={styles.label}>{T.next[lang]}: </span>
            {result.next.question[lang]}
          </Text>
        ) : null}
        <Text weight="semibold">{T.candidates[lang]}</Text>
        <ol className={styles.list} data-testid="triage-candidates">
          {result.candidates.slice(0, 6).map((c) => (
            <li key={c.id} data-item={c.id} data-strength={c.strength} className={styles.text}>
              {c.id}. {c.title[lang]} — {(c.strength === "likely" ? T.likely : T.possible)[lang]}
              {c.why.length ? (
                <div className={styles.muted}>{c.why.map((w) => w.text[lang]).join(" ")}</div>
              ) : null}
            </li>
          ))}
        </ol>
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
        {result.ruledOut.length ? (
          <Text className={styles.muted}>
            {T.ruledOut[lang]}: {result.ruledOut.join(", ")}
          </Text>
        ) : null}
      </section>
      <div className={styles.actions}>
        <Button onClick={() => setShowDraft(true)} data-testid="resend-prepare">
          {T.resend[lang]}
        </Button>
        <Button onClick={() => props.onAnswers({})}>{T.reset[lang]}</Button>
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
