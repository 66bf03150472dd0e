/**
 * A show/hide section: a Fluent button with aria-expanded that controls a region. Unlike an
 * AccordionPanel the content stays in the DOM while hidden (find in page, tests, screen-reader
 * navigation after opening); unlike <details> it gets Fluent's focus ring and theme colours.
 *
 * With `deferContent`, hidden content is mounted just after the first paint rather than with
 * it: the checklist's folded groups are most of the report's components, and the verdict should
 * not wait for what nobody sees yet. Opening the section mounts it at once.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { useEffect, useId, useState, type ReactNode } from "react";

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
  deferContent?: boolean | undefined;
}) {
  const styles = useStyles();
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const [mounted, setMounted] = useState(open || !props.deferContent);
  const id = useId();
  useEffect(() => {
    if (mounted) return;
    return afterFirstPaint(() => setMounted(true));
  }, [mounted]);
  return (
    <div
      className={props.className}
      data-testid={props.testId}
      data-open={open}
      data-content={mounted ? "mounted" : "deferred"}
    >
      <Button
        appearance="transparent"
        size="small"
        className={styles.button}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setMounted(true);
          setOpen((o) => !o);
        }}
        data-testid={props.testId ? `${props.testId}-toggle` : undefined}
      >
        {props.label}
      </Button>
      <div id={id} hidden={!open} className={styles.panel}>
        {mounted ? props.children : null}
      </div>
    </div>
  );
}

/**
 * Runs `then` once the browser has painted the current frame (a frame callback, then a task),
 * or at once where there are no frames (tests). Returns a cancel function.
 */
function afterFirstPaint(then: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) then();
  };
  if (typeof globalThis.requestAnimationFrame !== "function") {
    const timer = setTimeout(run, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
  const frame = globalThis.requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    cancelled = true;
    globalThis.cancelAnimationFrame(frame);
  };
}
