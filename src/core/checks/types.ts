import type { WorkBudget } from "../archive/budget";
import type { Facts } from "../model/facts";
import type { Finding, ItemId } from "../model/finding";
import type { MessageSnapshot } from "../model/snapshot";
import type { Policy } from "../policy/schema";

export interface CheckInput {
  snapshot: MessageSnapshot;
  facts: Facts;
  policy: Policy;
  /** The mail's work budget (bytes unpacked, deadline), shared by every check that reads bytes. */
  budget?: WorkBudget | undefined;
}

/** A check is a pure function: no Office, no DOM, no network. It should not throw. */
export type Check = (input: CheckInput) => Finding[];

export interface NamedCheck {
  /** Short name used in diagnostics when a check fails unexpectedly. */
  name: string;
  /** The checklist items this check reports on (used when it crashes). */
  items: ItemId[];
  run: Check;
}
