/** Every check, in the order they run. Each module exports its NamedCheck(s); list them here. */
import type { NamedCheck } from "./types";

export const ALL_CHECKS: readonly NamedCheck[] = [];
