/**
 * The 24 checklist items in groups: problems and warnings open; "no problem", "could not check"
 * and "check by hand" collapsed under one line each with their count; number order within a
 * group. Each item expands to its findings (message, evidence as text, fix, who acts), the
 * catalogue's how-to-check where a person must look, and the explanation. A source that could
 * not be reached is said once, at the top of its group, not inside every item.
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
import { catalogueItem, whoLabelFor } from "../../core/catalogue";
import type { MessageKind } from "../../core/model/snapshot";
import type { Lang } from "../../core/model/i18n";
import type { Finding, ItemId } from "../../core/model/finding";
import { useEffect, useRef, useState } from "react";
import type { Report, ReportItem } from "../../core/model/report";
import { itemsAwaitingSources } from "../../core/report/awaiting";
import type { Verdict } from "../../core/report/verdict";
import { localizedDocsUrl, isSafeLink } from "../links";
import { GROUP_UI, inParens, UI, SOURCE_LABELS } from "../strings";
import { Disclosure } from "./Disclosure";
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
  groups: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  sources: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
});

function FindingView(props: { finding: Finding; item: ReportItem; kind: MessageKind; lang: Lang }) {
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
          {who.map((w) => whoLabelFor(w, props.kind)[lang]).join(lang === "ja" ? "、" : ", ")}
        </div>
      ) : null}
      {f.link && isSafeLink(f.link) ? (
        <Link
          href={localizedDocsUrl(f.link, lang)}
          target="_blank"
          rel="noopener noreferrer"
          inline
        >
          {UI.moreInfo[lang]}
        </Link>
      ) : null}
    </li>
  );
}

/** A finding worth showing inside its item: not a source's failure (said once above), and no
 * "checked, fine" line inside an item that has a problem or a warning (it would contradict it). */
function shownFindings(item: ReportItem): Finding[] {
  const flagged = item.status === "problem" || item.status === "warning";
  return item.findings.filter(
    (f) =>
      !(f.severity === "unavailable" && f.rule.startsWith("source.")) &&
      !(flagged && (f.severity === "ok" || f.severity === "unavailable"))
  );
}

function ItemPanel(props: { item: ReportItem; kind: MessageKind; lang: Lang }) {
  const styles = useStyles();
  const { item, lang } = props;
  const c = catalogueItem(item.id);
  const shown = shownFindings(item);
  const byHand = item.status === "manual" || item.status === "unavailable";
  return (
    <div className={styles.panel}>
      {shown.length ? (
        <ul className={styles.findings} aria-label={UI.findings[lang]}>
          {shown.map((f, i) => (
            <FindingView
              key={`${f.rule}-${i}`}
              finding={f}
              item={item}
              kind={props.kind}
              lang={lang}
            />
          ))}
        </ul>
      ) : null}
      {byHand ? (
        <div data-testid="how-to-check">
          <Text weight="semibold" block>
            {UI.howToCheck[lang]}
          </Text>
          <Text block className={styles.text}>
            {c.howToCheck[lang]}
          </Text>
          <Text block className={styles.text}>
            <span className={styles.label}>{UI.who[lang]}: </span>
            {c.who.map((w) => whoLabelFor(w, props.kind)[lang]).join(lang === "ja" ? "、" : ", ")}
          </Text>
        </div>
      ) : null}
      <Disclosure label={UI.explanation[lang]} testId="explanation">
        <Text block className={styles.text}>
          {c.explanation[lang]}
        </Text>
      </Disclosure>
    </div>
  );
}

type Group = "attention" | "ok" | "unavailable" | "manual";

function groupOf(item: ReportItem): Group {
  return item.status === "problem" || item.status === "warning" ? "attention" : item.status;
}

