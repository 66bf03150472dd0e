/** The message summary at the top of the pane. All values are shown as text. */
import { makeStyles, tokens, Text } from "@fluentui/react-components";
import type { Lang } from "../../core/model/i18n";
import type { Report } from "../../core/model/report";
import type { MessageSnapshot } from "../../core/model/snapshot";
import { KIND_LABELS, UI, formatBytes, formatDate } from "../strings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "minmax(4.5em, max-content) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  row: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
});

export function Summary(props: { report: Report; snapshot: MessageSnapshot; lang: Lang }) {
  const styles = useStyles();
  const { lang } = props;
  const m = props.report.message;
  const rows: [string, string][] = [
    [UI.kind[lang], KIND_LABELS[props.report.kind][lang]],
    [UI.subject[lang], m.subject || UI.noSubject[lang]],
    [UI.from[lang], m.from || UI.none[lang]],
    [UI.to[lang], m.to.join(", ") || UI.none[lang]],
  ];
  if (m.cc.length) rows.push([UI.cc[lang], m.cc.join(", ")]);
  if (m.date) rows.push([UI.date[lang], formatDate(m.date, lang)]);
  // Files by name; an unnamed part (a report's machine-readable section) is not an attachment.
  const named = props.snapshot.attachments.filter((a) => a.name.trim() !== "" && !a.isInline);
  if (named.length)
    rows.push([
      UI.attachments[lang],
      named.map((a) => `${a.name} (${formatBytes(a.size, lang)})`).join(", "),
    ]);
  if (m.sizeBytes) rows.push([UI.size[lang], formatBytes(m.sizeBytes, lang)]);
  return (
    <section aria-labelledby="summary-heading" data-testid="summary">
      <Text as="h2" id="summary-heading" weight="semibold" size={300} block>
        {UI.summary[lang]}
      </Text>
      <dl className={styles.list}>
        {rows.map(([k, v]) => (
          <div key={k} className={styles.row}>
            <dt className={styles.term}>{k}</dt>
            <dd className={styles.value}>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
