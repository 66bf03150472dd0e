/**
 * The 24 checklist items, problems first. Each expands to its findings (message, evidence as
 * text, fix, who acts), the catalogue's how-to-check for manual items, and the explanation.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { catalogueItem, WHO_LABELS } from "../../core/catalogue";
import type { Lang } from "../../core/model/i18n";
import type { Finding, ItemId } from "../../core/model/finding";
import { useEffect, useRef, useState } from "react";
import type { Report, ReportItem } from "../../core/model/report";
import { itemsAwaitingSources } from "../../core/report/awaiting";
import { itemsForDisplay } from "../../core/report/build";
import { UI } from "../strings";
import { AwaitingStatusLabel, StatusLabel } from "./StatusLabel";

const useStyles = makeStyles({
  header: { minWidth: 0 },
  headerContent: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    minWidth: 0,
    textAlign: "start",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  title: { overflowWrap: "anywhere", minWidth: 0 },
  status: { fontSize: tokens.fontSizeBase200 },
  number: { color: tokens.colorNeutralForeground2, fontVariantNumeric: "tabular-nums" },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  finding: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  findings: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  evidence: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
    margin: 0,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  text: { overflowWrap: "anywhere" },
});

function FindingView(props: { finding: Finding; item: ReportItem; lang: Lang }) {
  const styles = useStyles();
  const { finding: f, lang } = props;
  const who =
    f.who ??
    (f.severity === "problem" || f.severity === "warning" ? catalogueItem(f.item).who : undefined);
  return (
    <li
      className={styles.finding}
      data-testid="finding"
      data-rule={f.rule}
      data-severity={f.severity}
    >
      <span>
        <StatusLabel status={f.severity} lang={lang} />{" "}
        <span className={styles.text}>{f.message[lang]}</span>
      </span>
      {f.evidence ? (
        <div>
          <span className={styles.label}>{UI.evidence[lang]}: </span>
          <code className={styles.evidence} data-testid="evidence">
            {f.evidence}
          </code>
        </div>
      ) : null}
      {f.fix ? (
        <div className={styles.text}>
          <span className={styles.label}>{UI.fix[lang]}: </span>
          {f.fix[lang]}
        </div>
      ) : null}
      {who && who.length ? (
        <div className={styles.text}>
          <span className={styles.label}>{UI.who[lang]}: </span>
          {who.map((w) => WHO_LABELS[w][lang]).join(lang === "ja" ? "、" : ", ")}
        </div>
      ) : null}
      {f.link ? (
        <Link href={f.link} target="_blank" rel="noopener noreferrer" inline>
          {UI.moreInfo[lang]}
        </Link>
      ) : null}
    </li>
  );
}

function ItemPanel(props: { item: ReportItem; lang: Lang }) {
  const styles = useStyles();
  const { item, lang } = props;
  const c = catalogueItem(item.id);
  const shown = item.findings;
  return (
    <div className={styles.panel}>
      {shown.length ? (
        <ul className={styles.findings} aria-label={UI.findings[lang]}>
          {shown.map((f, i) => (
            <FindingView key={`${f.rule}-${i}`} finding={f} item={item} lang={lang} />
          ))}
        </ul>
      ) : null}
      {item.status === "manual" ? (
        <div data-testid="how-to-check">
          <Text weight="semibold" block>
            {UI.howToCheck[lang]}
          </Text>
          <Text block className={styles.text}>
            {c.howToCheck[lang]}
          </Text>
          <Text block className={styles.text}>
            <span className={styles.label}>{UI.who[lang]}: </span>
            {c.who.map((w) => WHO_LABELS[w][lang]).join(lang === "ja" ? "、" : ", ")}
          </Text>
        </div>
      ) : null}
      <details>
        <summary>{UI.explanation[lang]}</summary>
        <Text block className={styles.text}>
          {c.explanation[lang]}
        </Text>
      </details>
    </div>
  );
}

export function ItemList(props: { report: Report; lang: Lang }) {
  const styles = useStyles();
  const { lang } = props;
  const items = itemsForDisplay(props.report);
  const awaiting = itemsAwaitingSources(props.report.sources);
  const problems = items.filter((i) => i.status === "problem").map((i) => i.id);
  // Problems open by themselves, also those a slower source finds later; whatever the user
  // closes stays closed.
  const [open, setOpen] = useState<ItemId[]>(problems);
  const opened = useRef(new Set<ItemId>(problems));
  const problemKey = problems.join(",");
  useEffect(() => {
    const fresh = problemKey
      .split(",")
      .filter(Boolean)
      .map((n) => Number(n) as ItemId)
      .filter((id) => !opened.current.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) opened.current.add(id);
    setOpen((o) => [...o, ...fresh]);
  }, [problemKey]);
  return (
    <section aria-labelledby="items-heading">
      <Text as="h2" id="items-heading" weight="semibold" size={300} block>
        {UI.checklist[lang]}
      </Text>
      <Accordion
        multiple
        collapsible
        openItems={open}
        onToggle={(_, d) => setOpen(d.openItems as ItemId[])}
        data-testid="items"
      >
        {items.map((item) => {
          const c = catalogueItem(item.id);
          return (
            <AccordionItem
              key={item.id}
              value={item.id}
              data-testid={`item-${item.id}`}
              data-status={item.status}
              data-awaiting={awaiting.has(item.id) ? "true" : undefined}
            >
              <AccordionHeader className={styles.header} expandIconPosition="end">
                <span className={styles.headerContent}>
                  <span className={styles.title}>
                    <span className={styles.number}>{item.id}. </span>
                    {c.title[lang]}
                  </span>
                  <span className={styles.status}>
                    {awaiting.has(item.id) ? (
                      <AwaitingStatusLabel status={item.status} lang={lang} />
                    ) : (
                      <StatusLabel status={item.status} lang={lang} />
                    )}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ItemPanel item={item} lang={lang} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}
