/**
 * A show/hide section: a Fluent button with aria-expanded that controls a region. Unlike an
 * AccordionPanel the content stays in the DOM while hidden (find in page, tests, screen-reader
 * navigation after opening); unlike <details> it gets Fluent's focus ring and theme colours.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  button: {
    justifyContent: "flex-start",
    textAlign: "start",
    minWidth: 0,
    maxWidth: "100%",
    paddingLeft: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    minHeight: "28px",
  },
  panel: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS },
});

export function Disclosure(props: {
  label: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean | undefined;
  testId?: string | undefined;
  className?: string | undefined;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const id = useId();
  return (
    <div className={props.className} data-testid={props.testId} data-open={open}>
      <Button
        appearance="transparent"
        size="small"
        className={styles.button}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        data-testid={props.testId ? `${props.testId}-toggle` : undefined}
      >
        {props.label}
      </Button>
      <div id={id} hidden={!open} className={styles.panel}>
        {props.children}
      </div>
    </div>
  );
}
