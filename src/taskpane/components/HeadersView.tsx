/**
 * Received mail: what its header says about why it was junked or delayed — authentication
 * results, the spam filter's values with their meaning, and the Received hops with delays.
 * Raw values are shown beside the explanation, always as text.
 */
import { Text } from "@fluentui/react-components";
import { analyzeHeaders, authResultMeaning } from "../../core/headers";
import type { Lang } from "../../core/model/i18n";
import type { MessageSnapshot } from "../../core/model/snapshot";
import { duration as waitText } from "../../core/text/duration";
import { formatDate } from "../strings";
import { useViewStyles } from "./views";
import { text, type LabelKey } from "../../core/messages";

const l = (key: LabelKey) => text(key, {});

const T = {
  none: l("pane.headers.none"),
  auth: l("pane.headers.auth"),
  method: l("pane.headers.method"),
  result: l("pane.headers.result"),
  meaning: l("pane.headers.meaning"),
  spam: l("pane.headers.spam"),
  outbound: l("pane.headers.outbound"),
  hops: l("pane.headers.hops"),
  hop: l("pane.headers.hop"),
  delay: l("pane.headers.delay"),
  total: l("pane.headers.total"),
  mailbox: l("pane.headers.wait-mailbox"),
  implausible: l("pane.headers.wait-implausible"),
  raw: l("pane.headers.raw"),
} as const;

function duration(seconds: number | undefined, lang: Lang): string {
  return seconds === undefined ? "—" : waitText(seconds, lang);
}

export function HeadersView(props: { snapshot: MessageSnapshot; lang: Lang }) {
  const styles = useViewStyles();
  const { lang } = props;
  const a = analyzeHeaders(props.snapshot.headers);
  if (!a.hasTransportHeaders)
    return (
      <div className={styles.section} data-testid="headers">
        <Text block className={styles.text} data-testid="no-transport-headers">
          {T.none[lang]}
        </Text>
      </div>
    );
  const auth: [string, string | undefined][] = [
    ["SPF", a.auth.spf],
    ["DKIM", a.auth.dkim],
    ["DMARC", a.auth.dmarc],
    [
      "compauth",
      a.auth.compauth &&
        `${a.auth.compauth}${a.auth.compauthReason ? ` (reason=${a.auth.compauthReason})` : ""}`,
    ],
    ["ARC", a.auth.arc],
  ];
  return (
    <div className={styles.section} data-testid="headers">
      <section className={styles.box}>
        <Text as="h3" weight="semibold">
          {T.auth[lang]}
        </Text>
        <table className={styles.table} data-testid="auth-table">
          <thead>
            <tr>
              <th className={styles.cell} scope="col" style={{ width: "28%" }}>
                {T.method[lang]}
              </th>
              <th className={styles.cell} scope="col" style={{ width: "30%" }}>
                {T.result[lang]}
              </th>
              <th className={styles.cell} scope="col">
                {T.meaning[lang]}
              </th>
            </tr>
          </thead>
          <tbody>
            {auth
              .filter(([, v]) => v)
              .map(([name, value]) => (
                <tr key={name}>
                  <th className={styles.cell} scope="row">
                    {name}
                  </th>
                  <td className={styles.cell}>
                    <code className={styles.mono}>{value}</code>
                  </td>
                  <td className={styles.cell}>
                    {authResultMeaning(name, (value ?? "").split(" ")[0] ?? "")?.[lang] ?? ""}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </section>
      {a.antispam.length ? (
        <section className={styles.box}>
          <Text as="h3" weight="semibold">
            {T.spam[lang]}
          </Text>
          <ul className={styles.plainList} data-testid="antispam">
            {a.antispam
              .filter((v) => v.meaning)
              .map((v, i) => (
                <li key={`${v.header}-${v.key}-${i}`} className={styles.text}>
                  <code className={styles.mono}>
                    {v.key}:{v.value}
                  </code>{" "}
                  {v.meaning?.[lang]}
                  {v.outbound ? ` ${T.outbound[lang]}` : null}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      {a.hops.length ? (
        <section className={styles.box}>
          <Text as="h3" weight="semibold">
            {T.hops[lang]}
          </Text>
          {a.totalDelaySeconds !== undefined ? (
            <Text>
              {T.total[lang]}: {duration(a.totalDelaySeconds, lang)}
            </Text>
          ) : null}
          <ol className={styles.plainList} data-testid="hops">
            {a.hops.map((h) => (
              <li
                key={h.hop}
                className={h.hop === a.slowestHop?.hop ? styles.highlight : undefined}
                data-slowest={h.hop === a.slowestHop?.hop}
              >
                <Text className={styles.text}>
                  <span className={styles.label}>
                    {T.hop[lang]} {h.hop}
                  </span>{" "}
                  {h.from ?? "?"} → {h.by ?? "?"}
                </Text>
                <div className={styles.muted}>
                  {h.time ? formatDate(h.time, lang) : ""} · {T.delay[lang]}:{" "}
                  {duration(h.delaySeconds, lang)}
                  {h.waitKind ? ` ${T[h.waitKind][lang]}` : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