function Items(props: {
  items: ReportItem[];
  kind: MessageKind;
  lang: Lang;
  awaiting: Set<ItemId>;
  open: ItemId[];
  onToggle: (_open: ItemId[]) => void; // eslint-disable-line no-unused-vars
  testId?: string | undefined;
}) {
  const styles = useStyles();
  const { lang, awaiting } = props;
  return (
    <Accordion
      multiple
      collapsible
      openItems={props.open}
      onToggle={(_, d) => props.onToggle(d.openItems as ItemId[])}
      data-testid={props.testId}
    >
      {props.items.map((item) => {
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
            {/* Without Fluent's collapse motion: it measures every open panel as it mounts,
                one forced layout each, which was a tenth of the first report's time. A closed
                panel is not rendered, as the motion's unmountOnExit did. */}
            {props.open.includes(item.id) ? (
              <AccordionPanel collapseMotion={null}>
                <ItemPanel item={item} kind={props.kind} lang={lang} />
              </AccordionPanel>
            ) : null}
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

export function ItemList(props: { report: Report; verdict?: Verdict | undefined; lang: Lang }) {
  const styles = useStyles();
  const { lang } = props;
  // Number order within each group; problems before warnings among those that need attention.
  const items = [...props.report.items].sort((a, b) => a.id - b.id);
  const awaiting = itemsAwaitingSources(props.report.sources);
  // Whose side "you" is on: any report about the delivery of the user's own mail (a bounce, a
  // delay, an away reply, a complaint) is read as its sender, whatever kind the mail was taken for.
  const perspective: MessageKind = props.report.bounce ? "bounce" : props.report.kind;
  const attention = [
    ...items.filter((i) => i.status === "problem"),
    ...items.filter((i) => i.status === "warning"),
  ];
  const flagged = attention.map((i) => i.id);
  // Problems and warnings open by themselves, also those a slower source finds later; whatever
  // the user closes stays closed.
  const [open, setOpen] = useState<ItemId[]>(flagged);
  const opened = useRef(new Set<ItemId>(flagged));
  const flaggedKey = flagged.join(",");
  useEffect(() => {
    const fresh = flaggedKey
      .split(",")
      .filter(Boolean)
      .map((n) => Number(n) as ItemId)
      .filter((id) => !opened.current.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) opened.current.add(id);
    setOpen((o) => [...o, ...fresh]);
  }, [flaggedKey]);
  const unreachable = props.verdict?.unreachable ?? [];
  const rest = (["ok", "unavailable", "manual"] as const).map((g) => ({
    group: g,
    items: items.filter((i) => groupOf(i) === g),
  }));
  return (
    <section aria-labelledby="items-heading" data-testid="items" className={styles.groups}>
      <Text as="h2" id="items-heading" weight="semibold" size={300} block>
        {UI.checklist[lang]}
      </Text>
      {attention.length ? (
        <Items
          items={attention}
          kind={perspective}
          lang={lang}
          awaiting={awaiting}
          open={open}
          onToggle={setOpen}
          testId="group-attention"
        />
      ) : null}
      {rest.map(({ group, items: list }) =>
        list.length ? (
          <Disclosure
            key={group}
            testId={`group-${group}`}
            deferContent
            label={
              <span>
                <StatusLabel status={group} lang={lang} showText={false} /> {GROUP_UI[group][lang]}
                {inParens(list.length, lang)}
              </span>
            }
          >
            {group === "unavailable" && unreachable.length ? (
              <ul className={styles.sources} data-testid="unreachable-sources">
                {unreachable.map((u) => (
                  <li key={u.source} data-source={u.source} className={styles.text}>
                    <span className={styles.label}>{SOURCE_LABELS[u.source][lang]}: </span>
                    {u.reason[lang]} {u.fix?.[lang] ?? ""}
                  </li>
                ))}
              </ul>
            ) : null}
            <Items
              items={list}
              kind={perspective}
              lang={lang}
              awaiting={awaiting}
              open={open}
              onToggle={setOpen}
            />
          </Disclosure>
        ) : null
      )}
    </section>
  );
}
