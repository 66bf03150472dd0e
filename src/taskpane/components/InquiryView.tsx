/**
 * A ready inquiry for the help desk or the recipient's admin: the message's particulars, the
 * problems and warnings, the trace result and the triage answers (text built in src/core/triage).
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { Copy20Regular, Mail20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import type { Verdict } from "../../core/report/verdict";
import type { Lang } from "../../core/model/i18n";
import type { Report } from "../../core/model/report";
import type { Policy } from "../../core/policy/schema";
import {
  buildInquiry,
  narrowTriage,
  type InquiryAudience,
  type TriageAnswers,
} from "../../core/triage";
import { useViewStyles } from "./views";
import { text, type LabelKey } from "../../core/messages";

const l = (key: LabelKey) => text(key, {});

const T = {
  intro: l("pane.inquiry.intro"),
  audience: l("pane.inquiry.audience"),
  helpdesk: l("pane.inquiry.helpdesk"),
  recipientAdmin: l("pane.inquiry.recipient-admin"),
  text: l("pane.inquiry.text"),
  ownFixFirst: l("pane.inquiry.own-fix-first"),
  ownFixThen: l("pane.inquiry.own-fix-then"),
  restore: l("pane.inquiry.restore"),
  copy: l("pane.inquiry.copy"),
  copied: l("pane.inquiry.copied"),
  failed: l("pane.inquiry.failed"),
  open: l("pane.inquiry.open"),
  noHelpdesk: l("pane.inquiry.no-helpdesk"),
} as const;

/** Next steps that are the user's own fix (or the recipient's), said before the inquiry. */
const OWN_FIXES = new Set<Verdict["next"]["kind"]>([
  "fixAddress",
  "reduceSize",
  "removeAttachment",
  "editContent",
  "contactRecipient",
]);

/* eslint-disable no-unused-vars -- parameter names in function types document the shape */
export interface InquiryViewProps {
  report: Report;
  verdict?: Verdict | undefined;
  originalAttachments?: readonly string[] | undefined;
  lang: Lang;
  answers: TriageAnswers;
  helpdesk: Policy["helpdesk"];
  copyText: (_text: string) => Promise<void>;
  openMail?: ((_to: string, _subject: string, _body: string) => Promise<unknown>) | undefined;
}
/* eslint-enable no-unused-vars */

export function InquiryView(props: InquiryViewProps) {
  const styles = useViewStyles();
  const { report, lang, answers, helpdesk } = props;
  const [audience, setAudience] = useState<InquiryAudience>("helpdesk");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const inquiry = useMemo(
    () =>
      buildInquiry(report, {
        lang,
        answers,
        triage: Object.keys(answers).length ? narrowTriage(answers, report) : undefined,
        helpdesk,
        audience,
        originalAttachments: props.originalAttachments,
      }),
    [report, lang, answers, helpdesk, audience, props.originalAttachments]
  );
  const generated = `${inquiry.subject}\n\n${inquiry.body}`;
  // The user may edit the text before copying or sending; a new generated text replaces edits
  // only when what it is generated from changes.
  const [full, setFull] = useState(generated);
  useEffect(() => setFull(generated), [generated]);
  const firstLine = full.indexOf("\n");
  const editedSubject = (firstLine < 0 ? full : full.slice(0, firstLine)).trim();
  const editedBody = firstLine < 0 ? "" : full.slice(firstLine).replace(/^\n+/, "");
  const verdict = props.verdict;
  return (
    <div className={styles.section} data-testid="inquiry">
      {verdict && verdict.next.ownFix && OWN_FIXES.has(verdict.next.kind) ? (
        <MessageBar intent="info" data-testid="inquiry-own-fix">
          <MessageBarBody>
            <MessageBarTitle>{T.ownFixFirst[lang]}</MessageBarTitle>
            {verdict.next.text[lang]} {T.ownFixThen[lang]}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Text block className={styles.text}>
        {T.intro[lang]}
      </Text>
      <Field label={T.audience[lang]}>
        <Select
          value={audience}
          onChange={(_, d) => setAudience(d.value as InquiryAudience)}
          data-testid="inquiry-audience"
        >
          <option value="helpdesk">{T.helpdesk[lang]}</option>
          <option value="recipientAdmin">{T.recipientAdmin[lang]}</option>
        </Select>
      </Field>
      <Field label={T.text[lang]}>
        <Textarea
          value={full}
          onChange={(_, d) => setFull(d.value)}
          rows={12}
          resize="vertical"
          data-testid="inquiry-text"
        />
      </Field>
      <div className={styles.actions}>
        <Button
          icon={<Copy20Regular />}
          onClick={() =>
            props.copyText(full).then(
              () => setStatus("copied"),
              () => setStatus("failed")
            )
          }
          data-testid="inquiry-copy"
        >
          {T.copy[lang]}
        </Button>
        {full !== generated ? (
          <Button onClick={() => setFull(generated)} data-testid="inquiry-restore">
            {T.restore[lang]}
          </Button>
        ) : null}
        {props.openMail && helpdesk.email && audience === "helpdesk" ? (
          <Button
            icon={<Mail20Regular />}
            onClick={() => void props.openMail?.(helpdesk.email, editedSubject, editedBody)}
          >
            {T.open[lang]}
          </Button>
        ) : null}
      </div>
      {audience === "helpdesk" && !helpdesk.email ? (
        <Text className={styles.muted}>{T.noHelpdesk[lang]}</Text>
      ) : null}
      <div role="status" aria-live="polite">
        {status === "copied" ? T.copied[lang] : status === "failed" ? T.failed[lang] : ""}
      </div>
    </div>
  );
}
