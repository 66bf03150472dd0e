/**
 * Bounce mode: per failed recipient, the server's own words (as text), the cause among the 24,
 * who acts, the next step and a link; then what is known of the returned original.
 */
import { Card, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { catalogueItem, WHO_LABELS } from "../../core/catalogue";
import { cameBack, type BounceReport, type BounceRecipient } from "../../core/model/bounce";
import type { Lang, Localized } from "../../core/model/i18n";
import { docsLinkText, isSafeLink, localizedDocsUrl } from "../links";
import { UI, formatDate, inParens } from "../strings";
import { StatusLabel } from "./StatusLabel";
import { shownAddress, whoActsOn } from "../../core/report/verdict";
import { fixText, text, type LabelKey } from "../../core/messages";
import { delayNote } from "../../core/bounce/reasons";

const l = (key: LabelKey) => text(key, {});

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, overflowWrap: "anywhere" },
  quote: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: 0,
  },
  address: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
});

function actionStatus(r: BounceRecipient) {
  if (r.action === "failed") return "problem" as const;
  if (r.action === "delayed") return "warning" as const;
  return "ok" as const;
}

const ACTION_LABELS: Record<BounceRecipient["action"], Localized> = {
  failed: l("pane.bounce.action.failed"),
  delayed: l("pane.bounce.action.delayed"),
  delivered: l("pane.bounce.action.delivered"),
  relayed: l("pane.bounce.action.relayed"),
  expanded: l("pane.bounce.action.expanded"),
};

function Row(props: { term: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{props.term}</dt>
      <dd className={styles.value}>{props.children}</dd>
    </>
  );
}

const BOUNCE_TITLES = {
  failure: UI.bounceTitle,
  delay: UI.bounceTitleDelay,
  notice: UI.bounceTitleNotice,
};

const DELAY_NEXT_STEP: Localized = fixText("bounce.delayed", {}) ?? { ja: "", en: "" };

function RecipientCard(props: { r: BounceRecipient; lang: Lang }) {
  const styles = useStyles();
  const { r, lang } = props;
  const d = r.diagnosis;
  const code = [r.replyCode, r.status].filter(Boolean).join(" ");
  const delay = r.action === "delayed" && d ? delayNote(d.reason) : undefined;
  return (
    <li data-testid="bounce-recipient">
      <Card appearance="outline">
        <Text className={styles.address}>{shownAddress(r.address)[lang]}</Text>
        <span>
          <StatusLabel status={actionStatus(r)} lang={lang} showText={false} />{" "}
          {ACTION_LABELS[r.action][lang]}
          {code ? inParens(code, lang) : ""}
        </span>
        <dl className={styles.grid}>
          {r.diagnostic ? (
            <Row term={UI.serverSaid[lang]}>
              <pre className={styles.quote} data-testid="server-words">
                {r.diagnostic}
              </pre>
            </Row>
          ) : null}
          {r.action === "delayed" ? (
            // A delay names no failure cause: it is item 4, with what the server says holds it up.
            <Row term={UI.cause[lang]}>
              4. {catalogueItem(4).title[lang]}
              {delay ? ` — ${delay[lang]}` : ""}
            </Row>
          ) : r.cause !== null ? (
            <Row term={UI.cause[lang]}>
              {r.cause}. {catalogueItem(r.cause).title[lang]}
              {d ? ` — ${d.summary[lang]}` : ""}
            </Row>
          ) : null}
          {d || r.cause !== null ? (
            <Row term={UI.who[lang]}>
              {whoActsOn(r)
                .map((w) => WHO_LABELS[w][lang])
                .join(lang === "ja" ? "、" : ", ")}
            </Row>
          ) : null}
          {r.action === "delayed" ? (
            // Not a failure yet: the server retries, so "resend" would be the wrong advice.
            <Row term={UI.nextStep[lang]}>{DELAY_NEXT_STEP[lang]}</Row>
          ) : d ? (
            <Row term={UI.nextStep[lang]}>{d.nextStep[lang]}</Row>
          ) : null}
          {r.action === "delayed" && r.retryUntil ? (
            <Row term={UI.retryUntil[lang]}>{formatDate(r.retryUntil, lang)}</Row>
          ) : null}
          {d?.link && isSafeLink(d.link) ? (
            <Row term={UI.moreInfo[lang]}>
              <Link href={localizedDocsUrl(d.link, lang)} target="_blank" rel="noopener noreferrer">
                {docsLinkText(d.link, code, lang)}
              </Link>
            </Row>
          ) : null}
        </dl>
      </Card>
    </li>
  );
}

export function BounceView(props: { bounce: BounceReport; lang: Lang }) {
  const styles = useStyles();
  const { bounce, lang } = props;
  const o = bounce.original;
  return (
    <section aria-labelledby="bounce-heading" data-testid="bounce">
      <Text as="h2" id="bounce-heading" weight="semibold" size={300} block>
        {BOUNCE_TITLES[cameBack(bounce.kind)][lang]}
      </Text>
      {bounce.reporter ? (
        <Text block>
          {UI.bounceReporter[lang]}
          {lang === "ja" ? "：" : ": "}
          {bounce.reporter}
        </Text>
      ) : null}
      {bounce.recipients.length ? (
        <ul className={styles.list}>
          {bounce.recipients.map((r, i) => (
            <RecipientCard key={`${r.address}-${i}`} r={r} lang={lang} />
          ))}
        </ul>
      ) : (
        <Text block>{UI.noRecipients[lang]}</Text>
      )}
      {o ? (
        <div data-testid="returned-original">
          <Text as="h3" weight="semibold" block>
            {UI.returnedOriginal[lang]}
          </Text>
          <dl className={styles.grid}>
            {o.subject ? <Row term={UI.subject[lang]}>{o.subject}</Row> : null}
            {o.from ? <Row term={UI.from[lang]}>{o.from}</Row> : null}
            {o.to.length ? <Row term={UI.to[lang]}>{o.to.join(", ")}</Row> : null}
            {o.date ? <Row term={UI.date[lang]}>{formatDate(o.date, lang)}</Row> : null}
            {o.messageId ? <Row term="Message-ID">{o.messageId}</Row> : null}
          </dl>
          <Text block>{o.complete ? UI.originalComplete[lang] : UI.originalHeadersOnly[lang]}</Text>
        </div>
      ) : null}
    </section>
  );
}
