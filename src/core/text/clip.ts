/** Shortens a string for evidence or messages, on a code-point boundary, with an ellipsis. */
export function clip(value: string, max = 200): string {
  if (value.length <= max) return value;
  const cut = Array.from(value.slice(0, max + 1))
    .slice(0, max - 1)
    .join("");
  return `${cut}…`;
}

/** Joins a few items for evidence: "a, b, c (+4)". */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} (+${items.length - max})` : shown;
}
