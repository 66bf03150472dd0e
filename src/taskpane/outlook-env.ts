/** The pane inside Outlook: reads the open item through the Office shell. */
import type { PaneEnv } from "./App";
import { NOT_CONNECTED } from "./shells";

export async function outlookEnv(): Promise<
  Pick<PaneEnv, "readItem" | "tasksFor" | "onItemChanged">
> {
  return {
    readItem: () => Promise.reject(new Error(NOT_CONNECTED.reason.en)),
    tasksFor: () => ({}),
  };
}
