/** The 24 causes grouped by who acts, with those that apply to this message marked (icon + text). */
import { Text } from "@fluentui/react-components";
import { WHO_LABELS } from "../../core/catalogue";
import type { Lang } from "../../core/model/i18n";
import type { Report } from "../../core/model/report";
import { groupByWho } from "../../core/triage";
import { StatusLabel } from "./StatusLabel";
import { useViewStyles } from "./views";
import { inParens } from "../strings";
import { text, type LabelKey } from "../../core/messages";

const l = (key: LabelKey) => text(key, {});

const T = {
  intro: l("pane.who.intro"),
  also: l("pane.who.also"),
} as const;

export function WhoView(props: { report: Report; lang: Lang }) {
  const styles = useViewStyles();
  const { lang } = props;
  const groups = groupByWho(props.report);
  return (
    <div className={styles.section} data-testid="who">
      <Text block className={styles.text}>
        {T.intro[lang]}
      </Text>
      {groups.map((g) => (
        <section
          key={g.who}
          className={styles.box}
          aria-labelledby={`who-${g.who}`}
          data-testid={`who-${g.who}`}
        >
          <Text as="h3" id={`who-${g.who}`} weight="semibold">
            {WHO_LABELS[g.who][lang]}
            {inParens(`${g.items.filter((i) => i.applies).length}/${g.items.length}`, lang)}
          </Text>
          <ul className={styles.plainList}>
            {g.items.map((i) => (
              <li
                key={i.id}
                className={i.applies ? styles.highlight : undefined}
                data-applies={i.applies}
              >
                {i.applies ? <StatusLabel status={i.status} lang={lang} /> : null}{" "}
                <span className={styles.text}>
                  {i.id}. {i.title[lang]}
                </span>
                {i.alsoWho.length ? (
                  <span className={styles.muted}>
                    {inParens(
                      `${T.also[lang]}${lang === "ja" ? "：" : ": "}${i.alsoWho
                        .map((w) => WHO_LABELS[w][lang])
                        .join(lang === "ja" ? "、" : ", ")}`,
                      lang
                    )}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
