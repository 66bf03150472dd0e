/** A status told by an icon AND a word, never by colour alone. */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  Info16Regular,
  QuestionCircle16Regular,
  SubtractCircle16Regular,
  Warning16Filled,
} from "@fluentui/react-icons";
import type { Lang } from "../../core/model/i18n";
import type { ItemStatus, Severity } from "../../core/model";
import { STATUS_LABELS } from "../../core/report/text";
import { UI } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  manual: { color: tokens.colorNeutralForeground2 },
  unavailable: { color: tokens.colorNeutralForeground2 },
  info: { color: tokens.colorNeutralForeground2 },
  text: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

const SEVERITY_LABELS: Record<Severity, { ja: string; en: string }> = {
  problem: STATUS_LABELS.problem,
  warning: STATUS_LABELS.warning,
  ok: STATUS_LABELS.ok,
  unavailable: STATUS_LABELS.unavailable,
  info: { ja: "参考", en: "Note" },
};

export function statusIcon(status: ItemStatus | Severity) {
  switch (status) {
    case "problem":
      return DismissCircle16Filled;
    case "warning":
      return Warning16Filled;
    case "ok":
      return CheckmarkCircle16Filled;
    case "unavailable":
      return SubtractCircle16Regular;
    case "info":
      return Info16Regular;
    default:
      return QuestionCircle16Regular;
  }
}

export function StatusLabel(props: {
  status: ItemStatus | Severity;
  lang: Lang;
  showText?: boolean;
}) {
  const styles = useStyles();
  const Icon = statusIcon(props.status);
  const label = (props.status === "info" ? SEVERITY_LABELS.info : STATUS_LABELS[props.status])[
    props.lang
  ];
  return (
    <span className={styles.root} data-status={props.status}>
      <Icon className={styles[props.status]} aria-hidden="true" />
      {props.showText === false ? null : <span className={styles.text}>{label}</span>}
    </span>
  );
}

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY_LABELS[severity][lang];
}

/**
 * The status of an item that a slower source may still change. An early "OK" or "check by hand"
 * would be read as final, so it shows as "Checking"; a problem or warning found already stays
 * visible with "checking" beside it.
 */
export function AwaitingStatusLabel(props: { status: ItemStatus; lang: Lang }) {
  const styles = useStyles();
  const { lang } = props;
  const checking = (
    <span className={styles.root} data-status="checking" title={UI.checkingHint[lang]}>
      <Spinner size="extra-tiny" aria-hidden="true" />
      <span className={styles.text}>{UI.checking[lang]}</span>
    </span>
  );
  if (props.status === "ok" || props.status === "manual") return checking;
  return (
    <span className={styles.root}>
      <StatusLabel status={props.status} lang={lang} />
      {checking}
    </span>
  );
}
