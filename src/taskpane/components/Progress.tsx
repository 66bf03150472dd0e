/**
 * Progress per source. Shown only when work takes longer than a moment (300 ms), so a fast
 * local report does not flicker; each source says when it is done or why it is unavailable.
 */
import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../core/model/i18n";
import type { SourceId, SourceState } from "../../core/model/report";
import { explain, SOURCE_FALLBACK, type Explanation } from "../../core/checks/unavailable";
import { SOURCE_LABELS, SOURCE_STATE_LABELS, UI } from "../strings";
import { Disclosure } from "./Disclosure";
import { StatusLabel } from "./StatusLabel";

export const PROGRESS_DELAY_MS = 300;

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  summary: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  why: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    flexBasis: "100%",
    fontSize: tokens.fontSizeBase200,
  },
});

/** What to say when a source reports itself unavailable without a reason or fix of its own. */
const FALLBACK_OF: Partial<Record<SourceId, Explanation>> = {
  graph: SOURCE_FALLBACK.licence,
  trace: SOURCE_FALLBACK.trace,
  dns: SOURCE_FALLBACK.dns,
};

function whyText(source: SourceState, lang: Lang): string {
  const fallback = FALLBACK_OF[source.id];
  const why = fallback ? explain(source.why, fallback) : source.why;
  return why ? `${why.reason[lang]} ${why.fix[lang]}`.trim() : "";
}

/** Why an unavailable source could not answer; nothing for the other states. */
function WhyLine(props: { source: SourceState; lang: Lang; className: string }) {
  if (props.source.state !== "unavailable") return null;
  const text = whyText(props.source, props.lang);
  return text ? <Text className={props.className}>{text}</Text> : null;
}

/** True once `pending` has stayed true for longer than the delay. */
export function useSlow(pending: boolean, delayMs = PROGRESS_DELAY_MS): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setSlow(true), delayMs);
    return () => clearTimeout(timer);
  }, [pending, delayMs]);
  return slow;
}

/**
 * Shown in full while slow work goes on. Once nothing is pending, a source that could not
 * answer is summed up in one line (`summary`, from the verdict) that opens to each source's
 * reason and fix: said once, not in every item it affects.
 */
export function Progress(props: {
  sources: SourceState[];
  lang: Lang;
  summary?: string | undefined;
}) {
  const styles = useStyles();
  const { lang } = props;
  const shown = props.sources.filter((s) => s.state !== "off");
  const pending = shown.some((s) => s.state === "pending");
  const slow = useSlow(pending);
  const failed = shown.some((s) => s.state === "unavailable");
  if ((!slow && !failed) || shown.length === 0) return null;
  const rows = (
    <ul className={styles.list} aria-live="polite">
      {shown.map((s) => (
        <li key={s.id} className={styles.row} data-testid={`source-${s.id}`} data-state={s.state}>
          {s.state === "pending" ? (
            <Spinner size="extra-tiny" aria-hidden="true" />
          ) : (
            <StatusLabel
              status={s.state === "done" ? "ok" : "unavailable"}
              lang={lang}
              showText={false}
            />
          )}
          <Text>
            {SOURCE_LABELS[s.id][lang]}: {SOURCE_STATE_LABELS[s.state][lang]}
          </Text>
          <WhyLine source={s} lang={lang} className={styles.why} />
        </li>
      ))}
    </ul>
  );
  if (!pending && failed)
    return (
      <Disclosure
        testId="progress"
        label={<span className={styles.summary}>{props.summary ?? UI.progressTitle[lang]}</span>}
      >
        {rows}
      </Disclosure>
    );
  return (
    <section aria-labelledby="progress-heading" data-testid="progress">
      <Text as="h2" id="progress-heading" weight="semibold" size={200} block>
        {UI.progressTitle[lang]}
      </Text>
      {rows}
    </section>
  );
}
