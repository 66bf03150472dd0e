/**
 * Reading policy.json. A missing file means defaults. An invalid file never stops the checks:
 * each bad field is reported (path and reason) and its default is used; the valid fields stay.
 */
import {
  issueReason,
  NOT_AN_OBJECT,
  notJson,
  refusedField,
  unknownField,
  type PolicyError,
} from "./errors";
import { policySchema, DEFAULT_POLICY, type Policy } from "./schema";

export interface PolicyResult {
  policy: Policy;
  /**
   * One line per problem in both languages, e.g. "limits.maxRecipients: must be at least 1; the
   * default is used". Empty when all is well.
   */
  errors: PolicyError[];
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function defaultPolicy(): Policy {
  return clone(DEFAULT_POLICY);
}

type Path = ReadonlyArray<PropertyKey>;

function formatPath(path: Path): string {
  return (
    path
      .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
      .join(".")
      .replace(/\.\[/g, "[") || "(root)"
  );
}

/** Removes the value at `path` so that the schema's default fills it in on the second pass. */
function dropPath(target: unknown, path: Path): void {
  if (path.length === 0 || typeof target !== "object" || target === null) return;
  let node: unknown = target;
  // Drop the whole top-level array for an array element: half a list is worse than the default.
  const cut = path.findIndex((p) => typeof p === "number");
  const effective = cut >= 0 ? path.slice(0, cut) : path;
  if (effective.length === 0) return;
  for (const key of effective.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  if (typeof node === "object" && node !== null) {
    delete (node as Record<PropertyKey, unknown>)[effective[effective.length - 1] as string];
  }
}

/** Validates an already-parsed JSON value. */
export function validatePolicy(input: unknown): PolicyResult {
  if (input === undefined || input === null) return { policy: defaultPolicy(), errors: [] };
  if (typeof input !== "object" || Array.isArray(input)) {
    return { policy: defaultPolicy(), errors: [NOT_AN_OBJECT] };
  }
  const first = policySchema.safeParse(input);
  if (first.success) return { policy: first.data as Policy, errors: [] };

  const errors: PolicyError[] = [];
  const repaired = clone(input) as Record<string, unknown>;
  for (const issue of first.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        errors.push(unknownField(formatPath([...issue.path, key])));
        dropPath(repaired, [...issue.path, key]);
      }
      continue;
    }
    const inList = issue.path.some((p) => typeof p === "number");
    errors.push(refusedField(formatPath(issue.path), issueReason(issue), inList));
    dropPath(repaired, issue.path);
  }
  const second = policySchema.safeParse(repaired);
  return { policy: second.success ? (second.data as Policy) : defaultPolicy(), errors };
}

/** Parses policy.json text; `null` or empty text means "no file". */
export function parsePolicyText(text: string | null | undefined): PolicyResult {
  if (text === null || text === undefined || text.trim() === "")
    return { policy: defaultPolicy(), errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { policy: defaultPolicy(), errors: [notJson(why)] };
  }
  return validatePolicy(json);
}
